"""Plain writers for cases, decisions and surveys: each adds its rows, its timeline event and its audit entry
to the caller's transaction.

These writers check that what they are given is consistent: a state the kind of case has (desk.rules.states),
closed exactly when that state is final, known values, times with a zone, never in the future, in order. Which
state may follow which is checked where states change (desk.case_workflow).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desk import audit, timeline
from desk.rules import states
from desk.actors import Actor
from desk.enums import (
    CaseKind,
    CaseState,
    Channel,
    DecisionKind,
    DecisionStatus,
    Entitlement,
    EventKind,
    ItemCondition,
    RefundMethod,
)
from desk.errors import InvalidInput
from desk.messages import Said, say
from desk.interactions import CLOCK_SKEW
from desk.models import Case, CaseLine, Decision, Survey, WarrantyClaim, utcnow
from desk.text import clean_text, normalise_identifier

CASE_PREFIX = {CaseKind.RETURN: "R", CaseKind.WARRANTY: "W", CaseKind.GOODWILL: "G"}
SEQUENCE_DIGITS = 6
# A decision's kind at the start of its timeline title.
DECISION_LABEL = {
    DecisionKind.REFUND: say("Refund"), DecisionKind.GOODWILL_VOUCHER: say("Goodwill voucher"),
    DecisionKind.GOODWILL_REFUND: say("Goodwill refund"), DecisionKind.FREE_REPAIR: say("Free repair"),
    DecisionKind.FEE_WAIVER: say("Fee waiver"), DecisionKind.RETURN_OUTSIDE_WINDOW: say("Return outside window"),
    DecisionKind.PRICE_ADJUSTMENT: say("Price adjustment"),
}  # fmt: skip


@dataclass(frozen=True)
class NewCaseLine:
    description: str
    quantity: int = 1
    order_line_id: int | None = None
    product_id: int | None = None
    serial_number: str | None = None
    condition: ItemCondition | None = None
    reason: str = ""
    amount: Decimal | None = None
    restocking_fee: Decimal | None = None
    fee_waived: bool = False
    accepted_as_exception: bool = False
    days_past_window: int | None = None
    assessment: str = ""


@dataclass(frozen=True)
class NewWarrantyClaim:
    serial_number: str | None
    fault_description: str
    accessories: str = ""
    visible_damage: str = ""
    entitlement: Entitlement | None = None
    entitlement_reasons: str = ""
    diagnosis: str = ""
    resolution: str | None = None  # repair, replace, refund
    cost_bearer: str | None = None  # manufacturer, retailer, customer
    repair_centre: str | None = None
    replacement_serial: str | None = None


def next_case_number(session: Session, kind: CaseKind, year: int) -> str:
    """The next human number of this kind and year: R-2025-000123. Read inside the writing transaction.

    Race-free: on SQLite the writing transaction already holds the write lock (BEGIN IMMEDIATE); on PostgreSQL a
    transaction-scoped advisory lock per prefix makes a second writer wait until the first commits, and its
    next statement then sees the number the first one took.
    """
    prefix = f"{CASE_PREFIX[kind]}-{year}-"
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": "case_number:" + prefix})
    # A range on the unique index (not LIKE) so the lookup stays an index seek on both databases.
    last = session.scalar(
        select(func.max(Case.case_number)).where(
            Case.case_number >= prefix + "0" * SEQUENCE_DIGITS, Case.case_number <= prefix + "9" * SEQUENCE_DIGITS
        )
    )
    sequence = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{sequence:0{SEQUENCE_DIGITS}d}"


def add_case(
    session: Session,
    actor: Actor,
    *,
    customer_id: int,
    kind: CaseKind,
    state: CaseState,
    channel: Channel,
    store_id: int | None,
    summary: str,
    opened_at: datetime,
    lines: Sequence[NewCaseLine] = (),
    closed_at: datetime | None = None,
    due_at: datetime | None = None,
    assigned_to: int | None = None,
    refund_method: RefundMethod | None = None,
    refund_amount: Decimal | None = None,
    restocking_fee: Decimal | None = None,
    currency: str = "EUR",
    warranty: NewWarrantyClaim | None = None,
) -> Case:
    """Add a case with its lines (and warranty details), its timeline event and its audit entry."""
    kind, state, channel = CaseKind(kind), CaseState(state), Channel(channel)
    states.check_state(kind, state)
    if states.is_final(kind, state) != (closed_at is not None):
        raise InvalidInput(say("A finished case has a closing time; an open one has none."))
    now = utcnow()
    _check_past(opened_at, say("The opening time"), now)
    if closed_at is not None:
        _check_past(closed_at, say("The closing time"), now)
        if closed_at < opened_at:
            raise InvalidInput(say("A case cannot be closed before it was opened."))
    if warranty is not None and kind != CaseKind.WARRANTY:
        raise InvalidInput(say("Only a warranty claim has warranty details."))
    if any(line.quantity <= 0 for line in lines):
        raise InvalidInput(say("Every case line needs a quantity of at least 1."))
    for amount in (refund_amount, restocking_fee, *(line.amount for line in lines),
                   *(line.restocking_fee for line in lines)):  # fmt: skip
        if amount is not None and amount < 0:
            raise InvalidInput(say("An amount cannot be negative."))
    case = Case(
        case_number=next_case_number(session, kind, opened_at.year),
        kind=kind,
        state=state,
        customer_id=customer_id,
        store_id=store_id,
        channel=channel,
        opened_by=actor.user_id,
        assigned_to=assigned_to,
        summary=_kept(summary, clean_text(summary, say("Summary"), max_length=4000)),
        refund_method=refund_method,
        refund_amount=refund_amount,
        restocking_fee=restocking_fee,
        currency=currency,
        opened_at=opened_at,
        closed_at=closed_at,
        due_at=due_at,
        lines=[_case_line(line, currency) for line in lines],
    )
    session.add(case)
    session.flush()
    if warranty is not None:
        session.add(_warranty_claim(case.id, warranty))
    described = "; ".join(f"{line.quantity} × {line.description}" for line in lines)
    title = _opened_title(kind, case.case_number, case.summary)
    timeline.record_event(
        session,
        customer_id=customer_id,
        kind=EventKind.CASE,
        channel=channel,
        occurred_at=opened_at,
        title=title,
        # The summary is in the title; the detail repeats it only when the title had to be cut short.
        detail=_opened_detail(case.summary if len(title) > 200 else "", described),
        source_table="after_sales_case",
        source_id=case.id,
        case_id=case.id,
        store_id=store_id,
        actor_id=actor.user_id,
    )
    audit.record(
        session, actor, "case.create", "after_sales_case", case.id,
        after={"number": case.case_number, "kind": kind.value, "state": state.value, "customer_id": customer_id},
    )  # fmt: skip
    return case


def add_decision(
    session: Session,
    actor: Actor,
    *,
    case: Case,
    kind: DecisionKind,
    amount: Decimal,
    currency: str,
    status: DecisionStatus,
    reason_code: str,
    reason_text: str,
    created_at: datetime,
    decided_by: int | None = None,
    decided_at: datetime | None = None,
    days_past_window: int | None = None,
) -> Decision:
    """Add a decision on a case (requested by `actor`), its timeline event and its audit entry. No limit check:
    the empowerment evaluation belongs to the decision workflow."""
    kind, status = DecisionKind(kind), DecisionStatus(status)
    if not isinstance(amount, Decimal) or not amount.is_finite() or amount < 0:
        raise InvalidInput(say("A decision's amount must be zero or more (a Decimal)."))
    now = utcnow()
    _check_past(created_at, say("The decision time"), now)
    if created_at < case.opened_at:
        raise InvalidInput(say("A decision cannot precede its case."))
    decided = status in (DecisionStatus.GRANTED, DecisionStatus.REJECTED)
    if decided != (decided_at is not None):
        raise InvalidInput(say("A granted or rejected decision has a decision time; a pending or withdrawn one has "
                                 "none."))
    if decided_at is not None:
        _check_past(decided_at, say("The time it was decided"), now)
        if decided_at < created_at:
            raise InvalidInput(say("A decision cannot be decided before it was requested."))
    if case.customer_id is None:
        raise InvalidInput(say("This case has no customer to grant anything to."))
    decision = Decision(
        case_id=case.id,
        customer_id=case.customer_id,
        kind=kind,
        status=status,
        amount=amount,
        currency=currency,
        days_past_window=days_past_window,
        reason_code=clean_text(reason_code, say("Reason code"), max_length=40),
        reason_text=clean_text(reason_text, say("Reason"), max_length=4000, required=False),
        requested_by=actor.user_id,
        decided_by=decided_by,
        created_at=created_at,
        decided_at=decided_at,
    )
    session.add(decision)
    session.flush()
    timeline.record_event(
        session,
        customer_id=case.customer_id,
        kind=EventKind.DECISION,
        channel=case.channel,
        occurred_at=created_at,
        title=say("{kind} {amount:.2f} {currency} {status} on {case}", kind=DECISION_LABEL[kind], amount=amount,
                  currency=currency, status=status, case=case.case_number),
        detail=decision.reason_text,
        source_table="decision",
        source_id=decision.id,
        case_id=case.id,
        store_id=case.store_id,
        actor_id=actor.user_id,
    )
    audit.record(
        session, actor, "decision.create", "decision", decision.id,
        after={"case": case.case_number, "kind": kind.value, "amount": str(amount), "currency": currency,
               "status": status.value, "decided_by": decided_by},
    )  # fmt: skip
    return decision


def add_survey(
    session: Session,
    *,
    customer_id: int,
    case_id: int | None,
    channel: Channel,
    csat: int | None,
    ces: int | None,
    nps: int | None,
    comment: str,
    answered_at: datetime,
) -> Survey:
    """Add a customer's survey answer and its timeline event (the customer wrote it: no staff audit entry)."""
    channel = Channel(channel)
    for value, low, high, name in ((csat, 1, 5, "CSAT"), (ces, 1, 7, say("Effort score")), (nps, 0, 10, "NPS")):
        if value is not None and not low <= value <= high:
            raise InvalidInput(say("{name} must be between {low} and {high}.", name=name, low=low, high=high))
    if csat is None and ces is None and nps is None:
        raise InvalidInput(say("A survey needs at least one score."))
    _check_past(answered_at, say("The answer time"), utcnow())
    case = session.get(Case, case_id) if case_id is not None else None
    if case_id is not None and case is None:
        raise InvalidInput(say("The survey's case does not exist."))
    survey = Survey(
        customer_id=customer_id,
        case_id=case_id,
        channel=channel,
        csat=csat,
        ces=ces,
        nps=nps,
        comment=clean_text(comment, say("Comment"), max_length=4000, required=False),
        answered_at=answered_at,
    )
    session.add(survey)
    session.flush()
    parts = ([say("CSAT {score}/5", score=csat)] if csat is not None else []) + (
        [say("effort {score}/7", score=ces)] if ces is not None else []) + (
        [say("NPS {score}", score=nps)] if nps is not None else [])  # fmt: skip
    scores = parts[-1]
    for part in reversed(parts[:-1]):
        scores = say("{item}, {more}", item=part, more=scores)
    if case is not None:
        title = say("Survey on {case}: {scores}", case=case.case_number, scores=scores)
    else:
        title = say("Survey: {scores}", scores=scores)
    timeline.record_event(
        session,
        customer_id=customer_id,
        kind=EventKind.SURVEY,
        channel=channel,
        occurred_at=answered_at,
        title=title,
        detail=survey.comment,
        source_table="survey",
        source_id=survey.id,
        case_id=case_id,
        store_id=case.store_id if case else None,
    )
    return survey


