"""The customer 360 header: contact points, spend, open cases, goodwill over 12 months, contacts by channel."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from desk.customer360 import customer_header
from desk.db import Database
from desk.enums import (
    CaseKind,
    CaseState,
    Channel,
    ContactKind,
    DecisionKind,
    DecisionStatus,
    LoyaltyTier,
    SalesChannel,
)
from desk.errors import NotFound
from desk.interactions import ContactForm, log_contact
from desk.models import Case, Decision, Product
from desk.orders import NewOrder, NewOrderLine, add_order
from tests.factories import Staff, make_customer

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc)


def test_header_sums_what_the_customer_is_worth(db: Database, staff: Staff) -> None:
    customer = make_customer(
        db, staff.admin, "Begoña García López", emails=["Bego@Example.com"], phones=["612 34 56 78"],
        loyalty_tier=LoyaltyTier.GOLD, customer_since=date(2021, 5, 4),
    )  # fmt: skip
    with db.write() as s:
        product = Product(sku="TV-55", name="TV 55", category="TV", price=Decimal("499.00"), warranty_months=24)
        s.add(product)
        s.flush()
        for n, price in enumerate([Decimal("499.00"), Decimal("19.99")]):
            add_order(s, NewOrder(f"S-{n}", SalesChannel.STORE, staff.shop_id, NOW - timedelta(days=30),
                                  customer, [NewOrderLine(product.id, 1, price)]))  # fmt: skip
        s.add_all([
            Case(case_number="R-1", kind=CaseKind.RETURN, state=CaseState.OPEN, customer_id=customer, channel=Channel.STORE),
            Case(case_number="R-2", kind=CaseKind.RETURN, state=CaseState.REFUNDED, customer_id=customer, channel=Channel.STORE,
                 closed_at=NOW - timedelta(days=2)),
            Decision(customer_id=customer, kind=DecisionKind.GOODWILL_VOUCHER, status=DecisionStatus.GRANTED,
                     amount=Decimal("20.00"), reason_code="delay", created_at=NOW - timedelta(days=364)),
            Decision(customer_id=customer, kind=DecisionKind.FEE_WAIVER, status=DecisionStatus.GRANTED,
                     amount=Decimal("5.50"), reason_code="delay", created_at=NOW - timedelta(days=10)),
            # Older than 12 months, pending, or a plain refund: not goodwill granted in the last 12 months.
            Decision(customer_id=customer, kind=DecisionKind.GOODWILL_VOUCHER, status=DecisionStatus.GRANTED,
                     amount=Decimal("99.00"), reason_code="old", created_at=NOW - timedelta(days=366)),
            Decision(customer_id=customer, kind=DecisionKind.GOODWILL_REFUND, status=DecisionStatus.PENDING_APPROVAL,
                     amount=Decimal("80.00"), reason_code="x", created_at=NOW - timedelta(days=1)),
            Decision(customer_id=customer, kind=DecisionKind.REFUND, status=DecisionStatus.GRANTED,
                     amount=Decimal("499.00"), reason_code="return", created_at=NOW - timedelta(days=1)),
        ])  # fmt: skip
    for channel in [Channel.PHONE, Channel.PHONE, Channel.EMAIL]:
        log_contact(db, staff.agent, customer, ContactForm(channel, "Question", "text", "Resolved"))

    header = customer_header(db, customer, now=NOW)
    assert header.full_name == "Begoña García López"
    assert header.loyalty_tier == LoyaltyTier.GOLD and header.customer_since == date(2021, 5, 4)
    assert [(p.kind, p.value, p.is_primary) for p in header.contact_points] == [
        (ContactKind.EMAIL, "Bego@Example.com", True),
        (ContactKind.PHONE, "612 34 56 78", True),
    ]
    assert header.lifetime_spend == {"EUR": Decimal("518.99")} and header.order_count == 2
    assert header.open_cases == 1
    assert header.goodwill_12m == {"EUR": Decimal("25.50")}
    assert header.contacts_by_channel == {Channel.PHONE: 2, Channel.EMAIL: 1}
    assert header.last_contact_at is not None and header.last_contact_at.tzinfo is not None


def test_new_customer_has_an_empty_but_complete_header(db: Database, staff: Staff) -> None:
    header = customer_header(db, make_customer(db, staff.admin, "Pau Serra"))
    assert (header.lifetime_spend, header.order_count, header.open_cases) == ({}, 0, 0)
    assert (header.goodwill_12m, header.contacts_by_channel, header.last_contact_at) == ({}, {}, None)


def test_unknown_customer_is_a_readable_error(db: Database) -> None:
    with pytest.raises(NotFound, match="does not exist"):
        customer_header(db, 123456)
