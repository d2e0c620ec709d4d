"""Returns: what the agent asks for, what the rules say about each line, and taking the return.

`preview_return` answers the dialog while the agent fills it in (read only); `take_return` does the same checks
again inside one write transaction, with the order lines locked, and writes the case, its lines, the decisions
its exceptions need, the timeline event and the audit entry. `refund_return` settles a received return once
nothing blocks it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from desk import case_workflow
from desk.actors import Actor
from desk.cases import NewCaseLine, add_case
from desk.db import Database
from desk.decisions import KIND_NAME, PlannedDecision, blocking_decisions, request_decision
from desk.empowerment import evaluate_for, lock_budgets
from desk.enums import CaseKind, CaseState, Channel, DecisionKind, DecisionStatus, ItemCondition, RefundMethod
from desk.errors import InvalidInput, NotFound
from desk.messages import Said, one_after_another, say
from desk.models import Customer, Product, utcnow
from desk.policy import parse_amount
from desk.purchases import lines_by_id
from desk.rule_store import current_rules
from desk.rules.returns import PurchasedLine, ReturnAsk, ReturnVerdict, assess_return
from desk.rules.empowerment import Ask, Evaluation
from desk.rules.settings import ReturnRules
from desk.text import clean_text, normalise_identifier

CENT = Decimal("0.01")
MAX_LINES = 50
MAX_QUANTITY = 999


@dataclass(frozen=True)
class ReturnLineRequest:
    """One line the customer brings back: from an order line, or with no order on file."""

    quantity: int
    condition: ItemCondition | None  # None until the agent has looked at the item
    order_line_id: int | None = None
    serial_number: str | None = None
    reason: str = ""
    accept_exception: bool = False  # the agent accepts it although the rules do not (a decision)
    waive_fee: bool = False  # no restocking fee (a decision)
    # With no order on file: what it is and what the agent would refund.
    description: str = ""
    product_id: int | None = None
    amount: Decimal | str | None = None


@dataclass(frozen=True)
class ReturnRequest:
    customer_id: int
    channel: Channel
    lines: tuple[ReturnLineRequest, ...]
    refund_method: RefundMethod
    items_received: bool  # handed over at the counter; otherwise the return waits for them (phone, web)
    reason_text: str = ""  # why, when anything is an exception or waived
    exchange_product_id: int | None = None
    exchange_quantity: int = 1


@dataclass(frozen=True)
class LinePreview:
    number: int  # 1-based
    description: str
    order_number: str | None
    product_id: int | None
    quantity: int
    condition: ItemCondition
    serial_number: str | None
    verdict: ReturnVerdict | None  # None with no order on file
    value: Decimal
    rules_fee: Decimal  # the restocking fee the rules set
    fee: Decimal  # the fee kept (zero when waived)
    fee_waived: bool
    refund: Decimal
    reasons: tuple[Said, ...]
    problems: tuple[Said, ...]  # what stops this line being taken as it is


@dataclass(frozen=True)
class ReturnPreview:
    lines: tuple[LinePreview, ...]
    currency: str
    value_total: Decimal
    fee_total: Decimal
    refund_total: Decimal
    decisions: tuple[PlannedDecision, ...]
    exchange_price: Decimal | None
    price_difference: Decimal | None  # the customer pays (+) or gets back (-)
    problems: tuple[Said, ...] = field(default=())
    # For each decision, what the empowerment policy says of it for the agent asking (when one was given).
    evaluations: tuple[Evaluation, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class TakenReturn:
    case_id: int
    case_number: str
    state: CaseState
    version: int
    preview: ReturnPreview
    decisions: tuple[DecisionStatus, ...] = ()  # what became of each decision: granted at once, or pending

    @property
    def waiting(self) -> bool:
        return any(status != DecisionStatus.GRANTED for status in self.decisions)


@dataclass(frozen=True)
class ReturnWindow:
    """How a purchase stands for a return today, before anything about the item is known."""

    last_day: date | None  # the later of the store's window and the legal withdrawal; None before delivery
    open: bool  # inside it today
    left: int  # how many can still come back


def return_windows(db: Database, lines: list[PurchasedLine], now: datetime | None = None) -> dict[int, ReturnWindow]:
    """For the list a return is chosen from: each line's window, by the rules in force."""
    now = now or utcnow()
    with db.read() as session:
        rules = current_rules(session).returns
    windows = {}
    for line in lines:
        verdict = assess_return(line, ReturnAsk(1, ItemCondition.UNOPENED, line.serial_number), rules, now)
        ends = [d for d in (verdict.window_ends, verdict.withdrawal_ends) if d is not None]
        windows[line.order_line_id] = ReturnWindow(max(ends) if ends else None, not verdict.needs_exception,
                                                   line.remaining)  # fmt: skip
    return windows


