"""Fixtures: every database test runs on SQLite and on a throwaway PostgreSQL server.

`db` is a fresh, migrated, empty database per test (copied from a template migrated once per session).
`staff` adds the reference data most tests need: roles, stores, one user per role.
When CI is set, a machine without PostgreSQL fails the run instead of skipping the PostgreSQL half.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from desk.db import Database
from tests.factories import Staff, make_staff
from tests.pg_server import ThrowawayPostgres, required_bin_dir

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BACKENDS = ["sqlite", "postgresql"]
_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[ThrowawayPostgres]:
    server = ThrowawayPostgres(required_bin_dir())
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    db.upgrade()
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template(pg_server: ThrowawayPostgres) -> str:
    admin = create_engine(pg_server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("CREATE DATABASE desk_template"))
    admin.dispose()
    db = Database(pg_server.url("desk_template"))
    db.upgrade()
    db.dispose()
    return "desk_template"


def fresh_database(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> Iterator[Database]:
    if backend == "sqlite":
        path = tmp_path / "desk.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        db = Database(f"sqlite:///{path}")
        yield db
        db.dispose()
        return
    server: ThrowawayPostgres = request.getfixturevalue("pg_server")
    template = request.getfixturevalue("pg_template")
    name = f"test_{os.getpid()}_{next(_counter)}"
    admin = create_engine(server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE {template}'))
    db = Database(server.url(name))
    try:
        yield db
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated, empty database: once on SQLite, once on PostgreSQL."""
    yield from fresh_database(request, request.param, tmp_path)


@pytest.fixture
def staff(db: Database) -> Staff:
    """Roles, three stores (a shop, the web shop, the call centre) and one user per role."""
    return make_staff(db)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked postgres_only (races of real connections, PostgreSQL machinery) run on PostgreSQL alone."""
    keep, drop = [], []
    for item in items:
        backend = getattr(getattr(item, "callspec", None), "params", {}).get("db")
        (drop if item.get_closest_marker("postgres_only") and backend == "sqlite" else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(autouse=True)
def discard_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog closed with typed text asks first; offscreen nobody answers, so tests say "discard" unless a
    test replaces this answer itself."""
    from desk.ui import forms

    monkeypatch.setattr(forms, "confirm_discard", lambda parent, text: True)
