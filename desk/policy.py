"""The empowerment policy as stored: limits per role, or per person as an override."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import audit
from desk.actors import Actor
from desk.db import Database
from desk.enums import DecisionKind, RoleCode
from desk.errors import InvalidInput, NotFound
from desk.messages import say
from desk.models import EmpowermentPolicy, Role, StaffUser

MAX_LIMIT = Decimal("1000000.00")


def parse_amount(text: str | Decimal | None, field: str, *, grouped: bool = True) -> Decimal | None:
    """A money amount typed by a person, Spanish or English style: '50', '50,00', '1.500,50', '1,500.50', '80 €'.

    One separator followed by exactly three digits ('1.500', '1,500') is a thousand in one style and one and a half
    in the other: it is refused with both readings rather than guessed. Refuses negative and absurd amounts and
    more than two decimals. Empty is None. `grouped=False` reads files that promise no thousands separators (CSV
    import): one mark, point or comma, is the decimal mark.
    """
    if text is None or text == "":
        return None
    if isinstance(text, Decimal):
        value = text
    else:
        typed = _plain_number(str(text), field) if grouped else str(text).strip().replace(",", ".")
        if not typed:
            return None
        try:
            value = Decimal(typed)
        except InvalidOperation:
            raise InvalidInput(say("{field}: '{text}' is not an amount.", field=field, text=str(text)[:40])) from None
    if not value.is_finite() or value < 0:
        raise InvalidInput(say("{field} must be zero or more.", field=field))
    if value > MAX_LIMIT:
        raise InvalidInput(say("{field} above {most:.2f} is not plausible.", field=field, most=MAX_LIMIT))
    if value != value.quantize(Decimal("0.01")):
        raise InvalidInput(say("{field} has more than two decimals.", field=field))
    return value.quantize(Decimal("0.01"))


_SEPARATOR = re.compile(r"[.,]")


def _plain_number(text: str, field: str) -> str:
    """'1.500,50' -> '1500.50'; the decimal mark is the last of two kinds of mark, thousands come in threes."""
    typed = "".join(text.split()).replace("\u00a0", "").replace("€", "").replace("EUR", "")
    marks = set(_SEPARATOR.findall(typed))
    if len(marks) == 2:
        decimal_mark = typed[max(typed.rfind(","), typed.rfind("."))]
        group = "." if decimal_mark == "," else ","
        if re.fullmatch(rf"-?\d{{1,3}}(\{group}\d{{3}})+\{decimal_mark}\d+", typed):
            return typed.replace(group, "").replace(decimal_mark, ".")
        return typed  # not a number Decimal can read: its message follows
    if len(marks) == 1:
        mark = marks.pop()
        whole, _, part = typed.partition(mark)
        if typed.count(mark) > 1 and re.fullmatch(rf"-?\d{{1,3}}(\{mark}\d{{3}})+", typed):
            return typed.replace(mark, "")  # 1.500.000: only thousands have more than one mark
        if len(part) == 3 and part.isdigit() and whole.lstrip("-") not in ("", "0"):
            small = f"{whole},{part[:2]}"
            raise InvalidInput(say("{field}: '{text}' could mean {whole} or {decimals}. Type {whole} without a "
                                   "separator, or {two} with two decimals.", field=field, text=text.strip()[:40],
                                   whole=f"{whole}{part}", decimals=f"{small}{part[2]}", two=small))
        return typed.replace(",", ".")
    return typed


@dataclass(frozen=True)
class Limit:
    kind: DecisionKind
    currency: str
    per_decision: Decimal
    per_agent_day: Decimal | None = None
    per_customer_12m: Decimal | None = None
    days_past_window: int | None = None


def set_limit(session: Session, actor: Actor, limit: Limit, *, role: RoleCode | None, username: str | None) -> int:
    """Create or replace the limit of a role, or of one person; audited with before and after."""
    if (role is None) == (username is None):
        raise InvalidInput(say("Give either a role or a user for the limit, not both."))
    if len(limit.currency) != 3 or not limit.currency.isalpha():
        raise InvalidInput(say("'{code}' is not a currency code such as EUR.", code=limit.currency))
    if limit.days_past_window is not None and not 0 <= limit.days_past_window <= 365:
        raise InvalidInput(say("Days past the return window must be between 0 and 365."))
    role_id = user_id = None
    if role is not None:
        role_id = session.scalar(select(Role.id).where(Role.code == role))
        if role_id is None:
            raise NotFound(say("Role {role} does not exist yet; run `desk-admin upgrade` and create a user first.",
                               role=role))
    else:
        user_id = session.scalar(select(StaffUser.id).where(StaffUser.username == username))
        if user_id is None:
            raise NotFound(say("There is no user {name}.", name=username))
    row = session.scalar(
        select(EmpowermentPolicy).where(
            EmpowermentPolicy.role_id.is_(role_id) if role_id is None else EmpowermentPolicy.role_id == role_id,
            EmpowermentPolicy.user_id.is_(None) if user_id is None else EmpowermentPolicy.user_id == user_id,
            EmpowermentPolicy.decision_kind == limit.kind,
            EmpowermentPolicy.currency == limit.currency.upper(),
        )
    )
    before = _as_dict(row) if row else None
    if row is None:
        row = EmpowermentPolicy(role_id=role_id, user_id=user_id, decision_kind=limit.kind, currency=limit.currency.upper())
        session.add(row)
    row.max_per_decision = limit.per_decision
    row.max_per_agent_day = limit.per_agent_day
    row.max_per_customer_12m = limit.per_customer_12m
    row.max_days_past_window = limit.days_past_window
    session.flush()
    audit.record(session, actor, "policy.set_limit", "empowerment_policy", row.id, before=before, after=_as_dict(row))
    return row.id


@dataclass(frozen=True)
class LimitRow:
    """One line of the policy as the administrator's screen shows it."""

    id: int
    role: RoleCode | None  # a role's limit ...
    username: str | None  # ... or one person's override
    full_name: str | None
    limit: Limit
    updated_at: object


