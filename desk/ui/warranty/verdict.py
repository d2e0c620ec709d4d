"""Step 3 of a warranty claim: is it covered? The live verdict, and the paid repair when it is not.

A widget of plain data: the dialog decides when to ask `assess_claim` and hands the answer to
`show_assessment`. The
verdict is said three ways at once (a coloured badge, its words, the reasons), so colour is never the only
sign. Outside the cover the agent can note the repair quote and what the store would bear; the latter is a
decision, and the box says live whether it is the agent's to grant or whose approval it needs (the dialog asks
the empowerment policy when `freeChanged` fires and hands the answer to `show_free_evaluation`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from desk.enums import Entitlement
from desk.rules.empowerment import Evaluation
from desk.ui.formatting import entitlement_label, format_date
from desk.ui.goodwill.evaluation import EvaluationBox
from desk.ui.warranty.item_picker import hint
from desk.warranty import ClaimAssessment
from desk.ui.wording import spoken


class VerdictPanel(QWidget):
    freeChanged = Signal()  # what the store would bear changed: its evaluation is due

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entitlement: Entitlement | None = None

        self.badge = QLabel(entitlement_label(None), self)
        self.badge.setObjectName("verdictBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cover = QLabel(self)
        self.cover.setObjectName("verdictCover")
        self.cover.setWordWrap(True)
        self.cover.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons = QLabel(self)
        self.reasons.setObjectName("verdictReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setObjectName("claimHint")
        self.status.setWordWrap(True)

        self.paid = QFrame(self)
        self.paid.setObjectName("paidRepair")
        title = QLabel(self.tr("Paid repair"), self.paid)
        title.setObjectName("claimStep")
        self.quote = QLineEdit(self.paid)
        self.quote.setPlaceholderText(self.tr("e.g. 120,00"))
        self.free = QLineEdit(self.paid)
        self.free.setPlaceholderText(self.tr("optional"))
        self.reason = QPlainTextEdit(self.paid)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Needed when the store bears a part: the approver reads it"))
        self.reason.setFixedHeight(70)
        self.evaluation = EvaluationBox(self.paid)  # what the store bears: the agent's to grant, or whose
        self.free.textChanged.connect(self.freeChanged)
        self.currency = "EUR"
        self.quote_label = QLabel(self.paid)
        self.free_label = QLabel(self.paid)
        self.quote_label.setBuddy(self.quote)
        self.free_label.setBuddy(self.free)
        self._label_amounts()
        self.reason_label = QLabel(self.tr("Reaso&n for the store's part"), self.paid)
        self.reason_label.setBuddy(self.reason)
        amounts = QGridLayout()  # labels above the fields: the column is narrow, the amounts short
        amounts.setHorizontalSpacing(10)
        amounts.setVerticalSpacing(2)
        amounts.addWidget(self.quote_label, 0, 0)
        amounts.addWidget(self.free_label, 0, 1)
        amounts.addWidget(self.quote, 1, 0)
        amounts.addWidget(self.free, 1, 1)
        box = QVBoxLayout(self.paid)
        box.setContentsMargins(10, 8, 10, 10)
        box.setSpacing(6)
        box.addWidget(title)
        box.addLayout(amounts)
        box.addWidget(self.reason_label)
        box.addWidget(self.reason)
        box.addWidget(self.evaluation)
        self.paid.hide()
        self.show_free_prompt()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.badge)
        layout.addWidget(self.cover)
        layout.addWidget(self.status)
        layout.addWidget(self.reasons)
        layout.addWidget(self.paid)
        layout.addStretch(1)
        self.show_prompt()

    @property
    def asks_payment(self) -> bool:
        """The paid-repair box is on screen: its amounts go with the claim."""
        return not self.paid.isHidden()

    def show_prompt(self, text: str = "") -> None:
        """No verdict to show (no item chosen yet): say what brings one."""
        text = text or self.tr("Choose the item on the left: its cover shows here.")
        self.entitlement = None
        self._badge(None)
        self.cover.setText("")
        self.cover.hide()
        self.reasons.setText("")
        hint(self.status, text)
        self.paid.hide()

    def show_checking(self) -> None:
        """Keep the last verdict on screen (it is most likely still right) and say a fresh one is coming."""
        hint(self.status, self.tr("Checking the cover…"))

    def show_error(self, text: str) -> None:
        hint(self.status, text, "error")

    def show_assessment(self, assessment: ClaimAssessment) -> None:
        verdict = assessment.verdict
        self.entitlement = verdict.entitlement
        self._badge(verdict.entitlement)
        if verdict.cover_until is None:
            cover = ""  # no purchase to count from: the reason says so
        elif verdict.entitlement == Entitlement.IN_WARRANTY:
            cover = self.tr("Covered until {day}").format(day=format_date(verdict.cover_until))
        else:
            ended = verdict.cover_until < date.today()
            cover = (self.tr("Cover ended on {day}") if ended else self.tr("Cover runs until {day}, for faults only")
                     ).format(day=format_date(verdict.cover_until))  # fmt: skip
        self.cover.setText(cover)
        self.cover.setVisible(bool(cover))
        self.reasons.setText("\n".join(f"• {spoken(reason)}" for reason in verdict.reasons))
        if assessment.prior:
            hint(self.status, self.tr("Earlier claims on this item: {numbers}").format(
                numbers=", ".join(p.case_number for p in assessment.prior)))  # fmt: skip
        else:
            hint(self.status, "")
        if assessment.line is not None:
            self.currency = assessment.line.currency
            self._label_amounts()
        self.paid.setVisible(verdict.entitlement != Entitlement.IN_WARRANTY)

    def _badge(self, entitlement: Entitlement | None) -> None:
        self.badge.setText(entitlement_label(entitlement))
        self.badge.setProperty("entitlement", entitlement.value if entitlement else "")
        self.badge.style().polish(self.badge)

    def _label_amounts(self) -> None:
        self.quote_label.setText(self.tr("Repair &quote ({currency})").format(currency=self.currency))
        self.free_label.setText(self.tr("Store &bears ({currency})").format(currency=self.currency))

    # --- what the store bears, evaluated --------------------------------------------------------------------

    def show_free_prompt(self) -> None:
        self.evaluation.show_prompt(self.tr("If the store bears a part, type it: this says whether you can grant "
                                            "it or who approves it."))  # fmt: skip

    def show_free_checking(self) -> None:
        self.evaluation.set_checking(True)

    def show_free_evaluation(self, evaluation: Evaluation | None) -> None:
        """None: nothing asked of the store (zero)."""
        if evaluation is None:
            self.show_free_prompt()
        else:
            self.evaluation.show_evaluation(evaluation)

    def show_free_error(self, text: str) -> None:
        self.evaluation.show_error(text)
