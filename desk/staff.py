"""Stores, roles and staff users: the reference data the administrator keeps."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import audit, db_logins
from desk.actors import Actor
from desk.db import Database
from desk.enums import RoleCode, StoreKind
from desk.errors import InvalidInput, NotFound
from desk.messages import say
from desk.models import Role, StaffUser, Store
from desk.passwords import hash_password, verify_password
from desk.text import clean_text

ROLES: dict[RoleCode, tuple[str, int]] = {
    RoleCode.AGENT: ("Agent", 10),
    RoleCode.STORE_MANAGER: ("Store manager", 20),
    RoleCode.SUPERVISOR: ("Supervisor", 30),
    RoleCode.ADMINISTRATOR: ("Administrator", 40),
}
MIN_PASSWORD = 8


def ensure_roles(session: Session) -> dict[RoleCode, Role]:
    existing = {RoleCode(r.code): r for r in session.scalars(select(Role))}
    for code, (name, level) in ROLES.items():
        if code not in existing:
            existing[code] = Role(code=code, name=name, level=level)
            session.add(existing[code])
    session.flush()
    return existing


def add_store(
    session: Session, code: str, name: str, kind: StoreKind, city: str | None = None, address: str | None = None,
    tax_id: str | None = None,
) -> Store:  # fmt: skip
    store = session.scalar(select(Store).where(Store.code == code))
    if store is None:
        store = Store(code=code, name=name, kind=kind, city=city, address=address, tax_id=tax_id)
        session.add(store)
        session.flush()
    return store


def add_user(
    session: Session,
    actor: Actor,
    *,
    username: str,
    full_name: str,
    role: RoleCode,
    store_code: str | None,
    password: str | None,
) -> StaffUser:
    username = clean_text(username, say("User name"), max_length=60).lower()
    if not username.replace(".", "").replace("_", "").replace("-", "").isalnum():
        raise InvalidInput(say("A user name may hold letters, digits, dots, dashes and underscores only."))
    if session.scalar(select(StaffUser.id).where(StaffUser.username == username)) is not None:
        raise InvalidInput(say("User {user} already exists.", user=username))
    if password is not None and len(password) < MIN_PASSWORD:
        raise InvalidInput(say("A password needs at least {least} characters.", least=MIN_PASSWORD))
    roles = ensure_roles(session)
    store_id = None
    if store_code:
        store_id = session.scalar(select(Store.id).where(Store.code == store_code))
        if store_id is None:
            raise NotFound(say("There is no store with code {code}.", code=store_code))
    database_login = db_logins.is_postgresql(session)
    user = StaffUser(
        username=username,
        full_name=clean_text(full_name, say("Full name"), max_length=120),
        role_id=roles[role].id,
        store_id=store_id,
        # PostgreSQL checks the password itself (the person's own login); SQLite keeps a scrypt hash.
        password_hash=hash_password(password) if password is not None and not database_login else None,
    )
    session.add(user)
    session.flush()
    if database_login and password is not None:
        db_logins.create_login(session, username, password, role)
    audit.record(
        session, actor, "user.create", "staff_user", user.id,
        after={"username": username, "role": role.value, "store": store_code},
    )  # fmt: skip
    return user


def set_active(session: Session, actor: Actor, username: str, active: bool) -> StaffUser:
    """Disable (or enable again) a person. A disabled person is refused at their next action on every desk
    (desk.db checks it at each transaction) and, on PostgreSQL, their login is closed and its connections ended."""
    user = session.scalar(select(StaffUser).where(StaffUser.username == username.strip().lower()))
    if user is None:
        raise NotFound(say("There is no user {user}.", user=username.strip()[:60]))
    if user.active == active:
        if active:
            raise InvalidInput(say("User {user} is already enabled.", user=user.username))
        raise InvalidInput(say("User {user} is already disabled.", user=user.username))
    user.active = active
    session.flush()
    if db_logins.is_postgresql(session):
        db_logins.set_can_log_in(session, user.username, active)
    audit.record(session, actor, "user.enable" if active else "user.disable", "staff_user", user.id,
                 before={"active": not active}, after={"active": active})  # fmt: skip
    return user


def actor_for(user: StaffUser, workstation: str) -> Actor:
    return Actor(
        user_id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=RoleCode(user.role.code),
        store_id=user.store_id,
        workstation=workstation,
    )


def sign_in(db: Database, username: str, password: str, workstation: str) -> Actor:
    """Check a user's password (embedded database) and return who they are. One message for every failure."""
    refused = InvalidInput(say("Unknown user or wrong password."))
    with db.read() as session:
        user = session.scalar(select(StaffUser).where(StaffUser.username == username.strip().lower()))
        if user is None or not user.active or not verify_password(password, user.password_hash):
            raise refused
        return actor_for(user, workstation)


@dataclass(frozen=True)
class StaffRow:
    id: int
    username: str
    full_name: str
    role: RoleCode
    store_id: int | None


def active_staff(db: Database) -> list[StaffRow]:
    """Everyone who can be given work (a claim to repair), by name; not the administrators."""
    with db.read() as session:
        rows = session.execute(
            select(StaffUser.id, StaffUser.username, StaffUser.full_name, Role.code, StaffUser.store_id)
            .join(Role, Role.id == StaffUser.role_id)
            .where(StaffUser.active.is_(True), Role.code != RoleCode.ADMINISTRATOR)  # administrators repair nothing
            .order_by(StaffUser.full_name)
        ).all()  # fmt: skip
    return [StaffRow(id, username, name, RoleCode(code), store_id) for id, username, name, code, store_id in rows]


@dataclass(frozen=True)
class StoreInfo:
    id: int
    code: str
    name: str
    kind: StoreKind


def store_info(db: Database, store_id: int) -> StoreInfo | None:
    with db.read() as session:
        store = session.get(Store, store_id)
        return StoreInfo(store.id, store.code, store.name, StoreKind(store.kind)) if store else None
