"""Search results: a list model of the hits (plain data), drawn two lines a hit (name, then why it matched) by the
desk's TwoLineDelegate."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from desk.ui.two_lines import SECOND_LINE_ROLE

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class Hit(Protocol):
    """What the panel reads of desk.search.SearchHit."""

    customer_id: int
    customer_number: str
    full_name: str
    matched_on: Any
    detail: str


def second_line(hit: Hit) -> str:
    """ "C0000012 · phone: 612 345 678", "C0000012 · Order PED-1", "C0000012 · 612 345 678" (a name match).

    The service's detail says what matched when it names it ("Order ...", "Serial ..."); a phone or email is
    labelled; for a name or customer-number match the detail is just a way to tell namesakes apart.
    """
    matched = str(getattr(hit.matched_on, "value", hit.matched_on) or "").replace("_", " ")
    detail = "" if hit.detail == hit.full_name else hit.detail  # the name is on the first line already
    self_evident = matched in ("", "name", "customer number", "case number") or detail.lower().startswith(matched.split()[0])
    if self_evident:
        why = detail  # a name match with nothing else on file says nothing more than the number
    else:
        why = f"{matched}: {detail}" if detail else matched
    return f"{hit.customer_number} · {why}" if why else hit.customer_number


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> Hit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.full_name
        if role == SECOND_LINE_ROLE:
            return second_line(hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            matched = str(getattr(hit.matched_on, "value", hit.matched_on) or "")
            return f"{hit.full_name}\n{second_line(hit)}\n" + self.tr("Found by {what}").format(what=matched)
        if role == HIT_ROLE:
            return hit
        return None


