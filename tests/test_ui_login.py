"""Sign in: a refusal is said in the dialog, the right password returns the actor; the start-up refuses bad schemas."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt

from desk import staff as staff_service
from desk.db import Database
from desk.enums import RoleCode
from desk.ui import app as app_module
from desk.ui.login import LoginDialog
from desk.ui.settings import Settings
from tests.factories import Staff
from tests.ui_fixtures import settings, wait_idle  # noqa: F401 - settings is a fixture

pytestmark = pytest.mark.gui
PASSWORD = "correct horse"


@pytest.fixture
def pau(db: Database, staff: Staff) -> str:
    with db.write() as s:
        staff_service.add_user(
            s, staff.admin, username="pau", full_name="Pau Serra", role=RoleCode.AGENT, store_code="CC",
            password=PASSWORD,
        )  # fmt: skip
    return "pau"


def test_wrong_password_is_said_in_the_dialog_and_the_right_one_signs_in(  # type: ignore[no-untyped-def]
    db: Database, pau: str, settings: Settings, qtbot, caplog
) -> None:
    settings.last_username = pau
    dialog = LoginDialog(db, "desk-07", settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.username.text() == "pau"  # the last user, prefilled
    assert dialog.focusWidget() is dialog.password

    with caplog.at_level(logging.DEBUG):
        qtbot.keyClicks(dialog.password, "wrong password")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.message.isVisible())
    assert dialog.message.text() == "Unknown user or wrong password."
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.password.text() == ""  # emptied for the next try

    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None
    assert (dialog.actor.username, dialog.actor.full_name, dialog.actor.workstation) == ("pau", "Pau Serra", "desk-07")
    assert dialog.password.text() == ""
    assert all(PASSWORD not in r.getMessage() and "wrong password" not in r.getMessage() for r in caplog.records)
    assert settings.last_username == "pau"
    wait_idle(qtbot)


def test_no_sign_in_while_the_database_is_checked(db: Database, pau: str, settings: Settings, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(db, "desk-07", settings)
    qtbot.addWidget(dialog)
    dialog.set_checking(True)
    assert not dialog.sign_in_button.isEnabled()
    dialog.username.setText("pau")
    dialog.password.setText(PASSWORD)
    dialog.sign_in()
    wait_idle(qtbot)
    assert dialog.actor is None
    dialog.set_checking(False)
    assert dialog.sign_in_button.isEnabled()


class _App:
    def __init__(self) -> None:
        self.exit_codes: list[int] = []

    def exit(self, code: int) -> None:
        self.exit_codes.append(code)

    def setQuitOnLastWindowClosed(self, _on: bool) -> None:
        pass


def test_a_database_without_the_schema_stops_the_desk_with_a_message(  # type: ignore[no-untyped-def]
    tmp_path, settings: Settings, qtbot, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DESK_DATABASE_URL", raising=False)
    cfg = app_module.config.load()
    empty = Database(cfg.database_url)
    fake_app = _App()
    try:
        startup = app_module.Startup(fake_app, cfg, empty, settings)  # type: ignore[arg-type]
        qtbot.addWidget(startup.login)
        startup.start()
        wait_idle(qtbot)
    finally:
        empty.dispose()
    assert fake_app.exit_codes == [app_module.EXIT_DATABASE]
    assert shown and "desk-admin upgrade" in shown[0]
    assert not startup.login.isVisible()


class MemoryKeyring(KeyringBackend):
    """A secure-looking keyring that keeps everything in a dict (the tests' stand-in for the OS keyring)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def open_login(db: Database, settings: Settings, qtbot) -> LoginDialog:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(db, "desk-07", settings)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot)
    return dialog


def test_the_password_is_remembered_in_a_secure_keyring_when_asked(  # type: ignore[no-untyped-def]
    db: Database, pau: str, settings: Settings, qtbot, memory_keyring: MemoryKeyring
) -> None:
    settings.last_username = pau
    dialog = open_login(db, settings, qtbot)
    assert dialog.remember.isEnabled() and not dialog.remember.isChecked() and dialog.password.text() == ""
    dialog.password.setText(PASSWORD)
    dialog.remember.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.sign_in()
    assert list(memory_keyring.store.values()) == [PASSWORD]

    again = open_login(db, settings, qtbot)  # the next start: filled in from the keyring
    assert again.password.text() == PASSWORD and again.remember.isChecked()
    again.remember.setChecked(False)
    with qtbot.waitSignal(again.accepted, timeout=10000):
        again.sign_in()
    assert memory_keyring.store == {}  # unticked: forgotten
    for signed in (dialog.signed_in, again.signed_in):
        if signed is not None and signed.db is not db:
            signed.db.dispose()


def test_without_a_secure_keyring_the_dialog_says_it_asks_every_time(  # type: ignore[no-untyped-def]
    db: Database, pau: str, settings: Settings, qtbot
) -> None:
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = open_login(db, settings, qtbot)
        qtbot.waitUntil(dialog.no_keyring.isVisible)
        assert "no secure password store" in dialog.no_keyring.text()
        assert not dialog.remember.isVisible() and not dialog.remember.isChecked()
    finally:
        keyring.set_keyring(before)
