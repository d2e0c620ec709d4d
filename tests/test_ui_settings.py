"""The settings screen: fields load and save, wrong input is said under its field and saves nothing, the database
precedence (environment, then setting, then the embedded default), and "Test connection" off the GUI thread."""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from desk import config
from desk.ui import settings_dialog
from desk.ui.login import LoginDialog
from desk.ui.settings import POSTGRESQL, SQLITE, DatabaseChoice, Settings
from desk.ui.formatting import set_number_language
from desk.ui.settings_dialog import SettingsDialog
from tests.ui_fixtures import ctx, settings, wait_idle  # noqa: F401 - ctx and settings are fixtures

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def keep_locale() -> object:
    yield
    QLocale.setDefault(QLocale.system())  # a test that starts the desk applies the chosen language to the process
    set_number_language("en")


def make_dialog(qtbot, settings: Settings, **kwargs) -> SettingsDialog:  # type: ignore[no-untyped-def]
    kwargs.setdefault("printers", lambda: ["Counter laser", "Back office"])
    dialog = SettingsDialog(settings, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shown_errors(dialog: SettingsDialog) -> list[str]:
    labels = (dialog.sqlite_error, dialog.host_error, dialog.port_error, dialog.name_error, dialog.store_error)
    return [label.text() for label in labels if label.isVisible()]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_fields_load_and_save(qtbot, settings: Settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings.database = DatabaseChoice(POSTGRESQL, host="db.example.internal", port=5433, name="posventa")
    settings.workstation_store = "bcn1"
    settings.language = "ca"
    settings.printer = "Back office"
    dialog = make_dialog(qtbot, settings)
    assert dialog.use_postgresql.isChecked() and dialog.pg_page.isVisible() and not dialog.sqlite_page.isVisible()
    typed = (dialog.host.text(), dialog.port.text(), dialog.db_name.text())
    assert typed == ("db.example.internal", "5433", "posventa")
    assert dialog.store.currentText() == "BCN1"
    assert dialog.language.currentData() == "ca" and dialog.printer.currentText() == "Back office"
    assert dialog.save_button.isEnabled()

    dialog.use_sqlite.setChecked(True)
    assert dialog.sqlite_page.isVisible() and not dialog.pg_page.isVisible()
    path = tmp_path / "shop" / "desk.sqlite3"  # a folder still to be made is fine: the desk makes it
    dialog.sqlite_path.setText(str(path))
    dialog.store.setEditText("gir2")
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.printer.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    assert settings.database == DatabaseChoice(SQLITE, str(path), "db.example.internal", 5433, "posventa")  # kept
    assert settings.database_url == f"sqlite:///{path}"
    assert (settings.workstation_store, settings.language, settings.printer) == ("GIR2", "es", "")
    assert QLocale().name() != "es_ES"  # dates and numbers change with the texts, at the next start

    again = Settings(QSettings(settings._store.fileName(), QSettings.Format.IniFormat))  # what the next start reads
    assert again.database_url == f"sqlite:///{path}" and again.language == "es"
    assert not any("password" in key.lower() for key in settings._store.allKeys())


def test_a_fresh_workstation_starts_from_the_database_in_use(  # type: ignore[no-untyped-def]
    qtbot, settings: Settings
) -> None:
    dialog = make_dialog(qtbot, settings, current_url="sqlite:////srv/desk/desk.sqlite3")
    assert dialog.use_sqlite.isChecked() and dialog.sqlite_path.text() == "/srv/desk/desk.sqlite3"
    assert "next start" in dialog.restart_note.text() and "/srv/desk/desk.sqlite3" in dialog.restart_note.text()
    assert settings.database is None  # nothing is stored until Save


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("sqlite_path", "", "Choose the database file."),
        ("sqlite_path", "relative/desk.sqlite3", "whole path"),
        ("host", "", "Type the server's name"),
        ("host", "db server", "A server name has no spaces."),
        ("port", "70000", "from 1 to 65535"),
        ("port", "0", "from 1 to 65535"),
        ("port", "54x", "from 1 to 65535"),
        ("db_name", "", "Type the database's name."),
    ],
)
def test_bad_input_is_said_under_the_field_and_nothing_is_saved(  # type: ignore[no-untyped-def]
    qtbot, settings: Settings, tmp_path: Path, field: str, text: str, message: str
) -> None:
    dialog = make_dialog(qtbot, settings)
    if field == "sqlite_path":
        dialog.use_sqlite.setChecked(True)
        dialog.sqlite_path.setText(str(tmp_path / "desk.sqlite3"))
    else:
        dialog.use_postgresql.setChecked(True)
        dialog.host.setText("db.example.internal")
        dialog.db_name.setText("posventa")
    assert dialog.save_button.isEnabled() and shown_errors(dialog) == []
    getattr(dialog, field).setText(text)
    errors = shown_errors(dialog)
    assert len(errors) == 1 and message in errors[0]
    assert not dialog.save_button.isEnabled() and not dialog.test_button.isEnabled()
    dialog.save()  # even if called: nothing is written
    assert settings.database is None and dialog.isVisible()


