"""The desk's own preferences on this workstation, through one accessor (nothing else touches QSettings).

Never a password: those go to the OS keyring or nowhere (DESIGN.md, "Secrets"). The database is stored as its
parts (a SQLite file, or a PostgreSQL host, port and name), never as a URL typed in, so no user name or password
can end up here; each person signs in to a shared database with their own login.

What the settings screen (desk/ui/settings_dialog.py) keeps for this workstation:
- `database`: which database the desk opens at its next start; DESK_DATABASE_URL still wins (desk.config.database_url).
- `workstation_store`: the code of the store this computer stands in. It never changes who the person is or which
  store their approvals go to (that is their own store, held in the database); it is the place this desk is at.
- `language`: "" (the system's), "es", "ca" or "en"; dates and numbers follow it (apply_locale).
- `printer`: a printer name, "" for the system's default printer.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QLocale, QSettings

from desk import config

ORGANISATION = "Posventa"
APPLICATION = "PosventaDesk"
SQLITE = "sqlite"
POSTGRESQL = "postgresql"
DEFAULT_PG_PORT = 5432
LANGUAGES = {"": "System", "es": "Español", "ca": "Català", "en": "English"}  # each in its own language


@dataclass(frozen=True)
class DatabaseChoice:
    kind: str  # SQLITE or POSTGRESQL
    sqlite_path: str = ""
    host: str = ""
    port: int = DEFAULT_PG_PORT
    name: str = ""

    @property
    def url(self) -> str:
        if self.kind == SQLITE:
            return config.sqlite_url(self.sqlite_path)
        return config.postgresql_url(self.host, self.port, self.name)


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        """`store` lets tests use a throwaway file: Settings(QSettings(path, QSettings.Format.IniFormat))."""
        self._store = store if store is not None else QSettings(ORGANISATION, APPLICATION)

    @property
    def last_username(self) -> str:
        return str(self._store.value("login/last_username", "") or "")

    @last_username.setter
    def last_username(self, username: str) -> None:
        self._store.setValue("login/last_username", username)

    def window_geometry(self, name: str) -> QByteArray | None:
        """Saved geometry or splitter state of window part `name` (e.g. "main", "main/splitter")."""
        value = self._store.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, name: str, state: QByteArray) -> None:
        self._store.setValue(f"geometry/{name}", state)

    @property
    def database(self) -> DatabaseChoice | None:
        """None until someone chooses one on the settings screen: then the embedded default applies."""
        kind = str(self._store.value("database/kind", "") or "")
        if kind not in (SQLITE, POSTGRESQL):
            return None
        try:
            port = int(self._store.value("database/port", DEFAULT_PG_PORT) or DEFAULT_PG_PORT)
        except (TypeError, ValueError):
            port = DEFAULT_PG_PORT
        return DatabaseChoice(
            kind, sqlite_path=str(self._store.value("database/sqlite_path", "") or ""),
            host=str(self._store.value("database/host", "") or ""), port=port,
            name=str(self._store.value("database/name", "") or ""),
        )  # fmt: skip

    @database.setter
    def database(self, choice: DatabaseChoice | None) -> None:
        if choice is None:
            self._store.remove("database")
            return
        self._store.setValue("database/kind", choice.kind)
        self._store.setValue("database/sqlite_path", choice.sqlite_path)
        self._store.setValue("database/host", choice.host)
        self._store.setValue("database/port", choice.port)
        self._store.setValue("database/name", choice.name)

    @property
    def database_url(self) -> str:
        """The stored database's URL, "" when none was chosen (desk.config.load takes it; the environment wins)."""
        choice = self.database
        return choice.url if choice is not None else ""

    @property
    def workstation_store(self) -> str:
        return str(self._store.value("workstation/store", "") or "")

    @workstation_store.setter
    def workstation_store(self, code: str) -> None:
        self._store.setValue("workstation/store", code.strip().upper())

    @property
    def language(self) -> str:
        value = str(self._store.value("ui/language", "") or "")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, code: str) -> None:
        self._store.setValue("ui/language", code if code in LANGUAGES else "")

    @property
    def printer(self) -> str:
        return str(self._store.value("printing/printer", "") or "")

    @printer.setter
    def printer(self, name: str) -> None:
        self._store.setValue("printing/printer", name)

    def sync(self) -> None:
        self._store.sync()


def apply_locale(language: str) -> None:
    """Dates and numbers follow the chosen language ("" keeps the system's): Qt's own formatting (QLocale) and the
    desk's (desk.ui.formatting, which writes 1.234,56 EUR in Spanish and Catalan)."""
    QLocale.setDefault(QLocale(language) if language else QLocale.system())
    from desk.ui import formatting  # here, not at the top: formatting imports nothing of the settings

    formatting.set_number_language(language or QLocale.system().name().split("_")[0])
