"""The desk's list rows: a bold first line, a quieter second line, and an optional tag at the right of the second
line (a due date, "reminded") that is never elided. One delegate for every such list (search results, my cases,
approvals, a claim's purchases); the model says what to draw through these roles:

    DisplayRole        the first line
    SECOND_LINE_ROLE   the second line
    TAG_ROLE           the tag at the right of the second line (optional)
    TAG_COLOUR_ROLE    its colour, a QColor (optional; drawn bold when given)
    SECOND_COLOUR_ROLE the second line's colour, a QColor (optional; quiet grey otherwise)
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
SECOND_LINE_ROLE = Qt.ItemDataRole.UserRole + 2
TAG_ROLE = Qt.ItemDataRole.UserRole + 20
TAG_COLOUR_ROLE = Qt.ItemDataRole.UserRole + 21
SECOND_COLOUR_ROLE = Qt.ItemDataRole.UserRole + 22


class TwoLineDelegate(QStyledItemDelegate):
    PAD = 6

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        first = QFont(option.font)
        first.setWeight(QFont.Weight.DemiBold)
        second = QFont(option.font)
        second.setPointSizeF(max(option.font.pointSizeF() - 1.0, 8.5))
        return first, second

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        first, second = self._fonts(option)
        return QSize(220, QFontMetrics(first).height() + QFontMetrics(second).height() + 3 * self.PAD)

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
        text = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.save()
        painter.setPen(text)
        painter.setFont(first)
        height = QFontMetrics(first).height()
        title = QFontMetrics(first).elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), height), Qt.AlignmentFlag.AlignLeft, title)

        metrics = QFontMetrics(second)
        below = QRect(rect.left(), rect.top() + height + self.PAD // 2, rect.width(), metrics.height())
        quiet = text if selected else _blend(text, opt.palette.color(QPalette.ColorRole.Base), 0.7)
        tag = str(index.data(TAG_ROLE) or "")
        tag_width = 0
        if tag:  # drawn first and never elided: on a narrow list the second line shortens, the tag stays
            colour = index.data(TAG_COLOUR_ROLE)
            tag_font = QFont(second)
            if isinstance(colour, QColor):
                tag_font.setWeight(QFont.Weight.DemiBold)
            painter.setFont(tag_font)
            painter.setPen(colour if isinstance(colour, QColor) and not selected else quiet)
            tag_width = QFontMetrics(tag_font).horizontalAdvance(tag) + 2 * self.PAD
            painter.drawText(below, Qt.AlignmentFlag.AlignRight, tag)
        painter.setFont(second)
        colour = index.data(SECOND_COLOUR_ROLE)
        painter.setPen(colour if isinstance(colour, QColor) and not selected else quiet)
        room = max(below.width() - tag_width, 0)
        line = metrics.elidedText(str(index.data(SECOND_LINE_ROLE) or ""), Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRect(below.left(), below.top(), room, below.height()), Qt.AlignmentFlag.AlignLeft, line)
        painter.restore()


def _blend(text: QColor, base: QColor, share: float) -> QColor:
    """Quieter than the text, still readable: `share` of the way from the background to the text colour."""
    return QColor(*(round(b + (t - b) * share) for t, b in zip(text.getRgb()[:3], base.getRgb()[:3])))
