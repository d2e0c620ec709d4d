"""Record a customer's survey answers for a settled case, or note that the survey was sent (desk.surveys).

Opened from the case window. Each score can be left unanswered; the service checks the rest. The save runs
through an Op; on success the dialog closes and announces {"case", "customer"} so the case and the timeline
reload. A refusal (already answered, already sent) is shown in red and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk import surveys
from desk.enums import Channel
from desk.surveys import SurveyAnswers
from desk.ui import forms
from desk.ui.context import DeskContext
from desk.ui.formatting import channel_label
from desk.ui.ops import Op, failure_text

NOT_ANSWERED = "—"


def _score(parent: QWidget, low: int, high: int) -> QSpinBox:
    """A score from low to high, or "not answered" (the value just below low)."""
    box = QSpinBox(parent)
    box.setRange(low - 1, high)
    box.setSpecialValueText(NOT_ANSWERED)
    box.setValue(low - 1)
    return box


class SurveyDialog(QDialog):
    def __init__(self, parent: QWidget, ctx: DeskContext, case_id: int, customer_id: int, case_number: str,
                 announce: dict[str, Any]) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("surveyDialog")
        self.setWindowTitle(self.tr("Survey on {number}").format(number=case_number))
        self.setMinimumWidth(460)
        self._ctx, self._case_id, self._customer_id, self._announce = ctx, case_id, customer_id, announce
        self._saving = False
        self.csat = _score(self, 1, 5)
        self.ces = _score(self, 1, 7)
        self.nps = _score(self, 0, 10)
        self.channel = QComboBox(self)
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.channel.setCurrentIndex(self.channel.findData(Channel.PHONE.value))
        self.comment = QPlainTextEdit(self)
        self.comment.setPlaceholderText(self.tr("The customer's own words, if any"))
        self.comment.setFixedHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("Satisfaction (CSAT, 1-5)"), self.csat)
        form.addRow(self.tr("Effort (CES, 1-7: 7 is easiest)"), self.ces)
        form.addRow(self.tr("Would recommend (NPS, 0-10)"), self.nps)
        form.addRow(self.tr("Answered by"), self.channel)
        form.addRow(self.tr("Comment"), self.comment)
        self.error = forms.error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Record the answers"), self)
        self.save_button.setObjectName("primaryButton")
        self.save_button.setAutoDefault(False)
        self.sent_button = QPushButton(self.tr("Survey sent"), self)
        self.sent_button.setToolTip(self.tr("Note that the survey was sent to the customer (by email)"))
        self.sent_button.setAutoDefault(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.sent_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        self.sent_button.clicked.connect(self.mark_sent)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def answers(self) -> SurveyAnswers:
        def value(box: QSpinBox) -> int | None:
            return None if box.value() < box.minimum() + 1 else box.value()

        return SurveyAnswers(value(self.csat), value(self.ces), value(self.nps), self.comment.toPlainText(),
                             Channel(self.channel.currentData()))  # fmt: skip

    def save(self) -> None:
        answers = self.answers()
        db, actor, customer, case = self._ctx.db, self._ctx.actor, self._customer_id, self._case_id
        self._run(lambda: surveys.record_answers(db, actor, customer, case, answers))

    def mark_sent(self) -> None:
        db, actor, customer, case = self._ctx.db, self._ctx.actor, self._customer_id, self._case_id
        self._run(lambda: surveys.mark_sent(db, actor, customer, case))

    def _run(self, call: Callable[[], int]) -> None:
        if self._saving:
            return
        self._saving = True
        self._enable(False)
        self.error.hide()
        Op(self, call).success(lambda _id: self._saved()).failure(self._refused).announce(self._announce).run()

    def _saved(self) -> None:
        self._saving = False
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._saving = False
        self._enable(True)
        self.error.setText(failure_text(exc))
        self.error.show()

    def _enable(self, enabled: bool) -> None:
        for button in (self.save_button, self.sent_button):
            button.setEnabled(enabled)
