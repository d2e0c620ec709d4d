"""desk-admin seed-scale: bulk customers and history that look like what the writers produce."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select, text

from desk.actors import Actor
from desk.db import Database
from desk.enums import SalesChannel
from desk.errors import InvalidInput
from desk.interactions import ContactForm, log_contact
from desk.models import (
    AuditEntry,
    Base,
    Case,
    ContactPoint,
    Customer,
    Interaction,
    NameWord,
    NameWordVariant,
    OrderLine,
    Product,
    SalesOrder,
    StaffUser,
    Store,
    TimelineEvent,
)
from desk.name_index import deletion_variants
from desk.orders import NewOrder, NewOrderLine, add_order
from desk.scale import TABLES, seed_scale
from desk.staff import actor_for
from desk.text import normalise_email, normalise_name, normalise_phone
from tests.factories import make_customer

CUSTOMERS = 300
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    # seed_scale adds the demo logins to an empty database; scrypt (0.1 s each) is not what these tests test.
    monkeypatch.setattr("desk.staff.hash_password", lambda password: "not-a-real-hash")


def counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) or 0 for t in TABLES}


def test_customers_have_folded_names_contacts_history_and_indexed_words(db: Database) -> None:
    summary = seed_scale(db, customers=CUSTOMERS, events_per_customer=10, seed=5, now=NOW)

    found = counts(db)
    assert found == {
        "customer": CUSTOMERS, "contact_point": 2 * CUSTOMERS, "sales_order": summary.orders,
        "order_line": summary.order_lines, "after_sales_case": summary.cases, "interaction": summary.interactions,
        "timeline_event": summary.timeline_events,
    }  # fmt: skip
    assert summary.orders > 0 and summary.interactions > 0 and summary.cases > 0
    assert summary.timeline_events == summary.orders + summary.interactions + summary.cases
    assert 8.5 <= summary.timeline_events / CUSTOMERS <= 11.5
    with db.read() as s:
        customers = s.execute(select(Customer.full_name, Customer.search_name, Customer.customer_number)).all()
        assert all(c.search_name == normalise_name(c.full_name) for c in customers)
        assert any(c.full_name != c.search_name for c in customers)  # accents and capitals were folded
        assert len({c.customer_number for c in customers}) == CUSTOMERS
        emails = s.execute(select(ContactPoint.value, ContactPoint.value_norm).where(ContactPoint.kind == "email"))
        phones = s.execute(select(ContactPoint.value, ContactPoint.value_norm).where(ContactPoint.kind == "phone"))
        assert all(normalise_email(e.value) == e.value_norm for e in emails)
        phone_rows = phones.all()
        assert len(phone_rows) == CUSTOMERS
        assert all(normalise_phone(p.value) == p.value_norm for p in phone_rows)
        assert len({p.value_norm for p in phone_rows}) == CUSTOMERS
        # Every name word is in the typo index, with its one-deletion variants.
        words = {w for c in customers for w in c.search_name.split()}
        assert words <= set(s.scalars(select(NameWord.word)))
        sample = sorted(words)[0]
        variants = set(s.scalars(select(NameWordVariant.variant).where(NameWordVariant.word == sample)))
        assert variants == deletion_variants(sample)
        # Every event points at its record, of the same customer; every order total matches its lines.
        for source, model in (("sales_order", SalesOrder), ("interaction", Interaction), ("after_sales_case", Case)):
            joined = s.scalar(
                select(func.count()).select_from(TimelineEvent).join(model, model.id == TimelineEvent.source_id)
                .where(TimelineEvent.source_table == source, model.customer_id == TimelineEvent.customer_id)
            )  # fmt: skip
            assert joined == s.scalar(select(func.count()).select_from(model))
        sums: dict[int, Decimal] = {}
        lines = s.execute(select(OrderLine.order_id, OrderLine.unit_price, OrderLine.quantity))
        for order_id, price, quantity in lines:
            sums[order_id] = sums.get(order_id, Decimal("0")) + price * quantity
        totals = dict(s.execute(select(SalesOrder.id, SalesOrder.total)).tuples().all())
        assert totals == sums
        assert s.scalar(select(func.count()).where(OrderLine.serial_number.is_not(None))) > 0
        assert s.scalar(select(func.max(TimelineEvent.occurred_at))) <= NOW
        assert s.scalar(select(func.count()).where(AuditEntry.action == "scale.seed")) == 1


def test_a_second_run_adds_more_and_the_desk_writes_normally_afterwards(db: Database) -> None:
    first = seed_scale(db, customers=120, events_per_customer=4, seed=1, now=NOW)
    second = seed_scale(db, customers=80, events_per_customer=4, seed=1, now=NOW)  # same seed: same names

    found = counts(db)
    assert found["customer"] == 200
    assert found["sales_order"] == first.orders + second.orders
    assert found["timeline_event"] == first.timeline_events + second.timeline_events
    with db.read() as s:
        assert s.scalar(select(func.count(func.distinct(SalesOrder.order_number)))) == found["sales_order"]
        assert s.scalar(select(func.count(func.distinct(Case.case_number)))) == found["after_sales_case"]
        store_id = s.scalar(select(func.min(Store.id)))
        product_id = s.scalar(select(func.min(Product.id)))
    # The writers' own inserts (ids from the sequences on PostgreSQL) do not collide with the loaded rows.
    agent = demo_agent(db)
    customer_id = make_customer(db, agent, "Núria Puig Ferrer", customer_number="NEW-1")
    with db.write() as s:
        order = add_order(s, NewOrder("PED-NEW-1", SalesChannel.STORE, store_id, NOW, customer_id,
                                      [NewOrderLine(product_id, 1, Decimal("10.00"))]))  # fmt: skip
        assert order.id > 0
    log_contact(db, agent, customer_id, ContactForm("phone", "Seguimiento", "Llama para confirmar.", "Informado"))
    with db.read() as s:
        assert s.scalar(select(func.count()).where(TimelineEvent.customer_id == customer_id)) == 2


def demo_agent(db: Database) -> Actor:
    with db.read() as s:
        return actor_for(s.scalar(select(StaffUser).where(StaffUser.username == "ana")), "tests")


def test_refuses_when_existing_numbers_are_in_the_way_and_adds_nothing(db: Database) -> None:
    seed_scale(db, customers=0, events_per_customer=2, seed=3, now=NOW)  # the reference data only
    make_customer(db, demo_agent(db), "Cliente importado", customer_number="C0000500")
    before = counts(db)
    with pytest.raises(InvalidInput, match="C0000500 is numbered like"):
        seed_scale(db, customers=10, events_per_customer=2, seed=3, now=NOW)
    assert counts(db) == before


@pytest.mark.postgres_only  # indexes are dropped and rebuilt on PostgreSQL only
def test_rebuilding_indexes_leaves_the_schema_exactly_as_it_was(db: Database) -> None:
    query = text(
        "SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = 'public' UNION ALL "
        "SELECT conname || ': ' || pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE connamespace = 'public'::regnamespace ORDER BY 1"
    )
    with db.read() as s:
        before = s.scalars(query).all()
    summary = seed_scale(db, customers=50, events_per_customer=3, seed=2, now=NOW, rebuild_indexes=True)
    assert summary.indexes_rebuilt
    with db.read() as s:
        assert s.scalars(query).all() == before
        assert s.scalar(text("SELECT count(*) FROM customer WHERE to_tsvector('simple', search_name) @@ "
                             "to_tsquery('simple', :q)"), {"q": sample_word(db) + ":*"}) > 0  # fmt: skip
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": lambda obj, name, *_: not (name or "").startswith("ix_customer_search")}
        )
        assert compare_metadata(context, Base.metadata) == []


def sample_word(db: Database) -> str:
    with db.read() as s:
        return s.scalar(select(Customer.search_name).limit(1)).split()[0]


def test_refuses_impossible_sizes(db: Database) -> None:
    with pytest.raises(InvalidInput, match="between 0 and"):
        seed_scale(db, customers=-1, events_per_customer=10, seed=1)
    with pytest.raises(InvalidInput, match="Events per customer"):
        seed_scale(db, customers=10, events_per_customer=5000, seed=1)
