"""After a return is taken: what happened, the money now (at the counter, with nothing to approve), the receipt,
the case."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk import returns
from desk.enums import CaseState, DecisionStatus, RefundMethod
from desk.returns import ReturnPreview, TakenReturn
from desk.ui.context import DeskContext
from desk.ui.documents import print_letter
from desk.ui.formatting import format_money, refund_method_label, state_label
from desk.ui.ops import Op, failure_text


class ReturnDonePage(QWidget):
    openCaseRequested = Signal(int)  # case id
    closeRequested = Signal()

    def __init__(self, ctx: DeskContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._customer_id = ctx, customer_id
        self.taken: TakenReturn | None = None
        self._method: RefundMethod | None = None
        self.title = QLabel(self)
        self.title.setObjectName("doneTitle")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.refund_button = QPushButton(self.tr("&Refund now"), self)
        self.refund_button.setObjectName("primaryButton")
        self.refund_button.clicked.connect(self._refund_now)
        self.print_button = QPushButton(self.tr("&Print the receipt"), self)
        self.print_button.clicked.connect(self._print_receipt)
        open_case = QPushButton(self.tr("&Open the case"), self)
        open_case.clicked.connect(lambda: self.taken and self.openCaseRequested.emit(self.taken.case_id))
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.closeRequested)
        self.note = QLabel(self)
        self.note.setObjectName("quiet")
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        for button in (self.refund_button, self.print_button, open_case):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addSpacing(16)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addStretch(2)

    def show_taken(self, taken: TakenReturn, method: RefundMethod) -> None:
        self.taken, self._method = taken, method
        self.title.setText(self.tr("Return {number} taken").format(number=taken.case_number))
        self.text.setText(self._summary(taken))
        # At the counter with nothing to approve, the money goes back now; otherwise the case waits.
        exchange = method == RefundMethod.EXCHANGE
        self.refund_button.setText(self.tr("Complete the &exchange") if exchange else self.tr("&Refund now"))
        self.refund_button.setVisible(taken.state == CaseState.RECEIVED and not taken.waiting)

    def focus_next_step(self) -> None:
        (self.refund_button if self.refund_button.isVisibleTo(self) else self.print_button).setFocus()

    def _summary(self, taken: TakenReturn) -> str:
        p: ReturnPreview = taken.preview
        money = lambda amount: format_money(amount, p.currency)  # noqa: E731
        state = state_label(taken.state).lower()
        if p.price_difference is not None:
            lines = [self.tr("State: {state}. Exchange: the customer {what} {amount}.").format(
                state=state, what=self.tr("pays") if p.price_difference >= 0 else self.tr("gets back"),
                amount=money(abs(p.price_difference)))]  # fmt: skip
        else:
            lines = [self.tr("State: {state}. Refund {refund} to {method}.").format(
                state=state, refund=money(p.refund_total), method=refund_method_label(self._method).lower())]
        waiting = [d.label.lower() for d, status in zip(p.decisions, taken.decisions, strict=False)
                   if status != DecisionStatus.GRANTED]  # fmt: skip
        granted = [d.label.lower() for d, status in zip(p.decisions, taken.decisions, strict=False)
                   if status == DecisionStatus.GRANTED]  # fmt: skip
        if granted:
            lines.append(self.tr("Granted by you: {what}.").format(what=", ".join(granted)))
        if waiting:
            lines.append(self.tr("Waiting for approval before the money goes back: {what}.").format(
                what=", ".join(waiting)))  # fmt: skip
        elif taken.state == CaseState.AWAITING_ITEMS:
            lines.append(self.tr("The return waits for the items; refund it once they arrive."))
        return "\n".join(lines)

    def _refund_now(self) -> None:
        if self.taken is None:
            return
        ctx, taken = self._ctx, self.taken
        self.refund_button.setEnabled(False)
        Op(self, lambda: returns.refund_return(ctx.db, ctx.actor, taken.case_id, taken.version)).success(
            self._refunded
        ).failure(self._refund_failed).announce({"customer": self._customer_id, "case": taken.case_id}).run()

    def _refunded(self, _version: int) -> None:
        self.refund_button.hide()
        self.text.setText(self.text.text() + "\n" + (
            self.tr("Exchanged: hand over the new product.") if self._method == RefundMethod.EXCHANGE
            else self.tr("Refunded: the money is on its way back.")))  # fmt: skip
        self.print_button.setFocus()

    def _refund_failed(self, exc: BaseException) -> None:
        self.refund_button.setEnabled(True)
        self.note.setText(failure_text(exc))

    def _print_receipt(self) -> None:
        if self.taken is None:
            return
        self.note.setText(self.tr("Preparing the receipt…"))
        print_letter(self, self._ctx, self.taken.case_id, "return_receipt", customer_id=self._customer_id,
                     done=lambda _path, note: self.note.setText(note or self.tr("Receipt sent.")))  # fmt: skip
