"""Sign in: user name (the last one prefilled) and password; checked by desk.staff.sign_in through an Op.

A refused sign-in keeps the dialog open and says so in it. The password lives in the field and in the one
call that checks it: it is never logged, never stored, and the field is emptied after a refusal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desk import staff
from desk.actors import Actor
from desk.db import Database
from desk.ui.formatting import describe_database
from desk.ui.ops import Op, failure_text
from desk.ui.settings import Settings


class LoginDialog(QDialog):
    def __init__(self, db: Database, workstation: str, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self._db = db
        self._workstation = workstation
        self._settings = settings
        self._checking = False
        self._busy = False
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Posventa Desk — sign in"))
        self.setMinimumWidth(420)

        title = QLabel(self.tr("Posventa Desk"), self)
        title.setObjectName("loginTitle")
        self.username = QLineEdit(settings.last_username, self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.where = QLabel(describe_database(db.url), self)
        self.where.setObjectName("quiet")
        self.where.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = self.buttons.addButton(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        layout.addWidget(self.where)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        (self.password if self.username.text() else self.username).setFocus()  # the last user only types a password

    def set_checking(self, checking: bool) -> None:
        """While the database is being checked the form can be filled but not sent."""
        self._checking = checking
        self._update_button()
        if checking:
            self._say(self.tr("Opening the database…"), error=False)
        else:
            self.message.hide()

    def sign_in(self) -> None:
        if self._checking or self._busy:
            return
        db, username, password, workstation = self._db, self.username.text(), self.password.text(), self._workstation
        if not username.strip():
            self._say(self.tr("Type your user name."))
            self.username.setFocus()
            return
        self._busy = True
        self._update_button()
        self.message.hide()
        Op(self, lambda: staff.sign_in(db, username, password, workstation)).success(self._signed_in).failure(
            self._refused
        ).run()

    def _signed_in(self, actor: Actor) -> None:
        self._busy = False
        self._update_button()
        self.actor = actor
        self.password.clear()
        self._settings.last_username = actor.username
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._busy = False
        self._update_button()
        self._say(failure_text(exc))
        self.password.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_button(self) -> None:
        self.sign_in_button.setEnabled(not (self._checking or self._busy))

    def _say(self, text: str, *, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.style().polish(self.message)
        self.message.show()
