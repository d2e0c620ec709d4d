"""The desk's own preferences on this workstation, through one accessor (nothing else touches QSettings).

Never a password: those go to the OS keyring or nowhere (DESIGN.md, "Secrets").
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Posventa"
APPLICATION = "PosventaDesk"


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

    def sync(self) -> None:
        self._store.sync()
