"""The top of a case: what it is, where it stands, whose it is and when it is due, readable from across the desk.

A widget of plain data: `show_case(CaseDetail)`. The window decides when to load.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desk.case_view import CaseDetail
from desk.enums import CaseKind, RefundMethod
from desk.ui.cases.actions import state_tone
from desk.ui.formatting import (
    case_kind_label,
    channel_label,
    format_date,
    format_money,
    format_when,
    local_time,
    refund_method_label,
    state_label,
)
from desk.ui.wording import spoken


def _label(parent: QWidget, name: str, *, wrap: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(wrap)
    return label


def _restyle(widget: QWidget, **properties: object) -> None:
    for name, value in properties.items():
        widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class CaseHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseHeader")
        self.number = _label(self, "caseNumber")
        self.kind = _label(self, "caseKind")
        self.state = _label(self, "caseState")
        self.due = _label(self, "caseDue")
        self.customer = _label(self, "caseCustomer", wrap=True)
        self.facts = _label(self, "caseFacts", wrap=True)
        self.ended = _label(self, "caseEnded", wrap=True)
        self.money = _label(self, "caseMoney", wrap=True)
        self.summary = _label(self, "caseSummary", wrap=True)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.number)
        top.addWidget(self.kind, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.state, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)
        top.addWidget(self.due, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        for label in (self.customer, self.facts, self.ended, self.money, self.summary):
            layout.addWidget(label)
        self.ended.hide()
        self.money.hide()

    def show_loading(self, text: str) -> None:
        self.number.setText(text)

    def show_case(self, case: CaseDetail) -> None:
        self.number.setText(case.number)
        self.kind.setText(case_kind_label(case.kind))
        self.state.setText(state_label(case.state))
        _restyle(self.state, tone=state_tone(case.state))
        customer = " · ".join(part for part in (case.customer_name, case.customer_number) if part)
        self.customer.setText(customer or self.tr("No customer on file"))

        opened = self.tr("Opened {when}").format(when=format_when(case.opened_at))
        if case.opened_by:
            opened = self.tr("Opened {when} by {name}").format(when=format_when(case.opened_at), name=case.opened_by)
        assigned = self.tr("Assigned to {name}").format(name=case.assigned_to) if case.assigned_to else ""
        where = self.tr("Channel: {channel}").format(
            channel=" · ".join(part for part in (channel_label(case.channel), case.store_name or "") if part))
        self.facts.setText("   ·   ".join(part for part in (opened, assigned, where) if part))

        if case.closed_at is not None:
            ended = self.tr("Closed {when}").format(when=format_when(case.closed_at))
            if case.end_reason:
                ended += "   ·   " + self.tr("Reason: {reason}").format(reason=case.end_reason)
            self.ended.setText(ended)
        elif case.end_reason:  # a rejected warranty claim stays open until the item goes back
            self.ended.setText(self.tr("Reason: {reason}").format(reason=case.end_reason))
        self.ended.setVisible(bool(case.closed_at or case.end_reason))

        if case.due_at is not None and case.is_open:
            day = format_date(local_time(case.due_at).date())
            text = self.tr("Overdue: was due {day}") if case.overdue else self.tr("Due {day}")
            self.due.setText(text.format(day=day))
        self.due.setVisible(case.due_at is not None and case.is_open)
        _restyle(self.due, overdue=case.overdue)

        money = self._money(case)
        self.money.setText(money)
        self.money.setVisible(bool(money))
        # A return's summary repeats its items and refund, both on screen already; a claim's is its headline.
        self.summary.setText(spoken(case.summary))
        self.summary.setVisible(bool(case.summary) and case.kind != CaseKind.RETURN)

    def _money(self, case: CaseDetail) -> str:
        """For a return: what goes back to the customer and how; for an exchange, who pays the difference."""
        if case.kind != CaseKind.RETURN:
            return ""
        if case.refund_method == RefundMethod.EXCHANGE:
            product = case.exchange_product or self.tr("another product")
            text = self.tr("Exchange for {product}").format(product=product)
            difference = case.price_difference
            if difference is not None and difference > 0:
                text += " · " + self.tr("the customer pays {amount}").format(
                    amount=format_money(difference, case.currency))
            elif difference is not None and difference < 0:
                text += " · " + self.tr("the customer gets back {amount}").format(
                    amount=format_money(-difference, case.currency))
            return text
        if case.refund_amount is None:
            return ""
        text = self.tr("Refund {amount} to {method}").format(
            amount=format_money(case.refund_amount, case.currency),
            method=refund_method_label(case.refund_method).lower() or self.tr("original payment"),
        )  # fmt: skip
        if case.restocking_fee:
            text += " · " + self.tr("restocking fee {amount} kept").format(
                amount=format_money(case.restocking_fee, case.currency))
        return text
