"""A goodwill gesture for the customer on screen: what to give, how much, why, in the agent's words.

While the agent types, the empowerment verdict is asked of `preview_goodwill` (debounced; a stale answer is
dropped by sequence number) and shown in colour and in the policy's own words, and the button follows it:
"Grant" within the agent's limits, "Ask for approval" above them, disabled when nobody may grant it. So nothing
is a surprise when Ctrl+Enter saves through `grant_goodwill`, which re-checks everything in its transaction. A
refusal keeps what was typed and says why above the buttons; once saved, the dialog turns into its done page.

What is typed is kept on this computer as a draft (desk.drafts) and offered back when goodwill is opened for the
same customer (and case) again, even after a restart of the desk; granting it removes the draft. A save that
finds the database out of reach says so and watches for it to answer again; the agent then presses the button.
"""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.drafts import Draft, customer_subject
from desk.enums import Channel, DecisionKind, DecisionStatus, StoreKind
from desk.errors import DatabaseUnavailable, DeskError
from desk.goodwill import GOODWILL_DECISIONS, REASON_CODES, GoodwillRequest, grant_goodwill, preview_goodwill
from desk.policy import parse_amount
from desk.rules.empowerment import Evaluation, Outcome
from desk.ui import forms
from desk.ui.context import DeskContext
from desk.ui.formatting import channel_label
from desk.ui.goodwill.done_page import GoodwillDonePage, Saved
from desk.ui.goodwill.evaluation import EvaluationBox
from desk.ui.goodwill.labels import kind_hint, kind_label, reason_label
from desk.ui.ops import Op, changes, failure_text

log = logging.getLogger(__name__)
PREVIEW_MS = 300
CURRENCY = "EUR"
OTHER = "other"

def save_gesture(ctx: DeskContext, request: GoodwillRequest) -> Saved:
    """Runs on the worker: grant (or ask); the result says whom a waiting request went to."""
    result = grant_goodwill(ctx.db, ctx.actor, request)
    approver = result.approver_role
    amount = parse_amount(request.amount, "Amount")
    assert amount is not None  # grant_goodwill refused anything else
    return Saved(result.case_id, result.case_number, DecisionStatus(result.status), DecisionKind(request.kind),
                 amount, request.currency, request.reason_code, approver)  # fmt: skip


