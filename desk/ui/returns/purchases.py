"""The purchases a return is chosen from: the customer's recent order lines, plus any order scanned at the counter.

A table model of plain PurchasedLine rows (never ORM objects). Lines of a scanned order are added on top, and a
line already listed is not listed twice.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desk.returns import ReturnWindow
from desk.rules.returns import PurchasedLine
from desk.ui.formatting import channel_label, format_date, format_money, local_time

Index = QModelIndex | QPersistentModelIndex
LINE_ROLE = Qt.ItemDataRole.UserRole + 1


class PurchasesModel(QAbstractTableModel):
    PRODUCT, ORDER, BOUGHT, WINDOW, LEFT, PRICE, SERIAL = range(7)

    def __init__(self, customer_id: int | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._customer_id = customer_id
        self._lines: list[PurchasedLine] = []
        self._windows: dict[int, ReturnWindow] = {}
        self._headers = [self.tr("Product"), self.tr("Order"), self.tr("Bought"), self.tr("Returnable"),
                         self.tr("Left"), self.tr("Unit price"), self.tr("Serial sold")]  # fmt: skip

    def set_lines(self, lines: list[PurchasedLine], windows: dict[int, ReturnWindow]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._windows = dict(windows)
        self.endResetModel()

    def add_on_top(self, lines: list[PurchasedLine], windows: dict[int, ReturnWindow]) -> int:
        """Lines of a scanned order, above the rest; returns the row of the first of them (or -1)."""
        known = {line.order_line_id: row for row, line in enumerate(self._lines)}
        new = [line for line in lines if line.order_line_id not in known]
        self._windows.update(windows)
        if new:
            self.beginInsertRows(QModelIndex(), 0, len(new) - 1)
            self._lines[:0] = new
            self.endInsertRows()
            return 0
        return known.get(lines[0].order_line_id, -1) if lines else -1

    def line(self, row: int) -> PurchasedLine:
        return self._lines[row]

    def row_of(self, order_line_id: int) -> int:
        return next((row for row, line in enumerate(self._lines) if line.order_line_id == order_line_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role == LINE_ROLE:
            return line
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            other = line.customer_id != self._customer_id
            return (self.tr("Bought by another customer") + "\n" if other else "") + self.tr(
                "{product} ({sku}), {channel} order {order}"
            ).format(product=line.product_name, sku=line.sku, channel=channel_label(line.channel).lower(),
                     order=line.order_number)  # fmt: skip
        if role == Qt.ItemDataRole.ForegroundRole:
            window = self._windows.get(line.order_line_id)
            if line.remaining == 0:
                return QColor("#8a94a0")
            if index.column() == self.WINDOW and window is not None:
                return QColor("#1e7b34") if window.open else QColor("#8d5b00")
        return None

    def _window_text(self, line: PurchasedLine) -> str:
        window = self._windows.get(line.order_line_id)
        if line.remaining == 0:
            return self.tr("all returned")
        if window is None:
            return ""
        if window.last_day is None:
            return self.tr("not delivered yet")
        day = format_date(window.last_day)
        return self.tr("until {day}").format(day=day) if window.open else self.tr("ended {day}").format(day=day)

    def _text(self, line: PurchasedLine, column: int) -> str:
        if column == self.PRODUCT:
            return line.product_name
        if column == self.ORDER:
            return f"{line.order_number} · {channel_label(line.channel)}"
        if column == self.BOUGHT:
            return format_date(local_time(line.ordered_at).date())
        if column == self.WINDOW:
            return self._window_text(line)
        if column == self.LEFT:
            return f"{line.remaining} / {line.quantity}"
        if column == self.PRICE:
            return format_money(line.unit_price, line.currency)
        return line.serial_number or ""
