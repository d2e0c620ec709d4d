"""Who is acting: the signed-in staff member, as plain data every service receives."""

from __future__ import annotations

from dataclasses import dataclass

from desk.enums import RoleCode


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    full_name: str
    role: RoleCode
    store_id: int | None
    workstation: str


def system_actor(workstation: str, name: str = "desk-admin") -> Actor:
    """The command line acting on the administrator's behalf (imports, demo data, upgrades)."""
    return Actor(None, name, name, RoleCode.ADMINISTRATOR, None, workstation)
