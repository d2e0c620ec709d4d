"""Configuration from the environment, with defaults that make the embedded demo work out of the box.

| variable            | meaning                                                          | default                          |
|---------------------|------------------------------------------------------------------|----------------------------------|
| DESK_DATABASE_URL   | SQLAlchemy URL of the database (postgresql+psycopg://... shared) | SQLite file in the data folder   |
| DESK_DATA_DIR       | where the embedded database and local files live                 | platformdirs user data folder    |
| DESK_PHONE_REGION   | region for phone numbers typed without a country code            | ES                               |
| DESK_WORKSTATION    | workstation name written in audit entries                         | the computer's host name         |
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "PosventaDesk"


@dataclass(frozen=True)
class Config:
    database_url: str
    data_dir: Path
    phone_region: str
    workstation: str

    @property
    def is_embedded(self) -> bool:
        return self.database_url.startswith("sqlite")


def data_dir() -> Path:
    configured = os.environ.get("DESK_DATA_DIR")
    return Path(configured).expanduser() if configured else user_data_path(APP_NAME, appauthor=False)


def default_sqlite_url(folder: Path | None = None) -> str:
    return f"sqlite:///{(folder or data_dir()) / 'desk.sqlite3'}"


def load() -> Config:
    folder = data_dir()
    return Config(
        database_url=os.environ.get("DESK_DATABASE_URL") or default_sqlite_url(folder),
        data_dir=folder,
        phone_region=os.environ.get("DESK_PHONE_REGION", "ES").upper(),
        workstation=os.environ.get("DESK_WORKSTATION") or socket.gethostname(),
    )
