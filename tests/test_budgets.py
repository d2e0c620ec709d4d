"""Goodwill budgets: set per store and month by administrators (audited), prorated by day for any period."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from desk.budgets import budget_for, budgets, parse_month, set_budget
from desk.db import Database
from desk.errors import AccessDenied, InvalidInput, NotFound
from desk.models import AuditEntry, GoodwillBudget
from desk.scripts.admin import main
from tests.factories import Staff


def test_a_period_gets_each_months_budget_prorated_by_its_days(db: Database, staff: Staff) -> None:
    set_budget(db, staff.admin, "BCN1", "2026-11", "3000")  # 30 days: 100 a day
    set_budget(db, staff.admin, "BCN1", "2026-12", "3100")  # 31 days: 100 a day
    set_budget(db, staff.admin, "WEB", "2026-11", "600")  # 20 a day
    with db.read() as session:
        assert budget_for(session, staff.shop_id, date(2026, 11, 1), date(2026, 11, 30), "EUR") == Decimal("3000.00")
        assert budget_for(session, staff.shop_id, date(2026, 11, 16), date(2026, 12, 5), "EUR") == Decimal("2000.00")
        assert budget_for(session, None, date(2026, 11, 1), date(2026, 11, 10), "EUR") == Decimal("1200.00")
        assert budget_for(session, staff.web_id, date(2026, 12, 1), date(2026, 12, 31), "EUR") is None  # none set
        assert budget_for(session, staff.shop_id, date(2026, 11, 1), date(2026, 11, 30), "USD") is None


def test_setting_again_replaces_the_months_budget_and_both_are_audited(db: Database, staff: Staff) -> None:
    first = set_budget(db, staff.admin, "BCN1", "11/2026", "3000")
    again = set_budget(db, staff.admin, "BCN1", "2026-11", "2.500,50")
    assert first == again
    with db.read() as session:
        (row,) = session.scalars(select(GoodwillBudget)).all()
        assert (row.month, row.amount, row.currency) == (date(2026, 11, 1), Decimal("2500.50"), "EUR")
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "set_goodwill_budget")
                                  .order_by(AuditEntry.id)).all()  # fmt: skip
    assert [e.before for e in entries] == [None, {"amount": "3000.00"}]
    assert entries[1].after == {"store": "BCN1", "month": "2026-11-01", "currency": "EUR", "amount": "2500.50"}
    assert [(r.store_code, r.amount) for r in budgets(db)] == [("BCN1", Decimal("2500.50"))]


@pytest.mark.parametrize(("store", "month", "amount", "error"), [
    ("BCN1", "2026-13", "10", InvalidInput), ("BCN1", "noviembre", "10", InvalidInput),
    ("BCN1", "2199-01", "10", InvalidInput), ("BCN1", "1999-12", "10", InvalidInput),
    ("BCN1", "2026-11", "-5", InvalidInput), ("BCN1", "2026-11", "1e9", InvalidInput),
    ("BCN1", "2026-11", "", InvalidInput), ("BCN1", "2026-11", "12.345", InvalidInput),
    ("';DROP TABLE s--", "2026-11", "10", NotFound), ("BCN1\x00", "2026-11", "10", InvalidInput), ("B" * 50, "2026-11", "10", InvalidInput),
])  # fmt: skip
def test_bad_input_is_refused_and_changes_nothing(db: Database, staff: Staff, store: str, month: str, amount: str,
                                                  error: type[Exception]) -> None:  # fmt: skip
    with pytest.raises(error):
        set_budget(db, staff.admin, store, month, amount)
    with db.read() as session:
        assert session.scalars(select(GoodwillBudget)).all() == []


def test_only_an_administrator_sets_a_budget(db: Database, staff: Staff) -> None:
    with pytest.raises(AccessDenied):
        set_budget(db, staff.supervisor, "BCN1", "2026-11", "100")
    assert budgets(db) == []


def test_a_month_is_read_both_ways() -> None:
    assert parse_month("2026-03") == parse_month(" 3/2026 ") == date(2026, 3, 1)


def test_desk_admin_sets_and_lists_budgets(db: Database, staff: Staff, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database-url", db.url, "set-budget", "--store", "BCN1", "--month", "2026-11",
                 "--amount", "3000"]) == 0  # fmt: skip
    assert main(["--database-url", db.url, "set-budget", "--store", "NOPE", "--month", "2026-11",
                 "--amount", "3000"]) == 2  # fmt: skip
    assert main(["--database-url", db.url, "budgets"]) == 0
    out = capsys.readouterr()
    assert "2026-11  BCN1       Barcelona Diagonal" in out.out and "3000.00 EUR" in out.out
    assert "There is no store with the code 'NOPE'." in out.err
