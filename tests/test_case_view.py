"""The case screen's data and the lists that lead to cases, on both databases; a case number finds its case."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

from desk import case_workflow
from desk.case_letters import generate_letter
from desk.case_view import case_detail, my_open_cases, overdue_claims
from desk.db import Database
from desk.enums import CaseKind, CaseState, Channel, DecisionStatus, ItemCondition
from desk.returns import ReturnLineRequest, ReturnRequest, take_return
from desk.search import search_customers
from desk.warranty import ClaimRequest, open_claim
from tests.factories import Staff, make_customer, make_order, make_product

NOW = datetime(2025, 6, 10, 10, 0, tzinfo=timezone.utc)


def test_case_detail_my_open_cases_and_overdue_claims(db: Database, staff: Staff) -> None:
    customer = make_customer(db, staff.admin, "Martí Vidal")
    kettle = make_product(db, "PEQ-1", "Hervidor", "39.90", category="Pequeño electrodoméstico")
    (line,) = make_order(db, staff.shop_id, customer, "PED-5", NOW - timedelta(days=60), [(kettle, 1, "39.90", None)])
    taken = take_return(db, staff.agent, ReturnRequest(
        customer, Channel.STORE, (ReturnLineRequest(1, ItemCondition.OPENED, line, accept_exception=True),),
        "store_credit", True, "Regalo de boda",  # type: ignore[arg-type]
    ), NOW)  # fmt: skip
    claim = open_claim(db, staff.agent, ClaimRequest(customer, Channel.STORE, "No calienta", line,
                                                     due_at=NOW + timedelta(days=2)), NOW)  # fmt: skip
    generate_letter(db, staff.agent, taken.case_id, "return_receipt", NOW)

    detail = case_detail(db, taken.case_id, now=NOW)
    assert detail.number == taken.case_number and detail.kind == CaseKind.RETURN and detail.is_open
    assert detail.customer_name == "Martí Vidal" and detail.assigned_to == "Ana"
    (view,) = detail.lines
    assert view.order_number == "PED-5" and view.accepted_as_exception and view.amount == Decimal("39.90")
    (decision,) = detail.decisions
    assert decision.status == DecisionStatus.PENDING_APPROVAL and decision.requested_by == "Ana"
    assert detail.blocked == ("Return accepted as an exception (39.90 EUR) is waiting for approval.",)
    assert detail.next_states == (CaseState.EXCHANGED, CaseState.REFUNDED, CaseState.REJECTED)
    assert [d.kind for d in detail.documents] == ["return_receipt"] and detail.letters == ("return_receipt",)
    assert [h.kind for h in detail.history][:2] == ["document", "decision"]

    mine = my_open_cases(db, staff.agent.user_id, now=NOW)
    assert [row.number for row in mine] == [claim.case_number, taken.case_number]  # due soonest first
    assert [row.waiting for row in mine] == [False, True]  # the exception waits for approval
    assert my_open_cases(db, staff.manager.user_id, now=NOW) == []
    assert overdue_claims(db, now=NOW) == []
    late = overdue_claims(db, now=NOW + timedelta(days=3))
    assert [(row.number, row.overdue) for row in late] == [(claim.case_number, True)]

    case_workflow.change_state(db, staff.agent, taken.case_id, CaseState.REJECTED, detail.version, "Usado")
    assert [row.number for row in my_open_cases(db, staff.agent.user_id, now=NOW)] == [claim.case_number]
    assert not case_detail(db, taken.case_id).is_open


def test_a_typed_or_scanned_case_number_finds_the_customer_and_the_case(db: Database, staff: Staff) -> None:
    customer = make_customer(db, staff.admin, "Begoña García")
    make_customer(db, staff.admin, "Jordi Puig")
    claim = open_claim(db, staff.agent, ClaimRequest(customer, Channel.PHONE, "Pantalla rota", None, None,
                                                     description="Móvil", item_received=False), NOW)  # fmt: skip
    for typed in (claim.case_number, claim.case_number.lower(), f"  {claim.case_number} "):
        (hit,) = search_customers(db, typed)
        assert hit.customer_id == customer and hit.case_id == claim.case_id and hit.rank == 0
        assert hit.matched_on == "case number" and hit.detail == f"Warranty claim {claim.case_number}, awaiting items"
