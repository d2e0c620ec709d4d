"""The customer 360 header: who the customer is and what they are worth, in one read.

`open_customer` is what the customer screen calls: the header, and a line in the access log (who looked at whom).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from desk.actors import Actor
from desk.db import Database
from desk.enums import GOODWILL_KINDS, Channel, ContactKind, DecisionStatus, LoyaltyTier
from desk.errors import NotFound
from desk.messages import say
from desk.models import Case, ContactPoint, Customer, CustomerAccess, Decision, Interaction, SalesOrder, utcnow

GOODWILL_WINDOW = timedelta(days=365)
SCREEN_PURPOSE = "customer_screen"


@dataclass(frozen=True)
class ContactPointView:
    kind: ContactKind
    value: str
    is_primary: bool


@dataclass(frozen=True)
class CustomerHeader:
    customer_id: int
    customer_number: str
    full_name: str
    is_company: bool
    loyalty_tier: LoyaltyTier
    customer_since: date
    preferred_language: str
    contact_points: list[ContactPointView]
    lifetime_spend: dict[str, Decimal]  # per currency
    order_count: int
    open_cases: int
    goodwill_12m: dict[str, Decimal]  # per currency, granted in the last 12 months
    contacts_by_channel: dict[Channel, int]
    last_contact_at: datetime | None
    erased_at: datetime | None = None  # erased (desk.privacy): the name is a placeholder, no contact points


def open_customer(db: Database, actor: Actor, customer_id: int, now: datetime | None = None) -> CustomerHeader:
    """The header for the customer screen, and the access-log line saying who opened it, in one transaction:
    no one sees a customer without it being logged, and an unknown customer logs nothing."""
    now = now or utcnow()
    with db.write() as session:
        header = header_in(session, customer_id, now)
        session.add(CustomerAccess(
            customer_id=customer_id, actor_id=actor.user_id, actor_name=actor.username[:60],
            workstation=actor.workstation[:120], purpose=SCREEN_PURPOSE, accessed_at=now,
        ))  # fmt: skip
        return header


def customer_header(db: Database, customer_id: int, now: datetime | None = None) -> CustomerHeader:
    with db.read() as session:
        return header_in(session, customer_id, now or utcnow())


_ID, _SINCE = bindparam("customer_id"), bindparam("since")
# Built once: the header is read on every customer opened, and building its statements cost more than running them.
_CUSTOMER = select(Customer.id, Customer.customer_number, Customer.full_name, Customer.is_company,
                   Customer.loyalty_tier, Customer.customer_since, Customer.preferred_language,
                   Customer.erased_at).where(Customer.id == _ID)  # fmt: skip
_POINTS = select(ContactPoint.kind, ContactPoint.value, ContactPoint.is_primary).where(
    ContactPoint.customer_id == _ID).order_by(ContactPoint.id)  # fmt: skip
_SPEND = (select(SalesOrder.currency, func.sum(SalesOrder.total), func.count()).where(SalesOrder.customer_id == _ID)
          .group_by(SalesOrder.currency))  # fmt: skip
_OPEN_CASES = select(func.count()).select_from(Case).where(Case.customer_id == _ID, Case.closed_at.is_(None))
_GOODWILL = (select(Decision.currency, func.sum(Decision.amount))
             .where(Decision.customer_id == _ID, Decision.kind.in_(sorted(GOODWILL_KINDS)),
                    Decision.status == DecisionStatus.GRANTED, Decision.created_at >= _SINCE)
             .group_by(Decision.currency))  # fmt: skip
_CHANNELS = (select(Interaction.channel, func.count(), func.max(Interaction.occurred_at))
             .where(Interaction.customer_id == _ID).group_by(Interaction.channel))  # fmt: skip


def header_in(s: Session, customer_id: int, now: datetime) -> CustomerHeader:
    """The header read in the caller's transaction (the approval queue shows it beside each request)."""
    ids = {"customer_id": customer_id}
    customer = s.execute(_CUSTOMER, ids).first()
    if customer is None:
        raise NotFound(say("This customer does not exist (any more)."))
    points = s.execute(_POINTS, ids).all()
    spend_rows = s.execute(_SPEND, ids).all()
    open_cases = s.execute(_OPEN_CASES, ids).scalar()
    goodwill_rows = s.execute(_GOODWILL, {**ids, "since": now - GOODWILL_WINDOW}).all()
    channel_rows = s.execute(_CHANNELS, ids).all()
    last_contact = max((row[2] for row in channel_rows), default=None)
    if isinstance(last_contact, str):  # SQLite aggregates return text, not the column type
        last_contact = datetime.fromisoformat(last_contact).replace(tzinfo=now.tzinfo)
    return CustomerHeader(
        customer_id=customer.id,
        customer_number=customer.customer_number,
        full_name=customer.full_name,
        is_company=customer.is_company,
        loyalty_tier=LoyaltyTier(customer.loyalty_tier),
        customer_since=customer.customer_since,
        preferred_language=customer.preferred_language,
        contact_points=[ContactPointView(ContactKind(p.kind), p.value, p.is_primary) for p in points],
        lifetime_spend={cur: _money(total) for cur, total, _ in spend_rows},
        order_count=sum(count for _, _, count in spend_rows),
        open_cases=open_cases or 0,
        goodwill_12m={cur: _money(total) for cur, total in goodwill_rows},
        contacts_by_channel={Channel(ch): count for ch, count, _ in channel_rows},
        last_contact_at=last_contact,
        erased_at=customer.erased_at,
    )


def _money(value: object) -> Decimal:
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))
