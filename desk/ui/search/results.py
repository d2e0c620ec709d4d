"""Search results: a list model of the hits (plain data) and a two-line delegate (name, then why it matched)."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
SECOND_LINE_ROLE = Qt.ItemDataRole.UserRole + 2


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


class TwoLineDelegate(QStyledItemDelegate):
    """Name on the first line; the customer number and what matched, smaller and quieter, below."""

    PAD = 6

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        first = QFont(option.font)
        first.setWeight(QFont.Weight.DemiBold)
        second = QFont(option.font)
        second.setPointSizeF(max(option.font.pointSizeF() - 1.5, 8.0))
        return first, second

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        first, second = self._fonts(option)
        height = QFontMetrics(first).height() + QFontMetrics(second).height() + 3 * self.PAD
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        first, second = self._fonts(option)
        rect: QRect = opt.rect.adjusted(2 * self.PAD, self.PAD, -self.PAD, -self.PAD)
        painter.save()
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(text_role))
        painter.setFont(first)
        line = QFontMetrics(first).height()
        name = QFontMetrics(first).elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignLeft, name)
        painter.setFont(second)
        if not selected:  # quieter than the name, still readable: two thirds of the way from background to text
            text, base = opt.palette.color(QPalette.ColorRole.Text), opt.palette.color(QPalette.ColorRole.Base)
            painter.setPen(QColor(*(round(b + (t - b) * 0.7) for t, b in zip(text.getRgb()[:3], base.getRgb()[:3]))))
        detail = QFontMetrics(second).elidedText(
            str(index.data(SECOND_LINE_ROLE) or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        second_rect = QRect(rect.left(), rect.top() + line + self.PAD // 2, rect.width(), QFontMetrics(second).height())
        painter.drawText(second_rect, Qt.AlignmentFlag.AlignLeft, detail)
        painter.restore()
