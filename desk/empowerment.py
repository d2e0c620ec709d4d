"""The empowerment policy as it applies to one person and one decision: their limits, what they and the customer
have used, and the evaluation (desk.rules.empowerment) of what they ask for.

`lock_budgets` is what makes limits hold under concurrency: inside the writing transaction it locks the rows of
the person and the customer (PostgreSQL; SQLite's write lock is already held), so two windows of the same agent,
or two agents on the same customer, evaluate one after the other and each sees what the other granted. The lock is
FOR NO KEY UPDATE: it serialises the spenders of a budget but not the many inserts that merely refer to the person
or the customer (their foreign-key checks take key-share locks, which it does not block). Writers still take it
first and always in the same order, the person then the customer.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.actors import Actor
from desk.db import Database
from desk.enums import DecisionKind, DecisionStatus, RoleCode
from desk.models import Customer, Decision, EmpowermentPolicy, Role, StaffUser, Store, utcnow
from desk.rules.empowerment import ROLE_LEVEL, Ask, Cap, Evaluation, Outcome, Usage, covers, evaluate, routing

TWELVE_MONTHS = timedelta(days=365)


def caps(session: Session, user_id: int | None, role: RoleCode, kind: DecisionKind,
         currency: str) -> tuple[Cap | None, dict[RoleCode, Cap | None]]:  # fmt: skip
    """The person's own cap (personal override, else their role's) and every role's cap, for one kind and currency."""
    rows = session.execute(
        select(EmpowermentPolicy, Role.code).outerjoin(Role, Role.id == EmpowermentPolicy.role_id).where(
            EmpowermentPolicy.decision_kind == kind, EmpowermentPolicy.currency == currency.upper()
        )
    ).all()
    roles: dict[RoleCode, Cap | None] = {code: None for code in RoleCode}
    personal = None
    for policy, code in rows:
        cap = Cap(policy.max_per_decision, policy.max_per_agent_day, policy.max_per_customer_12m,
                  policy.max_days_past_window)  # fmt: skip
        if policy.user_id is not None:
            if policy.user_id == user_id:
                personal = cap
        else:
            roles[RoleCode(code)] = cap
    return personal or roles[role], roles


def usage(session: Session, user_id: int | None, customer_id: int | None, kind: DecisionKind, currency: str,
          now: datetime, timezone: str = "Europe/Madrid") -> Usage:  # fmt: skip
    """What this person granted today (their store's day) and what this customer was granted in 12 months."""
    local = now.astimezone(ZoneInfo(timezone))
    day_start = datetime.combine(local.date(), time(), ZoneInfo(timezone))
    granted = (Decision.kind == kind, Decision.currency == currency.upper(), Decision.status == DecisionStatus.GRANTED)
    today = Decimal(0)
    if user_id is not None:
        today = session.scalar(select(func.coalesce(func.sum(Decision.amount), 0)).where(
            *granted, Decision.decided_by == user_id, Decision.requested_by == user_id,
            Decision.decided_at >= day_start,
        )) or Decimal(0)  # fmt: skip
    customer = Decimal(0)
    if customer_id is not None:
        customer = session.scalar(select(func.coalesce(func.sum(Decision.amount), 0)).where(
            *granted, Decision.customer_id == customer_id, Decision.decided_at >= now - TWELVE_MONTHS,
        )) or Decimal(0)  # fmt: skip
    return Usage(_money(today), _money(customer))


def lock_budgets(session: Session, user_id: int | None, customer_id: int | None) -> None:
    """Serialise everyone who spends this person's day or this customer's 12 months (PostgreSQL row locks)."""
    if session.get_bind().dialect.name != "postgresql":
        return  # SQLite: the writer holds the database's one write lock already (BEGIN IMMEDIATE)
    if user_id is not None:
        session.execute(select(StaffUser.id).where(StaffUser.id == user_id).with_for_update(key_share=True))
    if customer_id is not None:
        session.execute(select(Customer.id).where(Customer.id == customer_id).with_for_update(key_share=True))


def evaluate_for(session: Session, actor: Actor, customer_id: int | None, ask: Ask,
                 now: datetime | None = None) -> Evaluation:  # fmt: skip
    """The evaluation of `ask` for `actor` inside the caller's transaction (lock first when it will write)."""
    now = now or utcnow()
    own, roles = caps(session, actor.user_id, actor.role, ask.kind, ask.currency)
    used = usage(session, actor.user_id, customer_id, ask.kind, ask.currency, now, store_timezone(session, actor))
    result = evaluate(ask, actor.role, own, roles, used)
    if result.outcome == Outcome.APPROVAL and result.approver_role is not None:
        routed = staffed_role(session, result.approver_role, actor.store_id, ask)
        if routed != result.approver_role:  # no store manager where the requester works: the next role up
            last = routing(own, ask.amount, ask.currency, routed, instead_of=result.approver_role)
            result = Evaluation(result.outcome, routed, result.own_limit, (*result.reasons[:-1], last))
    return result


def staffed_role(session: Session, role: RoleCode, store_id: int | None, ask: Ask) -> RoleCode:
    """A store manager is asked only where the requester's store has one; otherwise the next role that covers it."""
    if role != RoleCode.STORE_MANAGER:
        return role
    has_manager = session.scalar(
        select(func.count()).select_from(StaffUser).join(Role, Role.id == StaffUser.role_id).where(
            Role.code == RoleCode.STORE_MANAGER, StaffUser.store_id == store_id, StaffUser.active.is_(True)
        )
    )  # fmt: skip
    if store_id is not None and has_manager:
        return role
    return next_role(session, role, ask) or role


def next_role(session: Session, role: RoleCode, ask: Ask, customer_id: int | None = None) -> RoleCode | None:
    """The lowest role above `role` whose limit covers the ask (None when there is none)."""
    _, roles = caps(session, None, role, ask.kind, ask.currency)
    used = usage(session, None, customer_id, ask.kind, ask.currency, utcnow())
    for candidate in sorted(roles, key=ROLE_LEVEL.__getitem__):
        if ROLE_LEVEL[candidate] > ROLE_LEVEL[role] and covers(roles[candidate], ask, used):
            return candidate
    return None


def preview_decision(db: Database, actor: Actor, customer_id: int | None, ask: Ask) -> Evaluation:
    """For the dialog, while the agent types: what would happen, without writing anything."""
    with db.read() as session:
        return evaluate_for(session, actor, customer_id, ask)


def store_timezone(session: Session, actor: Actor) -> str:
    if actor.store_id is None:
        return "Europe/Madrid"
    return session.scalar(select(Store.timezone).where(Store.id == actor.store_id)) or "Europe/Madrid"


def _money(value: object) -> Decimal:
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))
