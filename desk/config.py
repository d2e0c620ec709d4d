"""Configuration from the environment, with defaults that make the embedded demo work out of the box.

| variable            | meaning                                                          | default                          |
|---------------------|------------------------------------------------------------------|----------------------------------|
| DESK_DATABASE_URL   | SQLAlchemy URL of the database (postgresql+psycopg://... shared) | the settings screen's choice,    |
|                     |                                                                  | else SQLite file in data folder  |
| DESK_DATA_DIR       | where the embedded database and local files live                 | platformdirs user data folder    |
| DESK_PHONE_REGION   | region for phone numbers typed without a country code            | ES                               |
| DESK_WORKSTATION    | workstation name written in audit entries                         | the computer's host name         |
| DESK_LOCK_MINUTES   | minutes without keyboard or mouse input before the desk locks    | 10 (0: never; at most 1440)      |

A DESK_LOCK_MINUTES that is not a whole number from 0 to 1440 is not guessed at: the desk logs a warning naming the
value and locks after the default 10 minutes (a typo must never leave a desk unlocked all day). Ctrl+Shift+L locks at
once whatever the setting.
"""

from __future__ import annotations

import logging
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from platformdirs import user_data_path

APP_NAME = "PosventaDesk"
DEFAULT_LOCK_MINUTES = 10
MAX_LOCK_MINUTES = 24 * 60  # a day; beyond it the timer's milliseconds would overflow, and it means "never" anyway

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Config:
    database_url: str
    data_dir: Path
    phone_region: str
    workstation: str
    lock_minutes: int = DEFAULT_LOCK_MINUTES  # 0: never locks by itself

    @property
    def is_embedded(self) -> bool:
        return self.database_url.startswith("sqlite")


def data_dir() -> Path:
    configured = os.environ.get("DESK_DATA_DIR")
    return Path(configured).expanduser() if configured else user_data_path(APP_NAME, appauthor=False)


def default_sqlite_url(folder: Path | None = None) -> str:
    return f"sqlite:///{(folder or data_dir()) / 'desk.sqlite3'}"


def lock_minutes(raw: str | None) -> int:
    """DESK_LOCK_MINUTES: unset or empty is the default; anything but a whole number from 0 to 1440 is the default
    too, with a warning that says what was ignored."""
    if raw is None or not raw.strip():
        return DEFAULT_LOCK_MINUTES
    try:
        minutes = int(raw.strip())
    except ValueError:
        minutes = -1
    if 0 <= minutes <= MAX_LOCK_MINUTES:
        return minutes
    log.warning(
        "DESK_LOCK_MINUTES=%r is not a whole number of minutes from 0 (never) to %d; the desk locks after the "
        "default %d minutes without use", raw, MAX_LOCK_MINUTES, DEFAULT_LOCK_MINUTES,
    )  # fmt: skip
    return DEFAULT_LOCK_MINUTES


def database_url(stored: str | None = None, folder: Path | None = None) -> str:
    """Which database the desk opens: DESK_DATABASE_URL wins, then the URL stored in this workstation's settings
    (the settings screen, desk.ui.settings), then the embedded SQLite file in the data folder."""
    return os.environ.get("DESK_DATABASE_URL") or (stored or "").strip() or default_sqlite_url(folder)


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path).expanduser()}"


def postgresql_url(host: str, port: int, name: str) -> str:
    """A shared database's URL without a user or a password: each person signs in with their own login."""
    host = host.strip()
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host  # an IPv6 address
    return f"postgresql+psycopg://{shown}:{port}/{quote(name.strip(), safe='')}"


def load(stored_database_url: str | None = None) -> Config:
    """`stored_database_url`: the workstation's setting, if any (the environment still wins over it)."""
    folder = data_dir()
    return Config(
        database_url=database_url(stored_database_url, folder),
        data_dir=folder,
        phone_region=os.environ.get("DESK_PHONE_REGION", "ES").upper(),
        workstation=os.environ.get("DESK_WORKSTATION") or socket.gethostname(),
        lock_minutes=lock_minutes(os.environ.get("DESK_LOCK_MINUTES")),
    )