def preview_return(db: Database, request: ReturnRequest, now: datetime | None = None,
                   actor: Actor | None = None) -> ReturnPreview:  # fmt: skip
    """What the rules say of each line and of the whole return, and (given who asks) whether each decision it
    needs is theirs to grant or goes for approval; without writing anything."""
    now = now or utcnow()
    with db.read() as session:
        preview = _assess(session, request, now, lock=False)
        if actor is None or not preview.decisions:
            return preview
        evaluations = tuple(
            evaluate_for(session, actor, request.customer_id,
                         Ask(d.kind, d.amount, preview.currency, d.days_past_window), now)
            for d in preview.decisions
        )  # fmt: skip
        return replace(preview, evaluations=evaluations)


def take_return(db: Database, actor: Actor, request: ReturnRequest, now: datetime | None = None) -> TakenReturn:
    """Write the return as one transaction, or nothing at all with every problem in words."""
    now = now or utcnow()
    with db.write() as session:
        # The budgets first: the case's insert below takes a key-share lock on the customer, and a second
        # transaction doing the same before either locks the budgets would deadlock (PostgreSQL).
        lock_budgets(session, actor.user_id, request.customer_id)
        preview = _assess(session, request, now, lock=True)
        if not preview.ok:
            raise InvalidInput(one_after_another(preview.problems, lines=True))
        customer = session.get(Customer, request.customer_id)
        assert customer is not None  # _assess checked it
        rules = current_rules(session).returns
        state = CaseState.RECEIVED if request.items_received else CaseState.AWAITING_ITEMS
        case = add_case(
            session, actor, customer_id=customer.id, kind=CaseKind.RETURN, state=state,
            channel=Channel(request.channel), store_id=actor.store_id, summary=_summary(preview), opened_at=now,
            lines=[_case_line(request.lines[p.number - 1], p) for p in preview.lines],
            due_at=None if request.items_received else now + timedelta(days=rules.due_days),
            assigned_to=actor.user_id, refund_method=request.refund_method, refund_amount=preview.refund_total,
            restocking_fee=preview.fee_total, currency=preview.currency,
        )  # fmt: skip
        if request.refund_method == RefundMethod.EXCHANGE:
            case.exchange_product_id = request.exchange_product_id
            case.exchange_quantity = request.exchange_quantity
            case.price_difference = preview.price_difference
        reason = _decision_reason(request)
        statuses = tuple(DecisionStatus(request_decision(session, actor, case, planned, preview.currency, reason,
                                                         now).status) for planned in preview.decisions)  # fmt: skip
        session.flush()
        return TakenReturn(case.id, case.case_number, state, case.version, preview, statuses)


def refund_return(db: Database, actor: Actor, case_id: int, expected_version: int | None) -> int:
    """Settle a received return: refunded (or exchanged), once no decision it needs is pending or refused."""
    with db.write() as session:
        case = case_workflow.load_for_change(session, case_id, expected_version)
        if case.kind != CaseKind.RETURN:
            raise InvalidInput(say("{case} is not a return.", case=case.case_number))
        if case.state != CaseState.RECEIVED:
            raise InvalidInput(say("Return {case} can be refunded once its items are received.", case=case.case_number))
        blocked = blocking_decisions(session, case.id)
        if blocked:
            raise InvalidInput(say("Return {case} cannot be settled yet:\n{problems}", case=case.case_number,
                                   problems=one_after_another(blocked, lines=True)))
        exchange = case.refund_method == RefundMethod.EXCHANGE
        if exchange:
            note = say("Exchanged; price difference {difference:.2f} {currency}.",
                       difference=case.price_difference or Decimal(0), currency=case.currency)
        else:
            note = say("Refund {amount:.2f} {currency} to {method}.", amount=case.refund_amount or Decimal(0),
                       currency=case.currency, method=RefundMethod(case.refund_method or RefundMethod.ORIGINAL_PAYMENT))
        case_workflow.move(
            session, actor, case, CaseState.EXCHANGED if exchange else CaseState.REFUNDED, note=note
        )
        return case.version


# --- the checks, shared by preview and take --------------------------------------------------------


