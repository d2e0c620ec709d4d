"""What every feature of a signed-in window needs: the database handle, who is acting, and the config."""

from __future__ import annotations

from dataclasses import dataclass

from desk.actors import Actor
from desk.config import Config
from desk.db import Database


@dataclass(frozen=True)
class DeskContext:
    db: Database  # passed to services only; the UI never opens a session on it
    actor: Actor
    config: Config
