"""Search results: a list model of the hits (plain data), drawn two lines a hit (name, then why it matched) by the
desk's TwoLineDelegate."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desk.ui.two_lines import SECOND_LINE_ROLE
from desk.ui.wording import spoken

translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls

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
    labelled; for a name or customer-number match the detail is just a way to tell namesakes apart. In the desk's
    language: the detail is the service's message (desk.ui.wording), the label the desk's own word.
    """
    matched = str(getattr(hit.matched_on, "value", hit.matched_on) or "").replace("_", " ")
    english = "" if hit.detail == hit.full_name else str(hit.detail or "")  # the name is on the first line already
    detail = spoken(hit.detail) if english else ""
    self_evident = matched in ("", "name", "customer number", "case number") or english.lower().startswith(matched.split()[0])
    if self_evident:
        why = detail  # a name match with nothing else on file says nothing more than the number
    else:
        label = matched_label(matched)
        why = translate("search", "{what}: {detail}").format(what=label, detail=detail) if detail else label
    return f"{hit.customer_number} · {why}" if why else hit.customer_number


def matched_label(matched: str) -> str:
    """What a search matched on, as a word of the desk's language (the service's key otherwise)."""
    return {
        "phone": translate("search", "phone"), "email": translate("search", "email"),
        "order number": translate("search", "order number"), "receipt number": translate("search", "receipt number"),
        "serial number": translate("search", "serial number"),
        "name (typo corrected)": translate("search", "name (typo corrected)"),
    }.get(matched, matched)  # fmt: skip


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


