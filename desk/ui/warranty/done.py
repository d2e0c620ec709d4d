"""The page a warranty claim dialog turns into once the claim is opened: its number and cover, what happens
next, and the intake form to print while the customer is still at the counter.

The number and the verdict come from the service's answer (`OpenedClaim`), not from what was on screen, so the
page says what was written, including a verdict re-checked at the moment of writing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.enums import CaseState, DecisionStatus, Entitlement, RoleCode
from desk.ui import documents
from desk.ui.context import DeskContext
from desk.ui.formatting import entitlement_label, format_date, state_label
from desk.ui.goodwill.labels import role_phrase
from desk.ui.warranty.item_picker import hint
from desk.warranty import OpenedClaim

INTAKE_FORM = "warranty_intake"


class DonePage(QWidget):
    closeRequested = Signal()

    def __init__(self, ctx: DeskContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._customer_id = customer_id
        self.opened: OpenedClaim | None = None

        self.title = QLabel(self)
        self.title.setObjectName("doneTitle")
        self.details = QLabel(self)
        self.details.setObjectName("doneVerdict")
        self.summary = QLabel(self)
        self.next = QLabel(self)
        self.next.setObjectName("claimHint")
        for label in (self.title, self.details, self.summary, self.next):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(self.tr("&Print intake form"), self)
        self.print_button.setObjectName("primaryButton")
        self.print_button.clicked.connect(self.print_intake)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.closeRequested)
        for button in (self.print_button, self.close_button):
            button.setAutoDefault(False)
        self.print_note = QLabel(self)
        self.print_note.setObjectName("claimHint")
        self.print_note.setWordWrap(True)
        self.print_note.hide()

        card = QFrame(self)  # what was taken, to read out to the customer before they sign
        card.setObjectName("claimSection")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(14, 10, 14, 10)
        card_layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(card)
        layout.addWidget(self.next)
        layout.addSpacing(10)
        layout.addLayout(buttons)
        layout.addWidget(self.print_note)
        layout.addStretch(1)

    def show_claim(self, opened: OpenedClaim, due: date | None, summary: str, free: str | None = None,
                   approver: RoleCode | None = None) -> None:  # fmt: skip
        """`free`: the store's part of the repair, when one was asked for; whether it was granted at once or waits
        for approval (and by whom: `approver`) is what the service answered, `opened.decision_status`."""
        self.opened = opened
        self.title.setText(self.tr("Claim {number} opened — {outcome}").format(
            number=opened.case_number, outcome=self._outcome(opened)))  # fmt: skip
        details = [self.tr("State: {state}").format(state=state_label(opened.state))]
        if due is not None:
            details.append(self.tr("due by {day}").format(day=format_date(due)))
        self.details.setText(" · ".join(details))
        self.summary.setText(summary)
        if opened.state == CaseState.AWAITING_ITEMS:
            notes = [self.tr("The claim waits for the item: ask the customer to bring or send it.")]
        else:
            notes = [self.tr("The item is at the counter: print the intake form for the customer to sign.")]
        waiting = opened.decision_status == DecisionStatus.PENDING_APPROVAL
        if opened.decision_status == DecisionStatus.GRANTED:
            notes.append(self.tr("✓ The store's part of the repair ({amount}) is granted by you.").format(amount=free))
        elif waiting:
            notes.append(self.tr("! The store's part of the repair ({amount}) was sent for approval to {role}; the "
                                 "repair cannot be settled before.").format(amount=free, role=role_phrase(approver)))
        hint(self.next, "\n".join(notes), "warn" if waiting else "")
        self.print_button.setFocus()

    def _outcome(self, opened: OpenedClaim) -> str:
        verdict = opened.verdict
        if verdict.entitlement == Entitlement.IN_WARRANTY and verdict.cover_until:
            return self.tr("In warranty until {day}").format(day=format_date(verdict.cover_until))
        if verdict.entitlement == Entitlement.OUT_OF_WARRANTY and verdict.cover_until:
            return self.tr("Out of warranty: cover ended on {day}").format(day=format_date(verdict.cover_until))
        return entitlement_label(verdict.entitlement)

    def print_intake(self) -> None:
        if self.opened is None:
            return
        hint(self.print_note, self.tr("Preparing the intake form…"))
        documents.print_letter(self, self._ctx, self.opened.case_id, INTAKE_FORM, print_it=True,
                               customer_id=self._customer_id, done=self._printed)  # fmt: skip

    def _printed(self, _path: Path, note: str) -> None:
        hint(self.print_note, note or self.tr("The intake form was sent to the printer."))
