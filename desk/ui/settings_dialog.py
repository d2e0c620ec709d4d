"""Settings of this workstation: the database, the store the computer stands in, the language and the printer.

Reachable from the sign-in dialog (the database has to be chosen before anyone signs in) and from the main window.
Everything is kept with desk.ui.settings.Settings; nothing is saved while a field is wrong (the field says why,
and Save stays disabled). A changed database applies at the desk's next start; DESK_DATABASE_URL, when set, wins.

No user name or password is ever asked for or kept here: on a shared PostgreSQL database each person signs in with
their own login. So "Test connection" on PostgreSQL can only show that the server answers; a refusal for want of a
password is that answer. The test runs on the database worker (desk.ui.ops.Op), never on the GUI thread.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)  # fmt: skip

from desk import config
from desk.db import Database
from desk.errors import DatabaseUnavailable, DeskError
from desk.ui.formatting import describe_database
from desk.ui.forms import error_label, set_form_message
from desk.ui.ops import Op, failure_text
from desk.ui.settings import DEFAULT_PG_PORT, LANGUAGES, POSTGRESQL, SQLITE, DatabaseChoice, Settings

StoreList = Callable[[], Sequence[tuple[str, str]]]  # (code, name) of every store; runs on the database worker
MAX_STORE_CODE = 16  # desk.models.people.Store.code
# What a PostgreSQL server says when it wants a login we did not give: it answered, so it is reachable.
_ASKS_FOR_A_LOGIN = ("password authentication failed", "no password supplied", "peer authentication failed",
                     "role \"", "not permitted to log in", "authentication failed")  # fmt: skip


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


# --- checks of what was typed: plain functions, "" when fine ------------------------------------------------


def sqlite_problem(text: str) -> str:
    if not text.strip():
        return translate("settings", "Choose the database file.")
    path = Path(text.strip()).expanduser()
    if not path.is_absolute():
        return translate("settings", "Give the whole path of the file (from the drive or from /).")
    if path.is_dir():
        return translate("settings", "That is a folder: choose a file inside it, e.g. desk.sqlite3.")
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # the desk creates the missing folders; the first existing one must take them
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        return translate("settings", "The desk cannot write in {folder}: choose a folder of your own.").format(folder=folder)
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        return translate("settings", "The desk cannot write to this file: ask for access to it, or choose another one.")
    return ""


def host_problem(text: str) -> str:
    host = text.strip()
    if not host:
        return translate("settings", "Type the server's name or address.")
    if any(c.isspace() for c in text.strip()):
        return translate("settings", "A server name has no spaces.")
    if any(c in host for c in "/@?#") or host.count(":") == 1:
        return translate("settings", "Type the server's name or address only: no user, port or slashes.")
    return ""


def port_problem(text: str) -> str:
    value = text.strip()
    if not value.isdigit() or not 1 <= int(value) <= 65535:
        return translate("settings", "The port is a whole number from 1 to 65535 (PostgreSQL's usual one is 5432).")
    return ""


def name_problem(text: str) -> str:
    name = text.strip()
    if not name:
        return translate("settings", "Type the database's name.")
    if any(c.isspace() or c in "/?#" for c in name):
        return translate("settings", "A database name has no spaces or slashes here.")
    return ""


def store_problem(text: str) -> str:
    code = text.strip()
    if len(code) > MAX_STORE_CODE:
        return translate("settings", "A store code has at most {n} characters.").format(n=MAX_STORE_CODE)
    if code and not code.replace("-", "").replace("_", "").isalnum():
        return translate("settings", "A store code holds letters, digits, dashes and underscores only.")
    return ""


def try_database(url: str) -> str:
    """Runs on the database worker: what a test of `url` found, or DatabaseUnavailable saying why it failed."""
    if url.startswith("sqlite"):
        path = Path(url.split(":///", 1)[1])
        if not path.is_file():
            raise DatabaseUnavailable(translate("settings", 
                "There is no database file at this path yet. An administrator creates one with `desk-admin upgrade` "
                "(DESK_DATABASE_URL pointing at it)."))  # fmt: skip
    db = Database(url)
    try:
        db.check_schema()
    except DatabaseUnavailable as exc:
        cause = str(exc.__cause__ or exc).lower()
        if not url.startswith("sqlite") and "database \"" in cause and "does not exist" in cause:
            raise DatabaseUnavailable(translate("settings", "The server answers, but it has no database of that name.")) from None
        if not url.startswith("sqlite") and any(words in cause for words in _ASKS_FOR_A_LOGIN):
            return translate("settings", "The server answers. Without a person's login nothing more can be checked from here: "
                       "each person's own user name and password are checked when they sign in.")  # fmt: skip
        raise DatabaseUnavailable(translate("settings", "No connection: {reason}").format(reason=_short(str(exc.__cause__ or exc))))
    except DeskError:
        raise  # the schema is older or newer than this desk: its message says what to do
    except Exception as exc:  # noqa: BLE001 - e.g. a file that is not a database
        raise DatabaseUnavailable(translate("settings", "This file cannot be opened as a database ({reason}).").format(
            reason=_short(str(exc)))) from None  # fmt: skip
    finally:
        db.dispose()
    return translate("settings", "Connection works: a Posventa Desk database of this version.")


def _short(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else "?"
    line = line.split(") ", 1)[1] if line.startswith("(") and ") " in line else line  # "(psycopg.Operational…) …"
    return line[:200]


def _with_error(field: QWidget | QHBoxLayout, error: QLabel, parent: QWidget) -> QWidget:
    """A field with its message right under it (hidden while the field is fine)."""
    box = QWidget(parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if isinstance(field, QHBoxLayout):
        column.addLayout(field)
    else:
        column.addWidget(field)
    column.addWidget(error)
    return box


def printer_names() -> list[str]:
    """The printers this computer knows (QtPrintSupport is loaded only when the settings open)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames())


