"""Goodwill: a discretionary gesture for the customer (a voucher, a refund, a free or discounted repair, a fee waived,
a price adjusted), with a reason code and the agent's words.

`preview_goodwill` says, while the agent types, what will happen ("You can grant up to 50.00 EUR; 80.00 EUR will go
to a store manager for approval"). `grant_goodwill` opens a goodwill case with its decision, in one transaction:
granted at once within the agent's limits (the case is then granted), or waiting for approval (the case stays
open until the approver decides), or refused with the reasons when nobody may grant it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from desk import approvals
from desk.actors import Actor
from desk.case_workflow import move
from desk.cases import add_case
from desk.db import Database
from desk.decisions import KIND_LABEL, PlannedDecision, request_decision
from desk.empowerment import lock_budgets, preview_decision
from desk.enums import CaseKind, CaseState, Channel, DecisionKind, DecisionStatus, RoleCode
from desk.errors import InvalidInput, NotFound
from desk.messages import Said, say
from desk.models import Case, Customer, utcnow
from desk.policy import parse_amount
from desk.rules.empowerment import Ask, Evaluation
from desk.text import clean_text

GOODWILL_DECISIONS = (
    DecisionKind.GOODWILL_VOUCHER, DecisionKind.GOODWILL_REFUND, DecisionKind.FREE_REPAIR, DecisionKind.FEE_WAIVER,
    DecisionKind.PRICE_ADJUSTMENT,
)  # fmt: skip
# Why the gesture is made: codes the reports group by, with what the desk shows.
REASON_CODES = {
    "late_delivery": say("Late delivery"),
    "missed_installation": say("Missed installation or visit"),
    "repeat_repair": say("Repeated repair of the same fault"),
    "price_drop": say("Price dropped soon after purchase"),
    "damaged_packaging": say("Damaged packaging"),
    "poor_service": say("Poor service or long wait"),
    "restocking_fee": say("Restocking fee waived"),
    "delivery_fee": say("Delivery fee waived"),
    "cancellation_fee": say("Cancellation fee waived"),
    "late_fee": say("Late fee waived"),
    "loyal_customer": say("Loyal customer"),
    "other": say("Other (say why)"),
}


@dataclass(frozen=True)
class GoodwillRequest:
    customer_id: int
    kind: DecisionKind
    amount: Decimal | str | None
    reason_code: str
    reason_text: str
    channel: Channel
    currency: str = "EUR"
    case_id: int | None = None  # the return or claim it is about, when there is one (for the record)


@dataclass(frozen=True)
class GoodwillResult:
    case_id: int
    case_number: str
    status: DecisionStatus
    evaluation_text: str
    approver_role: RoleCode | None = None  # who it waits for, when it waits


def preview_goodwill(db: Database, actor: Actor, customer_id: int, kind: DecisionKind, amount: Decimal | str | None,
                     currency: str = "EUR") -> Evaluation:  # fmt: skip
    """What would happen if this were granted now (nothing is written)."""
    value = _amount(amount)
    return preview_decision(db, actor, customer_id, Ask(_kind(kind), value, currency.upper()))


def grant_goodwill(db: Database, actor: Actor, request: GoodwillRequest, now: datetime | None = None) -> GoodwillResult:
    now = now or utcnow()
    kind = _kind(request.kind)
    amount = _amount(request.amount)
    if request.reason_code not in REASON_CODES:
        raise InvalidInput(say("Choose the reason from the list."))
    text = clean_text(request.reason_text, say("Reason"), max_length=2000, required=request.reason_code == "other")
    if len(request.currency) != 3 or not request.currency.isalpha():
        raise InvalidInput(say("'{code}' is not a currency code such as EUR.", code=request.currency[:10]))
    with db.write() as session:
        lock_budgets(session, actor.user_id, request.customer_id)  # before the case's insert: see desk.returns
        if session.get(Customer, request.customer_id) is None:
            raise NotFound(say("This customer does not exist (any more)."))
        about = session.get(Case, request.case_id) if request.case_id is not None else None
        if request.case_id is not None and (about is None or about.customer_id != request.customer_id):
            raise InvalidInput(say("That case is not this customer's."))
        currency, why = request.currency.upper(), REASON_CODES[request.reason_code]
        if about is None:
            summary = say("{kind} {amount:.2f} {currency}: {reason}", kind=KIND_LABEL[kind], amount=amount,
                          currency=currency, reason=why)
        else:
            summary = say("{kind} {amount:.2f} {currency}: {reason} (about {case})", kind=KIND_LABEL[kind],
                          amount=amount, currency=currency, reason=why, case=about.case_number)
        case = add_case(
            session, actor, customer_id=request.customer_id, kind=CaseKind.GOODWILL, state=CaseState.OPEN,
            channel=Channel(request.channel), store_id=actor.store_id, summary=summary, opened_at=now,
            assigned_to=actor.user_id, currency=request.currency.upper(),
        )  # fmt: skip
        decision = request_decision(session, actor, case, PlannedDecision(kind, amount, request.reason_code),
                                    request.currency, text or REASON_CODES[request.reason_code], now)  # fmt: skip
        if decision.status == DecisionStatus.GRANTED:
            move(session, actor, case, CaseState.GRANTED, now=now)
        session.flush()
        return GoodwillResult(case.id, case.case_number, DecisionStatus(decision.status),
                              _outcome_text(decision.status), approvals.approver_of(session, decision.id))  # fmt: skip


def _outcome_text(status: DecisionStatus) -> Said | str:
    return {DecisionStatus.GRANTED: say("Granted."),
            DecisionStatus.PENDING_APPROVAL: say("Sent for approval.")}.get(DecisionStatus(status), "")  # fmt: skip


def _kind(kind: DecisionKind | str) -> DecisionKind:
    try:
        value = DecisionKind(kind)
    except ValueError:
        raise InvalidInput(say("Choose what to grant from the list.")) from None
    if value not in GOODWILL_DECISIONS:
        raise InvalidInput(say("Choose what to grant from the list."))
    return value


def _amount(amount: Decimal | str | None) -> Decimal:
    value = parse_amount(amount, say("Amount"))
    if value is None or value == 0:
        raise InvalidInput(say("Type the amount, more than zero."))
    return value
