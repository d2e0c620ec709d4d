"""Sessions: the desk locks after a while without use and on Ctrl+Shift+L; the person's password (and nothing
else) gives back every window with what was typed in it; Sign out ends the desk; DESK_LOCK_MINUTES is read
strictly; and an account disabled meanwhile is refused at its next action, which ends the desk once, with the
message, whether the action was the person's or a background poll's (both databases)."""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from desk import auth, config, db_logins
from desk.actors import Actor
from desk.db import Database
from desk.enums import RoleCode
from desk.errors import AccountDisabled, InvalidInput
from desk.models import StaffUser
from desk.passwords import hash_password
from desk.ui import forms
from desk.ui import main_window as main_window_module
from desk.ui.context import DeskContext
from desk.ui.customer.log_contact import LogContactDialog
from desk.ui.goodwill import GoodwillDialog
from desk.ui.main_window import EXIT_ACCOUNT_DISABLED, MainWindow
from desk.ui.ops import Op, SessionEvents, session_events, show_failure
from desk.ui.session_lock import SessionLock
from desk.ui.settings import Settings
from tests.factories import Staff, make_customer
from tests.ui_fixtures import ctx, settings, wait_idle  # noqa: F401 - fixtures

pytestmark = pytest.mark.gui
PASSWORD = "ana's own secret"
WRONG = "not her password"
WORDS = "Llego con cinco dias de retraso"  # typed by QTest: ASCII only
DISABLED = "Your account has been disabled by an administrator."


@pytest.fixture(autouse=True)
def quits(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The exit codes the desk asked for; nothing may really end the tests' event loop."""
    codes: list[int] = []
    monkeypatch.setattr(main_window_module, "quit_desk", codes.append)
    return codes


# --- helpers ---------------------------------------------------------------------------------------------------


@pytest.fixture
def ana_password(ctx: DeskContext) -> str:
    """Ana's password where desk.auth looks for it: her scrypt hash (SQLite) or her own login (PostgreSQL, where
    the tests' server asks every login but the owner for its password)."""
    with ctx.db.write() as s:
        if db_logins.is_postgresql(s):
            db_logins.create_login(s, ctx.actor.username, PASSWORD, RoleCode.AGENT)
        else:
            s.get(StaffUser, ctx.actor.user_id).password_hash = hash_password(PASSWORD)
    return PASSWORD


def desk_for(ctx: DeskContext, settings: Settings, qtbot, **options) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, settings, **options)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def open_goodwill(window: MainWindow, customer: int, qtbot) -> GoodwillDialog:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.customer.headerShown, timeout=5000):
        window.customer.open_customer(customer)
    dialog = window.customer.grant_goodwill()
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def visible_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def lock_key(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


# --- DESK_LOCK_MINUTES ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "minutes"), [(None, 10), ("", 10), ("  ", 10), ("0", 0), ("15", 15), (" 5 ", 5),
                                              ("1440", 1440)])  # fmt: skip
def test_lock_minutes_are_read_from_the_environment(raw: str | None, minutes: int, caplog) -> None:  # type: ignore[no-untyped-def]
    with caplog.at_level(logging.WARNING, logger="desk.config"):
        assert config.lock_minutes(raw) == minutes
    assert not caplog.records


