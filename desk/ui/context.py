"""What every feature of a signed-in window needs: the database handle, who is acting, and the config; and this
workstation's settings (the printer a document goes to), read when they are used, so a change in the settings screen
applies at once."""

from __future__ import annotations

from dataclasses import dataclass

from desk.actors import Actor
from desk.config import Config
from desk.db import Database
from desk.ui.settings import Settings


@dataclass(frozen=True)
class DeskContext:
    db: Database  # passed to services only; the UI never opens a session on it
    actor: Actor
    config: Config
    settings: Settings | None = None  # this workstation's settings; None (some tests, tools): every default applies

    @property
    def printer(self) -> str:
        """The printer chosen in the settings; "" for the system's default printer."""
        return self.settings.printer if self.settings is not None else ""
