"""The demo data (desk-admin seed-demo) and the plain case, decision and survey writers it uses."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.cases import NewCaseLine, add_case, add_decision, add_survey
from desk.db import Database
from desk.rules import states
from desk.demo import CASE_STATES, DECIDING_ROLES, DEMO_LOGINS, has_customers, seed_demo
from desk.enums import (
    GOODWILL_KINDS,
    CaseKind,
    CaseState,
    Channel,
    DecisionKind,
    DecisionStatus,
    EventKind,
    SalesChannel,
)
from desk.errors import InvalidInput
from desk.models import (
    AuditEntry,
    Case,
    Customer,
    Decision,
    EmpowermentPolicy,
    Interaction,
    OrderLine,
    Product,
    Role,
    SalesOrder,
    StaffUser,
    Store,
    Survey,
    TimelineEvent,
    utcnow,
)
from desk.auth import sign_in
from tests.factories import Staff, make_customer

CUSTOMERS = 40
# Every record a writer feeds the timeline with, by the source_table its event names.
TIMELINE_SOURCES = {
    "sales_order": SalesOrder,
    "interaction": Interaction,
    "after_sales_case": Case,
    "decision": Decision,
    "survey": Survey,
}


def test_demo_has_every_channel_kind_and_state_a_consistent_history_and_working_logins(db: Database) -> None:
    assert not has_customers(db)
    lines: list[str] = []
    summary = seed_demo(db, customers=CUSTOMERS, seed=7, progress=lines.append)
    assert has_customers(db)
    assert lines[-1].startswith(f"Customers {CUSTOMERS}/{CUSTOMERS}")
    assert any(line.split()[:2] == ["customers", str(CUSTOMERS)] for line in str(summary).splitlines())
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == CUSTOMERS == summary.customers
        _assert_orders(s)
        _assert_interactions_cases_decisions_surveys(s)
        _assert_one_timeline_event_and_audit_entry_each(s)
        _assert_limits_and_decisions_agree(s)
    _assert_demo_logins_sign_in(db)
    _assert_the_readme_walk_through_works(db)


def _assert_the_readme_walk_through_works(db: Database) -> None:
    """Begoña is found by the README's phone; she has something to return today and a machine out of warranty."""
    from desk import purchases
    from desk.demo import README_PHONE
    from desk.enums import Entitlement, ItemCondition
    from desk.rules.returns import ReturnAsk, assess_return
    from desk.rules.settings import default_rules
    from desk.rules.warranty import WarrantyAsk, warranty_verdict
    from desk.search import search_customers

    (hit,) = search_customers(db, README_PHONE)
    assert hit.full_name == "Begoña García López"
    rules, now = default_rules(), utcnow()
    lines = purchases.customer_lines(db, hit.customer_id)
    assert any(assess_return(line, ReturnAsk(1, ItemCondition.OPENED, line.serial_number), rules.returns,
                             now).returnable for line in lines)  # fmt: skip
    assert any(line.serialised and warranty_verdict(line, WarrantyAsk(line.serial_number), rules.warranty,
                                                    now).entitlement == Entitlement.OUT_OF_WARRANTY
               for line in lines)  # fmt: skip


def _assert_orders(s: Session) -> None:
    orders = s.scalars(select(SalesOrder)).all()
    assert {o.channel for o in orders} == set(SalesChannel)
    for order in orders:
        if order.channel == SalesChannel.STORE:
            assert order.receipt_number, order.order_number
        else:
            assert order.receipt_number is None
            # Delivered a few days later, or still on its way (a recent order).
            assert order.delivered_at is None or timedelta(0) < order.delivered_at - order.ordered_at < timedelta(
                days=6
            ), order.order_number
    rows = s.execute(select(Product.serialised, OrderLine.serial_number).join(OrderLine.product)).all()
    assert rows and all((serial is not None) == serialised for serialised, serial in rows)
    assert any(serial for _, serial in rows) and any(serial is None for _, serial in rows)