def _check_past(value: datetime, what: Said, now: datetime) -> None:
    if value.tzinfo is None:
        raise InvalidInput(say("{what} has no time zone.", what=what))
    if value > now + CLOCK_SKEW:
        raise InvalidInput(say("{what} is in the future.", what=what))


def _kept(given: str, cleaned: str) -> str:
    """The cleaned text, still the Said it was given as when cleaning left it as it was."""
    return given if isinstance(given, Said) and cleaned == given else cleaned


def _opened_title(kind: CaseKind, number: str, summary: str) -> Said:
    if kind == CaseKind.RETURN:
        return say("Return {case} opened: {summary}", case=number, summary=summary)
    if kind == CaseKind.WARRANTY:
        return say("Warranty claim {case} opened: {summary}", case=number, summary=summary)
    return say("Goodwill {case} opened: {summary}", case=number, summary=summary)


def _case_line(line: NewCaseLine, currency: str) -> CaseLine:
    return CaseLine(
        order_line_id=line.order_line_id,
        product_id=line.product_id,
        description=clean_text(line.description, say("Item"), max_length=200),
        quantity=line.quantity,
        serial_number=normalise_identifier(line.serial_number) if line.serial_number else None,
        condition=line.condition,
        reason=clean_text(line.reason, say("Reason"), max_length=200, required=False),
        amount=line.amount,
        currency=currency,
        restocking_fee=line.restocking_fee,
        fee_waived=line.fee_waived,
        accepted_as_exception=line.accepted_as_exception,
        days_past_window=line.days_past_window,
        assessment=line.assessment,
    )


def _warranty_claim(case_id: int, claim: NewWarrantyClaim) -> WarrantyClaim:
    return WarrantyClaim(
        case_id=case_id,
        serial_number=normalise_identifier(claim.serial_number) if claim.serial_number else None,
        replacement_serial=normalise_identifier(claim.replacement_serial) if claim.replacement_serial else None,
        fault_description=clean_text(claim.fault_description, say("Fault"), max_length=4000),
        accessories=claim.accessories,
        visible_damage=claim.visible_damage,
        entitlement=claim.entitlement,
        entitlement_reasons=claim.entitlement_reasons,
        diagnosis=claim.diagnosis,
        resolution=claim.resolution,
        cost_bearer=claim.cost_bearer,
        repair_centre=claim.repair_centre,
    )


def _opened_detail(summary: str, described: str) -> str:
    """A case's opening event's detail: its summary when the title had to be cut, and its items."""
    items = say("Items: {items}", items=described) if described else ""
    if summary and items:
        return say("{summary}\n\n{items}", summary=summary, items=items)
    return summary or items
