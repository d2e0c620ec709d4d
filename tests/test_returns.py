"""Taking returns on both databases: rules applied, exceptions as decisions, states, money, bad input, races."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desk import case_workflow
from desk.customer360 import customer_header
from desk.db import Database
from desk.enums import CaseState, Channel, DecisionKind, DecisionStatus, ItemCondition, RefundMethod
from desk.errors import Conflict, InvalidInput
from desk.models import AuditEntry, Case, CaseLine, Decision, TimelineEvent
from desk.returns import ReturnLineRequest, ReturnRequest, preview_return, refund_return, take_return
from tests.factories import Staff, make_customer, make_order, make_product

NOW = datetime(2025, 6, 10, 10, 0, tzinfo=timezone.utc)  # noon in Madrid
BOUGHT = NOW - timedelta(days=5)


@pytest.fixture
def shop(db: Database, staff: Staff) -> dict[str, int]:
    """A customer with a store order (2 coffee machines, a serialised TV) and a web order delivered long ago."""
    customer = make_customer(db, staff.admin, "Núria Puig i Col·lell")
    coffee = make_product(db, "CAF-1", "Cafetera Krups", "99.95", category="Cafeteras")
    tv = make_product(db, "TV-1", 'TV LG 55"', "899.00", category="Televisores", serialised=True)
    headphones = make_product(db, "AUR-1", "Auriculares JBL", "49.99", category="Auriculares", return_days=15)
    coffee_line, tv_line = make_order(db, staff.shop_id, customer, "PED-1", BOUGHT,
                                      [(coffee, 2, "99.95", None), (tv, 1, "899.00", "TVSN1")], receipt="T-1")
    (old_line,) = make_order(db, staff.web_id, customer, "WEB-1", NOW - timedelta(days=80),
                             [(headphones, 1, "49.99", None)], channel="web",
                             delivered_at=NOW - timedelta(days=78))  # fmt: skip
    return {"customer": customer, "coffee": coffee_line, "tv": tv_line, "old": old_line, "tv_product": tv,
            "coffee_product": coffee}  # fmt: skip


def ask(shop: dict[str, int], *lines: ReturnLineRequest, **extra: object) -> ReturnRequest:
    fields = {"customer_id": shop["customer"], "channel": Channel.STORE, "lines": lines,
              "refund_method": RefundMethod.ORIGINAL_PAYMENT, "items_received": True} | extra  # fmt: skip
    return ReturnRequest(**fields)  # type: ignore[arg-type]


def count(db: Database, model: type) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_a_return_inside_the_window_is_taken_refunded_and_on_the_timeline(db: Database, staff: Staff,
                                                                         shop: dict[str, int]) -> None:
    request = ask(shop, ReturnLineRequest(1, ItemCondition.UNOPENED, shop["coffee"], reason="No la quiere"))
    preview = preview_return(db, request, NOW)
    assert preview.ok and preview.refund_total == Decimal("99.95") and not preview.decisions
    assert "Inside the 30-day return window (until 05/07/2025)" in preview.lines[0].reasons[0]

    taken = take_return(db, staff.agent, request, NOW)
    assert taken.state == CaseState.RECEIVED and taken.case_number.startswith("R-2025-")
    assert customer_header(db, shop["customer"]).open_cases == 1
    version = refund_return(db, staff.agent, taken.case_id, taken.version)
    with db.read() as s:
        case = s.get(Case, taken.case_id)
        assert case.state == CaseState.REFUNDED and case.closed_at is not None and case.version == version
        assert case.refund_amount == Decimal("99.95") and case.assigned_to == staff.agent.user_id
        (line,) = case.lines
        assert line.order_line_id == shop["coffee"] and line.amount == Decimal("99.95") and line.restocking_fee == 0
        titles = s.scalars(select(TimelineEvent.title).where(TimelineEvent.case_id == case.id)
                           .order_by(TimelineEvent.id)).all()  # fmt: skip
        assert titles[0].startswith(f"Return {case.case_number} opened") and titles[-1].endswith(": refunded")
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == str(case.id))).all()
        assert {"case.create", "case.state"} <= set(actions)
    assert customer_header(db, shop["customer"]).open_cases == 0


def test_partial_returns_then_the_rest_then_nothing_more(db: Database, staff: Staff, shop: dict[str, int]) -> None:
    take_return(db, staff.agent, ask(shop, ReturnLineRequest(1, ItemCondition.OPENED, shop["coffee"])), NOW)
    second = ask(shop, ReturnLineRequest(2, ItemCondition.OPENED, shop["coffee"]))
    with pytest.raises(InvalidInput, match=r"Only 1 of 2 can still be returned \(1 already returned\)"):
        take_return(db, staff.agent, second, NOW)
    take_return(db, staff.agent, ask(shop, ReturnLineRequest(1, ItemCondition.OPENED, shop["coffee"])), NOW)
    third = preview_return(db, ask(shop, ReturnLineRequest(1, ItemCondition.OPENED, shop["coffee"])), NOW)
    assert not third.ok and "already been returned" in third.problems[0]
    assert count(db, Case) == 2


def test_cancelled_and_rejected_returns_give_their_quantity_back(db: Database, staff: Staff,
                                                                  shop: dict[str, int]) -> None:
    two = ReturnLineRequest(2, ItemCondition.OPENED, shop["coffee"])
    by_phone = take_return(db, staff.agent, ask(shop, two, items_received=False, channel=Channel.PHONE), NOW)
    with pytest.raises(InvalidInput, match="Reason is empty"):
        case_workflow.change_state(db, staff.agent, by_phone.case_id, CaseState.CANCELLED, by_phone.version)
    case_workflow.change_state(db, staff.agent, by_phone.case_id, CaseState.CANCELLED, by_phone.version, "Desiste")
    at_counter = take_return(db, staff.agent, ask(shop, two), NOW)
    with pytest.raises(InvalidInput, match="cannot become cancelled; it can become: exchanged, refunded, rejected"):
        case_workflow.change_state(db, staff.agent, at_counter.case_id, CaseState.CANCELLED, at_counter.version, "x")
    case_workflow.change_state(db, staff.agent, at_counter.case_id, CaseState.REJECTED, at_counter.version,
                               "Caja abierta y sin accesorios")  # fmt: skip
    assert preview_return(db, ask(shop, two), NOW).ok
    with db.read() as s:
        case = s.get(Case, at_counter.case_id)
        assert case.end_reason == "Caja abierta y sin accesorios" and case.closed_at is not None


def test_serial_numbers_are_checked_and_a_refused_line_writes_nothing(db: Database, staff: Staff,
                                                                      shop: dict[str, int]) -> None:
    wrong = ask(shop, ReturnLineRequest(1, ItemCondition.UNOPENED, shop["tv"], serial_number="TVSN9"))
    with pytest.raises(InvalidInput, match=r"Serial TVSN9 is not the one sold on this line \(TVSN1\)"):
        take_return(db, staff.agent, wrong, NOW)
    missing = ask(shop, ReturnLineRequest(1, ItemCondition.UNOPENED, shop["tv"]))
    with pytest.raises(InvalidInput, match="Scan or type the serial number"):
        take_return(db, staff.agent, missing, NOW)
    assert count(db, Case) == count(db, CaseLine) == count(db, Decision) == 0
    ok = take_return(db, staff.agent, ask(shop, ReturnLineRequest(1, ItemCondition.OPENED, shop["tv"],
                                                                  serial_number=" tvsn1 ")), NOW)  # fmt: skip
    with db.read() as s:
        line = s.get(Case, ok.case_id).lines[0]
        assert line.serial_number == "TVSN1" and line.restocking_fee == Decimal("89.90")
        assert line.amount == Decimal("809.10")


def test_outside_the_window_only_as_an_exception_which_waits_for_approval(db: Database, staff: Staff,
                                                                          shop: dict[str, int]) -> None:
    plain = ask(shop, ReturnLineRequest(1, ItemCondition.UNOPENED, shop["old"]))
    with pytest.raises(InvalidInput, match="outside the rules: accept it as an exception"):
        take_return(db, staff.agent, plain, NOW)
    no_reason = ask(shop, ReturnLineRequest(1, ItemCondition.UNOPENED, shop["old"], accept_exception=True))
    with pytest.raises(InvalidInput, match="Say why in the reason box: return accepted as an exception"):
        take_return(db, staff.agent, no_reason, NOW)
    excepted = ask(shop, ReturnLineRequest(1, ItemCondition.UNOPENED, shop["old"], accept_exception=True),
                   reason_text="Clienta habitual; producto precintado")  # fmt: skip
    taken = take_return(db, staff.agent, excepted, NOW)
    with db.read() as s:
        (decision,) = s.scalars(select(Decision).where(Decision.case_id == taken.case_id)).all()
        assert decision.kind == DecisionKind.RETURN_OUTSIDE_WINDOW and decision.amount == Decimal("49.99")
        assert decision.status == DecisionStatus.PENDING_APPROVAL and decision.days_past_window == 63
        assert decision.reason_text == "Clienta habitual; producto precintado"
        assert s.get(Case, taken.case_id).lines[0].accepted_as_exception
    with pytest.raises(InvalidInput, match="is waiting for approval"):
        refund_return(db, staff.agent, taken.case_id, taken.version)


def test_a_return_with_no_order_on_file_is_a_refund_decision(db: Database, staff: Staff, shop: dict[str, int]) -> None:
    def lost(amount: object) -> ReturnRequest:
        return ask(shop, ReturnLineRequest(1, ItemCondition.OPENED, description="Plancha Philips", amount=amount,
                                           product_id=shop["coffee_product"]),
                   reason_text="Ticket perdido", refund_method=RefundMethod.STORE_CREDIT)  # fmt: skip

    for bad, message in [(None, "type the amount"), ("-5", "zero or more"), ("abc", "is not an amount"),
                         ("1e9", "not plausible"), ("10.001", "could mean 10001 or 10,00"), ("10.0001", "more than two decimals"), ("0", "type the amount")]:
        with pytest.raises(InvalidInput, match=message):
            take_return(db, staff.agent, lost(bad), NOW)
    taken = take_return(db, staff.agent, lost("35,50"), NOW)
    with db.read() as s:
        (decision,) = s.scalars(select(Decision).where(Decision.case_id == taken.case_id)).all()
        assert decision.kind == DecisionKind.REFUND and decision.amount == Decimal("35.50")
        line = s.get(Case, taken.case_id).lines[0]
        assert line.order_line_id is None and line.description == "Plancha Philips"


def test_a_waived_fee_is_a_decision_for_the_fee(db: Database, staff: Staff, shop: dict[str, int]) -> None:
    request = ask(shop, ReturnLineRequest(1, ItemCondition.OPENED, shop["tv"], serial_number="TVSN1", waive_fee=True),
                  reason_text="Embalaje intacto")  # fmt: skip
    preview = preview_return(db, request, NOW)
    assert preview.fee_total == 0 and preview.refund_total == Decimal("899.00")
    assert [(d.kind, d.amount) for d in preview.decisions] == [(DecisionKind.FEE_WAIVER, Decimal("89.90"))]
    taken = take_return(db, staff.agent, request, NOW)
    with db.read() as s:
        line = s.get(Case, taken.case_id).lines[0]
        assert line.fee_waived and line.restocking_fee == Decimal("89.90") and line.amount == Decimal("899.00")


def test_exchange_computes_the_price_difference_and_ends_exchanged(db: Database, staff: Staff,
                                                                   shop: dict[str, int]) -> None:
    request = ask(shop, ReturnLineRequest(1, ItemCondition.UNOPENED, shop["coffee"]),
                  refund_method=RefundMethod.EXCHANGE, exchange_product_id=shop["tv_product"])  # fmt: skip
    preview = preview_return(db, request, NOW)
    assert preview.exchange_price == Decimal("899.00") and preview.price_difference == Decimal("799.05")
    no_product = ask(shop, ReturnLineRequest(1, ItemCondition.UNOPENED, shop["coffee"]),
                     refund_method=RefundMethod.EXCHANGE)  # fmt: skip
    assert "Choose the product the customer takes in exchange." in preview_return(db, no_product, NOW).problems
    taken = take_return(db, staff.agent, request, NOW)
    refund_return(db, staff.agent, taken.case_id, taken.version)
    with db.read() as s:
        case = s.get(Case, taken.case_id)
        assert case.state == CaseState.EXCHANGED and case.price_difference == Decimal("799.05")


def test_one_return_across_two_orders(db: Database, staff: Staff, shop: dict[str, int]) -> None:
    request = ask(
        shop,
        ReturnLineRequest(1, ItemCondition.UNOPENED, shop["coffee"]),
        ReturnLineRequest(1, ItemCondition.UNOPENED, shop["old"], accept_exception=True),
        reason_text="Lo devuelve todo junto",
    )
    taken = take_return(db, staff.agent, request, NOW)
    assert [p.order_number for p in taken.preview.lines] == ["PED-1", "WEB-1"]
    assert taken.preview.refund_total == Decimal("149.94")
    with pytest.raises(InvalidInput, match="listed twice"):
        take_return(db, staff.agent, ask(shop, ReturnLineRequest(1, ItemCondition.OPENED, shop["coffee"]),
                                         ReturnLineRequest(1, ItemCondition.OPENED, shop["coffee"])), NOW)  # fmt: skip


def test_a_phone_return_waits_for_its_items_and_stale_screens_are_refused(db: Database, staff: Staff,
                                                                          shop: dict[str, int]) -> None:
    request = ask(shop, ReturnLineRequest(1, ItemCondition.UNOPENED, shop["coffee"]), items_received=False,
                  channel=Channel.PHONE)  # fmt: skip
    taken = take_return(db, staff.agent, request, NOW)
    assert taken.state == CaseState.AWAITING_ITEMS
    with pytest.raises(InvalidInput, match="once its items are received"):
        refund_return(db, staff.agent, taken.case_id, taken.version)
    with pytest.raises(InvalidInput, match="Refund the return"):
        case_workflow.change_state(db, staff.agent, taken.case_id, CaseState.REFUNDED, taken.version)
    version = case_workflow.change_state(db, staff.manager, taken.case_id, CaseState.RECEIVED, taken.version)
    with pytest.raises(Conflict, match="changed by someone else a moment ago \\(it is now received\\)"):
        refund_return(db, staff.agent, taken.case_id, taken.version)
    refund_return(db, staff.agent, taken.case_id, version)
    with db.read() as s:
        case = s.get(Case, taken.case_id)
        assert case.state == CaseState.REFUNDED and case.due_at is not None


@pytest.mark.parametrize("reason", ["'; DROP TABLE after_sales_case; --", "Bon dia 🙂 l·l «cometes»", "x" * 200])
def test_hostile_text_is_stored_literally(db: Database, staff: Staff, shop: dict[str, int], reason: str) -> None:
    request = ask(shop, ReturnLineRequest(1, ItemCondition.UNOPENED, shop["coffee"], reason=reason))
    taken = take_return(db, staff.agent, request, NOW)
    with db.read() as s:
        assert s.get(Case, taken.case_id).lines[0].reason == reason


@pytest.mark.parametrize(("reason", "message"), [("a\x00b", "control characters"), ("x" * 201, "too long")])
def test_unusable_text_is_refused_and_nothing_is_written(db: Database, staff: Staff, shop: dict[str, int],
                                                         reason: str, message: str) -> None:
    request = ask(shop, ReturnLineRequest(1, ItemCondition.UNOPENED, shop["coffee"], reason=reason))
    with pytest.raises(InvalidInput, match=message):
        take_return(db, staff.agent, request, NOW)
    assert count(db, Case) == 0


def test_absurd_quantities_and_unknown_lines_are_refused(db: Database, staff: Staff, shop: dict[str, int]) -> None:
    for quantity in (0, -1, 10_000):
        with pytest.raises(InvalidInput, match="quantity must be a whole number"):
            take_return(db, staff.agent, ask(shop, ReturnLineRequest(quantity, ItemCondition.OPENED, shop["coffee"])),
                        NOW)  # fmt: skip
    with pytest.raises(InvalidInput, match="does not exist"):
        take_return(db, staff.agent, ask(shop, ReturnLineRequest(1, ItemCondition.OPENED, 999_999)), NOW)
    with pytest.raises(InvalidInput, match="at least one item"):
        take_return(db, staff.agent, ask(shop), NOW)


@pytest.mark.postgres_only
def test_two_desks_returning_the_last_item_at_once_only_one_wins(db: Database, staff: Staff,
                                                                 shop: dict[str, int]) -> None:
    request = ask(shop, ReturnLineRequest(2, ItemCondition.OPENED, shop["coffee"]))
    barrier = threading.Barrier(4)
    results: list[object] = []

    def desk() -> None:
        barrier.wait()
        try:
            results.append(take_return(db, staff.agent, request, NOW).case_number)
        except InvalidInput as exc:
            results.append(exc)

    threads = [threading.Thread(target=desk) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    numbers = [r for r in results if isinstance(r, str)]
    assert len(numbers) == 1, results
    assert all("already been returned" in str(r) for r in results if not isinstance(r, str))
    with db.read() as s:
        assert s.scalar(select(func.sum(CaseLine.quantity)).where(CaseLine.order_line_id == shop["coffee"])) == 2


@pytest.mark.postgres_only
def test_case_numbers_stay_unique_when_desks_race(db: Database, staff: Staff, shop: dict[str, int]) -> None:
    lines = [make_order(db, staff.shop_id, shop["customer"], f"RACE-{i}", BOUGHT, [(shop["coffee_product"], 1,
                                                                                   "10.00", None)])[0]
             for i in range(6)]  # fmt: skip
    barrier = threading.Barrier(len(lines))
    numbers: list[str] = []

    def desk(line: int) -> None:
        barrier.wait()
        numbers.append(take_return(db, staff.agent, ask(shop, ReturnLineRequest(1, ItemCondition.OPENED, line)),
                                   NOW).case_number)  # fmt: skip

    threads = [threading.Thread(target=desk, args=(line,)) for line in lines]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(numbers) == [f"R-2025-{n:06d}" for n in range(1, 7)]


def test_the_condition_must_be_chosen_and_a_lines_own_reason_explains_its_exception(
    db: Database, staff: Staff, shop: dict[str, int]
) -> None:
    unchosen = preview_return(db, ask(shop, ReturnLineRequest(1, None, shop["coffee"])), NOW)
    assert "Line 1 (Cafetera Krups): choose its condition" in unchosen.problems[0]
    request = ask(shop, ReturnLineRequest(1, ItemCondition.OPENED, shop["old"], reason="Regalo repetido",
                                          accept_exception=True))  # fmt: skip
    assert preview_return(db, request, NOW).ok  # the line says why: no second reason box to fill
    taken = take_return(db, staff.agent, request, NOW)
    with db.read() as s:
        (decision,) = s.scalars(select(Decision).where(Decision.case_id == taken.case_id)).all()
        assert decision.reason_text == "Regalo repetido"
        line = s.get(Case, taken.case_id).lines[0]
        assert line.product_id is not None  # the receipt can print the product's reference


def test_the_preview_says_whether_each_exception_is_the_agents_to_grant(db: Database, staff: Staff,
                                                                        shop: dict[str, int]) -> None:
    from desk.rules.empowerment import Outcome

    request = ask(shop, ReturnLineRequest(1, ItemCondition.OPENED, shop["tv"], "TVSN1", waive_fee=True),
                  reason_text="Caja intacta")  # fmt: skip
    (evaluation,) = preview_return(db, request, NOW, actor=staff.agent).evaluations
    assert evaluation.outcome == Outcome.APPROVAL and evaluation.approver_role == "store_manager"
    assert "89.90 EUR will go to a store manager for approval" in evaluation.text
    (manager_view,) = preview_return(db, request, NOW, actor=staff.manager).evaluations
    assert manager_view.outcome == Outcome.GRANT
