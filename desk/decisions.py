"""Asking for a decision on a case: anything of value granted beyond the plain rules.

Returns and warranty claims call `request_decision` for an exception (a return outside its window, a fee waived,
a refund without a receipt, a free repair out of warranty). Until the empowerment policy evaluates them (the
goodwill and approvals work), every such decision is recorded as pending approval, and whatever depends on it
waits: `blocking_decisions` says what a case still waits for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.actors import Actor
from desk.cases import add_decision
from desk.enums import DecisionKind, DecisionStatus
from desk.models import Case, Decision, utcnow

KIND_LABEL = {
    DecisionKind.REFUND: "Refund without a receipt",
    DecisionKind.GOODWILL_VOUCHER: "Goodwill voucher",
    DecisionKind.GOODWILL_REFUND: "Goodwill refund",
    DecisionKind.FREE_REPAIR: "Free or discounted repair",
    DecisionKind.FEE_WAIVER: "Fee waived",
    DecisionKind.RETURN_OUTSIDE_WINDOW: "Return accepted as an exception",
    DecisionKind.PRICE_ADJUSTMENT: "Price adjustment",
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
    def label(self) -> str:
        return KIND_LABEL[self.kind]


def request_decision(
    session: Session, actor: Actor, case: Case, planned: PlannedDecision, currency: str, reason_text: str,
    now: datetime | None = None,
) -> Decision:  # fmt: skip
    return add_decision(
        session, actor, case=case, kind=planned.kind, amount=planned.amount, currency=currency,
        status=DecisionStatus.PENDING_APPROVAL, reason_code=planned.reason_code, reason_text=reason_text,
        created_at=now or utcnow(), days_past_window=planned.days_past_window,
    )  # fmt: skip


def blocking_decisions(session: Session, case_id: int) -> list[str]:
    """Why a case cannot be settled yet: decisions still pending, or refused. Empty when nothing blocks it."""
    problems = []
    for decision in session.scalars(select(Decision).where(Decision.case_id == case_id).order_by(Decision.id)):
        label = f"{KIND_LABEL[DecisionKind(decision.kind)]} ({decision.amount:.2f} {decision.currency})"
        if decision.status == DecisionStatus.PENDING_APPROVAL:
            problems.append(f"{label} is waiting for approval.")
        elif decision.status == DecisionStatus.REJECTED:
            problems.append(f"{label} was rejected: reject this case, or take it again without it.")
    return problems
