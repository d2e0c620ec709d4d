"""The concurrency simulation: desks at once on a small scale database, and integrity checks that can fail."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from desk import approvals, audit
from desk.actors import Actor
from desk.bench.concurrency import Ledger, check_integrity, run
from desk.db import Database
from desk.enums import ApprovalState, Channel, DecisionKind, DecisionStatus
from desk.goodwill import GoodwillRequest, grant_goodwill
from desk.interactions import ContactForm, log_contact
from desk.models import Customer, Decision, StaffUser, utcnow
from desk.scale import seed_scale
from desk.staff import actor_for

pytestmark = pytest.mark.postgres_only


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    # seed_scale adds the demo logins to an empty database; their password hashing is not what is tested here.
    monkeypatch.setattr("desk.staff.hash_password", lambda password: "not-a-real-hash")


def people(db: Database) -> dict[str, Actor]:
    with db.read() as s:
        return {u.username: actor_for(u, "test") for u in s.scalars(select(StaffUser))}


def test_six_desks_for_three_seconds_work_without_failures_and_break_nothing(db: Database) -> None:
    seed_scale(db, customers=300, events_per_customer=6, seed=3)

    rows = run(db, agents=6, seconds=3.0, seed=2)

    by_name = {row.name: row for row in rows}
    assert {row.section for row in rows} == {"Concurrency, 6 agents, 3 s"}
    assert by_name["throughput, all operations"].value > 0
    for kind in ("search", "open customer (header, access log)", "timeline, first page", "log a contact",
                 "hot customer: log a contact", "approval queue"):  # fmt: skip
        assert by_name[kind].desk is not None and by_name[kind].desk.runs > 0, kind
    assert by_name["unexpected failures"].value == 0, by_name["unexpected failures"].note
    integrity = [row for row in rows if row.name.startswith(("integrity", "audit chain"))]
    assert len(integrity) == 5
    for row in integrity:
        assert row.value == 0 and row.met is True, (row.name, row.note)


def test_the_integrity_checks_report_what_was_planted(db: Database) -> None:
    seed_scale(db, customers=20, events_per_customer=2, seed=4)
    who = people(db)
    ana, pau, marc, lucia = who["ana"], who["pau"], who["marc"], who["lucia"]
    with db.read() as s:
        first, second = s.scalars(select(Customer.id).order_by(Customer.id).limit(2)).all()
    since = utcnow()
    ledger = Ledger(staff_ids={ana.user_id, pau.user_id, lucia.user_id})  # type: ignore[arg-type]

    # What the desk did, and reported: all of it within the rules.
    ok = grant_goodwill(db, ana, GoodwillRequest(first, DecisionKind.GOODWILL_VOUCHER, Decimal("40"), "late_delivery",
                                                 "", Channel.STORE))  # fmt: skip
    assert ok.status == DecisionStatus.GRANTED
    ledger.goodwill[ok.case_id] = ok.status
    asked = grant_goodwill(db, pau, GoodwillRequest(second, DecisionKind.GOODWILL_VOUCHER, Decimal("120"),
                                                    "late_delivery", "", Channel.PHONE))  # fmt: skip
    ledger.goodwill[asked.case_id] = asked.status
    [request] = [r for r in approvals.queue(db, lucia) if r.case_id == asked.case_id]
    assert approvals.decide(db, lucia, request.id, True) == ApprovalState.APPROVED
    ledger.decided.append((request.id, ApprovalState.APPROVED, lucia.user_id))  # type: ignore[arg-type]
    ledger.interactions.append(log_contact(db, ana, first, ContactForm("store", "Factura", "Duplicado.", "Enviado")))

    clean = check_integrity(db, ledger, since)
    assert (clean.daily_over, clean.customer_over, clean.approval_violations, clean.write_violations) == (0, 0, 0, 0)
    assert clean.audit_ok

    # Planted as the owner, whom the database trusts: a second grant of Ana's on the same case (190 EUR on top of
    # her 40 passes her 200 a day and the customer's 150 in 12 months); a second ending of Lucía's approval, by
    # Marc; and a contact nobody reported.
    with db.write() as s:
        s.add(Decision(case_id=ok.case_id, customer_id=first, kind=DecisionKind.GOODWILL_VOUCHER,
                       status=DecisionStatus.GRANTED, amount=Decimal("190.00"), currency="EUR", reason_code="other",
                       reason_text="planted", requested_by=ana.user_id, decided_by=ana.user_id, created_at=utcnow(),
                       decided_at=utcnow()))  # fmt: skip
        audit.record(s, marc, "approval.rejected", "approval_request", request.id, after={"planted": True})
    log_contact(db, pau, second, ContactForm("phone", "Factura", "Duplicado.", "Enviado"))

    found = check_integrity(db, ledger, since)
    assert found.daily_over == 1  # Ana's day
    # The planted grant passes the cap, and having no audit entry it has no place in the order of grants: it
    # weighs on the 40 granted before it too.
    assert found.customer_over == 2
    assert found.approvals["decided_twice"] == 1  # approved by Lucía, then "rejected" by Marc
    assert found.approvals["granted_not_once"] == 1  # the planted decision has no grant of its own
    assert found.writes["cases_not_one_decision"] == 1 and found.writes["interactions_phantom"] == 1
    rows = {row.name: row for row in found.rows("s")}
    for name in ("integrity (a): agents' days over their limit",
                 "integrity (b): customers' 12 months over a cap",
                 "integrity (c): approvals not decided exactly once",
                 "integrity (d): lost or phantom writes"):  # fmt: skip
        assert rows[name].value > 0 and rows[name].met is False, name
    assert found.audit_ok  # the owner's entry joined the chain like any other


def test_desks_spread_over_two_processes_report_as_one_run(db: Database) -> None:
    seed_scale(db, customers=100, events_per_customer=2, seed=5)

    rows = run(db, agents=4, seconds=1.5, seed=3, processes=2)

    by_name = {row.name: row for row in rows}
    assert "2 processes" in by_name["throughput, all operations"].note
    assert by_name["throughput, all operations"].value > 0
    assert by_name["unexpected failures"].value == 0, by_name["unexpected failures"].note
    assert all(row.value == 0 for row in rows if row.name.startswith(("integrity", "audit chain")))
