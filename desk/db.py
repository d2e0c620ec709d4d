"""The database: engines, one transaction per service call, and the schema revision check.

Services call `db.read()` to look and `db.write()` to change; each is one transaction that commits
when the block ends normally and rolls back otherwise. Sessions never leave the thread that opened them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
import time
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desk.errors import AccountDisabled, Conflict, DatabaseUnavailable, SchemaMismatch
from desk.messages import say

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

MIGRATIONS = Path(__file__).parent / "models" / "migrations"
CONNECT_TIMEOUT_S = 5
PING_AFTER_IDLE_S = 5.0  # a pooled connection idle longer than this is checked before it is lent


def alembic_config(url: str) -> AlembicConfig:
    # Alembic is imported where it is used: the desk's start (the sign-in window) does not wait for it.
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head() or ""


def _sqlite_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 15})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Let SQLAlchemy, not pysqlite, decide when transactions begin (so BEGIN IMMEDIATE works).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # type: ignore[no-untyped-def]
        # Writers take the write lock up front: two windows cannot both read a budget and then both spend it.
        immediate = conn.get_execution_options().get("desk_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def make_engine(url: str | URL, pool_size: int = 5) -> Engine:
    parsed = make_url(url)
    if parsed.drivername.startswith("sqlite"):
        return _sqlite_engine(parsed.render_as_string(hide_password=False))
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    # A server that silently drops packets must not hold the desk's one database worker for minutes.
    engine = create_engine(parsed, pool_size=pool_size, max_overflow=5,
                           connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    _ping_idle_connections(engine)
    return engine


def _ping_idle_connections(engine: Engine) -> None:
    """Pessimistic disconnect handling, only where it can matter: a pooled connection that sat idle (through a
    server restart, say) is pinged before use and replaced if dead; one used a moment ago is not, so a burst of
    calls (typing a search, paging a timeline) pays no extra round trip each."""

    @event.listens_for(engine, "connect")
    def _connected(_dbapi_connection, record):  # type: ignore[no-untyped-def]
        record.info["desk_used_at"] = time.monotonic()

    @event.listens_for(engine, "checkin")
    def _returned(_dbapi_connection, record):  # type: ignore[no-untyped-def]
        if record is not None:
            record.info["desk_used_at"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _lent(dbapi_connection, record, _proxy):  # type: ignore[no-untyped-def]
        if time.monotonic() - record.info.get("desk_used_at", 0.0) < PING_AFTER_IDLE_S:
            return
        try:
            cursor = dbapi_connection.cursor()
            cursor.execute("SELECT 1")
            cursor.close()
            dbapi_connection.rollback()
        except Exception as exc:  # noqa: BLE001 - any failure means this connection is not worth lending
            raise DisconnectionError("stale pooled connection") from exc


class Database:
    """One per process and URL. Thread-safe: each call opens its own Session."""

    def __init__(self, url: str | URL, pool_size: int = 5) -> None:
        # A URL object may carry a person's password (desk.auth): it stays inside the engine, and `url` (shown,
        # logged, used as a key) never holds it.
        self.url = url if isinstance(url, str) else url.render_as_string(hide_password=True)
        self.engine = make_engine(url, pool_size)  # a desk needs a few; a simulation of many desks, one each
        self._readers = sessionmaker(self.engine, expire_on_commit=False)
        self._writers = sessionmaker(
            self.engine.execution_options(desk_write=True), expire_on_commit=False
        )
        self.signed_in_user: int | None = None

    def bind_user(self, user_id: int | None) -> None:
        """From now on every transaction first checks that this person may still work: a user disabled by an
        administrator is refused at their next action, not only at their next start."""
        self.signed_in_user = user_id

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._transaction(self._readers) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._transaction(self._writers) as session:
            yield session

    @contextmanager
    def _transaction(self, factory: sessionmaker[Session]) -> Iterator[Session]:
        session = factory()
        try:
            if self.signed_in_user is not None:
                try:
                    _check_still_active(session, self.signed_in_user)
                except OperationalError as exc:
                    if not exc.connection_invalidated:
                        raise
                    # The pooled connection had died (a restart, or ended by an administrator) and nothing was
                    # done on it yet: once more, on a new connection.
                    session.close()
                    session = factory()
                    _check_still_active(session, self.signed_in_user)
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise Conflict(say(
                "Someone else changed this record a moment ago. Reload it to see their change, then try again."
            )) from exc
        except OperationalError as exc:
            session.rollback()
            if _login_refused(exc):
                raise AccountDisabled(say(
                    "The database no longer accepts your sign-in (your account was disabled or its password changed). "
                    "Nothing more can be saved from this desk; ask your supervisor."
                )) from None
            if _is_unreachable(exc):
                raise DatabaseUnavailable(say(
                    "The database cannot be reached right now. Nothing was saved; your text is kept. "
                    "Try again in a moment."
                )) from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    # --- schema ---------------------------------------------------------------------------

    def current_revision(self) -> str | None:
        try:
            with self.engine.connect() as conn:
                from alembic.runtime.migration import MigrationContext

                return MigrationContext.configure(conn).get_current_revision()
        except OperationalError as exc:
            raise DatabaseUnavailable(say("Cannot open the database: {problem}", problem=_short(exc))) from exc

    def is_empty(self) -> bool:
        with self.engine.connect() as conn:
            return not inspect(conn).get_table_names()

    def upgrade(self, revision: str = "head") -> None:
        cfg = alembic_config(self.url)
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            from alembic import command

            command.upgrade(cfg, revision)

    def downgrade(self, revision: str) -> None:
        """Back to an older schema (for a rollback of a release; the tests prove every step can be undone)."""
        cfg = alembic_config(self.url)
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            from alembic import command

            command.downgrade(cfg, revision)

    def check_schema(self) -> None:
        """Refuse to work on a schema older or newer than the one this desk was built for."""
        current, head = self.current_revision(), head_revision()
        if current == head:
            return
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(alembic_config(self.url))
        if current is None:
            raise SchemaMismatch(say(
                "This database has no Posventa Desk schema yet. "
                "An administrator must run `desk-admin upgrade` first."
            ))
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            raise SchemaMismatch(say(
                "This database was upgraded by a newer Posventa Desk (schema {current}); this desk knows "
                "schema {head} at most. Install the newer desk before you go on.", current=current, head=head
            ))
        raise SchemaMismatch(say(
            "This database's schema ({current}) is older than this desk's ({head}). "
            "An administrator must run `desk-admin upgrade` before the desk can be used.", current=current, head=head
        ))

    def dispose(self) -> None:
        self.engine.dispose()


def _check_still_active(session: Session, user_id: int) -> None:
    active = session.execute(text("SELECT active FROM staff_user WHERE id = :id"), {"id": user_id}).scalar()
    if not active:
        raise AccountDisabled(say(
            "Your account has been disabled by an administrator. Nothing more can be saved from this desk; "
            "ask your supervisor."
        ))


def _login_refused(exc: DBAPIError) -> bool:
    text_ = str(exc.orig).lower()
    return "not permitted to log in" in text_ or "password authentication failed" in text_


def _is_unreachable(exc: DBAPIError) -> bool:
    if exc.connection_invalidated:
        return True
    text = str(exc.orig).lower()
    return any(
        marker in text
        for marker in ("connection", "server closed", "terminating", "could not connect", "unable to open")
    )


def _short(exc: Exception) -> str:
    return str(getattr(exc, "orig", exc)).strip().splitlines()[0]