def limits_table(db: Database) -> list[LimitRow]:
    """The whole policy: role limits (agent, manager, supervisor, administrator), then personal overrides."""
    with db.read() as session:
        rows = session.execute(
            select(EmpowermentPolicy, Role.code, StaffUser.username, StaffUser.full_name, Role.level)
            .outerjoin(Role, Role.id == EmpowermentPolicy.role_id)
            .outerjoin(StaffUser, StaffUser.id == EmpowermentPolicy.user_id)
            .order_by(EmpowermentPolicy.user_id.is_not(None), Role.level, StaffUser.username,
                      EmpowermentPolicy.decision_kind, EmpowermentPolicy.currency)
        ).all()  # fmt: skip
    return [
        LimitRow(p.id, RoleCode(code) if code else None, username, name, Limit(
            DecisionKind(p.decision_kind), p.currency, p.max_per_decision, p.max_per_agent_day,
            p.max_per_customer_12m, p.max_days_past_window), p.updated_at)  # fmt: skip
        for p, code, username, name, _level in rows
    ]


def save_limit(db: Database, actor: Actor, limit: Limit, *, role: RoleCode | None, username: str | None) -> int:
    """The administrator's screen: create or replace one limit (audited with before and after)."""
    _administrator(actor)
    for amount, field in ((limit.per_decision, say("Per decision")), (limit.per_agent_day, say("Per agent per day")),
                          (limit.per_customer_12m, say("Per customer over 12 months"))):  # fmt: skip
        parse_amount(amount, field)
    with db.write() as session:
        return set_limit(session, actor, limit, role=role, username=username)


def remove_override(db: Database, actor: Actor, limit_id: int) -> None:
    """Remove one person's override: their role's limit applies again. Role limits are changed, not removed."""
    _administrator(actor)
    with db.write() as session:
        row = session.get(EmpowermentPolicy, limit_id)
        if row is None:
            raise NotFound(say("This limit does not exist (any more)."))
        if row.user_id is None:
            raise InvalidInput(say("A role's limit is changed, not removed; set it to 0.00 to let that role grant "
                                   "nothing."))
        before = _as_dict(row)
        session.delete(row)
        audit.record(session, actor, "policy.remove_override", "empowerment_policy", limit_id, before=before)


def _administrator(actor: Actor) -> None:
    if actor.role != RoleCode.ADMINISTRATOR:
        raise InvalidInput(say("Only an administrator can change the empowerment limits."))


def _as_dict(row: EmpowermentPolicy) -> dict[str, object]:
    def money(v: Decimal | None) -> str | None:
        return None if v is None else str(v)

    return {
        "role_id": row.role_id,
        "user_id": row.user_id,
        "kind": str(row.decision_kind),
        "currency": row.currency,
        "per_decision": money(row.max_per_decision),
        "per_agent_day": money(row.max_per_agent_day),
        "per_customer_12m": money(row.max_per_customer_12m),
        "days_past_window": row.max_days_past_window,
    }


# The limits a new database starts with (the demo, the tests): what a mid-sized retailer might set.
DECIDING_ROLES = (RoleCode.AGENT, RoleCode.STORE_MANAGER, RoleCode.SUPERVISOR)
# Most per decision (EUR) for an agent, a store manager and a supervisor. Per agent per day is four times that;
# goodwill kinds also cap a customer's total over 12 months at three times it.
DEFAULT_LIMITS: dict[DecisionKind, tuple[str, str, str]] = {
    DecisionKind.REFUND: ("300", "1500", "5000"),
    DecisionKind.RETURN_OUTSIDE_WINDOW: ("150", "600", "2000"),
    DecisionKind.GOODWILL_VOUCHER: ("50", "150", "500"),
    DecisionKind.GOODWILL_REFUND: ("30", "100", "400"),
    DecisionKind.FREE_REPAIR: ("80", "250", "800"),
    DecisionKind.FEE_WAIVER: ("40", "120", "400"),
    DecisionKind.PRICE_ADJUSTMENT: ("25", "100", "300"),
}
DAYS_PAST_WINDOW = {RoleCode.AGENT: 7, RoleCode.STORE_MANAGER: 30, RoleCode.SUPERVISOR: 90}


def set_default_limits(session: Session, actor: Actor) -> int:
    """Set the default limits for agents, store managers and supervisors; returns how many were set."""
    count = 0
    for kind, limits in DEFAULT_LIMITS.items():
        for role, text in zip(DECIDING_ROLES, limits, strict=True):
            per_decision = Decimal(text)
            limit = Limit(
                kind=kind, currency="EUR", per_decision=per_decision, per_agent_day=per_decision * 4,
                per_customer_12m=None if kind == DecisionKind.REFUND else per_decision * 3,
                days_past_window=DAYS_PAST_WINDOW[role] if kind == DecisionKind.RETURN_OUTSIDE_WINDOW else None,
            )  # fmt: skip
            set_limit(session, actor, limit, role=role, username=None)
            count += 1
    return count
