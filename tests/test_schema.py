"""The migration matches the models, and the desk refuses a schema it does not know."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from desk.db import Database, head_revision
from desk.errors import SchemaMismatch
from desk.models import Base


def test_migrated_schema_matches_models(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": _skip_search_objects})
        assert compare_metadata(context, Base.metadata) == []


def _skip_search_objects(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
    return not (name or "").startswith(("customer_fts", "ix_customer_search_name_fts"))


def test_current_schema_is_accepted(db: Database) -> None:
    assert db.current_revision() == head_revision()
    db.check_schema()


def test_older_schema_is_refused_with_upgrade_advice(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    # The database is at a revision this desk knows, but the desk's head has moved on.
    monkeypatch.setattr("desk.db.head_revision", lambda: "0002_next")
    with pytest.raises(SchemaMismatch, match="older than this desk's .*desk-admin upgrade"):
        db.check_schema()


def test_unknown_newer_schema_is_refused(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    with pytest.raises(SchemaMismatch, match="newer Posventa Desk.*Install the newer desk"):
        db.check_schema()


def test_empty_database_is_refused_until_upgraded(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = Database(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    with pytest.raises(SchemaMismatch, match="desk-admin upgrade"):
        db.check_schema()
    db.upgrade()
    db.check_schema()
    db.dispose()
