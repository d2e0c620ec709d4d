"""Timeline: newest first, keyset pages without duplicates or gaps, filters by kind and channel."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from desk.db import Database
from desk.enums import Channel, EventKind
from desk.errors import InvalidInput
from desk.interactions import ContactForm, log_contact
from desk.timeline import record_event, timeline_page
from tests.factories import Staff, make_customer

T0 = datetime(2025, 3, 30, 0, 30, tzinfo=timezone.utc)  # around a daylight-saving change in Spain


def add_events(db: Database, customer_id: int, count: int, *, start: datetime = T0, same_time: bool = False) -> None:
    kinds = [EventKind.ORDER, EventKind.INTERACTION, EventKind.CASE, EventKind.DECISION, EventKind.SURVEY]
    channels = [Channel.STORE, Channel.WEB, Channel.PHONE, Channel.EMAIL]
    with db.write() as s:
        for i in range(count):
            record_event(
                s, customer_id=customer_id, kind=kinds[i % len(kinds)], channel=channels[i % len(channels)],
                occurred_at=start if same_time else start + timedelta(minutes=i), title=f"event {i}",
                source_table="test", source_id=i,
            )  # fmt: skip


def walk(db: Database, customer_id: int, **filters) -> list[int]:  # type: ignore[no-untyped-def]
    seen: list[int] = []
    page = timeline_page(db, customer_id, **filters)
    seen += [r.id for r in page.rows]
    while page.next_cursor is not None:
        page = timeline_page(db, customer_id, after=page.next_cursor, **filters)
        seen += [r.id for r in page.rows]
    return seen


def test_pages_of_fifty_newest_first_without_duplicates_or_gaps(db: Database, staff: Staff) -> None:
    customer = make_customer(db, staff.admin, "Begoña García")
    add_events(db, customer, 120)
    first = timeline_page(db, customer)
    assert len(first.rows) == 50
    assert first.rows[0].title == "event 119"
    times = [r.occurred_at for r in first.rows]
    assert times == sorted(times, reverse=True)
    assert all(t.tzinfo is not None for t in times)
    ids = walk(db, customer)
    assert len(ids) == len(set(ids)) == 120


def test_events_at_the_same_instant_are_split_by_id_without_loss(db: Database, staff: Staff) -> None:
    customer = make_customer(db, staff.admin, "Jordi Puig")
    add_events(db, customer, 75, same_time=True)
    ids = walk(db, customer, limit=20)
    assert len(ids) == len(set(ids)) == 75
    assert ids == sorted(ids, reverse=True)


def test_new_events_arriving_while_paging_cause_no_duplicate_or_gap(db: Database, staff: Staff) -> None:
    customer = make_customer(db, staff.admin, "Núria Martí")
    add_events(db, customer, 100)
    first = timeline_page(db, customer)
    original = [r.id for r in first.rows]
    # An agent logs contacts while another screen is paging: they are newer than the cursor.
    for n in range(3):
        log_contact(db, staff.agent, customer, ContactForm(Channel.PHONE, "Call", f"Called again {n}", "Resolved"))
    page = first
    while page.next_cursor is not None:
        page = timeline_page(db, customer, after=page.next_cursor)
        original += [r.id for r in page.rows]
    assert len(original) == len(set(original)) == 100
    # A fresh read from the top shows the new contacts first.
    assert [r.title for r in timeline_page(db, customer, limit=3).rows] == ["Phone from customer: Call"] * 3


def test_filters_by_kind_and_channel(db: Database, staff: Staff) -> None:
    customer = make_customer(db, staff.admin, "Martí Vidal")
    add_events(db, customer, 40)
    orders = walk(db, customer, kinds=frozenset({EventKind.ORDER}))
    assert len(orders) == 8
    rows = timeline_page(db, customer, kinds=frozenset({EventKind.ORDER, EventKind.SURVEY})).rows
    assert {r.kind for r in rows} == {EventKind.ORDER, EventKind.SURVEY}
    phone = timeline_page(db, customer, channels=frozenset({Channel.PHONE})).rows
    assert len(phone) == 10 and {r.channel for r in phone} == {Channel.PHONE}
    both = timeline_page(db, customer, kinds=frozenset({EventKind.ORDER}), channels=frozenset({Channel.STORE})).rows
    assert {(r.kind, r.channel) for r in both} == {(EventKind.ORDER, Channel.STORE)}


def test_other_customers_events_never_appear(db: Database, staff: Staff) -> None:
    one = make_customer(db, staff.admin, "Ana López")
    other = make_customer(db, staff.admin, "Pau Serra")
    add_events(db, one, 5)
    add_events(db, other, 7)
    assert len(walk(db, one)) == 5
    assert timeline_page(db, 999_999).rows == []


@pytest.mark.parametrize("limit", [0, -1, 501])
def test_absurd_page_sizes_are_refused(db: Database, limit: int) -> None:
    with pytest.raises(InvalidInput):
        timeline_page(db, 1, limit=limit)
