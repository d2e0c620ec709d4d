"""Goodwill and approvals on both databases: limits, routing, four eyes, exactly-once decisions, escalation,
delegation, and budgets that hold when real connections race (PostgreSQL)."""

from __future__ import annotations

import threading
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desk import approvals
from desk.actors import Actor
from desk.customer360 import customer_header
from desk.db import Database
from desk.enums import ApprovalState, CaseState, Channel, DecisionKind, DecisionStatus, RoleCode
from desk.errors import Conflict, InvalidInput
from desk.goodwill import GoodwillRequest, grant_goodwill, preview_goodwill
from desk.models import ApprovalRequest, AuditEntry, Case, Decision, TimelineEvent, utcnow
from desk.staff import actor_for, add_user
from tests.factories import Staff, make_customer

VOUCHER = DecisionKind.GOODWILL_VOUCHER


def gesture(customer: int, amount: str, kind: DecisionKind = VOUCHER, reason: str = "late_delivery") -> GoodwillRequest:
    return GoodwillRequest(customer, kind, amount, reason, "Llegó con cinco días de retraso", Channel.PHONE)


def another(db: Database, staff: Staff, username: str, role: RoleCode, store: str | None) -> Actor:
    from desk.actors import system_actor
    from desk.models import StaffUser

    with db.write() as s:
        user = add_user(s, system_actor("tests"), username=username, full_name=username.title(), role=role,
                        store_code=store, password=None)  # fmt: skip
        user = s.get(StaffUser, user.id)
        return actor_for(user, "tests")


@pytest.fixture
def customer(db: Database, staff: Staff) -> int:
    return make_customer(db, staff.admin, "Begoña García López")


def case_of(db: Database, case_id: int) -> Case:
    with db.read() as s:
        return s.get(Case, case_id)


def test_within_the_limit_it_is_granted_at_once(db: Database, staff: Staff, customer: int) -> None:
    preview = preview_goodwill(db, staff.agent, customer, VOUCHER, "50")
    assert preview.text == "You can grant up to 50.00 EUR; 50.00 EUR is within your limits."
    result = grant_goodwill(db, staff.agent, gesture(customer, "50,00"))
    assert result.status == DecisionStatus.GRANTED
    case = case_of(db, result.case_id)
    assert case.state == CaseState.GRANTED and case.closed_at is not None
    assert customer_header(db, customer).goodwill_12m == {"EUR": Decimal("50.00")}
    with db.read() as s:
        decision = s.scalar(select(Decision).where(Decision.case_id == result.case_id))
        assert decision.decided_by == staff.agent.user_id and decision.reason_code == "late_delivery"


def test_above_the_limit_it_waits_for_the_stores_manager_who_decides_it_once(db: Database, staff: Staff,
                                                                             customer: int) -> None:
    preview = preview_goodwill(db, staff.agent, customer, VOUCHER, "80")
    assert preview.text.endswith("You can grant up to 50.00 EUR; 80.00 EUR will go to a store manager for approval.")
    result = grant_goodwill(db, staff.agent, gesture(customer, "80"))
    assert result.status == DecisionStatus.PENDING_APPROVAL and case_of(db, result.case_id).state == CaseState.OPEN
    assert approvals.queue(db, staff.agent) == []  # never one's own, never above one's level
    (row,) = approvals.queue(db, staff.manager)
    assert (row.amount, row.required_role, row.requester, row.customer_name) == (
        Decimal("80.00"), RoleCode.STORE_MANAGER, "Ana", "Begoña García López")
    assert [r.id for r in approvals.queue(db, staff.supervisor)] == [row.id]  # higher roles may decide it too
    with pytest.raises(InvalidInput, match="Nobody can approve their own request"):
        approvals.decide(db, staff.agent, row.id, True)
    assert approvals.decide(db, staff.manager, row.id, True) == ApprovalState.APPROVED
    with pytest.raises(Conflict, match="already approved by Marc"):
        approvals.decide(db, staff.supervisor, row.id, False, "No")
    case = case_of(db, result.case_id)
    assert case.state == CaseState.GRANTED
    with db.read() as s:
        decision = s.scalar(select(Decision).where(Decision.case_id == result.case_id))
        assert decision.status == DecisionStatus.GRANTED and decision.decided_by == staff.manager.user_id
        titles = s.scalars(select(TimelineEvent.title).where(TimelineEvent.case_id == result.case_id)).all()
        assert any("approved by Marc" in t for t in titles)
        assert s.scalar(select(func.count()).where(AuditEntry.action == "approval.approved")) == 1
    (answer,) = approvals.requests_of(db, staff.agent.user_id, since=utcnow() - timedelta(minutes=1))
    assert answer.state == ApprovalState.APPROVED and answer.decided_by == "Marc"


