"""The approval lists: the queue to decide (oldest first) and the requester's own requests, two lines a row.

The service caps both lists (approvals.MAX_QUEUE), so the model holds the light ApprovalRow tuples of one answer
and needs no paging. Ages ("12 min ago") are computed when painted, so a list left open keeps telling the truth
when the panel repaints it each minute.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desk.approvals import ApprovalRow
from desk.enums import ApprovalState
from desk.ui.approvals import texts

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SECOND_LINE_ROLE = Qt.ItemDataRole.UserRole + 2
FLAG_ROLE = Qt.ItemDataRole.UserRole + 3  # "escalated · reminded", drawn in amber at the right
TONE_ROLE = Qt.ItemDataRole.UserRole + 4  # "", "good", "bad", "quiet": the colour of an answered request
QUEUE, MINE = "queue", "mine"
_TONE = {ApprovalState.APPROVED: "good", ApprovalState.REJECTED: "bad", ApprovalState.WITHDRAWN: "quiet",
         ApprovalState.EXPIRED: "bad"}  # fmt: skip


class ApprovalListModel(QAbstractListModel):
    """ApprovalRow tuples of one answer; `which` says whether the second line is the queue's or the requester's."""

    def __init__(self, which: str = QUEUE, parent: Any = None) -> None:
        super().__init__(parent)
        self.which = which
        self._rows: list[ApprovalRow] = []

    def set_rows(self, rows: list[ApprovalRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ApprovalRow]:
        return list(self._rows)

    def row_at(self, row: int) -> ApprovalRow:
        return self._rows[row]

    def row_of(self, request_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == request_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return texts.title(row)
        if role == SECOND_LINE_ROLE:
            return texts.queue_line(row) if self.which == QUEUE else texts.mine_line(row)
        if role == FLAG_ROLE:
            return texts.flags(row) if row.state == ApprovalState.PENDING else ""
        if role == TONE_ROLE:
            return _TONE.get(row.state, "") if self.which == MINE else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            second = self.data(index, SECOND_LINE_ROLE)
            flag = self.data(index, FLAG_ROLE)
            return "\n".join(p for p in (texts.title(row), second, flag, row.case_number or "") if p)
        if role == ROW_ROLE:
            return row
        return None


class ApprovalRowDelegate(QStyledItemDelegate):
    """What and for whom on the first line; who asked, where, how long ago below; flags in amber at its right.

    The flags are drawn first and never elided: on a narrow panel the store shortens, "escalated" stays.
    """

    PAD = 7
    AMBER = QColor("#8a5a00")
    TONES: ClassVar[dict[str, QColor]] = {"good": QColor("#1e6b34"), "bad": QColor("#b42318")}

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        first = QFont(option.font)
        first.setWeight(QFont.Weight.DemiBold)
        second = QFont(option.font)
        second.setPointSizeF(max(option.font.pointSizeF() - 1.0, 8.5))
        return first, second

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        first, second = self._fonts(option)
        return QSize(240, QFontMetrics(first).height() + QFontMetrics(second).height() + 3 * self.PAD)

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
        text_colour = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.save()
        painter.setPen(text_colour)
        painter.setFont(first)
        height = QFontMetrics(first).height()
        title = QFontMetrics(first).elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), height), Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(second)
        metrics = QFontMetrics(second)
        below = QRect(rect.left(), rect.top() + height + self.PAD // 2, rect.width(), metrics.height())
        quiet = text_colour
        if not selected:
            base = opt.palette.color(QPalette.ColorRole.Base)
            quiet = QColor(*(round(b + (t - b) * 0.7) for t, b in zip(text_colour.getRgb()[:3], base.getRgb()[:3])))
        flag = str(index.data(FLAG_ROLE) or "")
        flag_width = metrics.horizontalAdvance(flag) if flag else 0
        if flag:
            painter.setPen(text_colour if selected else self.AMBER)
            bold = QFont(second)
            bold.setWeight(QFont.Weight.DemiBold)
            painter.setFont(bold)
            flag_width = QFontMetrics(bold).horizontalAdvance(flag)
            painter.drawText(below, Qt.AlignmentFlag.AlignRight, flag)
            painter.setFont(second)
        tone = self.TONES.get(str(index.data(TONE_ROLE) or ""))
        painter.setPen(tone if tone is not None and not selected else quiet)
        room = max(below.width() - flag_width - (2 * self.PAD if flag else 0), 0)
        line = metrics.elidedText(str(index.data(SECOND_LINE_ROLE) or ""), Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRect(below.left(), below.top(), room, below.height()), Qt.AlignmentFlag.AlignLeft, line)
        painter.restore()