@pytest.mark.parametrize("raw", ["ten", "-3", "2.5", "1441", "99999999999"])
def test_a_bad_lock_setting_is_the_default_with_a_warning(raw: str, caplog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DESK_LOCK_MINUTES", raw)
    with caplog.at_level(logging.WARNING, logger="desk.config"):
        cfg = config.load()
    assert cfg.lock_minutes == config.DEFAULT_LOCK_MINUTES == 10
    (record,) = caplog.records
    assert record.levelno == logging.WARNING
    assert f"DESK_LOCK_MINUTES={raw!r}" in record.getMessage() and "default 10 minutes" in record.getMessage()


def test_the_config_carries_the_lock_minutes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DESK_LOCK_MINUTES", "3")
    assert config.load().lock_minutes == 3
    monkeypatch.delenv("DESK_LOCK_MINUTES")
    assert config.load().lock_minutes == 10


# --- the lock on its own (no database) -----------------------------------------------------------------------------


@pytest.fixture
def bench(qtbot) -> Iterator[tuple[QMainWindow, QLineEdit]]:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    body = QWidget(window)
    field = QLineEdit(body)
    QVBoxLayout(body).addWidget(field)
    window.setCentralWidget(body)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window, field


def ana() -> Actor:
    return Actor(7, "ana", "Ana Soler", RoleCode.AGENT, None, "tests")


def test_the_desk_locks_after_the_idle_time_and_input_postpones_it(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, field = bench
    lock = SessionLock(ana(), lambda _password: None, window, idle_ms=900)
    lock.start()
    started = time.monotonic()
    for letter in "postpone":  # a key every 0.2 s: 1.6 s in all, far past 0.9 s, and never 0.9 s quiet
        qtbot.keyClicks(field, letter)
        last_input = time.monotonic()
        qtbot.wait(200)
        assert not lock.is_locked, f"locked after {time.monotonic() - started:.2f} s while typing"
    assert time.monotonic() - started > 1.5
    assert field.text() == "postpone" and window.isVisible()

    with qtbot.waitSignal(lock.locked, timeout=5000):
        pass
    assert time.monotonic() - last_input >= 0.85  # the quiet time counts from the last key, not from the start
    assert lock.is_locked and not window.isVisible() and lock.screen.isVisible()
    assert lock.screen.who.text() == "Ana Soler is signed in"
    assert "after a while without use" in lock.screen.when.text()
    lock.stop()
    assert not lock.screen.isVisible()


def test_idle_zero_never_locks_but_the_key_still_does(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, field = bench
    lock = SessionLock(ana(), lambda _password: None, window, idle_ms=0)
    lock.start()
    qtbot.wait(300)
    assert not lock.is_locked and window.isVisible()
    lock_key(qtbot, field)
    assert lock.is_locked and not window.isVisible() and lock.screen.isVisible()
    assert field.text() == ""  # the key locked the desk; it typed nothing
    assert lock.screen.when.text().startswith("Locked at ") and "without use" not in lock.screen.when.text()
    lock.unlock()
    assert window.isVisible() and not lock.screen.isVisible() and not lock.is_locked
    lock.stop()


def test_the_lock_screen_refuses_an_empty_password_without_asking_anyone(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _field = bench
    asked: list[str] = []
    lock = SessionLock(ana(), asked.append, window, idle_ms=0)
    lock.start()
    lock.lock()
    qtbot.keyClick(lock.screen.password, Qt.Key.Key_Return)
    assert lock.screen.message.isVisible() and lock.screen.message.text() == "Type your password to unlock."
    assert asked == [] and lock.is_locked
    lock.screen.close()  # the window manager's close button: the lock stays
    assert lock.screen.isVisible() and lock.is_locked and not window.isVisible()
    lock.stop()


def test_a_blocking_question_gets_its_safe_answer_and_the_forms_come_back(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _field = bench
    lock = SessionLock(ana(), lambda _password: None, window, idle_ms=0)
    lock.start()
    form = QDialog(window)
    typed = QLineEdit(form)
    typed.setText("half a complaint")
    form.open()
    saved = QDialog(window)  # a form whose save answers while the desk is locked
    saved.open()
    box = QMessageBox(QMessageBox.Icon.Question, "Log a contact", "Close without saving?",
                      QMessageBox.StandardButton.NoButton, form)  # fmt: skip
    box.addButton("Discard what I typed", QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton("Keep editing", QMessageBox.ButtonRole.RejectRole)
    box.setEscapeButton(keep)
    QTimer.singleShot(100, lock.lock)
    box.exec()  # forms.confirm_discard's way: the lock must end it, or this test hangs
    assert box.clickedButton() is keep
    assert lock.is_locked and not form.isVisible() and not saved.isVisible() and not box.isVisible()
    saved.accept()
    lock.unlock()
    assert window.isVisible() and form.isVisible() and typed.text() == "half a complaint"
    assert not box.isVisible() and not saved.isVisible()  # the question was answered; the saved form is done
    lock.stop()


# --- the lock in the desk (both databases) -----------------------------------------------------------------------


def test_a_wrong_password_keeps_it_locked_and_the_right_one_gives_everything_back(  # type: ignore[no-untyped-def]
    ctx: DeskContext, staff: Staff, settings: Settings, ana_password: str, qtbot, caplog
) -> None:
    customer = make_customer(ctx.db, ctx.actor, "Begoña García López")
    window = desk_for(ctx, settings, qtbot, lock_ms=0)  # unlocking asks desk.auth.confirm_password, for real
    dialog = open_goodwill(window, customer, qtbot)
    qtbot.keyClicks(dialog.amount, "80")
    dialog.words.setFocus()
    qtbot.keyClicks(dialog.words, WORDS)
    wait_idle(qtbot)
    lock, screen = window.session_lock, window.session_lock.screen

    with caplog.at_level(logging.DEBUG):
        with qtbot.waitSignal(lock.locked, timeout=2000):
            lock_key(qtbot, dialog.words)  # from the dialog, not only from the main window
        assert dialog.words.toPlainText() == WORDS  # the key typed nothing
        assert not window.isVisible() and not dialog.isVisible() and screen.isVisible()
        assert screen.who.text() == "Ana is signed in" and screen.detail.text() == "ana · agent · Barcelona Diagonal"
        assert "1 form is open" in screen.sign_out_note.text() and "will be lost" in screen.sign_out_note.text()

        qtbot.keyClicks(screen.password, WRONG)
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
        qtbot.waitUntil(screen.message.isVisible, timeout=5000)
        assert screen.message.text() == "Wrong password for Ana. Type it again."
        assert screen.password.text() == "" and screen.unlock_button.isEnabled()
        assert lock.is_locked and not window.isVisible() and not dialog.isVisible()

        with qtbot.waitSignal(lock.unlocked, timeout=5000):
            qtbot.keyClicks(screen.password, ana_password)
            qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert not screen.isVisible() and window.isVisible() and dialog.isVisible() and dialog.isModal()
    assert dialog.amount.text() == "80" and dialog.words.toPlainText() == WORDS
    assert screen.password.text() == ""
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.focusWidget() is dialog.words  # the cursor is where it was
    messages = [r.getMessage() for r in caplog.records]
    assert all(ana_password not in m and WRONG not in m for m in messages)
    wait_idle(qtbot)


def test_the_desk_locks_by_itself_and_hides_what_appears_meanwhile(  # type: ignore[no-untyped-def]
    ctx: DeskContext, staff: Staff, settings: Settings, qtbot
) -> None:
    customer = make_customer(ctx.db, ctx.actor, "Jordi Puig i Ferrer")
    window = desk_for(ctx, settings, qtbot, lock_ms=60_000)
    with qtbot.waitSignal(window.customer.headerShown, timeout=5000):
        window.customer.open_customer(customer)
    dialog = window.customer.log_contact()
    assert isinstance(dialog, LogContactDialog)
    dialog.summary.setPlainText("Llama por la factura")
    wait_idle(qtbot)
    lock = window.session_lock
    lock.set_idle_ms(300)  # a tiny idle time, from now on
    with qtbot.waitSignal(lock.locked, timeout=5000):
        pass
    assert not window.isVisible() and not dialog.isVisible() and lock.screen.isVisible()

    box = show_failure(window, InvalidInput("Something for Jordi Puig i Ferrer"))  # an op answering meanwhile
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
    assert lock.is_locked and lock.screen.isVisible()

    lock.unlock()
    assert window.isVisible() and dialog.isVisible() and box.isVisible()
    assert dialog.summary.toPlainText() == "Llama por la factura"
    box.close()
    wait_idle(qtbot)


def test_sign_out_closes_every_window_and_ends_the_desk(  # type: ignore[no-untyped-def]
    ctx: DeskContext, staff: Staff, settings: Settings, quits: list[int], qtbot, monkeypatch
) -> None:
    customer = make_customer(ctx.db, ctx.actor, "Núria Martí Soler")
    window = desk_for(ctx, settings, qtbot, lock_ms=0)
    with qtbot.waitSignal(window.customer.headerShown, timeout=5000):
        window.customer.open_customer(customer)
    dialog = window.customer.log_contact()
    assert dialog is not None
    dialog.summary.setPlainText("Unsaved words")
    asked: list[str] = []
    monkeypatch.setattr(forms, "confirm_discard", lambda parent, question: asked.append(question) or False)
    window.session_lock.lock()
    assert "1 form is open" in window.session_lock.screen.sign_out_note.text()
    window.session_lock.screen.sign_out_button.click()
    assert quits == [0] and asked == []  # no "discard what I typed?" after the lock screen said so
    assert not window.isVisible() and not window.session_lock.screen.isVisible()
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    wait_idle(qtbot)


# --- a disabled account (both databases) ---------------------------------------------------------------------------


@pytest.fixture
def bound(ctx: DeskContext, ana_password: str) -> Iterator[DeskContext]:
    """Ana's desk as after desk.auth.sign_in: bound to her, so every transaction first checks she may still work
    (on PostgreSQL, connected as her own login)."""
    base = Database(ctx.db.engine.url)
    signed = auth.sign_in(base, ctx.actor.username, ana_password, "tests")
    yield dataclasses.replace(ctx, db=signed.db, actor=signed.actor)
    signed.db.dispose()
    base.dispose()


def disable(db: Database, user_id: int | None) -> None:
    with db.write() as s:
        s.get(StaffUser, user_id).active = False


@pytest.mark.parametrize("action", ["search", "save", "poll while locked"])
def test_a_disabled_account_is_refused_at_its_next_action_and_the_desk_ends(  # type: ignore[no-untyped-def]
    ctx: DeskContext, bound: DeskContext, staff: Staff, settings: Settings, quits: list[int], action: str, qtbot
) -> None:
    customer = make_customer(ctx.db, ctx.actor, "Begoña García López")
    window = desk_for(bound, settings, qtbot, lock_ms=0)
    # Opened as the customer view opens it (window-modal on the desk) but without the customer screen, whose
    # access-log INSERT ... RETURNING an agent's PostgreSQL login may not run (migration 0005 revokes its SELECT).
    dialog = LogContactDialog(bound, customer, "Begoña García López", window.customer)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.reason.setCurrentText("Complaint")
    dialog.summary.setPlainText("Quiere hablar con un responsable")
    dialog.outcome.setCurrentText("Call back")  # a complete form: only the account can refuse it
    wait_idle(qtbot)
    before = len(visible_boxes())

    disable(ctx.db, ctx.actor.user_id)  # an administrator, elsewhere
    if action == "search":
        window.search.box.setText("Begoña")
        window.search._run_query()
    elif action == "save":
        dialog.save_button.click()
    else:
        window.session_lock.lock()
        window.live.poll()  # the background poll is the first to notice
    qtbot.waitUntil(lambda: window.farewell is not None and window.farewell.isVisible(), timeout=5000)
    wait_idle(qtbot)

    farewell = window.farewell
    assert farewell.text().startswith(DISABLED)
    assert not window.isVisible() and not window.session_lock.screen.isVisible()
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    if shiboken6.isValid(dialog):
        assert dialog.error.text() == ""  # said once, in the one box: not also in the dialog
    window.live.poll()  # more refusals (a poll, an escalation) say nothing more
    window.live.escalate()
    wait_idle(qtbot)
    assert len(visible_boxes()) == before + 1 and quits == []
    assert not window.live.running

    farewell.button(QMessageBox.StandardButton.Ok).click()
    assert quits == [EXIT_ACCOUNT_DISABLED]
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []


# --- the op runner ---------------------------------------------------------------------------------------------------


def test_ops_send_a_disabled_account_to_the_one_signal_instead_of_the_caller(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    owner = QObject()
    heard: list[str] = []
    failures: list[BaseException] = []

    def refuse() -> None:
        raise AccountDisabled("Your account has been disabled by an administrator.")

    def hear(message: str) -> None:
        heard.append(message)

    session_events().accountDisabled.connect(hear)
    try:
        Op(owner, refuse).failure(failures.append).run()
        qtbot.waitUntil(lambda: heard != [], timeout=3000)
        wait_idle(qtbot)
    finally:
        session_events().accountDisabled.disconnect(hear)
    assert heard == ["Your account has been disabled by an administrator."] and failures == []

    monkeypatch.setattr(SessionEvents, "listened", lambda self: False)  # no desk yet (the sign-in dialog)
    Op(owner, refuse).failure(failures.append).run()
    qtbot.waitUntil(lambda: failures != [], timeout=3000)
    assert isinstance(failures[0], AccountDisabled) and len(heard) == 1
    wait_idle(qtbot)
