"""Log a contact: channel, direction, reason, summary, outcome; saved through an Op.

When the service refuses (a missing field, the database out of reach) the dialog stays open with everything
the agent typed and says why in red, above the buttons. Ctrl+Enter saves from any field.

What is typed is kept on this computer as a draft (desk.drafts, 400 ms after the last change) and offered back,
filled in, when a contact is logged for the same customer again, even after the desk was restarted; saving
removes it. When the database is out of reach, the dialog says so and watches for it to answer again
(forms.DatabaseWatch); the agent then presses Save again.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk import interactions
from desk.enums import Channel, Direction, StoreKind
from desk.drafts import Draft, customer_subject
from desk.errors import DatabaseUnavailable, DeskError
from desk.interactions import ContactForm
from desk.ui import forms
from desk.ui.forms import default_channel
from desk.ui.context import DeskContext
from desk.ui.formatting import channel_label, direction_label
from desk.ui.ops import Op, failure_text

# Marked for lupdate in the context self.tr() looks them up in (LogContactDialog).
REASONS = [
    QT_TRANSLATE_NOOP("LogContactDialog", "Product fault"),
    QT_TRANSLATE_NOOP("LogContactDialog", "Return request"),
    QT_TRANSLATE_NOOP("LogContactDialog", "Delivery problem"),
    QT_TRANSLATE_NOOP("LogContactDialog", "Invoice question"),
    QT_TRANSLATE_NOOP("LogContactDialog", "Complaint"),
    QT_TRANSLATE_NOOP("LogContactDialog", "Warranty question"),
    QT_TRANSLATE_NOOP("LogContactDialog", "Other"),
]
OUTCOMES = [
    QT_TRANSLATE_NOOP("LogContactDialog", "Resolved"),
    QT_TRANSLATE_NOOP("LogContactDialog", "Case opened"),
    QT_TRANSLATE_NOOP("LogContactDialog", "Call back"),
    QT_TRANSLATE_NOOP("LogContactDialog", "Escalated"),
    QT_TRANSLATE_NOOP("LogContactDialog", "Information given"),
]


class LogContactDialog(QDialog):
    def __init__(
        self,
        ctx: DeskContext,
        customer_id: int,
        customer_name: str,
        parent: QWidget | None = None,
        *,
        store_kind: StoreKind | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("logContactDialog")
        self._ctx = ctx
        self._customer_id = customer_id
        self._store_kind = store_kind
        self._saving = False
        self.interaction_id: int | None = None
        self.setWindowTitle(self.tr("Log a contact with {name}").format(name=customer_name))
        self.setMinimumWidth(560)

        self.channel = QComboBox(self)
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel)
        self.channel.setCurrentIndex(self.channel.findData(default_channel(store_kind)))
        self.direction = QComboBox(self)
        for direction in Direction:
            self.direction.addItem(direction_label(direction), direction)
        self.reason = QComboBox(self)
        self.reason.setEditable(True)
        self.reason.addItems([self.tr(r) for r in REASONS])
        self.reason.setCurrentIndex(-1)  # no silent default: the agent says why the customer got in touch
        self.reason.lineEdit().setPlaceholderText(self.tr("Why did the customer get in touch?"))
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("What was said and done"))
        self.summary.setMinimumHeight(140)
        self.outcome = QComboBox(self)
        self.outcome.setEditable(True)
        self.outcome.addItems([self.tr(o) for o in OUTCOMES])
        self.outcome.setCurrentIndex(-1)
        self.outcome.lineEdit().setPlaceholderText(self.tr("How did it end?"))
        for combo in (self.reason, self.outcome):
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.error = forms.error_label(self)
        for edited in (self.reason.currentTextChanged, self.summary.textChanged, self.outcome.currentTextChanged):
            edited.connect(self.error.hide)  # an old complaint must not stay once the agent fixes it
        self.banner = forms.DraftBanner(self)
        self.banner.discardRequested.connect(self.discard_draft)
        self.drafts = forms.DraftKeeper(self, ctx, "log_contact", customer_subject(customer_id), self._draft_fields)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setToolTip(self.tr("Save the contact (Ctrl+Enter)"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Enter in a one-line field must not save half a form: only the button or Ctrl+Enter do.
        self.save_button.setAutoDefault(False)
        self.save_button.setDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        self.watch = forms.DatabaseWatch(ctx.db, self.save_button, self.error, self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Channel"), self.channel)
        form.addRow(self.tr("&Direction"), self.direction)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("S&ummary"), self.summary)
        form.addRow(self.tr("&Outcome"), self.outcome)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.watch)
        layout.addWidget(self.buttons)
        for first, second in [(self.channel, self.direction), (self.direction, self.reason),
                              (self.reason, self.summary), (self.summary, self.outcome),
                              (self.outcome, self.save_button)]:  # fmt: skip
            QWidget.setTabOrder(first, second)
        self.reason.setFocus()

        if (draft := self.drafts.load()) is not None:
            self._restore(draft)
        for edited in (self.channel.currentIndexChanged, self.direction.currentIndexChanged,
                       self.reason.currentTextChanged, self.summary.textChanged, self.outcome.currentTextChanged):
            edited.connect(self.drafts.changed)
        self.drafts.arm()

    def form(self) -> ContactForm:
        return ContactForm(
            channel=self.channel.currentData(),
            direction=self.direction.currentData(),
            reason=self.reason.currentText(),
            summary=self.summary.toPlainText(),
            outcome=self.outcome.currentText(),
        )

    # --- the draft on this computer -----------------------------------------------------------------------

    def _draft_fields(self) -> dict[str, object] | None:
        """What is typed, as plain data; None when nothing was (the channel and direction alone are defaults)."""
        reason, summary, outcome = self.reason.currentText(), self.summary.toPlainText(), self.outcome.currentText()
        if not (reason.strip() or summary.strip() or outcome.strip()):
            return None
        return {"channel": str(self.channel.currentData()), "direction": str(self.direction.currentData()),
                "reason": reason, "summary": summary, "outcome": outcome}  # fmt: skip

    def _restore(self, draft: Draft) -> None:
        fields = draft.fields
        forms.select_data(self.channel, fields.get("channel"))
        forms.select_data(self.direction, fields.get("direction"))
        for combo, key in ((self.reason, "reason"), (self.outcome, "outcome")):
            combo.setCurrentText(str(fields.get(key) or ""))
        self.summary.setPlainText(str(fields.get("summary") or ""))
        self.banner.show_restored(draft.saved_at)

    def discard_draft(self) -> None:
        """The agent throws the restored draft away: the form is empty again, as a new one."""
        self.drafts.discard()
        self.banner.hide()
        self.channel.setCurrentIndex(self.channel.findData(default_channel(self._store_kind)))
        self.direction.setCurrentIndex(0)
        for combo in (self.reason, self.outcome):
            combo.setCurrentIndex(-1)
            combo.setEditText("")
        self.summary.clear()
        self.reason.setFocus()

    # --- saving ---------------------------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving:
            return
        ctx, customer_id, form = self._ctx, self._customer_id, self.form()
        self._set_saving(True)
        self.error.hide()
        self.watch.stop()
        Op(self, lambda: interactions.log_contact(ctx.db, ctx.actor, customer_id, form)).success(
            self._saved
        ).failure(self._refused).announce(lambda iid: {"customer": customer_id, "interaction": iid}).run()

    def _saved(self, interaction_id: int) -> None:
        self._set_saving(False)
        self.interaction_id = interaction_id
        self.drafts.finish()
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._set_saving(False)
        if isinstance(exc, DatabaseUnavailable):
            kept = self.drafts.store_now()
            forms.set_form_message(self.error, forms.unreachable_text(kept, self.drafts.problem))
            self.watch.start()
            return
        message = failure_text(exc)
        if not isinstance(exc, DeskError):
            message = self.tr("The contact was not saved. {reason}").format(reason=message)
        forms.set_form_message(self.error, message)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.save_button.setText(self.tr("Saving…") if saving else self.tr("Save"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        forms.clear_default_buttons(self)  # Enter in a one-line field must not submit the form

    def reject(self) -> None:
        if self._saving:
            return  # the write is under way; its answer decides
        typed = self.summary.toPlainText().strip() or self.reason.currentText().strip()
        if typed and self.isVisible():
            if not forms.confirm_discard(self, self.tr("Close without saving? What you typed will be lost.")):
                return
        if self.isVisible():  # the agent closed it: thrown away on purpose (or nothing typed), no draft comes back
            self.drafts.finish()
        self.watch.stop()
        super().reject()