def test_rejecting_needs_a_reason_and_withdrawing_is_the_requesters(db: Database, staff: Staff, customer: int) -> None:
    first = grant_goodwill(db, staff.agent, gesture(customer, "90"))
    (row,) = approvals.queue(db, staff.manager)
    with pytest.raises(InvalidInput, match="Reason is empty"):
        approvals.decide(db, staff.manager, row.id, False, " ")
    approvals.decide(db, staff.manager, row.id, False, "Ya tuvo un vale este mes")
    case = case_of(db, first.case_id)
    assert case.state == CaseState.REJECTED and case.end_reason == "Ya tuvo un vale este mes"

    second = grant_goodwill(db, staff.agent, gesture(customer, "90"))
    (row,) = approvals.queue(db, staff.manager)
    with pytest.raises(InvalidInput, match="Only the person who asked"):
        approvals.withdraw(db, staff.manager, row.id)
    approvals.withdraw(db, staff.agent, row.id, "La clienta prefiere un cambio")
    assert case_of(db, second.case_id).state == CaseState.CANCELLED
    with pytest.raises(Conflict, match="already withdrawn"):
        approvals.decide(db, staff.manager, row.id, True)


def test_nobody_may_grant_beyond_the_highest_limit_and_nothing_is_written(db: Database, staff: Staff,
                                                                          customer: int) -> None:
    with pytest.raises(InvalidInput, match="Nobody may grant this: the highest limit is 500.00 EUR per decision"):
        grant_goodwill(db, staff.agent, gesture(customer, "500.01"))
    with pytest.raises(InvalidInput, match="Choose the reason from the list"):
        grant_goodwill(db, staff.agent, gesture(customer, "10", reason="'; DROP TABLE decision; --"))
    for bad in ("0", "-3", "abc", "1e12"):
        with pytest.raises(InvalidInput):
            grant_goodwill(db, staff.agent, gesture(customer, bad))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 0


def test_a_managers_request_goes_to_a_supervisor_never_to_themselves(db: Database, staff: Staff, customer: int) -> None:
    grant_goodwill(db, staff.manager, gesture(customer, "300"))
    assert approvals.queue(db, staff.manager) == []
    (row,) = approvals.queue(db, staff.supervisor)
    assert row.required_role == RoleCode.SUPERVISOR
    approvals.decide(db, staff.supervisor, row.id, True)


def test_a_manager_of_another_store_cannot_decide_and_a_store_without_one_goes_up(db: Database, staff: Staff,
                                                                                  customer: int) -> None:
    olga = another(db, staff, "olga", RoleCode.STORE_MANAGER, "WEB")
    grant_goodwill(db, staff.agent, gesture(customer, "80"))  # Ana, Barcelona: for Marc
    assert approvals.queue(db, olga) == []
    (row,) = approvals.queue(db, staff.manager)
    with pytest.raises(InvalidInput, match="needs a store manager of the requester's store"):
        approvals.decide(db, olga, row.id, True)
    pau = another(db, staff, "pau", RoleCode.AGENT, "CC")  # the call centre has no store manager
    grant_goodwill(db, pau, gesture(customer, "80"))
    rows = {r.requester: r for r in approvals.queue(db, staff.supervisor)}
    assert rows["Pau"].required_role == RoleCode.SUPERVISOR


def test_reminded_then_moved_up_then_expired(db: Database, staff: Staff, customer: int) -> None:
    result = grant_goodwill(db, staff.agent, gesture(customer, "80"))
    start = utcnow()
    assert approvals.escalate_due(db, start + timedelta(minutes=5)) == 0
    assert approvals.escalate_due(db, start + timedelta(minutes=31)) == 1
    (row,) = approvals.queue(db, staff.manager, start + timedelta(minutes=31))
    assert row.reminded and row.required_role == RoleCode.STORE_MANAGER
    assert approvals.escalate_due(db, start + timedelta(minutes=125)) == 1
    assert approvals.queue(db, staff.manager, start + timedelta(minutes=125)) == []
    (row,) = approvals.queue(db, staff.supervisor, start + timedelta(minutes=125))
    assert row.required_role == RoleCode.SUPERVISOR and row.escalations == 1 and not row.reminded
    assert approvals.escalate_due(db, start + timedelta(hours=73)) == 1
    with db.read() as s:
        request = s.get(ApprovalRequest, row.id)
        assert request.state == ApprovalState.EXPIRED
        assert s.get(Decision, request.decision_id).status == DecisionStatus.WITHDRAWN
    assert case_of(db, result.case_id).state == CaseState.CANCELLED
    assert approvals.escalate_due(db, start + timedelta(hours=80)) == 0  # ended exactly once


