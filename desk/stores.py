"""The stores, as the settings screen and the main window show them: a workstation's store is chosen from this list,
and the place a desk stands in is named by it."""

from __future__ import annotations

from sqlalchemy import func, select

from desk.db import Database
from desk.models import Store


def store_choices(db: Database) -> list[tuple[str, str]]:
    """(code, name) of every store, ordered by name (then code, so two stores of one name keep a fixed order)."""
    with db.read() as session:
        rows = session.execute(select(Store.code, Store.name).order_by(Store.name, Store.code))
        return [(str(code), str(name)) for code, name in rows]


def store_name(db: Database, code: str) -> str | None:
    """The name of the store with this code, None when no store has it. Case aside: the settings keep a workstation's
    code upper-case, whatever case the administrator typed the store's in."""
    code = code.strip().upper()
    if not code:
        return None
    with db.read() as session:
        return session.scalar(select(Store.name).where(func.upper(Store.code) == code).order_by(Store.code).limit(1))
