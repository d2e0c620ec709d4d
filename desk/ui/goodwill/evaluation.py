"""The empowerment verdict as a form shows it while the agent types: a coloured box whose first line says what
will happen (within your limits / goes to a store manager for approval / nobody may grant this) and whose
second line is the service's own words ("You can grant up to 50.00 EUR; 80.00 EUR will go to a store manager
for approval."). Colour is never the only sign: the mark and the words say it too.

The policy's conclusion (its last reason) comes first; the limits that led to it follow as bullets, so a
refusal listing four limits still reads at a glance.

A widget of plain data (an `Evaluation` in, nothing out): the dialog that owns it decides when to ask the
service. Used by the goodwill dialog and by the warranty claim's paid-repair box.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desk.rules.empowerment import Evaluation, Outcome
from desk.ui.goodwill.labels import role_phrase
from desk.ui.wording import spoken

class EvaluationBox(QFrame):
    """What will happen to the amount typed, in colour and words; `outcome` is None until one is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluation")
        self.outcome: Outcome | None = None
        self.evaluation: Evaluation | None = None
        self.headline = QLabel(self)
        self.headline.setObjectName("evaluationHeadline")
        self.words = QLabel(self)
        self.words.setObjectName("evaluationWords")
        self.details = QLabel(self)
        self.details.setObjectName("evaluationDetails")
        self.labels = (self.headline, self.words, self.details)
        for label in self.labels:
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # to quote to a manager
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 9)
        layout.setSpacing(3)
        layout.addWidget(self.headline)
        layout.addWidget(self.words)
        layout.addWidget(self.details)
        self.show_prompt("")

    @property
    def text(self) -> str:
        """Everything the box says, as one line (for tests and for copying)."""
        return " ".join(label.text() for label in self.labels if label.text())

    def show_prompt(self, text: str) -> None:
        """Nothing to evaluate yet: say, quietly, what brings a verdict."""
        self.evaluation = None
        self._show(None, "", "", text)

    def show_evaluation(self, evaluation: Evaluation) -> None:
        self.evaluation = evaluation
        if evaluation.outcome == Outcome.GRANT:
            headline = "✓  " + self.tr("Within your limits: you grant it yourself")
        elif evaluation.outcome == Outcome.APPROVAL:
            headline = "!  " + self.tr("Goes to {role} for approval").format(role=role_phrase(evaluation.approver_role))
        else:
            headline = "✗  " + self.tr("Nobody may grant this")
        *why, conclusion = [spoken(reason) for reason in evaluation.reasons] or [""]
        self._show(evaluation.outcome, evaluation.outcome.value, headline, conclusion, why)

    def show_error(self, text: str) -> None:
        """The service could not evaluate what is typed (an amount that is not one): its words, in red."""
        self.evaluation = None
        self._show(None, "error", "✗  " + text, "")

    def set_checking(self, checking: bool) -> None:
        """Grey the verdict on screen while a fresh one is asked for: it may no longer match what is typed."""
        for label in self.labels:
            label.setProperty("checking", checking)
            label.style().unpolish(label)
            label.style().polish(label)

    def _show(self, outcome: Outcome | None, tone: str, headline: str, words: str,
              details: Sequence[str] = ()) -> None:  # fmt: skip
        self.outcome = outcome
        self.headline.setText(headline)
        self.words.setText(words)
        self.details.setText("\n".join(f"•  {line}" for line in details))
        for label in self.labels:
            label.setVisible(bool(label.text()))
        for widget in (self, *self.labels):
            widget.setProperty("outcome", tone)
            widget.setProperty("checking", False)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
