"""PostgreSQL logins for staff: each person signs in to the shared database as themselves (migration 0005 gives
the group roles desk_agent, desk_store_manager, desk_supervisor and desk_administrator their rights).

The password is hashed on this computer (SCRAM-SHA-256, by libpq) before it is sent, so it never appears in a
statement, a server log or an error. Role changes are transactional: they commit or roll back with the staff row.
Creating and changing logins needs the CREATEROLE right (the owner who runs desk-admin).
"""

from __future__ import annotations

from psycopg import sql
from sqlalchemy.orm import Session

from desk.enums import RoleCode

GROUPS = {role: f"desk_{role.value}" for role in RoleCode}


def is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def create_login(session: Session, username: str, password: str, role: RoleCode) -> None:
    """A login for `username` in the group of `role`; an existing login of that name (another desk database on
    the same server) gets this password and this group."""
    cursor = _cursor(session)
    verifier = cursor.connection.pgconn.encrypt_password(password.encode(), username.encode(), b"scram-sha-256")
    name = sql.Identifier(username)
    cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (username,))
    verb = "ALTER" if cursor.fetchone() else "CREATE"
    cursor.execute(sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(name, sql.Literal(verifier.decode())))
    set_group(session, username, role)


def set_group(session: Session, username: str, role: RoleCode) -> None:
    cursor = _cursor(session)
    name = sql.Identifier(username)
    for other in GROUPS.values():
        if other != GROUPS[role]:
            cursor.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), name))
    cursor.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(GROUPS[role]), name))


def set_can_log_in(session: Session, username: str, allowed: bool) -> None:
    """Disable (NOLOGIN) or enable a login; it takes effect when the transaction commits."""
    cursor = _cursor(session)
    cursor.execute(sql.SQL("ALTER ROLE {} " + ("LOGIN" if allowed else "NOLOGIN")).format(sql.Identifier(username)))


def end_sessions(session: Session, username: str) -> int:
    """End a disabled login's open connections (after the NOLOGIN committed, so they cannot come back)."""
    cursor = _cursor(session)
    cursor.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = %s "
                   "AND pid <> pg_backend_pid()", (username,))  # fmt: skip
    return int(cursor.fetchone()[0])


def _cursor(session: Session):  # type: ignore[no-untyped-def]
    return session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