class GoodwillDialog(QDialog):
    granted = Signal(int, str, str)  # case id, case number, decision status ("granted", "pending_approval")
    openCaseRequested = Signal(int)  # case id
    evaluationShown = Signal()  # the verdict on screen matches what is typed

    def __init__(self, ctx: DeskContext, customer_id: int, customer_name: str, parent: QWidget | None = None, *,
                 store_kind: StoreKind | None = None, case_id: int | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("goodwillDialog")
        self._ctx, self._customer_id, self._case_id = ctx, customer_id, case_id
        self._store_kind = store_kind
        self._seq = 0  # bumped on every change of what the verdict depends on
        self._shown_seq = -1  # the change the verdict on screen answers
        self._saving = False
        self.saved: Saved | None = None
        self.setWindowTitle(self.tr("Goodwill for {name}").format(name=customer_name))

        self.pages = QStackedWidget(self)
        self.form_page = self._form_page(customer_name, store_kind)
        self.done_page = GoodwillDonePage(ctx, customer_id, self)
        self.done_page.openCaseRequested.connect(self._open_case)
        self.done_page.closeRequested.connect(self.accept)
        self.pages.addWidget(self.form_page)
        self.pages.addWidget(self.done_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.pages)
        changes().changed.connect(self._announced)
        self.resize(660, 620)

        # Property keywords in QTimer's constructor corrupt a refcount in PySide6 6.12: set them one by one.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_MS)
        self.timer.timeout.connect(self._evaluate)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        self._kind_changed()
        self._reason_changed()
        self.amount.setFocus()

        self.drafts = forms.DraftKeeper(self, ctx, "goodwill", customer_subject(customer_id, case_id),
                                        self._draft_fields)  # fmt: skip
        if (draft := self.drafts.load()) is not None:
            self._restore(draft)
        for edited in (self.kind.currentIndexChanged, self.amount.textChanged, self.reason.currentIndexChanged,
                       self.words.textChanged, self.channel.currentIndexChanged):  # fmt: skip
            edited.connect(self.drafts.changed)
        self.drafts.arm()

    @property
    def customer_id(self) -> int:
        return self._customer_id

    # --- building -----------------------------------------------------------------------------------------

    def _form_page(self, customer_name: str, store_kind: StoreKind | None) -> QWidget:
        page = QWidget(self)
        heading = QLabel(self.tr("Goodwill for {name}").format(name=customer_name), page)
        heading.setObjectName("goodwillHeading")
        heading.setWordWrap(True)
        self.kind = QComboBox(page)
        for kind in GOODWILL_DECISIONS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind_hint = QLabel(page)
        self.kind_hint.setObjectName("goodwillKindHint")
        self.kind_hint.setWordWrap(True)
        self.amount = QLineEdit(page)
        self.amount.setObjectName("goodwillAmount")
        self.amount.setPlaceholderText(self.tr("e.g. 40 or 40,50"))
        self.amount.setMaxLength(20)
        self.amount.setMaximumWidth(170)
        self.reason = QComboBox(page)
        for code in REASON_CODES:
            self.reason.addItem(reason_label(code), code)
        self.reason.setPlaceholderText(self.tr("Choose why…"))
        self.reason.setCurrentIndex(-1)  # no default: reports group by it, so the agent chooses
        self.reason.setMaxVisibleItems(len(REASON_CODES))
        self.words = QPlainTextEdit(page)
        self.words.setTabChangesFocus(True)
        self.words.setFixedHeight(84)
        self.channel = QComboBox(page)
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel)
        self.channel.setCurrentIndex(self.channel.findData(forms.default_channel(store_kind)))

        kind_box = QVBoxLayout()
        kind_box.setSpacing(3)
        kind_box.addWidget(self.kind)
        kind_box.addWidget(self.kind_hint)
        amount_row = QHBoxLayout()
        amount_row.setSpacing(8)
        amount_row.addWidget(self.amount)
        amount_row.addWidget(QLabel(CURRENCY, page))
        amount_row.addStretch(1)
        what_label = self._buddy(self.tr("&What to give"), self.kind, page)
        what_label.setFixedHeight(self.kind.sizeHint().height())  # level with the combo, not with its hint
        self.words_label = self._buddy("", self.words, page)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(what_label, kind_box)
        form.addRow(self._buddy(self.tr("A&mount"), self.amount, page), amount_row)
        form.addRow(self._buddy(self.tr("&Reason"), self.reason, page), self.reason)
        form.addRow(self.words_label, self.words)
        form.addRow(self._buddy(self.tr("C&hannel"), self.channel, page), self.channel)

        self.evaluation = EvaluationBox(page)
        self.error = forms.error_label(page)
        self.banner = forms.DraftBanner(page)
        self.banner.discardRequested.connect(self.discard_draft)
        self.shortcut_hint = QLabel(page)
        self.shortcut_hint.setObjectName("goodwillShortcut")
        self.buttons = QDialogButtonBox(page)
        self.save_button = QPushButton(self.tr("Grant"), page)
        self.save_button.setObjectName("primaryButton")  # named before the box polishes it, or the name is ignored
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setMinimumWidth(self._widest(self.save_button, (self.tr("Grant"), self.tr("Ask for approval"),
                                                                          self.tr("Saving…"))))  # fmt: skip
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.watch = forms.DatabaseWatch(self._ctx.db, self.save_button, self.error, page)
        self.watch.back.connect(self._verdict_inputs_changed)  # the verdict could not be asked meanwhile
        bottom = QHBoxLayout()
        bottom.addWidget(self.shortcut_hint, 1)
        bottom.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.amount.textChanged.connect(self._verdict_inputs_changed)
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self.words.textChanged.connect(self.error.hide)  # the last refusal was about the form as it was
        self.channel.currentIndexChanged.connect(self.error.hide)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.banner)
        if self._case_id is not None:
            about = QLabel(self.tr("Recorded as a gesture about the case it was opened from."), page)
            about.setObjectName("goodwillAbout")
            layout.addWidget(about)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(self.evaluation)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(self.watch)
        layout.addLayout(bottom)
        chain = [self.kind, self.amount, self.reason, self.words, self.channel, self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        return page

    @staticmethod
    def _buddy(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setBuddy(buddy)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return label

    @staticmethod
    def _widest(button: QPushButton, texts: tuple[str, ...]) -> int:
        """The button keeps one width whatever it says (it is bold from the style sheet, padded 14 px a side)."""
        font = QFont(button.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        return max(metrics.horizontalAdvance(text) for text in texts) + 40

    # --- the verdict, live ---------------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        self.kind_hint.setText(kind_hint(self.kind.currentData()))
        self._verdict_inputs_changed()

    def _reason_changed(self) -> None:
        other = self.reason.currentData() == OTHER
        self.words_label.setText(self.tr("In your w&ords\n(required)") if other else self.tr("In your w&ords"))
        self.words.setPlaceholderText(
            self.tr("Required for “Other”: say why in a few words. The approver and the reports read it.") if other
            else self.tr("What happened, what the customer said. Whoever approves it reads this.")
        )  # fmt: skip
        self.error.hide()

    def _announced(self, what: dict) -> None:  # type: ignore[type-arg]
        """The limits, or this customer's goodwill, changed elsewhere: what the box says may no longer hold."""
        on_form = self.pages.currentWidget() is self.form_page
        if on_form and not self._saving and ("policy" in what or what.get("customer") == self._customer_id):
            self._verdict_inputs_changed()

    def _verdict_inputs_changed(self) -> None:
        self._seq += 1  # whatever verdict is in flight no longer matches the form
        self.error.hide()
        if not self.amount.text().strip():
            self.timer.stop()
            self.evaluation.show_prompt(self.tr("Type the amount: this box says whether it is yours to grant, or "
                                                "who approves it."))  # fmt: skip
            self._shown_seq = self._seq
            self._follow(None)
            self.evaluationShown.emit()
            return
        self.evaluation.set_checking(True)
        self.timer.start()

    def _evaluate(self) -> None:
        seq, db, actor, customer = self._seq, self._ctx.db, self._ctx.actor, self._customer_id
        kind, amount = self.kind.currentData(), self.amount.text().strip()
        Op(self, lambda: preview_goodwill(db, actor, customer, kind, amount, CURRENCY)).success(
            lambda evaluation: self._evaluated(seq, evaluation)
        ).failure(lambda exc: self._evaluation_failed(seq, exc)).run()

    def _evaluated(self, seq: int, evaluation: Evaluation) -> None:
        if seq != self._seq:
            return
        self._shown_seq = seq
        self.evaluation.show_evaluation(evaluation)
        self._follow(evaluation.outcome)
        self.evaluationShown.emit()

    def _evaluation_failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._seq:
            return
        self._shown_seq = seq
        self.evaluation.show_error(failure_text(exc))
        self._follow(None)
        self.evaluationShown.emit()

    def _follow(self, outcome: Outcome | None) -> None:
        """The button and the hint beside it say what Ctrl+Enter will do now."""
        if self._saving:
            return
        approval = outcome == Outcome.APPROVAL
        self.save_button.setText(self.tr("Ask for approval") if approval else self.tr("Grant"))
        self.save_button.setEnabled(outcome != Outcome.NOT_ALLOWED)
        self.save_button.setToolTip(self.tr("Send it to be approved (Ctrl+Enter)") if approval
                                    else self.tr("Grant it now (Ctrl+Enter)"))  # fmt: skip
        self.shortcut_hint.setText(
            self.tr("Lower the amount, or choose another gesture.") if outcome == Outcome.NOT_ALLOWED
            else self.tr("Ctrl+Enter asks for approval") if approval else self.tr("Ctrl+Enter grants")
        )  # fmt: skip

    # --- the draft on this computer ------------------------------------------------------------------------

    def _draft_fields(self) -> dict[str, object] | None:
        """What is typed, as plain data; None when nothing was (the gesture and channel alone are defaults)."""
        amount, words, reason = self.amount.text(), self.words.toPlainText(), self.reason.currentData()
        if not (amount.strip() or words.strip() or reason):
            return None
        return {"kind": str(self.kind.currentData()), "amount": amount, "reason_code": reason,
                "words": words, "channel": str(self.channel.currentData())}  # fmt: skip

    def _restore(self, draft: Draft) -> None:
        fields = draft.fields
        forms.select_data(self.kind, fields.get("kind"))
        if not forms.select_data(self.reason, fields.get("reason_code")):
            self.reason.setCurrentIndex(-1)
        forms.select_data(self.channel, fields.get("channel"))
        self.words.setPlainText(str(fields.get("words") or ""))
        self.amount.setText(str(fields.get("amount") or "")[: self.amount.maxLength()])
        self.banner.show_restored(draft.saved_at)

    def discard_draft(self) -> None:
        """The agent throws the restored draft away: the form is empty again, as a new one."""
        self.drafts.discard()
        self.banner.hide()
        self.kind.setCurrentIndex(0)
        self.reason.setCurrentIndex(-1)
        self.channel.setCurrentIndex(self.channel.findData(forms.default_channel(self._store_kind)))
        self.words.clear()
        self.amount.clear()
        self.amount.setFocus()

    # --- saving --------------------------------------------------------------------------------------------

    def request(self) -> GoodwillRequest:
        return GoodwillRequest(
            customer_id=self._customer_id,
            kind=self.kind.currentData(),
            amount=self.amount.text().strip() or None,
            reason_code=self.reason.currentData() or "",
            reason_text=self.words.toPlainText(),
            channel=self.channel.currentData(),
            currency=CURRENCY,
            case_id=self._case_id,
        )

    def save(self) -> None:
        if self._saving or self.pages.currentWidget() is not self.form_page:
            return
        shown = self.evaluation.evaluation
        if shown is not None and shown.outcome == Outcome.NOT_ALLOWED and self._shown_seq == self._seq:
            # The button is disabled; Ctrl+Enter still deserves an answer (the reasons are in the box above).
            self._show_error(self.tr("Nothing was saved: nobody may grant this amount. Lower it, or choose another "
                                     "gesture."))  # fmt: skip
            return
        if self.reason.currentData() == OTHER and not self.words.toPlainText().strip():
            self._show_error(self.tr("“Other” needs a few words: say why in “In your words”."))
            self.words.setFocus()
            return
        ctx, customer_id, request = self._ctx, self._customer_id, self.request()
        self._set_saving(True)
        self.error.hide()
        self.watch.stop()
        Op(self, lambda: save_gesture(ctx, request)).success(self._saved).failure(self._refused).announce(
            lambda saved: {"customer": customer_id, "case": saved.case_id}
        ).run()

    def _saved(self, saved: Saved) -> None:
        self._set_saving(False)
        self.saved = saved
        self.drafts.finish()
        self.timer.stop()
        self._seq += 1  # a verdict still in flight has nothing to update
        self.done_page.show_saved(saved)
        self.pages.setCurrentWidget(self.done_page)
        self.done_page.focus_next_step()
        self.granted.emit(saved.case_id, saved.case_number, saved.status.value)

    def _refused(self, exc: BaseException) -> None:
        self._set_saving(False)
        if isinstance(exc, DatabaseUnavailable):
            kept = self.drafts.store_now()
            self._show_error(forms.unreachable_text(kept, self.drafts.problem))
            self.watch.start()
            return
        message = failure_text(exc)
        if not isinstance(exc, DeskError):
            message = self.tr("Nothing was saved. {reason}").format(reason=message)
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        forms.set_form_message(self.error, message)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        if saving:
            self.save_button.setEnabled(False)
            self.save_button.setText(self.tr("Saving…"))
        else:
            shown = self.evaluation.evaluation
            self._follow(shown.outcome if shown is not None and self._shown_seq == self._seq else None)

    def _open_case(self, case_id: int) -> None:
        self.openCaseRequested.emit(case_id)
        self.accept()  # the case window takes over; the gesture is saved

    # --- closing -------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        forms.clear_default_buttons(self)  # Enter in the amount field must not grant

    def reject(self) -> None:
        if self._saving:
            return  # the write is under way; its answer decides
        if self.saved is not None:
            self.accept()  # saved: closing is never "cancel"
            return
        typed = self.amount.text().strip() or self.words.toPlainText().strip()
        question = self.tr("Close without saving the goodwill? What you typed will be lost.")
        if typed and self.isVisible() and not forms.confirm_discard(self, question):
            return
        if self.isVisible():  # the agent closed it: thrown away on purpose (or nothing typed), no draft comes back
            self.drafts.finish()
        self.watch.stop()
        super().reject()