def test_a_supervisor_away_delegates_to_a_colleague(db: Database, staff: Staff, customer: int) -> None:
    pau = another(db, staff, "pau", RoleCode.AGENT, "CC")
    today = utcnow().date()
    with pytest.raises(InvalidInput, match="Only those who approve"):
        approvals.delegate(db, staff.agent, "pau", today, today)
    with pytest.raises(InvalidInput, match="end before it starts"):
        approvals.delegate(db, staff.supervisor, "pau", today, today - timedelta(days=1))
    delegation = approvals.delegate(db, staff.supervisor, "pau", today, today + timedelta(days=3))
    grant_goodwill(db, staff.manager, gesture(customer, "300"))  # needs a supervisor
    grant_goodwill(db, pau, gesture(customer, "60"))  # Pau's own: never his to decide
    (row,) = approvals.queue(db, pau)
    assert row.requester == "Marc" and row.on_behalf_of == "Lucia"
    approvals.decide(db, pau, row.id, True)
    with db.read() as s:
        titles = s.scalars(select(TimelineEvent.title).where(TimelineEvent.title.like("%approved by Pau for Lucia%")))
        assert len(titles.all()) == 1
    approvals.revoke_delegation(db, staff.supervisor, delegation)
    assert approvals.queue(db, pau) == []


def numbers_without_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Case numbers that need no lock, so the numbering's own lock cannot hide a missing budget lock."""
    import itertools

    counter = itertools.count(1)
    monkeypatch.setattr("desk.cases.next_case_number",
                        lambda session, kind, year: f"G-{year}-{next(counter) + 500000:06d}")  # fmt: skip


def slowed(monkeypatch: pytest.MonkeyPatch, module: object, name: str, seconds: float = 0.3) -> None:
    """Make `module.name` take a while after it has read the database: both racers read before either writes,
    so only the database's locks and conditional updates can keep them apart."""
    import time

    original = getattr(module, name)

    def slow(*args: object, **kwargs: object) -> object:
        result = original(*args, **kwargs)
        time.sleep(seconds)
        return result

    monkeypatch.setattr(module, name, slow)