def _assert_interactions_cases_decisions_surveys(s: Session) -> None:
    assert set(s.scalars(select(Interaction.channel).distinct())) == set(Channel)
    pairs = set(s.execute(select(Case.kind, Case.state).distinct()).tuples())
    assert pairs == {(kind, state) for kind, kind_states in CASE_STATES.items() for state in kind_states}
    for case in s.scalars(select(Case)):
        assert case.case_number.startswith({"return": "R-", "warranty": "W-", "goodwill": "G-"}[case.kind])
        assert (case.closed_at is None) == (not states.is_final(case.kind, case.state)), case.case_number
        assert case.closed_at is None or case.opened_at <= case.closed_at
    decisions = s.scalars(select(Decision)).all()
    assert {d.status for d in decisions} >= {DecisionStatus.GRANTED, DecisionStatus.REJECTED}
    year_ago = utcnow() - timedelta(days=365)
    assert any(
        d.kind in GOODWILL_KINDS and d.status == DecisionStatus.GRANTED and d.created_at >= year_ago for d in decisions
    )
    surveys = s.scalars(select(Survey)).all()
    assert surveys
    assert all(1 <= v.csat <= 5 and 1 <= v.ces <= 7 for v in surveys if v.csat and v.ces)
    assert all(0 <= v.nps <= 10 for v in surveys if v.nps is not None)


def _assert_one_timeline_event_and_audit_entry_each(s: Session) -> None:
    for table, model in TIMELINE_SOURCES.items():
        ids = sorted(s.scalars(select(model.id)))
        events = sorted(s.scalars(select(TimelineEvent.source_id).where(TimelineEvent.source_table == table)))
        assert ids and events == ids, table  # exactly one event per row, none for rows that do not exist
    now = utcnow()
    assert s.scalar(select(func.max(TimelineEvent.occurred_at))) <= now  # type: ignore[operator]
    assert s.scalar(select(func.count()).where(TimelineEvent.occurred_at > now)) == 0
    assert s.scalar(select(func.count()).where(SalesOrder.delivered_at > now)) == 0
    for action, model in [("customer.create", Customer), ("interaction.create", Interaction),
                          ("case.create", Case), ("decision.create", Decision)]:  # fmt: skip
        audited = s.scalar(select(func.count()).where(AuditEntry.action == action))
        assert audited == s.scalar(select(func.count()).select_from(model)), action


def _assert_limits_and_decisions_agree(s: Session) -> None:
    """Each deciding role has a limit for every decision kind, growing with the role; a decision granted by its
    own requester is within that person's limit, and a refusal comes from someone else."""
    limits = {
        (role, kind): amount
        for role, kind, amount in s.execute(
            select(Role.code, EmpowermentPolicy.decision_kind, EmpowermentPolicy.max_per_decision).join(
                Role, Role.id == EmpowermentPolicy.role_id
            )
        )
    }
    for kind in DecisionKind:
        agent, manager, supervisor = (limits[(role, kind)] for role in DECIDING_ROLES)
        assert agent < manager < supervisor, kind
    role_of = dict(s.execute(select(StaffUser.id, Role.code).join(Role, Role.id == StaffUser.role_id)).tuples().all())
    waiting = s.scalars(select(Decision).where(Decision.status == DecisionStatus.PENDING_APPROVAL)).all()
    assert len(waiting) == 3 and all(d.decided_by is None for d in waiting)  # the supervisors' first queue
    for d in s.scalars(select(Decision).where(Decision.status != DecisionStatus.PENDING_APPROVAL)):
        assert d.requested_by is not None and d.decided_by is not None and d.decided_at is not None
        assert d.created_at <= d.decided_at
        if d.status == DecisionStatus.REJECTED:
            assert d.decided_by != d.requested_by
        if d.decided_by == d.requested_by:
            assert d.amount <= limits[(role_of[d.requested_by], d.kind)]


