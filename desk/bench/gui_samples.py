"""What the GUI benchmark (desk.ui.bench) reads from the database before any window exists: the actor and
realistic queries and customers. No Qt here: the UI measures, this reads."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from desk import staff
from desk.db import Database
from desk.enums import ContactKind, RoleCode
from desk.models import ContactPoint, Customer, Role, StaffUser, TimelineEvent

WORKSTATION = "bench (desk.ui.bench)"


@dataclass
class Samples:
    queries: list[tuple[str, str]]  # (kind, text as an agent types it)
    customers: list[int]  # distinct, in opening order
    busiest: int | None  # the customer with the most timeline events
    busiest_events: int
    total_customers: int


def pick_samples(url: str, customers: int, queries: int, seed: int = 7) -> tuple[Any, Samples]:
    """The actor (the first active agent) and realistic queries and customers, read on this thread before Qt runs."""
    db = Database(url)
    try:
        db.check_schema()
        with db.read() as s:
            user = s.scalars(
                select(StaffUser).join(Role).where(StaffUser.active.is_(True))
                .order_by((Role.code != RoleCode.AGENT.value), StaffUser.id).limit(1)
            ).first()  # fmt: skip
            if user is None:
                raise SystemExit("The database has no staff: seed it first (desk-admin seed-demo or seed-scale).")
            actor = staff.actor_for(user, WORKSTATION)
            low, high, total = s.execute(select(func.min(Customer.id), func.max(Customer.id), func.count())).one()
            if not total:
                raise SystemExit("The database has no customers: seed it first (desk-admin seed-scale).")
            busiest_row = s.execute(
                select(TimelineEvent.customer_id, func.count()).group_by(TimelineEvent.customer_id)
                .order_by(func.count().desc()).limit(1)
            ).first()  # fmt: skip
            rng = random.Random(seed)
            wanted = min(total, max(customers, queries) + 10)
            chosen: dict[int, str] = {}
            for _ in range(wanted * 5):
                if len(chosen) >= wanted:
                    break
                row = s.execute(
                    select(Customer.id, Customer.full_name).where(Customer.id >= rng.randint(low, high))
                    .where(Customer.erased_at.is_(None)).order_by(Customer.id).limit(1)
                ).first()  # fmt: skip
                if row is not None:
                    chosen.setdefault(row[0], row[1])
            points = s.execute(
                select(ContactPoint.customer_id, ContactPoint.kind, ContactPoint.value, ContactPoint.value_norm)
                .where(ContactPoint.customer_id.in_(list(chosen)))
                .where(ContactPoint.kind.in_([ContactKind.PHONE, ContactKind.EMAIL]))
            ).all()  # fmt: skip
    finally:
        db.dispose()

    phones = [_as_typed_phone(value, norm) for _, kind, value, norm in points if kind == ContactKind.PHONE]
    emails = [value for _, kind, value, _ in points if kind == ContactKind.EMAIL]
    names = [fragment for name in chosen.values() if (fragment := _name_fragment(name))]
    typed: list[tuple[str, str]] = [("name", "begoña garc")]
    pools = [("name", names), ("phone", phones), ("email", emails)]
    while len(typed) < queries and any(pool for _, pool in pools):
        for kind, pool in pools:
            if pool and len(typed) < queries:
                typed.append((kind, pool.pop(0)))
    order = list(chosen)
    busiest, busiest_events = (busiest_row[0], busiest_row[1]) if busiest_row else (None, 0)
    if busiest is not None:
        if busiest in order:
            order.remove(busiest)
        order.insert(min(5, len(order)), busiest)  # among the timed openings, not a warm-up
    return actor, Samples(typed, order, busiest, busiest_events, total)


def _name_fragment(full_name: str) -> str | None:
    """ "Begoña García López" -> "begoña garc": a whole first word and the start of the next, as agents type."""
    words = [w for w in full_name.lower().split() if w.isalpha()]
    if len(words) < 2:
        return None
    return f"{words[0]} {words[1][:4]}"


def _as_typed_phone(value: str, norm: str | None) -> str:
    """A Spanish number as an agent types it (the nine digits); others as stored."""
    if norm and norm.startswith("+34"):
        return norm[3:]
    return value
