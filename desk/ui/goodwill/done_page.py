"""After a goodwill gesture is saved: granted or sent for approval (and to whom), the letter, the case.

The page says what was written (the service's answer and the approval request it opened), not what the form
predicted: a shop without a store manager sends the request one role up, and the page says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.case_letters import LETTER_TITLE, letters_for
from desk.enums import CaseKind, CaseState, DecisionKind, DecisionStatus, RoleCode
from desk.ui.context import DeskContext
from desk.ui.documents import print_letter
from desk.ui.formatting import format_money
from desk.ui.goodwill.labels import kind_label, reason_label, role_phrase
from desk.ui.wording import lower_first, spoken


@dataclass(frozen=True)
class Saved:
    """What the save wrote, as plain data for the page."""

    case_id: int
    case_number: str
    status: DecisionStatus
    kind: DecisionKind
    amount: Decimal
    currency: str
    reason_code: str
    approver: RoleCode | None  # the role the approval request waits for (None when granted)

    @property
    def case_state(self) -> CaseState:
        """A granted gesture closes its case as granted; one waiting for approval keeps it open."""
        return CaseState.GRANTED if self.status == DecisionStatus.GRANTED else CaseState.OPEN


class GoodwillDonePage(QWidget):
    openCaseRequested = Signal(int)  # case id
    closeRequested = Signal()

    def __init__(self, ctx: DeskContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._customer_id = ctx, customer_id
        self.saved: Saved | None = None
        self.title = QLabel(self)
        self.title.setObjectName("doneTitle")
        self.details = QLabel(self)
        self.details.setObjectName("goodwillDoneDetails")
        self.next = QLabel(self)
        self.next.setObjectName("goodwillDoneNext")
        for label in (self.title, self.details, self.next):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_buttons: list[QPushButton] = []
        self.open_button = QPushButton(self.tr("&Open the case"), self)
        self.open_button.clicked.connect(lambda: self.saved and self.openCaseRequested.emit(self.saved.case_id))
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.clicked.connect(self.closeRequested)
        self.note = QLabel(self)
        self.note.setObjectName("quiet")
        self.note.setWordWrap(True)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.open_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 28, 28, 20)
        layout.setSpacing(10)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.next)
        layout.addSpacing(14)
        layout.addLayout(self.buttons)
        layout.addWidget(self.note)
        layout.addStretch(2)

    def show_saved(self, saved: Saved) -> None:
        self.saved = saved
        what = f"{kind_label(saved.kind).lower()} {format_money(saved.amount, saved.currency)}"
        granted = saved.status == DecisionStatus.GRANTED
        if granted:
            self.title.setText("✓  " + self.tr("Granted: {what} ({number})").format(what=what, number=saved.case_number))
            self.details.setText(self.tr("Reason: {reason}. Granted by you; the case is closed.").format(
                reason=reason_label(saved.reason_code)))  # fmt: skip
            self.next.setText(self.tr("It is on the customer's history now. Tell the customer what they get."))
        else:
            self.title.setText("!  " + self.tr("Sent for approval to {role}").format(role=role_phrase(saved.approver)))
            self.details.setText(self.tr("{what} · case {number} · reason: {reason}").format(
                what=what[:1].upper() + what[1:], number=saved.case_number,
                reason=reason_label(saved.reason_code).lower()))  # fmt: skip
            self.next.setText(self.tr("Nothing is given until it is approved: tell the customer it is being "
                                      "reviewed. The answer shows on the case and on the customer's history."))
        self.title.setProperty("tone", "done" if granted else "waiting")
        self.title.style().unpolish(self.title)
        self.title.style().polish(self.title)
        self._letters(letters_for(CaseKind.GOODWILL, saved.case_state))

    def focus_next_step(self) -> None:
        (self.print_buttons[0] if self.print_buttons else self.close_button).setFocus()

    def _letters(self, kinds: tuple[str, ...]) -> None:
        """One button per letter the case can print as it stands; none when there is none."""
        for button in self.print_buttons:
            button.deleteLater()
        self.print_buttons = []
        for position, kind in enumerate(kinds):
            text = self.tr("&Print the letter") if len(kinds) == 1 else self.tr("Print: {title}").format(
                title=lower_first(spoken(LETTER_TITLE.get(kind, kind.replace("_", " ")))))  # fmt: skip
            button = QPushButton(text, self)
            button.setObjectName("primaryButton")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, k=kind: self._print(k))
            self.buttons.insertWidget(position, button)
            self.print_buttons.append(button)

    def _print(self, kind: str) -> None:
        if self.saved is None:
            return
        self.note.setText(self.tr("Preparing the letter…"))
        print_letter(self, self._ctx, self.saved.case_id, kind, customer_id=self._customer_id,
                     done=self._printed)  # fmt: skip

    def _printed(self, _path: Path, note: str) -> None:
        self.note.setText(note or self.tr("The letter was sent to the printer."))