def test_a_folder_that_cannot_be_written_is_refused(  # type: ignore[no-untyped-def]
    qtbot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog(qtbot, settings)
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    dialog.sqlite_path.setText(str(blocker / "desk.sqlite3"))  # its "folder" is a file
    assert shown_errors(dialog) == [f"The desk cannot write in {blocker}: choose a folder of your own."]
    locked = tmp_path / "locked"
    locked.mkdir()
    real_access = os.access
    monkeypatch.setattr(settings_dialog.os, "access", lambda p, mode: Path(p) != locked and real_access(p, mode))
    dialog.sqlite_path.setText(str(locked / "desk.sqlite3"))  # (tests run as root: the check is faked)
    assert shown_errors(dialog) == [f"The desk cannot write in {locked}: choose a folder of your own."]
    dialog.sqlite_path.setText(str(tmp_path))
    assert "That is a folder" in shown_errors(dialog)[0]
    assert not dialog.save_button.isEnabled()


def test_a_store_code_is_checked_and_offered_from_the_database(  # type: ignore[no-untyped-def]
    qtbot, settings: Settings
) -> None:
    dialog = make_dialog(qtbot, settings, stores=lambda: [("BCN1", "Barcelona Diagonal"), ("CC", "Call centre")])
    wait_idle(qtbot)
    assert dialog.store.count() == 2 and dialog.store.itemText(0) == "BCN1 — Barcelona Diagonal"
    dialog.store.setEditText("BCN 1")
    assert shown_errors(dialog) == ["A store code holds letters, digits, dashes and underscores only."]
    assert not dialog.save_button.isEnabled()
    dialog.store.setCurrentIndex(1)
    assert shown_errors(dialog) == [] and dialog.store_code() == "CC"
    dialog.store.setEditText("")  # no store: allowed
    assert dialog.save_button.isEnabled()


def test_the_printer_list_starts_with_the_system_default(  # type: ignore[no-untyped-def]
    qtbot, settings: Settings
) -> None:
    dialog = make_dialog(qtbot, settings, printers=settings_dialog.printer_names)  # this computer's own list
    assert dialog.printer.itemText(0) == "System default" and dialog.printer.itemData(0) == ""
    settings.printer = "Gone printer"
    dialog = make_dialog(qtbot, settings)
    assert dialog.printer.currentText() == "Gone printer (not found)"  # kept, and said


def test_browse_fills_the_path(  # type: ignore[no-untyped-def]
    qtbot, settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    chosen = str(tmp_path / "chosen.sqlite3")
    monkeypatch.setattr(settings_dialog, "choose_sqlite_file", lambda parent, start: chosen)
    dialog = make_dialog(qtbot, settings)
    dialog.browse.click()
    assert dialog.sqlite_path.text() == chosen and dialog.save_button.isEnabled()


# --- which database the desk opens ------------------------------------------------------------------------


def test_the_environment_wins_over_the_setting_which_wins_over_the_default(  # type: ignore[no-untyped-def]
    settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DESK_DATABASE_URL", raising=False)
    default = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    assert config.load().database_url == default  # no setting, no variable: unchanged behaviour
    assert config.load(settings.database_url).database_url == default  # nothing stored yet
    settings.database = DatabaseChoice(POSTGRESQL, host="db.example.internal", port=5432, name="posventa")
    assert config.load(settings.database_url).database_url == "postgresql+psycopg://db.example.internal:5432/posventa"
    monkeypatch.setenv("DESK_DATABASE_URL", "postgresql+psycopg://other:5432/x")
    assert config.load(settings.database_url).database_url == "postgresql+psycopg://other:5432/x"
    assert config.database_url("sqlite:////a/b.sqlite3") == "postgresql+psycopg://other:5432/x"
    assert config.postgresql_url("::1", 5432, "pos venta") == "postgresql+psycopg://[::1]:5432/pos%20venta"


# --- test connection --------------------------------------------------------------------------------------


def test_test_connection_on_a_desk_database_file_works(  # type: ignore[no-untyped-def]
    qtbot, settings: Settings, sqlite_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "desk.sqlite3"
    shutil.copy(sqlite_template, path)
    dialog = make_dialog(qtbot, settings)
    dialog.sqlite_path.setText(str(path))
    dialog.test_button.click()
    assert not dialog.test_button.isEnabled()  # one test at a time
    qtbot.waitUntil(lambda: "Connection works" in dialog.test_result.text(), timeout=10_000)
    assert dialog.test_result.property("error") is False
    assert dialog.test_button.isEnabled() and settings.database is None  # testing saves nothing


def test_test_connection_on_a_missing_file_says_so_and_creates_nothing(  # type: ignore[no-untyped-def]
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "new" / "desk.sqlite3"
    dialog = make_dialog(qtbot, settings)
    dialog.sqlite_path.setText(str(path))
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "no database file" in dialog.test_result.text(), timeout=10_000)
    assert dialog.test_result.property("error") is True and not path.parent.exists()


def test_test_connection_on_a_closed_port_fails_clearly(  # type: ignore[no-untyped-def]
    qtbot, settings: Settings
) -> None:
    dialog = make_dialog(qtbot, settings)
    dialog.use_postgresql.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.port.setText(str(free_port()))
    dialog.db_name.setText("posventa")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_result.text().startswith("No connection:"), timeout=15_000)
    assert dialog.test_result.property("error") is True
    assert "refused" in dialog.test_result.text().lower()


def test_test_connection_to_a_server_that_wants_a_login_says_it_answers(  # type: ignore[no-untyped-def]
    qtbot, settings: Settings, pg_server, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("PGUSER", "PGPASSWORD", "PGSERVICE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    dialog = make_dialog(qtbot, settings)
    dialog.use_postgresql.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.port.setText(str(pg_server.port))
    dialog.db_name.setText("postgres")
    dialog.test_button.click()  # no login given: the server asks for a password, so it is there
    qtbot.waitUntil(lambda: "The server answers" in dialog.test_result.text(), timeout=15_000)
    assert dialog.test_result.property("error") is False


# --- where it opens from ----------------------------------------------------------------------------------


def test_the_sign_in_dialog_opens_the_settings(  # type: ignore[no-untyped-def]
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    from desk.db import Database

    db = Database(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    login = LoginDialog(db, "desk-07", settings)
    qtbot.addWidget(login)
    login.show()
    login.settings_button.click()
    dialog = login.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.sqlite_path.text() == str(tmp_path / "x.sqlite3")
    dialog.reject()
    wait_idle(qtbot)
    db.dispose()


def test_the_main_window_opens_the_settings(ctx, settings: Settings, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.main_window import MainWindow

    window = MainWindow(ctx, settings)
    qtbot.addWidget(window)
    window.show()
    window.settings_button.click()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    dialog.reject()
    window.close()
    wait_idle(qtbot)


def test_the_desk_starts_on_the_stored_database_and_offers_the_settings_when_it_cannot(  # type: ignore[no-untyped-def]
    qtbot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desk.db import Database
    from desk.ui import app as app_module

    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DESK_DATABASE_URL", raising=False)
    chosen = tmp_path / "shop" / "empty.sqlite3"  # no schema: the desk cannot use it
    settings.database = DatabaseChoice(SQLITE, sqlite_path=str(chosen))
    cfg = config.load(settings.database_url)  # what app.main() does
    assert cfg.database_url == f"sqlite:///{chosen}"
    shown: list[str] = []
    offered: list[str] = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(settings_dialog, "settings_after_failure", lambda _settings, url: offered.append(url))

    class FakeApp:
        def __init__(self) -> None:
            self.exit_codes: list[int] = []

        def exit(self, code: int) -> None:
            self.exit_codes.append(code)

    db = Database(cfg.database_url)
    fake_app = FakeApp()
    try:
        startup = app_module.Startup(fake_app, cfg, db, settings)  # type: ignore[arg-type]
        qtbot.addWidget(startup.login)
        startup.start()
        wait_idle(qtbot)
    finally:
        db.dispose()
    assert fake_app.exit_codes == [app_module.EXIT_DATABASE]
    assert "desk-admin upgrade" in shown[0] and "The settings open next" in shown[0]
    assert offered == [cfg.database_url]


# --- the workstation's store: offered from the database, and shown in the main window ---------------------


def main_window(ctx, settings: Settings, qtbot):  # type: ignore[no-untyped-def]
    from desk.ui.main_window import MainWindow

    window = MainWindow(ctx, settings)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot)
    return window


def test_the_main_window_offers_the_stores_of_the_database(ctx, settings: Settings, qtbot) -> None:  # type: ignore[no-untyped-def]
    settings.workstation_store = "cc"
    window = main_window(ctx, settings, qtbot)
    dialog = window.open_settings()
    qtbot.waitUntil(lambda: dialog.store.count() == 3, timeout=5000)
    names = [dialog.store.itemText(i) for i in range(dialog.store.count())]
    assert names == ["BCN1 — Barcelona Diagonal", "CC — Call centre", "WEB — Tienda online"]  # by name
    assert dialog.store.currentText() == "CC — Call centre" and dialog.store_code() == "CC"  # the stored one, named
    dialog.store.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    assert settings.workstation_store == "BCN1"
    qtbot.waitUntil(lambda: window.status_place.text() == "At Barcelona Diagonal", timeout=5000)  # follows the save
    window.close()
    wait_idle(qtbot)


@pytest.mark.parametrize(("code", "shown"), [
    ("WEB", "At Tienda online"),
    ("MAD9", "At MAD9 (unknown store)"),
    ("", None),
])  # fmt: skip
def test_the_status_bar_says_where_the_desk_stands(  # type: ignore[no-untyped-def]
    ctx, settings: Settings, qtbot, code: str, shown: str | None
) -> None:
    settings.workstation_store = code
    window = main_window(ctx, settings, qtbot)
    place = window.status_place
    if shown is None:
        assert not place.isVisible() and place.text() == ""
    else:
        qtbot.waitUntil(lambda: place.text() == shown, timeout=5000)
        assert place.isVisible()
    settings.workstation_store = ""  # no store any more: nothing is shown
    window.show_place()
    assert not place.isVisible() and place.text() == ""
    window.close()
    wait_idle(qtbot)


def test_the_main_window_hands_its_settings_to_every_feature(ctx, settings: Settings, qtbot) -> None:  # type: ignore[no-untyped-def]
    settings.printer = "Counter laser"
    window = main_window(ctx, settings, qtbot)
    assert window._ctx.settings is settings and window._ctx.printer == "Counter laser"
    assert window.customer._ctx.printer == "Counter laser"  # what its case and done pages print with
    window.close()
    wait_idle(qtbot)


@pytest.mark.parametrize(("saved", "choice", "restart_now", "asked", "restarted"), [
    ("en", "ca", True, ["Català"], True),  # another language, restart now: a new desk starts and this one closes
    ("en", "ca", False, ["Català"], False),  # "Later": it stays open, the language waits for the next start
    ("en", "en", True, [], False),  # the language it speaks already: nothing to ask
    ("ca", "ca", False, ["Català"], False),  # saved before and left for later: the screens still speak English
])  # fmt: skip
def test_a_changed_language_offers_to_start_the_desk_again(  # type: ignore[no-untyped-def]
    ctx, settings: Settings, qtbot, monkeypatch: pytest.MonkeyPatch, saved: str, choice: str, restart_now: bool,
    asked: list[str], restarted: bool,
) -> None:
    from desk.ui import restart
    from desk.ui.formatting import number_language

    settings.language = saved  # the desk under test speaks English: no translator is installed
    questions: list[str] = []
    starts: list[bool] = []
    monkeypatch.setattr(restart, "ask_restart", lambda _parent, language: questions.append(language) or restart_now)
    monkeypatch.setattr(restart, "start_again", lambda: starts.append(True) or True)
    quits: list[bool] = []
    monkeypatch.setattr("desk.ui.main_window.QCoreApplication.quit", lambda: quits.append(True))
    window = main_window(ctx, settings, qtbot)
    dialog = window.open_settings()
    dialog.language.setCurrentIndex(dialog.language.findData(choice))
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    assert settings.language == choice and questions == asked
    assert (starts == [True]) is restarted and (quits == [True]) is restarted
    assert window.isVisible() is not restarted
    assert number_language() == "en"  # numbers change with the texts, at the start: never half the screen
    window.close()
    wait_idle(qtbot)


def test_the_restart_starts_this_same_program(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from desk.ui import restart

    monkeypatch.setattr(sys, "argv", ["/opt/desk/bin/desk", "--flag"])
    assert restart.this_program() == (sys.executable, ["/opt/desk/bin/desk", "--flag"])  # python runs the script
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert restart.this_program() == (sys.executable, ["--flag"])  # the built desk is its own program