def _assert_demo_logins_sign_in(db: Database) -> None:
    for login in DEMO_LOGINS:  # on PostgreSQL as the logins seed-demo created
        signed = sign_in(db, login.username, login.password, "tests")
        actor = signed.actor
        if signed.db is not db:
            signed.db.dispose()
        assert actor.role == login.role
        with db.read() as s:
            store = s.scalar(select(Store.code).where(Store.id == actor.store_id)) if actor.store_id else None
        assert store == login.store
    with pytest.raises(InvalidInput):
        sign_in(db, "ana", "wrong password", "tests")


def test_the_same_seed_gives_the_same_data_on_either_database(db: Database, tmp_path: Path) -> None:
    now = utcnow()
    seed_demo(db, customers=12, seed=3, now=now)
    again = Database(f"sqlite:///{tmp_path / 'again.sqlite3'}")
    other = Database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        for copy, seed in ((again, 3), (other, 4)):
            copy.upgrade()
            seed_demo(copy, customers=12, seed=seed, now=now)
        assert _fingerprint(db) == _fingerprint(again)
        assert _fingerprint(db)[0] != _fingerprint(other)[0]  # other names
    finally:
        again.dispose()
        other.dispose()


def _fingerprint(db: Database) -> tuple[list[object], ...]:
    with db.read() as s:
        return (
            list(s.execute(select(Customer.customer_number, Customer.full_name).order_by(Customer.id)).tuples()),
            list(s.execute(select(SalesOrder.order_number, SalesOrder.total).order_by(SalesOrder.id)).tuples()),
            list(s.execute(select(Case.case_number, Case.state, Case.opened_at).order_by(Case.id)).tuples()),
            list(s.execute(select(Decision.kind, Decision.amount).order_by(Decision.id)).tuples()),
            list(s.execute(select(Interaction.reason, Interaction.occurred_at).order_by(Interaction.id)).tuples()),
        )


def test_seed_demo_refuses_a_database_that_has_customers(db: Database, staff: Staff) -> None:
    make_customer(db, staff.admin, "Begoña García López")
    with pytest.raises(InvalidInput, match="already has customers"):
        seed_demo(db, customers=5, seed=7)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 1
        assert s.scalar(select(func.count()).select_from(Product)) == 0


# --- the plain writers of desk/cases.py --------------------------------------------------------------


def _case(s: Session, staff: Staff, customer: int, kind: CaseKind, opened: datetime, **extra: object) -> Case:
    fields: dict[str, object] = {
        "customer_id": customer, "kind": kind, "channel": Channel.STORE,
        "state": CaseState.RECEIVED if kind == CaseKind.WARRANTY else CaseState.OPEN,
        "store_id": staff.shop_id, "summary": "No enciende", "opened_at": opened,
    }  # fmt: skip
    return add_case(s, staff.agent, **(fields | extra))  # type: ignore[arg-type]


def test_case_numbers_count_per_kind_and_year_and_each_case_is_on_the_timeline(db: Database, staff: Staff) -> None:
    customer = make_customer(db, staff.admin, "Jordi Puig i Ferrer")
    now = utcnow()
    last_year = now.replace(month=6, day=1) - timedelta(days=365)
    with db.write() as s:
        numbers = [
            _case(s, staff, customer, CaseKind.RETURN, now - timedelta(minutes=3),
                  lines=[NewCaseLine("Sony WH-1000XM5", serial_number="so 123", amount=Decimal("379.00"))]),
            _case(s, staff, customer, CaseKind.RETURN, now - timedelta(minutes=2)),
            _case(s, staff, customer, CaseKind.WARRANTY, now - timedelta(minutes=1)),
            _case(s, staff, customer, CaseKind.RETURN, last_year),
        ]  # fmt: skip
        numbers_text = [c.case_number for c in numbers]
        line = numbers[0].lines[0]
        assert line.serial_number == "SO123" and line.amount == Decimal("379.00")
    year, before = now.year, last_year.year
    assert numbers_text == [f"R-{year}-000001", f"R-{year}-000002", f"W-{year}-000001", f"R-{before}-000001"]
    with db.read() as s:
        events = s.execute(
            select(TimelineEvent.kind, TimelineEvent.occurred_at).where(
                TimelineEvent.source_table == "after_sales_case"
            )
        ).all()
        assert len(events) == 4 and {kind for kind, _ in events} == {EventKind.CASE}
        assert s.scalar(select(func.count()).where(AuditEntry.action == "case.create")) == 4