def choose_sqlite_file(parent: QWidget, start: str) -> str:
    """The file chooser; tests replace it (a native dialog would wait for a person)."""
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("settings", "The desk's database file"), start, translate("settings", "SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )  # fmt: skip
    return path


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        current_url: str = "",  # the database the desk runs on now (shown, and the default to start from)
        stores: StoreList | None = None,
        printers: Callable[[], Sequence[str]] = printer_names,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Posventa Desk — settings"))
        self.setMinimumWidth(520)
        self._settings = settings
        self._testing = False

        # --- database
        database = QGroupBox(self.tr("Database"), self)
        self.use_sqlite = QRadioButton(self.tr("SQLite file on this computer (a demo or a single store)"), database)
        self.use_sqlite.setObjectName("useSqlite")
        self.use_postgresql = QRadioButton(self.tr("Shared PostgreSQL server"), database)
        self.use_postgresql.setObjectName("usePostgresql")
        kinds = QButtonGroup(self)
        kinds.addButton(self.use_sqlite)
        kinds.addButton(self.use_postgresql)
        self.sqlite_path = QLineEdit(database)
        self.sqlite_path.setObjectName("sqlitePath")
        self.browse = QPushButton(self.tr("Browse…"), database)
        self.browse.setObjectName("browseSqlite")
        self.browse.clicked.connect(self._browse)
        self.sqlite_error = self._field_error(database)
        path_row = QHBoxLayout()
        path_row.setContentsMargins(0, 0, 0, 0)
        path_row.addWidget(self.sqlite_path, 1)
        path_row.addWidget(self.browse)
        self.sqlite_page = QWidget(database)
        sqlite_form = QFormLayout(self.sqlite_page)
        sqlite_form.setContentsMargins(0, 0, 0, 0)
        file_label = QLabel(self.tr("&File"), self.sqlite_page)
        file_label.setBuddy(self.sqlite_path)
        sqlite_form.addRow(file_label, _with_error(path_row, self.sqlite_error, self.sqlite_page))

        self.host = QLineEdit(database)
        self.host.setObjectName("pgHost")
        self.host.setPlaceholderText("db.example.internal")
        self.port = QLineEdit(str(DEFAULT_PG_PORT), database)
        self.port.setObjectName("pgPort")
        self.port.setMaximumWidth(90)
        self.db_name = QLineEdit(database)
        self.db_name.setObjectName("pgName")
        self.db_name.setPlaceholderText("posventa")
        self.host_error, self.port_error, self.name_error = (self._field_error(database) for _ in range(3))
        self.pg_page = QWidget(database)
        pg_form = QFormLayout(self.pg_page)
        pg_form.setContentsMargins(0, 0, 0, 0)
        pg_form.addRow(self.tr("&Server"), _with_error(self.host, self.host_error, self.pg_page))
        pg_form.addRow(self.tr("P&ort"), _with_error(self.port, self.port_error, self.pg_page))
        pg_form.addRow(self.tr("Database &name"), _with_error(self.db_name, self.name_error, self.pg_page))
        no_login = QLabel(self.tr("No user name or password here: each person signs in with their own login."),
                          self.pg_page)  # fmt: skip
        no_login.setObjectName("quiet")
        no_login.setWordWrap(True)
        pg_form.addRow(no_login)

        self.test_button = QPushButton(self.tr("&Test connection"), database)
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = error_label(database)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        test_row.addStretch(0)
        notes = [self.tr("A changed database is used from the next start of the desk.")]
        if current_url:
            notes.append(self.tr("In use now: {where}.").format(where=describe_database(current_url)))
        if os.environ.get("DESK_DATABASE_URL"):
            notes.append(self.tr("DESK_DATABASE_URL is set on this computer: it wins over the choice made here."))
        self.restart_note = QLabel(" ".join(notes), database)
        self.restart_note.setObjectName("quiet")
        self.restart_note.setWordWrap(True)
        database_layout = QVBoxLayout(database)
        database_layout.addWidget(self.use_sqlite)
        database_layout.addWidget(self.use_postgresql)
        database_layout.addWidget(self.sqlite_page)
        database_layout.addWidget(self.pg_page)
        database_layout.addLayout(test_row)
        database_layout.addWidget(self.restart_note)

        # --- this workstation
        desk = QGroupBox(self.tr("This workstation"), self)
        self.store = QComboBox(desk)
        self.store.setObjectName("workstationStore")
        self.store.setEditable(True)
        self.store.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.store.lineEdit().setPlaceholderText(self.tr("store code, e.g. BCN1 (empty: none)"))
        self.store_error = self._field_error(desk)
        store_help = QLabel(self.tr("The store this computer stands in. Who signs in keeps their own store for "
                                    "approvals; this one is the place of the desk."), desk)  # fmt: skip
        store_help.setObjectName("quiet")
        store_help.setWordWrap(True)
        self.language = QComboBox(desk)
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(self.tr("System") if not code else name, code)
        self.printer = QComboBox(desk)
        self.printer.setObjectName("printer")
        self.printer.addItem(self.tr("System default"), "")
        for name in printers():
            self.printer.addItem(name, name)
        desk_form = QFormLayout(desk)
        desk_form.addRow(self.tr("S&tore"), _with_error(self.store, self.store_error, desk))
        desk_form.addRow("", store_help)
        desk_form.addRow(self.tr("&Language"), self.language)
        language_help = QLabel(self.tr("A changed language is used from the next start of the desk."), desk)
        language_help.setObjectName("quiet")
        language_help.setWordWrap(True)
        desk_form.addRow("", language_help)
        desk_form.addRow(self.tr("&Printer"), self.printer)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)  # fmt: skip
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(database)
        layout.addWidget(desk)
        layout.addWidget(self.buttons)

        self._load(settings, current_url)
        for signal in (self.sqlite_path.textChanged, self.host.textChanged, self.port.textChanged,
                       self.db_name.textChanged, self.store.editTextChanged, self.use_sqlite.toggled):  # fmt: skip
            signal.connect(self.validate)
        self.use_sqlite.toggled.connect(self._show_kind)
        self.validate()
        if stores is not None:
            Op(self, stores).success(self._stores_known).failure(lambda _exc: None).run()  # unreachable: free text

    def _show_kind(self, sqlite: bool) -> None:
        self.sqlite_page.setVisible(sqlite)
        self.pg_page.setVisible(not sqlite)

    def _fit(self) -> None:
        needed = self.sizeHint().height()
        if self.isVisible() and self.height() < needed:
            self.resize(self.width(), needed)

    def _field_error(self, parent: QWidget) -> QLabel:
        label = error_label(parent)
        label.setProperty("error", True)
        return label

    def _load(self, settings: Settings, current_url: str) -> None:
        choice = settings.database
        if choice is None and current_url.startswith("sqlite:///"):
            choice = DatabaseChoice(SQLITE, sqlite_path=current_url.split(":///", 1)[1])
        choice = choice or DatabaseChoice(SQLITE, sqlite_path=config.default_sqlite_url().split(":///", 1)[1])
        (self.use_sqlite if choice.kind == SQLITE else self.use_postgresql).setChecked(True)
        self._show_kind(choice.kind == SQLITE)
        self.sqlite_path.setText(choice.sqlite_path)
        self.host.setText(choice.host)
        self.port.setText(str(choice.port))
        self.db_name.setText(choice.name)
        self.store.setEditText(settings.workstation_store)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        index = self.printer.findData(settings.printer)
        if index < 0:  # a printer that is gone from this computer: still shown, so saving does not lose it silently
            self.printer.addItem(self.tr("{name} (not found)").format(name=settings.printer), settings.printer)
            index = self.printer.count() - 1
        self.printer.setCurrentIndex(index)

    def _stores_known(self, stores: Sequence[tuple[str, str]]) -> None:
        typed = self.store.currentText()
        for code, name in stores:
            self.store.addItem(f"{code} — {name}", code)
        index = self.store.findData(typed.strip().upper()) if typed.strip() else -1
        if index >= 0:
            self.store.setCurrentIndex(index)  # the stored code is a store: shown with its name
        else:
            self.store.setEditText(typed)

    # --- reading and checking the form -------------------------------------------------------------------

    def choice(self) -> DatabaseChoice:
        """Both kinds' fields are kept (switching back finds them again); `kind` says which one is used."""
        path = self.sqlite_path.text().strip()
        port = self.port.text().strip()
        return DatabaseChoice(
            SQLITE if self.use_sqlite.isChecked() else POSTGRESQL,
            sqlite_path=str(Path(path).expanduser()) if path else "",
            host=self.host.text().strip(), port=int(port) if port.isdigit() and int(port) <= 65535 else DEFAULT_PG_PORT,
            name=self.db_name.text().strip(),
        )  # fmt: skip

    def store_code(self) -> str:
        text = self.store.currentText().strip()
        index = self.store.findText(text)
        data = self.store.itemData(index) if index >= 0 else None
        return str(data) if data else text.split(" — ", 1)[0].strip().upper()

    def problems(self) -> dict[QLabel, str]:
        found = {self.store_error: store_problem(self.store_code())}
        if self.use_sqlite.isChecked():
            found[self.sqlite_error] = sqlite_problem(self.sqlite_path.text())
        else:
            found[self.host_error] = host_problem(self.host.text())
            found[self.port_error] = port_problem(self.port.text())
            found[self.name_error] = name_problem(self.db_name.text())
        return found

    def validate(self) -> bool:
        problems = self.problems()
        grew = False
        for label in (self.sqlite_error, self.host_error, self.port_error, self.name_error, self.store_error):
            text = problems.get(label, "")
            grew = grew or (bool(text) and (label.isHidden() or text != label.text()))
            label.setText(text)
            label.setVisible(bool(text))
        if grew:
            QTimer.singleShot(0, self, self._fit)  # once the layout knows the new lines: never squeeze a field
        fine = not any(problems.values())
        self.save_button.setEnabled(fine)
        self.test_button.setEnabled(not self._testing and self._database_fine(problems))  # a store aside
        if self.test_result.isVisible() and not self._testing:
            self.test_result.hide()  # it spoke of what was typed before
        return fine

    def _database_fine(self, problems: dict[QLabel, str]) -> bool:
        return not any(text for label, text in problems.items() if label is not self.store_error)

    # --- actions -------------------------------------------------------------------------------------------

    def _browse(self) -> None:
        start = self.sqlite_path.text().strip() or str(Path.home() / "desk.sqlite3")
        path = choose_sqlite_file(self, start)
        if path:
            self.sqlite_path.setText(path)

    def test_connection(self) -> None:
        if self._testing or not self._database_fine(self.problems()):
            return
        url = self.choice().url
        self._testing = True
        self.test_button.setEnabled(False)
        set_form_message(self.test_result, self.tr("Trying…"), error=False)
        QTimer.singleShot(0, self, self._fit)
        Op(self, lambda: try_database(url)).success(self._tested).failure(self._test_failed).run()

    def _tested(self, message: str) -> None:
        self._testing = False
        self.validate()
        set_form_message(self.test_result, message, error=False)
        QTimer.singleShot(0, self, self._fit)

    def _test_failed(self, exc: BaseException) -> None:
        self._testing = False
        self.validate()
        set_form_message(self.test_result, failure_text(exc))
        QTimer.singleShot(0, self, self._fit)

    def save(self) -> None:
        if not self.validate():
            return
        settings = self._settings
        settings.database = self.choice()
        settings.workstation_store = self.store_code()
        settings.language = str(self.language.currentData() or "")
        settings.printer = str(self.printer.currentData() or "")
        settings.sync()  # the language (and the numbers with it) applies at the next start: no half-changed screens
        self.accept()


def open_settings(parent: QWidget, settings: Settings, *, current_url: str = "",
                  stores: StoreList | None = None) -> SettingsDialog:  # fmt: skip
    """Open the settings window-modal over `parent` (not exec(): the event loop and the ops keep running)."""
    dialog = SettingsDialog(settings, parent, current_url=current_url, stores=stores)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def settings_after_failure(settings: Settings, current_url: str) -> None:
    """The database chosen in the settings cannot be used at start: let the person choose another before the desk
    ends (a modal dialog: nothing else is open). Tests replace it."""
    SettingsDialog(settings, current_url=current_url).exec()
