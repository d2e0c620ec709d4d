"""Goodwill budgets: what a store may spend on goodwill in a month, and the budget of any period.

A budget is set per store, month and currency (`desk-admin set-budget`, administrators only, audited). The budget of
a period is each month's budget prorated by the days of that month inside the period (1-15 November is half of
November's budget), summed over the stores asked for. A period with no budget set for any of them has none (None),
which the service figures show as "no budget set" rather than a share of zero.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import audit
from desk.actors import Actor
from desk.db import Database
from desk.enums import RoleCode
from desk.errors import AccessDenied, InvalidInput, NotFound
from desk.messages import say
from desk.models import GoodwillBudget, Store
from desk.policy import parse_amount
from desk.text import clean_text

EARLIEST = date(2000, 1, 1)
LATEST_AHEAD_YEARS = 5  # a budget may be planned ahead, not for the next century


@dataclass(frozen=True)
class BudgetRow:
    store_code: str
    store_name: str
    month: date
    amount: Decimal
    currency: str


def parse_month(text: str, today: date | None = None) -> date:
    """'2026-11' (or '11/2026') -> 1 November 2026; refuses nonsense and months too far away."""
    typed = (text or "").strip()
    try:
        if "/" in typed:
            month, year = typed.split("/")
        else:
            year, month = typed.split("-")
        first = date(int(year), int(month), 1)
    except ValueError:
        raise InvalidInput(say("'{text}' is not a month: write it as 2026-11.", text=typed[:20])) from None
    latest = (today or date.today()).replace(day=1)
    latest = latest.replace(year=latest.year + LATEST_AHEAD_YEARS)
    if not EARLIEST <= first <= latest:
        raise InvalidInput(say("A budget month lies between {earliest:%m/%Y} and {latest:%m/%Y}.", earliest=EARLIEST,
                               latest=latest))  # fmt: skip
    return first


def set_budget(db: Database, actor: Actor, store_code: str, month: str, amount: str, currency: str = "EUR") -> int:
    """Set (or replace) a store's goodwill budget for a month; returns its id."""
    if actor.role != RoleCode.ADMINISTRATOR:
        raise AccessDenied(say("Only an administrator sets goodwill budgets."))
    first = parse_month(month)
    value = parse_amount(amount, say("Budget"))
    if value is None:
        raise InvalidInput(say("{field} is empty; please fill it in.", field=say("Budget")))
    store_code = clean_text(store_code, say("Store"), max_length=16)
    code = (currency or "").strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise InvalidInput(say("'{code}' is not a currency code such as EUR.", code=code[:10]))
    with db.write() as session:
        store = session.scalar(select(Store).where(Store.code == store_code))
        if store is None:
            raise NotFound(say("There is no store with the code '{code}'.", code=store_code))
        return store_budget(session, actor, store, first, value, code)


def store_budget(session: Session, actor: Actor, store: Store, first: date, amount: Decimal, currency: str) -> int:
    """Set a store's budget for the month starting `first`, checked by the caller, in its transaction (audited)."""
    row = session.scalar(select(GoodwillBudget).where(
        GoodwillBudget.store_id == store.id, GoodwillBudget.month == first, GoodwillBudget.currency == currency))  # fmt: skip
    before = {"amount": str(row.amount)} if row is not None else None
    if row is None:
        row = GoodwillBudget(store_id=store.id, month=first, currency=currency, amount=amount)
        session.add(row)
    else:
        row.amount = amount
    session.flush()
    audit.record(session, actor, "set_goodwill_budget", "goodwill_budget", row.id, before=before,
                 after={"store": store.code, "month": first.isoformat(), "currency": currency, "amount": str(amount)})  # fmt: skip
    return row.id


def budgets(db: Database, currency: str = "EUR") -> list[BudgetRow]:
    """Every budget set, newest month first, then by store."""
    with db.read() as session:
        rows = session.execute(
            select(Store.code, Store.name, GoodwillBudget.month, GoodwillBudget.amount, GoodwillBudget.currency)
            .join(Store, Store.id == GoodwillBudget.store_id).where(GoodwillBudget.currency == currency.upper())
            .order_by(GoodwillBudget.month.desc(), Store.name)
        ).all()  # fmt: skip
    return [BudgetRow(*row) for row in rows]


def budget_for(session: Session, store_id: int | None, first: date, last: date, currency: str) -> Decimal | None:
    """The goodwill budget of the days first..last (inclusive) for one store (None: every store), prorated by day.

    None when no budget is set for any month of the period.
    """
    months = select(GoodwillBudget.month, GoodwillBudget.amount).where(
        GoodwillBudget.currency == currency.upper(),
        GoodwillBudget.month >= first.replace(day=1), GoodwillBudget.month <= last,
    )  # fmt: skip
    if store_id is not None:
        months = months.where(GoodwillBudget.store_id == store_id)
    rows = session.execute(months).all()
    if not rows:
        return None
    total = Decimal(0)
    for month, amount in rows:
        days_in_month = calendar.monthrange(month.year, month.month)[1]
        month_end = month + timedelta(days=days_in_month - 1)
        inside = (min(last, month_end) - max(first, month)).days + 1
        total += Decimal(amount) * inside / days_in_month
    return total.quantize(Decimal("0.01"))