def test_case_decision_and_survey_writers_refuse_inconsistent_times_and_scores(db: Database, staff: Staff) -> None:
    customer = make_customer(db, staff.admin, "Núria Martí Soler")
    now = utcnow()
    with db.write() as s:
        with pytest.raises(InvalidInput, match="future"):
            _case(s, staff, customer, CaseKind.RETURN, now + timedelta(days=1))
        with pytest.raises(InvalidInput, match="closed before"):
            _case(s, staff, customer, CaseKind.RETURN, now - timedelta(days=1), state=CaseState.REFUNDED,
                  closed_at=now - timedelta(days=2))
        with pytest.raises(InvalidInput, match="A finished case has a closing time"):
            _case(s, staff, customer, CaseKind.RETURN, now - timedelta(days=1), state=CaseState.REFUNDED)
        with pytest.raises(InvalidInput, match="an open one has none"):
            _case(s, staff, customer, CaseKind.RETURN, now - timedelta(days=1), closed_at=now)
        with pytest.raises(InvalidInput, match="A return cannot be diagnosing"):
            _case(s, staff, customer, CaseKind.RETURN, now - timedelta(days=1), state=CaseState.DIAGNOSING)
        case = _case(s, staff, customer, CaseKind.GOODWILL, now - timedelta(days=1))
        goodwill = {"case": case, "kind": DecisionKind.GOODWILL_VOUCHER, "amount": Decimal("20.00"),
                    "currency": "EUR", "reason_code": "late_delivery", "reason_text": "Retraso"}  # fmt: skip
        with pytest.raises(InvalidInput, match="precede"):
            add_decision(s, staff.agent, **goodwill, status=DecisionStatus.GRANTED,  # type: ignore[arg-type]
                         created_at=now - timedelta(days=2), decided_at=now)  # fmt: skip
        with pytest.raises(InvalidInput, match="decided before"):
            add_decision(s, staff.agent, **goodwill, status=DecisionStatus.GRANTED,  # type: ignore[arg-type]
                         created_at=now - timedelta(hours=1), decided_at=now - timedelta(hours=2))  # fmt: skip
        decision = add_decision(s, staff.agent, **goodwill, status=DecisionStatus.GRANTED,  # type: ignore[arg-type]
                                created_at=now - timedelta(hours=1), decided_by=staff.agent.user_id,
                                decided_at=now - timedelta(hours=1))  # fmt: skip
        assert decision.customer_id == customer and decision.requested_by == staff.agent.user_id
        with pytest.raises(InvalidInput, match="CSAT"):
            add_survey(s, customer_id=customer, case_id=case.id, channel=Channel.EMAIL, csat=6, ces=5, nps=9,
                       comment="", answered_at=now)  # fmt: skip
        survey = add_survey(s, customer_id=customer, case_id=case.id, channel=Channel.EMAIL, csat=5, ces=7,
                            nps=10, comment="Muy amables", answered_at=now)  # fmt: skip
        title = s.scalar(select(TimelineEvent.title).where(TimelineEvent.source_table == "survey",
                                                           TimelineEvent.source_id == survey.id))  # fmt: skip
    assert title is not None and case.case_number in title and "CSAT 5/5" in title
