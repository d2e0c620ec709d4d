"""One line of a return as the agent fills it in: quantity, condition, serial, reason, exception and fee waiver,
with the rules' verdict for it underneath, in words and colour."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desk.enums import ItemCondition
from desk.returns import MAX_QUANTITY, LinePreview, ReturnLineRequest
from desk.rules.returns import PurchasedLine
from desk.ui.formatting import condition_label, format_money
from desk.ui.wording import spoken_all


class ReturnLineEditor(QFrame):
    changed = Signal()
    removeRequested = Signal(object)  # this editor

    def __init__(self, line: PurchasedLine | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnLine")
        self.line = line
        self.title = QLabel(self)
        self.title.setObjectName("returnLineTitle")
        self.title.setWordWrap(True)
        self.quantity = QSpinBox(self)
        self.quantity.setRange(1, max(line.remaining, 1) if line else MAX_QUANTITY)
        self.quantity.setAccessibleName(self.tr("Quantity"))
        self.condition = QComboBox(self)
        for condition in ItemCondition:
            self.condition.addItem(condition_label(condition), condition)
        self.condition.setPlaceholderText(self.tr("Condition?"))
        self.condition.setCurrentIndex(-1)  # no default: the fee depends on it, so the agent looks and chooses
        self.serial = QLineEdit(self)
        self.serial.setPlaceholderText(self.tr("Scan the serial number"))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why is it coming back? (explains an exception too)"))
        self.reason.setMaxLength(200)
        self.exception = QCheckBox(self.tr("Accept as an e&xception"), self)
        self.exception.setToolTip(self.tr("Take it back although the rules do not: a decision that may need approval"))
        self.waive = QCheckBox(self.tr("&Waive the fee"), self)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setToolTip(self.tr("Leave this item out of the return"))
        self.verdict = QLabel(self)
        self.verdict.setObjectName("lineVerdict")
        self.verdict.setWordWrap(True)
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("What is it? (brand, model)"))
        self.description.setMaxLength(200)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("Refund per item, e.g. 35,50"))

        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.exception)
        top.addWidget(self.waive)
        top.addWidget(self.remove)
        grid.addLayout(top, 0, 0, 1, 6)
        row = 1
        if line is None:
            self.title.setText(self.tr("Item with no order on file"))
            grid.addWidget(self.description, 1, 0, 1, 3)
            grid.addWidget(self.amount, 1, 3, 1, 3)
            row = 2
        else:
            self.title.setText(self.tr("{product} · order {order} · {left} of {bought} can come back").format(
                product=line.product_name, order=line.order_number, left=line.remaining, bought=line.quantity))
        grid.addWidget(QLabel(self.tr("Qty"), self), row, 0)
        grid.addWidget(self.quantity, row, 1)
        grid.addWidget(self.condition, row, 2)
        grid.addWidget(self.serial, row, 3)
        grid.addWidget(self.reason, row, 4, 1, 2)
        grid.addWidget(self.verdict, row + 1, 0, 1, 6)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(4, 3)
        self.serial.setVisible(line is None or line.serialised or bool(line.serial_number))
        self.description.setVisible(line is None)
        self.amount.setVisible(line is None)

        for signal in (self.quantity.valueChanged, self.condition.currentIndexChanged, self.serial.textEdited,
                       self.exception.toggled, self.waive.toggled, self.description.textEdited,
                       self.amount.textEdited):  # fmt: skip
            signal.connect(self.changed)
        self.remove.clicked.connect(lambda: self.removeRequested.emit(self))

    def first_field(self) -> QWidget:
        return self.description if self.line is None else (self.serial if self.serial.isVisible() else self.quantity)

    def request(self) -> ReturnLineRequest:
        return ReturnLineRequest(
            quantity=self.quantity.value(),
            condition=self.condition.currentData(),
            order_line_id=self.line.order_line_id if self.line else None,
            serial_number=self.serial.text() or None,
            reason=self.reason.text(),
            accept_exception=self.exception.isChecked(),
            waive_fee=self.waive.isChecked(),
            description=self.description.text(),
            amount=self.amount.text() or None,
        )

    def draft(self) -> dict[str, object]:
        """The line as typed, as plain data for the local draft (desk.drafts)."""
        return {
            "order_line_id": self.line.order_line_id if self.line else None,
            "order_number": self.line.order_number if self.line else None,
            "quantity": self.quantity.value(),
            "condition": str(self.condition.currentData()) if self.condition.currentIndex() >= 0 else None,
            "serial": self.serial.text(),
            "reason": self.reason.text(),
            "exception": self.exception.isChecked(),
            "waive": self.waive.isChecked(),
            "description": self.description.text(),
            "amount": self.amount.text(),
        }

    def restore(self, fields: dict[str, object]) -> None:
        """Fill the line in from a draft (what does not fit, such as a quantity no longer left, is clamped)."""
        quantity = fields.get("quantity")
        if isinstance(quantity, int) and not isinstance(quantity, bool):
            self.quantity.setValue(quantity)
        index = self.condition.findData(fields.get("condition")) if isinstance(fields.get("condition"), str) else -1
        self.condition.setCurrentIndex(index)
        for edit, key in ((self.serial, "serial"), (self.reason, "reason"), (self.description, "description"),
                          (self.amount, "amount")):  # fmt: skip
            edit.setText(str(fields.get(key) or ""))
        self.exception.setChecked(fields.get("exception") is True)
        self.waive.setChecked(fields.get("waive") is True)

    def show_preview(self, preview: LinePreview | None, currency: str) -> None:
        """The rules' verdict for this line: green when it can be taken, amber for an exception, red refused."""
        if preview is None:
            self._verdict("", "neutral")
            return
        money = self.tr("refund {refund}").format(refund=format_money(preview.refund, currency))
        if preview.rules_fee:
            fee = format_money(preview.rules_fee, currency)
            money += " · " + (self.tr("fee {fee} waived").format(fee=fee) if preview.fee_waived
                              else self.tr("fee {fee}").format(fee=fee))  # fmt: skip
        reasons = spoken_all(r for r in preview.reasons if r not in preview.problems)  # say each thing once
        if preview.problems:
            self._verdict("✗ " + spoken_all(preview.problems) + "\n" + reasons, "refused")
        elif preview.verdict is None or preview.verdict.needs_exception:
            self._verdict("! " + money + " · " + self.tr("as an exception: say why, on the line or below") + "\n"
                          + reasons, "exception")  # fmt: skip
        else:
            self._verdict("✓ " + money + "\n" + reasons, "ok")

    def _verdict(self, text: str, level: str) -> None:
        self.verdict.setText(text)
        self.verdict.setProperty("level", level)
        self.verdict.style().polish(self.verdict)
