"""Sign in: user name (the last one prefilled) and password; checked by desk.auth.sign_in through an Op.

A refused sign-in keeps the dialog open and says so in it. The password lives in the field and in the one
call that checks it: it is never logged, and the field is emptied after a refusal. If the person asks, it is
remembered in the operating system's keyring (desk.secrets); where the computer has no secure keyring, the dialog
says so and the password is asked for every time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)  # fmt: skip

from desk import auth, secrets
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
        self.signed_in: auth.SignedIn | None = None
        self._keyring_ok = False
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
        self.remember = QCheckBox(self.tr("&Remember my password on this computer"), self)
        self.remember.setObjectName("rememberPassword")
        self.remember.setEnabled(False)  # until the keyring is known to be a secure one
        self.no_keyring = QLabel(self.tr("This computer has no secure password store: the desk asks for your "
                                         "password every time."), self)  # fmt: skip
        self.no_keyring.setObjectName("quiet")
        self.no_keyring.setWordWrap(True)
        self.no_keyring.hide()
        self.where = QLabel(describe_database(db.url), self)
        self.where.setObjectName("quiet")
        self.where.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = self.buttons.addButton(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # The database is chosen before anyone signs in; a changed one is used from the desk's next start.
        self.settings_button = self.buttons.addButton(self.tr("Settings…"), QDialogButtonBox.ButtonRole.ResetRole)
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.clicked.connect(self.open_settings)
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.no_keyring)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        layout.addWidget(self.where)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        (self.password if self.username.text() else self.username).setFocus()  # the last user only types a password
        if not self._keyring_ok and not self.remember.isEnabled():
            database, username = self._db.url, self.username.text()
            Op(self, lambda: (secrets.secure_keyring_available(), secrets.remembered(database, username))).success(
                self._keyring_known).run()  # a keyring may wait on the desktop session: not on the GUI thread

    def open_settings(self) -> None:
        from desk.ui.settings_dialog import open_settings  # loaded when asked for: the sign-in window comes up sooner

        open_settings(self, self._settings, current_url=self._db.url)

    def _keyring_known(self, answer: tuple[bool, str | None]) -> None:
        available, password = answer
        self._keyring_ok = available
        self.remember.setEnabled(available)
        if not available:
            self.remember.hide()
            self.no_keyring.show()
            return
        if password and not self.password.text():
            self.password.setText(password)
            self.remember.setChecked(True)

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
        keep = self._keyring_ok and self.remember.isChecked()
        forget = self._keyring_ok and not keep

        def sign_in() -> auth.SignedIn:
            signed = auth.sign_in(db, username, password, workstation)
            if keep:
                secrets.remember(db.url, signed.actor.username, password)
            elif forget:
                secrets.forget(db.url, signed.actor.username)
            return signed

        if not username.strip():
            self._say(self.tr("Type your user name."))
            self.username.setFocus()
            return
        self._busy = True
        self._update_button()
        self.message.hide()
        Op(self, sign_in).success(self._signed_in).failure(self._refused).run()

    def _signed_in(self, signed: auth.SignedIn) -> None:
        self._busy = False
        self._update_button()
        self.signed_in = signed
        self.actor = actor = signed.actor
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
