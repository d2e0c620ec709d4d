"""The database layer: unreachable servers, conflicting edits, UTC times and exact money."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, select, text

from desk.actors import system_actor
from desk.db import Database
from desk.errors import Conflict, DatabaseUnavailable
from desk.interactions import ContactForm, log_contact
from desk.models import Customer, Product
from tests.factories import Staff, make_customer
from tests.pg_server import free_loopback_port


def test_an_unreachable_server_is_a_readable_error_not_a_crash() -> None:
    nowhere = Database(f"postgresql+psycopg://desk@127.0.0.1:{free_loopback_port()}/desk?connect_timeout=2")
    with pytest.raises(DatabaseUnavailable, match="cannot be reached.*your text is kept"):
        log_contact(nowhere, system_actor("tests"), 1, ContactForm("phone", "Call", "text", "Resolved"))
    with pytest.raises(DatabaseUnavailable):
        nowhere.check_schema()
    nowhere.dispose()


def test_a_stale_edit_is_a_conflict_with_a_readable_message(db: Database, staff: Staff) -> None:
    customer_id = make_customer(db, staff.admin, "Begoña García")
    with db.read() as s:
        stale = s.get(Customer, customer_id)
    with db.write() as s:
        fresh = s.get(Customer, customer_id)
        assert fresh is not None
        fresh.loyalty_tier = "gold"  # type: ignore[assignment]
    with pytest.raises(Conflict, match="Someone else changed this record"):
        with db.write() as s:
            assert stale is not None
            s.add(stale)
            stale.full_name = "Begoña García (old screen)"
    with db.read() as s:
        assert s.get(Customer, customer_id).full_name == "Begoña García"  # type: ignore[union-attr]


def test_times_come_back_utc_aware_and_money_as_exact_decimal(db: Database, staff: Staff) -> None:
    madrid_evening = datetime.fromisoformat("2026-03-29T23:30:00+02:00")
    with db.write() as s:
        s.add(Product(sku="P1", name="Cable", category="Accessories", price=Decimal("0.10")))
        c = s.get(Customer, make_customer(db, staff.admin, "Jordi Puig", customer_since=date(2020, 1, 1)))
        assert c is not None
        c.created_at = madrid_evening
    with db.read() as s:
        price = s.scalar(select(Product.price))
        created = s.scalar(select(Customer.created_at))
    assert price == Decimal("0.10") and isinstance(price, Decimal)
    assert created == datetime(2026, 3, 29, 21, 30, tzinfo=timezone.utc) and created.tzinfo is not None


def test_floats_and_naive_times_are_refused_before_they_reach_the_database(db: Database) -> None:
    with pytest.raises(Exception, match="Decimal, not a float"):
        with db.write() as s:
            s.add(Product(sku="P2", name="Cable", category="Accessories", price=0.1))  # type: ignore[arg-type]
    with pytest.raises(Exception, match="naive datetime"):
        with db.write() as s:
            s.add(Product(sku="P3", name="Cable", category="A", price=Decimal("1")))
            s.flush()
            s.get(Product, 1)
            s.execute(select(Customer).where(Customer.created_at < datetime(2020, 1, 1)))


@pytest.mark.postgres_only
def test_a_pooled_connection_that_died_while_idle_is_replaced_unseen(db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import desk.db

    with db.read() as session:
        old_pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
    killer = create_engine(db.engine.url, isolation_level="AUTOCOMMIT")
    with killer.connect() as conn:  # the server drops it (a restart would too) while it sits in the pool
        conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": old_pid})
    killer.dispose()
    monkeypatch.setattr(desk.db, "PING_AFTER_IDLE_S", 0.0)  # it has been idle "long enough"
    with db.read() as session:  # no error: the ping found it dead and the pool lent a new one
        assert session.execute(text("SELECT pg_backend_pid()")).scalar() != old_pid
