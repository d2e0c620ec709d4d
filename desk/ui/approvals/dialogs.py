"""The small form behind Reject… and Withdraw…: one reason, saved through an Op.

A rejection needs a reason (the requester reads it, and maybe the customer); a withdrawal may have one. When the
service refuses (no reason, someone decided first, the database out of reach) the dialog stays open with the
text typed and says why in red; when someone else decided first it also asks the panel to reload (`stale`).
Ctrl+Enter saves; closing with typed text asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desk.approvals import ApprovalRow
from desk.errors import Conflict, NotFound
from desk.ui import forms
from desk.ui.approvals import texts
from desk.ui.ops import Op, failure_text

REJECT, WITHDRAW = "reject", "withdraw"


class ReasonDialog(QDialog):
    stale = Signal()  # the request was decided or withdrawn elsewhere: the list should reload
    saved = Signal(object)  # the service's answer, after the dialog has closed itself

    def __init__(self, parent: QWidget, purpose: str, row: ApprovalRow, call: Callable[[str], Any],
                 announce: dict[str, Any]) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("approvalReasonDialog")
        self.setMinimumWidth(520)
        self.purpose = purpose
        self._call, self._announce = call, announce
        self._saving = False
        subject = f"{texts.what(row)} · {row.customer_name}" if row.customer_name else texts.what(row)
        if purpose == REJECT:
            self.setWindowTitle(self.tr("Reject the request"))
            self._save_text = self.tr("Reject")
            prompt = self.tr("Reject {subject}, asked by {name}? {name} reads your reason at once, and it is printed "
                             "on the customer's decision letter: write it for the customer, in their language."
                             ).format(subject=subject, name=row.requester)  # fmt: skip
            placeholder = self.tr("Why not (required), e.g. Ya se le concedió un vale este mes.")
        else:
            self.setWindowTitle(self.tr("Withdraw the request"))
            self._save_text = self.tr("Withdraw")
            prompt = self.tr("Withdraw {subject}? Nobody will be asked to decide it any more and the goodwill case is "
                             "cancelled.").format(subject=subject)  # fmt: skip
            placeholder = self.tr("Why (optional), e.g. the customer chose an exchange instead")
        self.prompt = QLabel(prompt, self)
        self.prompt.setObjectName("approvalPrompt")
        self.prompt.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(placeholder)
        self.reason.setMinimumHeight(100)
        label = QLabel(self.tr("&Reason"), self)
        label.setBuddy(self.reason)
        self.error = forms.error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self._save_text, self)
        self.save_button.setObjectName("primaryButton")  # named before the box lays it out (and polishes it)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setToolTip(self.tr("{action} (Ctrl+Enter)").format(action=self._save_text))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.prompt)
        layout.addWidget(label)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def save(self) -> None:
        if self._saving:
            return
        call, reason = self._call, self.reason.toPlainText()
        self._set_saving(True)
        self.error.hide()
        Op(self, lambda: call(reason)).success(self._saved).failure(self._refused).announce(self._announce).run()

    def _saved(self, result: object) -> None:
        self._set_saving(False)
        self.accept()
        self.saved.emit(result)

    def _refused(self, exc: BaseException) -> None:
        self._set_saving(False)
        text = failure_text(exc)
        if isinstance(exc, (Conflict, NotFound)):
            text += "\n" + self.tr("The list has been reloaded; close this window to see it.")
            self.save_button.setEnabled(False)  # nothing left to decide here
            self.stale.emit()
        self.error.setText(text)
        self.error.show()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.save_button.setText(self.tr("Saving…") if saving else self._save_text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        forms.clear_default_buttons(self)  # Enter makes a new line in the reason; it never saves

    def reject(self) -> None:
        if self._saving:
            return  # the write is under way; its answer decides
        typed = self.reason.toPlainText().strip() and self.isVisible()
        if typed and not forms.confirm_discard(self, self.tr("Close without saving? What you typed will be lost.")):
            return
        super().reject()