@pytest.mark.postgres_only
def test_two_supervisors_pressing_approve_in_the_same_second(db: Database, staff: Staff, customer: int,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    grant_goodwill(db, staff.manager, gesture(customer, "300"))
    (row,) = approvals.queue(db, staff.supervisor)
    second = another(db, staff, "jordi", RoleCode.SUPERVISOR, "CC")
    slowed(monkeypatch, approvals, "_refusal")  # between "still pending?" and the update
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def press(who: Actor) -> None:
        barrier.wait()
        try:
            outcomes.append(approvals.decide(db, who, row.id, True))
        except Conflict as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=press, args=(who,)) for who in (staff.supervisor, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(map(type, outcomes), key=str) == sorted([ApprovalState, Conflict], key=str)
    with db.read() as s:
        assert s.scalar(select(func.count()).where(AuditEntry.action == "approval.approved")) == 1


@pytest.mark.postgres_only
def test_two_windows_of_one_agent_cannot_together_pass_the_daily_total(db: Database, staff: Staff, customer: int,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    others = [make_customer(db, staff.admin, f"Cliente {i}") for i in range(4)]
    for person in others[:3]:  # 150.00 of Ana's 200.00 a day, on other customers (their 12-month caps untouched)
        grant_goodwill(db, staff.agent, gesture(person, "50"))
    from desk import decisions

    numbers_without_lock(monkeypatch)
    slowed(monkeypatch, decisions, "evaluate_for")  # between reading the day's total and writing the grant
    barrier = threading.Barrier(2)
    results: list[DecisionStatus] = []

    def window(person: int) -> None:
        barrier.wait()
        results.append(grant_goodwill(db, staff.agent, gesture(person, "40")).status)

    threads = [threading.Thread(target=window, args=(p,)) for p in (customer, others[3])]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [DecisionStatus.GRANTED, DecisionStatus.PENDING_APPROVAL]


@pytest.mark.postgres_only
def test_two_agents_cannot_together_pass_a_customers_12_month_cap(db: Database, staff: Staff, customer: int,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    pau = another(db, staff, "pau", RoleCode.AGENT, "BCN1")
    grant_goodwill(db, staff.manager, gesture(customer, "120"))  # of the customer's 150.00 agents' cap
    from desk import decisions

    numbers_without_lock(monkeypatch)
    slowed(monkeypatch, decisions, "evaluate_for")
    barrier = threading.Barrier(2)
    results: list[DecisionStatus] = []

    def agent(who: Actor) -> None:
        barrier.wait()
        results.append(grant_goodwill(db, who, gesture(customer, "20")).status)

    threads = [threading.Thread(target=agent, args=(who,)) for who in (staff.agent, pau)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [DecisionStatus.GRANTED, DecisionStatus.PENDING_APPROVAL]


def test_the_policy_screens_services(db: Database, staff: Staff) -> None:
    from desk.policy import Limit, limits_table, remove_override, save_limit

    rows = limits_table(db)
    assert rows[0].role == RoleCode.AGENT and all(r.username is None for r in rows)
    override = Limit(VOUCHER, "EUR", Decimal("75.00"), Decimal("300.00"))
    with pytest.raises(InvalidInput, match="Only an administrator"):
        save_limit(db, staff.supervisor, override, role=None, username="ana")
    with pytest.raises(InvalidInput, match="Per decision must be zero or more"):
        save_limit(db, staff.admin, Limit(VOUCHER, "EUR", Decimal("-1")), role=None, username="ana")
    limit_id = save_limit(db, staff.admin, override, role=None, username="ana")
    personal = [r for r in limits_table(db) if r.username == "ana"]
    assert [(r.limit.per_decision, r.full_name) for r in personal] == [(Decimal("75.00"), "Ana")]
    assert preview_goodwill(db, staff.agent, make_customer(db, staff.admin, "X"), VOUCHER, "75").text.startswith(
        "You can grant up to 75.00 EUR")
    role_row = next(r for r in limits_table(db) if r.role == RoleCode.AGENT)
    with pytest.raises(InvalidInput, match="changed, not removed"):
        remove_override(db, staff.admin, role_row.id)
    remove_override(db, staff.admin, limit_id)
    assert [r for r in limits_table(db) if r.username] == []


def test_delegations_are_listed_for_both_sides(db: Database, staff: Staff) -> None:
    today = utcnow().date()
    approvals.delegate(db, staff.supervisor, "marc", today, today + timedelta(days=1))
    (given,) = approvals.delegations_of(db, staff.supervisor.user_id)
    (received,) = approvals.delegations_of(db, staff.manager.user_id)
    assert given == received and (given.delegator, given.delegate) == ("Lucia", "Marc")


def test_the_preview_names_who_will_really_decide(db: Database, staff: Staff, customer: int) -> None:
    pau = another(db, staff, "pau", RoleCode.AGENT, "CC")  # the call centre has no store manager
    preview = preview_goodwill(db, pau, customer, VOUCHER, "80")
    assert preview.approver_role == RoleCode.SUPERVISOR
    assert "80.00 EUR will go to a supervisor for approval (your store has no store manager)." in preview.text
    with pytest.raises(InvalidInput, match="Choose what to grant"):
        preview_goodwill(db, pau, customer, DecisionKind.REFUND, "10")
    refused = preview_goodwill(db, staff.agent, customer, VOUCHER, "600")
    assert "a day" not in refused.text and "12 months" not in refused.text  # the amount alone is the reason


@pytest.mark.postgres_only
def test_a_return_and_a_gesture_for_one_customer_at_once_do_not_deadlock(db: Database, staff: Staff, customer: int,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Both insert a case that refers to the customer (a key-share lock on its row) and both then need the
    customer's budget lock: taken first, it keeps them in line instead of deadlocked."""
    from desk.enums import ItemCondition
    from desk.returns import ReturnLineRequest, ReturnRequest, take_return
    from tests.factories import make_order, make_product

    kettle = make_product(db, "PEQ-9", "Hervidor", "300.00", category="Pequeño electrodoméstico")
    (line,) = make_order(db, staff.shop_id, customer, "PED-R", utcnow() - timedelta(days=2), [(kettle, 1, "300.00",
                                                                                                None)])  # fmt: skip
    pau = another(db, staff, "pau", RoleCode.AGENT, "BCN1")
    import desk.goodwill
    import desk.returns

    for module in (desk.returns, desk.goodwill):  # both cases inserted before either asks for the budget lock
        slowed(monkeypatch, module, "add_case")
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def returning() -> None:
        barrier.wait()
        try:
            take_return(db, staff.agent, ReturnRequest(customer, Channel.STORE, (ReturnLineRequest(
                1, ItemCondition.MISSING_PARTS, line, waive_fee=True),), "store_credit", True, "Caja abierta"))  # type: ignore[arg-type]
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    def gesture_of_pau() -> None:
        barrier.wait()
        try:
            grant_goodwill(db, pau, gesture(customer, "20"))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=returning), threading.Thread(target=gesture_of_pau)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
