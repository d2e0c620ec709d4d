"""Every migration can be undone and done again, on both databases, with data in the tables it changes."""

from __future__ import annotations

from sqlalchemy import func, select

from desk.db import Database, head_revision
from desk.models import Case
from tests.factories import Staff, make_customer


def test_downgrade_to_the_first_schema_and_back_keeps_the_cases(db: Database, staff: Staff) -> None:
    from datetime import timedelta

    from desk.cases import add_case
    from desk.enums import CaseKind, CaseState, Channel
    from desk.models import utcnow

    customer = make_customer(db, staff.admin, "Núria Martí")
    with db.write() as s:
        add_case(s, staff.agent, customer_id=customer, kind=CaseKind.RETURN, state=CaseState.OPEN,
                 channel=Channel.STORE, store_id=staff.shop_id, summary="Caja dañada",
                 opened_at=utcnow() - timedelta(hours=1))  # fmt: skip
    db.downgrade("0001")
    assert db.current_revision() == "0001"
    db.upgrade("head")
    assert db.current_revision() == head_revision()
    db.check_schema()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 1
