"""Signing in, and checking again who is at the desk.

On SQLite the staff table holds scrypt hashes (desk.passwords). On PostgreSQL each person is a database login
(`desk-admin create-user`): the desk connects as them, so the database's own grants, checks and row-level security
apply to everything they do, whatever the client. The password reaches the database driver and nothing else: it is
not put in a URL string, a log or a message.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from desk import staff
from desk.actors import Actor
from desk.db import Database
from desk.errors import DatabaseUnavailable, InvalidInput
from desk.messages import say
from desk.models import StaffUser

REFUSED = say("Unknown user or wrong password.")


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    db: Database  # what the desk works through from now on: the person's own login on PostgreSQL


def uses_database_logins(db: Database) -> bool:
    return db.dialect == "postgresql"


def sign_in(db: Database, username: str, password: str, workstation: str) -> SignedIn:
    """Who this is, and the database connection to work with; InvalidInput (one message for every refusal)."""
    name = username.strip().lower()
    if not name or not password:
        raise InvalidInput(REFUSED)
    if not uses_database_logins(db):
        actor = staff.sign_in(db, name, password, workstation)
        db.bind_user(actor.user_id)
        return SignedIn(actor, db)
    own = _login_database(db, name, password)
    try:
        own.check_schema()  # the desk could not look before: the database wanted a person first
        with own.read() as session:
            user = session.scalar(select(StaffUser).where(StaffUser.username == name))
            if user is None or not user.active:
                raise InvalidInput(REFUSED)
            actor = staff.actor_for(user, workstation)
    except BaseException:
        own.dispose()
        raise
    own.bind_user(actor.user_id)
    return SignedIn(actor, own)


def confirm_password(db: Database, actor: Actor, password: str) -> None:
    """Unlocking a locked desk: the same person's password again (InvalidInput when it is not theirs)."""
    if not password:
        raise InvalidInput(say("Type your password to unlock."))
    if not uses_database_logins(db):
        staff.sign_in(db, actor.username, password, actor.workstation)
        return
    _login_database(db, actor.username, password).dispose()


def _login_database(db: Database, username: str, password: str) -> Database:
    """A Database connected as `username`; the connection is tried once, so a wrong password fails here."""
    url = db.engine.url.set(username=username, password=password)  # a URL object: the password stays inside
    own = Database(url)
    try:
        with own.engine.connect():
            pass
    except OperationalError as exc:
        own.dispose()
        text = str(exc.orig).lower()
        if "authentication failed" in text or "role" in text and "does not exist" in text or "not permitted" in text:
            raise InvalidInput(REFUSED) from None
        raise DatabaseUnavailable(say("The database cannot be reached right now. Try again in a moment.")) from None
    return own