def _assess(session: Session, request: ReturnRequest, now: datetime, *, lock: bool) -> ReturnPreview:
    problems: list[Said] = []
    if session.get(Customer, request.customer_id) is None:
        raise NotFound(say("This customer does not exist (any more)."))
    if not request.lines:
        problems.append(say("Add at least one item to return."))
    if len(request.lines) > MAX_LINES:
        raise InvalidInput(say("A return holds at most {most} lines.", most=MAX_LINES))
    try:
        RefundMethod(request.refund_method)
        Channel(request.channel)
    except ValueError:
        raise InvalidInput(say("Choose a refund method and a channel from the lists.")) from None
    ids = [line.order_line_id for line in request.lines if line.order_line_id is not None]
    if any(count > 1 for count in Counter(ids).values()):
        problems.append(say("The same order line is listed twice: change its quantity instead."))
    purchased = lines_by_id(session, ids, lock=lock)
    rules = current_rules(session).returns
    previews = []
    for number, line in enumerate(request.lines, start=1):
        bought = purchased.get(line.order_line_id) if line.order_line_id is not None else None
        if line.order_line_id is not None and bought is None:
            problems.append(say("Line {number}: that order line does not exist (any more).", number=number))
            continue
        preview = _line(session, number, line, bought, rules, now)
        previews.append(preview)
        problems += [say("Line {number} ({description}): {problem}", number=number, description=preview.description,
                         problem=p) for p in preview.problems]  # fmt: skip
    currencies = {line.currency for line in purchased.values()}
    if len(currencies) > 1:
        problems.append(say("Lines bought in different currencies go in separate returns."))
    currency = next(iter(currencies), None) or "EUR"
    decisions = _decisions(request, previews)
    if decisions and not _decision_reason(request):
        problems.append(_say_why(decisions))
    value = sum((p.value for p in previews), Decimal(0))
    fee = sum((p.fee for p in previews), Decimal(0))
    refund = sum((p.refund for p in previews), Decimal(0))
    exchange_price, difference = _exchange(session, request, refund, problems)
    return ReturnPreview(tuple(previews), currency, value, fee, refund, tuple(decisions), exchange_price, difference,
                         tuple(problems))  # fmt: skip


def _line(
    session: Session, number: int, line: ReturnLineRequest, bought: PurchasedLine | None, rules: ReturnRules,
    now: datetime,
) -> LinePreview:  # fmt: skip
    problems: list[Said] = []
    try:
        condition = ItemCondition(line.condition or ItemCondition.UNOPENED)
    except ValueError:
        raise InvalidInput(say("Line {number}: choose the item's condition from the list.", number=number)) from None
    if not isinstance(line.quantity, int) or not 1 <= line.quantity <= MAX_QUANTITY:
        raise InvalidInput(say("Line {number}: the quantity must be a whole number from 1 to {most}.", number=number,
                               most=MAX_QUANTITY))
    serial = normalise_identifier(line.serial_number) if line.serial_number else None
    if serial is not None and len(serial) > 60:
        raise InvalidInput(say("Line {number}: a serial number has at most {most} characters.", number=number,
                               most=60))
    clean_text(line.reason, say("Line {number} reason", number=number), max_length=200, required=False)
    if bought is not None:
        verdict = assess_return(bought, ReturnAsk(line.quantity, condition, serial), rules, now)
        description, value, fee = bought.product_name, verdict.value, verdict.restocking_fee
        reasons = verdict.reasons
        if verdict.refused:
            problems += verdict.refusals
        elif verdict.needs_exception and not line.accept_exception:
            problems.append(say("it is outside the rules: accept it as an exception (with a reason) or leave it out."))
    else:
        verdict = None
        description = clean_text(line.description, say("Line {number} description", number=number), max_length=200)
        product = session.get(Product, line.product_id) if line.product_id is not None else None
        if line.product_id is not None and product is None:
            raise InvalidInput(say("Line {number}: that product does not exist.", number=number))
        unit = parse_amount(line.amount, say("Line {number} amount", number=number))
        if unit is None or unit == 0:
            raise InvalidInput(say("Line {number}: type the amount to refund for an item with no order on file.",
                                   number=number))
        value = (unit * line.quantity).quantize(CENT)
        percent = rules.restocking_percent(product.category if product else "", condition)
        fee = (value * percent / 100).quantize(CENT, rounding=ROUND_HALF_UP)
        reasons = (say("No order on file: the refund is a decision under the empowerment policy."),)
    if line.condition is None:  # the fee depends on it: the agent looks at the item and says
        problems.append(say("choose its condition (unopened, opened, damaged, missing parts)."))
    kept = Decimal(0) if line.waive_fee else fee
    product_id = bought.product_id if bought else line.product_id
    return LinePreview(
        number, description, bought.order_number if bought else None, product_id, line.quantity, condition, serial,
        verdict,
        value, fee, kept, line.waive_fee and fee > 0, value - kept, reasons, tuple(problems),
    )  # fmt: skip


