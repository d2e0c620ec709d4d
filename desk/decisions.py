"""Asking for a decision on a case: anything of value granted beyond the plain rules.

Returns, warranty claims and goodwill call `request_decision` for an exception (a return outside its window, a fee
waived, a refund without a receipt, a free repair out of warranty, a voucher...). It locks the budgets it spends,
evaluates the empowerment policy (desk.empowerment), and either grants at once, opens an approval request for the
lowest role whose limit covers it (desk.approvals), or refuses with the reasons. Whatever depends on a decision
waits for it: `blocking_decisions` says what a case still waits for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.actors import Actor
from desk.cases import add_decision
from desk.empowerment import evaluate_for, lock_budgets
from desk.enums import DecisionKind, DecisionStatus
from desk.errors import InvalidInput
from desk.messages import Said, one_after_another, say
from desk.models import Case, Decision, utcnow
from desk.rules.empowerment import Ask, Outcome

KIND_LABEL = {
    DecisionKind.REFUND: say("Refund without a receipt"),
    DecisionKind.GOODWILL_VOUCHER: say("Goodwill voucher"),
    DecisionKind.GOODWILL_REFUND: say("Goodwill refund"),
    DecisionKind.FREE_REPAIR: say("Free or discounted repair"),
    DecisionKind.FEE_WAIVER: say("Fee waived"),
    DecisionKind.RETURN_OUTSIDE_WINDOW: say("Return accepted as an exception"),
    DecisionKind.PRICE_ADJUSTMENT: say("Price adjustment"),
}
# The same inside a sentence ("Say why in the reason box: fee waived.").
KIND_NAME = {
    DecisionKind.REFUND: say("refund without a receipt"),
    DecisionKind.GOODWILL_VOUCHER: say("goodwill voucher"),
    DecisionKind.GOODWILL_REFUND: say("goodwill refund"),
    DecisionKind.FREE_REPAIR: say("free or discounted repair"),
    DecisionKind.FEE_WAIVER: say("fee waived"),
    DecisionKind.RETURN_OUTSIDE_WINDOW: say("return accepted as an exception"),
    DecisionKind.PRICE_ADJUSTMENT: say("price adjustment"),
}


@dataclass(frozen=True)
class PlannedDecision:
    """A decision a request will ask for, shown to the agent before anything is written."""

    kind: DecisionKind
    amount: Decimal
    reason_code: str
    days_past_window: int | None = None
    line: int | None = None  # the line of the request it is about (1-based)

    @property
    def label(self) -> Said:
        return KIND_LABEL[self.kind]


def request_decision(
    session: Session, actor: Actor, case: Case, planned: PlannedDecision, currency: str, reason_text: str,
    now: datetime | None = None,
) -> Decision:  # fmt: skip
    """Grant within the actor's limits, or ask the right approver, or refuse; in the caller's transaction."""
    from desk import approvals  # approvals decide decisions: imported here to keep the modules' order one way

    now = now or utcnow()
    lock_budgets(session, actor.user_id, case.customer_id)
    ask = Ask(planned.kind, planned.amount, currency.upper(), planned.days_past_window)
    result = evaluate_for(session, actor, case.customer_id, ask, now)
    if result.outcome == Outcome.NOT_ALLOWED:
        raise InvalidInput(say("{decision} of {amount:.2f} {currency}: {reasons}", decision=planned.label,
                               amount=planned.amount, currency=currency, reasons=one_after_another(result.reasons)))
    granted = result.outcome == Outcome.GRANT
    decision = add_decision(
        session, actor, case=case, kind=planned.kind, amount=planned.amount, currency=currency.upper(),
        status=DecisionStatus.GRANTED if granted else DecisionStatus.PENDING_APPROVAL,
        reason_code=planned.reason_code, reason_text=reason_text, created_at=now,
        decided_by=actor.user_id if granted else None, decided_at=now if granted else None,
        days_past_window=planned.days_past_window,
    )  # fmt: skip
    if not granted:
        assert result.approver_role is not None
        approvals.open_request(session, actor, decision, result.approver_role, reason_text, now)
    return decision


def blocking_decisions(session: Session, case_id: int) -> list[Said]:
    """Why a case cannot be settled yet: decisions still pending, or refused. Empty when nothing blocks it."""
    problems = []
    for decision in session.scalars(select(Decision).where(Decision.case_id == case_id).order_by(Decision.id)):
        label, amount, currency = KIND_LABEL[DecisionKind(decision.kind)], decision.amount, decision.currency
        if decision.status == DecisionStatus.PENDING_APPROVAL:
            problems.append(say("{decision} ({amount:.2f} {currency}) is waiting for approval.", decision=label,
                                amount=amount, currency=currency))
        elif decision.status == DecisionStatus.REJECTED:
            problems.append(say("{decision} ({amount:.2f} {currency}) was rejected: reject this case, or take it "
                                "again without it.", decision=label, amount=amount,
                                currency=currency))
        elif decision.status == DecisionStatus.WITHDRAWN:
            problems.append(say("{decision} ({amount:.2f} {currency}) was withdrawn or expired: reject this case, "
                                "or take it again without it.", decision=label, amount=amount,
                                currency=currency))
    return problems
