"""What the shared database itself refuses (migration 0005), tried by desk logins with plain SQL, not through the
desk: a modified client or psql with one's own password cannot grant more than its user may."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desk import approvals, auth, db_logins, staff as staff_service
from desk.actors import system_actor
from desk.audit_chain import verify
from desk.db import Database
from desk.enums import ApprovalState, Channel, DecisionKind, DecisionStatus, RoleCode
from desk.errors import AccountDisabled, InvalidInput
from desk.goodwill import REASON_CODES, GoodwillRequest, grant_goodwill
from tests.factories import Staff, make_customer

pytestmark = pytest.mark.postgres_only
PASSWORD = "correct horse 7"


@pytest.fixture
def logins(db: Database, staff: Staff) -> Iterator[dict[str, auth.SignedIn]]:
    """ana (agent, BCN1), marc (store manager, BCN1), lucia (supervisor), pau (agent, web shop), signed in."""
    with db.write() as session:
        staff_service.add_user(session, system_actor("tests"), username="pau", full_name="Pau", role=RoleCode.AGENT,
                               store_code="WEB", password=None)  # fmt: skip
        for name, role in (("ana", RoleCode.AGENT), ("marc", RoleCode.STORE_MANAGER), ("lucia", RoleCode.SUPERVISOR),
                           ("pau", RoleCode.AGENT), ("admin", RoleCode.ADMINISTRATOR)):  # fmt: skip
            db_logins.create_login(session, name, PASSWORD, role)
    signed = {name: auth.sign_in(db, name, PASSWORD, "tests") for name in ("ana", "marc", "lucia", "pau", "admin")}
    yield signed
    for who in signed.values():
        who.db.dispose()


def goodwill(signed: auth.SignedIn, customer: int, amount: str) -> int:
    result = grant_goodwill(signed.db, signed.actor, GoodwillRequest(
        customer, DecisionKind.GOODWILL_VOUCHER, amount, next(iter(REASON_CODES)), "Late delivery", Channel.STORE))  # fmt: skip
    with signed.db.read() as session:
        return int(session.execute(text("SELECT id FROM decision WHERE case_id = :c"), {"c": result.case_id}).scalar())


def request_of(db: Database, decision_id: int) -> int:
    with db.read() as session:
        return int(session.execute(text("SELECT id FROM approval_request WHERE decision_id = :d"),
                                   {"d": decision_id}).scalar())  # fmt: skip


def run_sql(signed: auth.SignedIn, statement: str, **params: object) -> int:
    """One statement as that login, committed; returns the rows it touched."""
    with signed.db.engine.begin() as conn:
        return conn.execute(text(statement), params).rowcount


def refused(signed: auth.SignedIn, statement: str, **params: object) -> str:
    with pytest.raises(DBAPIError) as caught:
        run_sql(signed, statement, **params)
    message = str(caught.value.orig)
    assert "permission denied" in message or "desk:" in message or "row-level security" in message, message
    return message


@pytest.fixture
def customer(db: Database, staff: Staff) -> int:
    return make_customer(db, staff.agent, "Begoña García")


def test_the_desk_works_as_its_users_within_their_rights(db: Database, logins, customer: int) -> None:  # type: ignore[no-untyped-def]
    ana, marc = logins["ana"], logins["marc"]
    within = goodwill(ana, customer, "30")
    above = goodwill(ana, customer, "80")
    approvals.decide(marc.db, marc.actor, request_of(db, above), approve=True)
    with db.read() as session:
        statuses = dict(session.execute(text("SELECT id, status FROM decision")).all())
    assert statuses == {within: DecisionStatus.GRANTED.value, above: DecisionStatus.GRANTED.value}
    assert verify(db).ok


def test_an_agent_cannot_grant_above_the_limit_by_hand(db: Database, logins, customer: int) -> None:  # type: ignore[no-untyped-def]
    ana = logins["ana"]
    case_decision = goodwill(ana, customer, "10")
    insert = ("INSERT INTO decision (case_id, customer_id, kind, status, amount, currency, reason_code, reason_text, "
              "requested_by, decided_by, created_at, decided_at, version) SELECT case_id, customer_id, kind, "
              "'granted', :amount, currency, reason_code, 'by hand', :by, :by, now(), now(), 1 "
              "FROM decision WHERE id = :d")  # fmt: skip
    me = ana.actor.user_id
    assert "beyond your empowerment limits" in refused(ana, insert, amount=Decimal("50.01"), by=me, d=case_decision)
    assert run_sql(ana, insert, amount=Decimal("40.00"), by=me, d=case_decision) == 1  # within: the same SQL passes
    # the daily total (4 x 50) and the customer's 12 months (3 x 50 = 150): 10 + 40 + 40 + 40 + 30 > 150
    run_sql(ana, insert, amount=Decimal("40.00"), by=me, d=case_decision)
    run_sql(ana, insert, amount=Decimal("40.00"), by=me, d=case_decision)
    assert "12-month cap" in refused(ana, insert, amount=Decimal("30.00"), by=me, d=case_decision)
    # in someone else's name
    assert "requested by the person signed in" in refused(ana, insert, amount=Decimal("1.00"),
                                                          by=logins["marc"].actor.user_id, d=case_decision)
    # or by turning a pending decision into a granted one
    pending = goodwill(ana, customer, "30")  # over the customer's cap now: it waits for approval
    assert "only by deciding its approval request" in refused(
        ana, "UPDATE decision SET status = 'granted', decided_by = :me WHERE id = :d", me=me, d=pending)
    assert "cannot be edited" in refused(ana, "UPDATE decision SET amount = 1 WHERE id = :d", d=pending)


def test_nobody_approves_their_own_request_or_one_twice_or_above_their_limit(db: Database, logins, customer: int) -> None:  # type: ignore[no-untyped-def]
    ana, marc, lucia = logins["ana"], logins["marc"], logins["lucia"]
    decision = goodwill(ana, customer, "80")
    request = request_of(db, decision)
    approve = "UPDATE approval_request SET state = 'approved', decided_by = :me, decided_at = now() WHERE id = :r"
    assert "own request" in refused(ana, approve, me=ana.actor.user_id, r=request)
    assert "decided by the person signed in" in refused(lucia, approve, me=marc.actor.user_id, r=request)
    big = request_of(db, goodwill(ana, customer, "200"))  # a supervisor's, not a store manager's (150)
    assert "limit covers it" in refused(marc, approve, me=marc.actor.user_id, r=big)
    assert run_sql(marc, approve, me=marc.actor.user_id, r=request) == 1
    assert "already approved" in refused(lucia, approve, me=lucia.actor.user_id, r=request)
    assert "already approved" in refused(marc, "UPDATE approval_request SET state = 'rejected' WHERE id = :r",
                                         r=request)  # fmt: skip
    assert "permission denied" in refused(lucia, "DELETE FROM approval_request WHERE id = :r", r=request)


def test_two_approvers_in_the_same_second_end_a_request_once(db: Database, logins, customer: int) -> None:  # type: ignore[no-untyped-def]
    ana = logins["ana"]
    request = request_of(db, goodwill(ana, customer, "80"))
    outcomes: list[str] = []
    start = threading.Barrier(2)

    def press(who: auth.SignedIn) -> None:
        start.wait()
        try:
            run_sql(who, "UPDATE approval_request SET state = 'approved', decided_by = :me, decided_at = now() "
                         "WHERE id = :r", me=who.actor.user_id, r=request)  # fmt: skip
            outcomes.append("approved")
        except DBAPIError as exc:
            outcomes.append(str(exc.orig))

    threads = [threading.Thread(target=press, args=(logins[name],)) for name in ("marc", "lucia")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(o if o == "approved" else "refused" for o in outcomes) == ["approved", "refused"], outcomes
    assert any("already approved" in o for o in outcomes)


def test_an_agent_cannot_touch_the_policy_users_delegations_or_the_audit(db: Database, logins) -> None:  # type: ignore[no-untyped-def]
    ana = logins["ana"]
    assert refused(ana, "UPDATE empowerment_policy SET max_per_decision = 99999")
    assert refused(ana, "INSERT INTO empowerment_policy (user_id, decision_kind, currency, max_per_decision, "
                        "updated_at) VALUES (:me, 'goodwill_voucher', 'EUR', 99999, now())", me=ana.actor.user_id)
    assert "only an administrator" in refused(ana, "UPDATE staff_user SET role_id = (SELECT id FROM role WHERE "
                                                   "code = 'administrator') WHERE username = 'ana'")  # fmt: skip
    assert refused(ana, "INSERT INTO approval_delegation (delegator_id, delegate_id, starts_on, ends_on, created_at) "
                        "VALUES (:lucia, :me, current_date, current_date, now())",
                   lucia=logins["lucia"].actor.user_id, me=ana.actor.user_id)  # fmt: skip
    assert refused(ana, "UPDATE audit_entry SET action = 'nothing'")
    assert refused(ana, "DELETE FROM audit_entry")
    assert refused(ana, "TRUNCATE audit_entry")
    assert refused(ana, "SELECT actor_name, customer_id FROM customer_access")  # who looked at whom: supervisors
    assert refused(ana, "INSERT INTO audit_entry (occurred_at, actor_id, actor_name, workstation, action, entity, "
                        "entity_id) VALUES (now(), :marc, 'marc', 'x', 'forged', 'x', '1')",
                   marc=logins["marc"].actor.user_id)  # fmt: skip
    # an administrator may change the policy
    assert run_sql(logins["admin"], "UPDATE empowerment_policy SET max_per_decision = max_per_decision") > 0


def test_not_even_the_owner_edits_the_audit_and_verify_sees_a_forced_edit(db: Database, logins, customer: int) -> None:  # type: ignore[no-untyped-def]
    goodwill(logins["ana"], customer, "30")
    assert verify(db).ok
    with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:  # the owner, a superuser here
        conn.execute(text("UPDATE audit_entry SET action = 'x' WHERE id = (SELECT min(id) FROM audit_entry)"))
    with db.engine.begin() as conn:  # the owner switches the guard off and edits an entry in the middle
        conn.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER desk_audit_append_only"))
        conn.execute(text("UPDATE audit_entry SET after = '{\"amount\": \"3.00\"}' WHERE chain_seq = 3"))
        conn.execute(text("ALTER TABLE audit_entry ENABLE TRIGGER desk_audit_append_only"))
    verdict = verify(db)
    assert not verdict.ok and verdict.broken_at == 3 and "content was changed" in verdict.problem


def test_row_level_security_keeps_requests_within_their_store(db: Database, logins, customer: int) -> None:  # type: ignore[no-untyped-def]
    ana_request = request_of(db, goodwill(logins["ana"], customer, "80"))  # BCN1
    pau_request = request_of(db, goodwill(logins["pau"], customer, "60"))  # the web shop

    def visible(name: str) -> set[int]:
        with logins[name].db.engine.connect() as conn:
            return set(conn.execute(text("SELECT id FROM approval_request")).scalars())

    assert visible("ana") == {ana_request}
    assert visible("pau") == {pau_request}
    assert visible("marc") == {ana_request}  # BCN1's manager: not the web shop's request
    assert visible("lucia") == {ana_request, pau_request}
    assert run_sql(logins["marc"], "UPDATE approval_request SET requester_note = 'x' WHERE id = :r", r=pau_request) == 0
    queue = approvals.queue(logins["marc"].db, logins["marc"].actor)
    assert [row.id for row in queue] == [ana_request]


def test_budgets_hold_against_a_client_that_skips_the_locks(db: Database, logins, customer: int) -> None:  # type: ignore[no-untyped-def]
    ana = logins["ana"]
    case_decision = goodwill(ana, customer, "50")  # 50 of the customer's 150 over 12 months
    insert = ("INSERT INTO decision (case_id, customer_id, kind, status, amount, currency, reason_code, reason_text, "
              "requested_by, decided_by, created_at, decided_at, version) SELECT case_id, customer_id, kind, "
              "'granted', 50, currency, reason_code, 'race', :me, :me, now(), now(), 1 FROM decision WHERE id = :d")
    outcomes: list[bool] = []
    start = threading.Barrier(3)

    def grab() -> None:
        start.wait()
        try:
            run_sql(ana, insert, me=ana.actor.user_id, d=case_decision)
            outcomes.append(True)
        except DBAPIError:
            outcomes.append(False)

    threads = [threading.Thread(target=grab) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(outcomes) == [False, True, True]  # 50 + 50 + 50 = 150: the third would pass the cap
    with db.read() as session:
        total = session.execute(text("SELECT sum(amount) FROM decision WHERE status = 'granted'")).scalar()
    assert total == Decimal("150.00")


def test_sign_in_as_a_database_login(db: Database, logins) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput) as caught:
        auth.sign_in(db, "ana", "wrong password 99", "tests")
    assert "wrong password 99" not in repr(caught.value) and caught.value.__cause__ is None
    with pytest.raises(InvalidInput):
        auth.sign_in(db, "nobody", PASSWORD, "tests")
    assert logins["ana"].actor.role == RoleCode.AGENT
    assert PASSWORD not in logins["ana"].db.url and "ana" in logins["ana"].db.url
    with logins["ana"].db.engine.connect() as conn:
        assert conn.execute(text("SELECT session_user")).scalar() == "ana"
    auth.confirm_password(logins["ana"].db, logins["ana"].actor, PASSWORD)
    with pytest.raises(InvalidInput):
        auth.confirm_password(logins["ana"].db, logins["ana"].actor, "not it at all")


def test_a_disabled_login_is_refused_at_its_next_action(db: Database, logins, customer: int) -> None:  # type: ignore[no-untyped-def]
    ana = logins["ana"]
    goodwill(ana, customer, "10")  # working
    with db.write() as session:
        staff_service.set_active(session, system_actor("tests"), "ana", False)
    with pytest.raises(AccountDisabled):
        goodwill(ana, customer, "10")
    with pytest.raises(InvalidInput):  # NOLOGIN: the database itself refuses her now
        auth.sign_in(db, "ana", PASSWORD, "tests")
    with db.write() as session:
        staff_service.set_active(session, system_actor("tests"), "ana", True)
    again = auth.sign_in(db, "ana", PASSWORD, "tests")
    try:
        assert goodwill(again, customer, "10") > 0
    finally:
        again.db.dispose()


def test_approval_flows_pass_the_database_checks(db: Database, logins, customer: int) -> None:  # type: ignore[no-untyped-def]
    ana, marc, lucia = logins["ana"], logins["marc"], logins["lucia"]
    rejected = request_of(db, goodwill(ana, customer, "70"))
    withdrawn = request_of(db, goodwill(ana, customer, "60"))
    assert approvals.decide(marc.db, marc.actor, rejected, approve=False, reason="Not this time") == \
        ApprovalState.REJECTED  # fmt: skip
    approvals.withdraw(ana.db, ana.actor, withdrawn, "Customer changed their mind")
    delegated = request_of(db, goodwill(ana, customer, "90"))
    with pytest.raises(InvalidInput, match="own request"):
        approvals.decide(ana.db, ana.actor, delegated, approve=True)
    approvals.delegate(lucia.db, lucia.actor, "marc", *(2 * [__import__("datetime").date.today()]))
    assert approvals.decide(marc.db, marc.actor, delegated, approve=True) == ApprovalState.APPROVED
    with db.read() as session:
        states = dict(session.execute(text("SELECT id, state FROM approval_request")).all())
    assert states == {rejected: "rejected", withdrawn: "withdrawn", delegated: "approved"}
    assert verify(db).ok


def test_a_day_of_desk_work_passes_as_the_peoples_own_logins(db: Database, staff: Staff, logins) -> None:  # type: ignore[no-untyped-def]
    """The honest desk, signed in as its people, does its daily work through the database's rules."""
    from datetime import datetime, timezone

    from desk import customer360, interactions, returns, warranty
    from desk.enums import ItemCondition, RefundMethod
    from desk.returns import ReturnLineRequest, ReturnRequest
    from tests.factories import make_order, make_product

    ana, marc = logins["ana"], logins["marc"]
    bought = datetime.now(timezone.utc).replace(microsecond=0)
    customer = make_customer(db, staff.admin, "Jordi Puig i Ferrer")
    coffee = make_product(db, "CAF-1", "Cafetera", "99.95")
    washer = make_product(db, "GRA-1", "Lavadora", "649.00", warranty_months=24, serialised=True)
    coffee_line, washer_line = make_order(db, staff.shop_id, customer, "PED-1", bought,
                                          [(coffee, 1, "99.95", None), (washer, 1, "649.00", "WM-1")])  # fmt: skip

    assert customer360.open_customer(ana.db, ana.actor, customer).full_name == "Jordi Puig i Ferrer"
    interactions.log_contact(ana.db, ana.actor, customer, interactions.ContactForm(
        Channel.PHONE, "Devolución", "Quiere devolver la cafetera", "Le esperamos en tienda"))  # fmt: skip
    taken = returns.take_return(ana.db, ana.actor, ReturnRequest(
        customer_id=customer, channel=Channel.STORE, refund_method=RefundMethod.ORIGINAL_PAYMENT, items_received=True,
        lines=(ReturnLineRequest(1, ItemCondition.UNOPENED, coffee_line, reason="No la quiere"),)))  # fmt: skip
    returns.refund_return(ana.db, ana.actor, taken.case_id, taken.version)
    opened = warranty.open_claim(ana.db, ana.actor, warranty.ClaimRequest(
        customer_id=customer, channel=Channel.STORE, order_line_id=washer_line, serial_number="WM-1",
        fault_description="No centrifuga"))  # fmt: skip
    version = warranty.assign_claim(marc.db, marc.actor, opened.case_id, opened.version,
                                    technician_id=marc.actor.user_id, repair_centre=None, due_at=None)
    warranty.start_diagnosis(marc.db, marc.actor, opened.case_id, version)
    approvals.decide(marc.db, marc.actor, request_of(db, goodwill(ana, customer, "80")), approve=True)
    with db.read() as session:
        states = dict(session.execute(text("SELECT case_number, state FROM after_sales_case")).all())
        writers = set(session.execute(text("SELECT DISTINCT actor_name FROM audit_entry WHERE actor_id IS NOT NULL "
                                            "AND action <> 'user.create'")).scalars())  # fmt: skip
    assert sorted(states.values()) == ["diagnosing", "granted", "refunded"]
    assert {"ana", "marc"} <= writers
    assert verify(db).ok