def _decision_reason(request: ReturnRequest) -> str:
    """Why the exceptions are asked for: the reason box, or else what the agent wrote on the lines themselves."""
    typed = clean_text(request.reason_text, say("Reason"), max_length=2000, required=False)
    if typed:
        return typed
    on_lines = [line.reason.strip() for line in request.lines
                if line.reason.strip() and (line.accept_exception or line.waive_fee or line.order_line_id is None)]
    return "; ".join(on_lines)[:2000]  # fmt: skip


def _decisions(request: ReturnRequest, previews: list[LinePreview]) -> list[PlannedDecision]:
    decisions = []
    for p in previews:
        if p.verdict is None:
            decisions.append(PlannedDecision(DecisionKind.REFUND, p.refund, "no_receipt", line=p.number))
        elif p.verdict.needs_exception and request.lines[p.number - 1].accept_exception and not p.verdict.refused:
            code = "outside_window" if p.verdict.days_past_window else "condition_exception"
            decisions.append(PlannedDecision(DecisionKind.RETURN_OUTSIDE_WINDOW, p.refund, code,
                                             p.verdict.days_past_window or None, p.number))  # fmt: skip
        if p.fee_waived:
            decisions.append(PlannedDecision(DecisionKind.FEE_WAIVER, p.rules_fee, "restocking_fee_waived",
                                             line=p.number))  # fmt: skip
    return decisions


def _exchange(
    session: Session, request: ReturnRequest, refund: Decimal, problems: list[Said]
) -> tuple[Decimal | None, Decimal | None]:
    if request.refund_method != RefundMethod.EXCHANGE:
        if request.exchange_product_id is not None:
            problems.append(say("Choose 'exchange' as the refund method to give another product."))
        return None, None
    if request.exchange_product_id is None:
        problems.append(say("Choose the product the customer takes in exchange."))
        return None, None
    product = session.get(Product, request.exchange_product_id)
    if product is None:
        problems.append(say("The product chosen for the exchange does not exist."))
        return None, None
    if not 1 <= request.exchange_quantity <= MAX_QUANTITY:
        problems.append(say("The exchange quantity must be from 1 to {most}.", most=MAX_QUANTITY))
        return None, None
    price = (product.price * request.exchange_quantity).quantize(CENT)
    return price, price - refund


def _case_line(request: ReturnLineRequest, preview: LinePreview) -> NewCaseLine:
    verdict = preview.verdict
    return NewCaseLine(
        description=preview.description,
        quantity=preview.quantity,
        order_line_id=request.order_line_id,
        product_id=preview.product_id,
        serial_number=preview.serial_number,
        condition=preview.condition,
        reason=request.reason,
        amount=preview.refund,
        restocking_fee=preview.rules_fee,
        fee_waived=preview.fee_waived,
        accepted_as_exception=verdict is None or verdict.needs_exception,
        days_past_window=verdict.days_past_window if verdict else None,
        assessment=one_after_another(preview.reasons),
    )


def _summary(preview: ReturnPreview) -> Said:
    items = "; ".join(f"{p.quantity} × {p.description}" for p in preview.lines)[:3900]  # the list is data
    return say("Return of {items}: refund {amount:.2f} {currency}.", items=items, amount=preview.refund_total,
               currency=preview.currency)


def _say_why(decisions: list[PlannedDecision]) -> Said:
    """The decisions that need a reason, each named once (a return asks for three kinds at most)."""
    names = sorted({KIND_NAME[d.kind] for d in decisions})
    if len(names) == 1:
        return say("Say why in the reason box: {decision}.", decision=names[0])
    if len(names) == 2:
        return say("Say why in the reason box: {first}, {second}.", first=names[0], second=names[1])
    if len(names) == 3:
        return say("Say why in the reason box: {first}, {second}, {third}.", first=names[0], second=names[1],
                   third=names[2])
    return say("Say why in the reason box: {decisions}.", decisions=", ".join(names))
