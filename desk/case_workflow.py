"""Moving a case from one state to the next: the one place where a state changes.

`move()` is used inside a service's transaction (after the service's own checks: a refund waits for its
decisions, a replacement needs its new serial); `change_state()` is the service for the plain steps (items
received, diagnosing, awaiting parts, cancelled, rejected, handed back). Each step checks the state machine of
desk.rules.states, refuses a case someone else changed since it was shown (its version), sets `closed_at` on a
final state, and writes a timeline event on the case and an audit entry.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import audit, timeline
from desk.actors import Actor
from desk.db import Database
from desk.enums import CaseKind, CaseState, EventKind
from desk.errors import Conflict, InvalidInput, NotFound
from desk.messages import Said, one_after_another, say
from desk.models import Case, utcnow
from desk.rules import states
from desk.text import clean_text

# Steps that carry more than a state, each with its own service.
OWN_SERVICE = {
    (CaseKind.RETURN, CaseState.REFUNDED): say("Refund the return (it checks its decisions first)."),
    (CaseKind.RETURN, CaseState.EXCHANGED): say("Complete the exchange (it checks its decisions first)."),
    (CaseKind.WARRANTY, CaseState.REPAIRED): say("Record the repair with its diagnosis."),
    (CaseKind.WARRANTY, CaseState.REPLACED): say("Record the replacement with the new serial number."),
    (CaseKind.WARRANTY, CaseState.REFUNDED): say("Record the refund with its amount."),
    (CaseKind.WARRANTY, CaseState.REJECTED): say("Reject the claim with its reason (not covered)."),
    (CaseKind.WARRANTY, CaseState.RETURNED_TO_CUSTOMER): say("Hand the item back to the customer."),
}
NEEDS_REASON = (CaseState.REJECTED, CaseState.CANCELLED)
MAX_REASON = 2000


def load_for_change(session: Session, case_id: int, expected_version: int | None) -> Case:
    """The case, locked for this transaction (PostgreSQL), refused if it changed since it was shown."""
    case = session.scalar(select(Case).where(Case.id == case_id).with_for_update())
    if case is None:
        raise NotFound(say("This case does not exist (any more)."))
    if expected_version is not None and case.version != expected_version:
        raise Conflict(say(
            "Case {case} was changed by someone else a moment ago (it is now {state}). Reload it to see their "
            "change, then try again.", case=case.case_number, state=CaseState(case.state),
        ))  # fmt: skip
    return case


def move(
    session: Session,
    actor: Actor,
    case: Case,
    wanted: CaseState,
    *,
    note: str = "",
    reason: str | None = None,
    now: datetime | None = None,
) -> None:
    """Change the state of `case` inside the caller's transaction, with its timeline event and audit entry."""
    wanted = CaseState(wanted)
    kind, current = CaseKind(case.kind), CaseState(case.state)
    states.check_transition(kind, current, wanted)
    now = now or utcnow()
    if wanted in NEEDS_REASON:
        case.end_reason = clean_text(reason, say("Reason"), max_length=MAX_REASON)
    case.state = wanted
    if states.is_final(kind, wanted):
        case.closed_at = now
    detail = one_after_another([part for part in (case.end_reason if wanted in NEEDS_REASON else "", note) if part],
                               lines=True)
    if case.customer_id is not None:
        timeline.record_event(
            session,
            customer_id=case.customer_id,
            kind=EventKind.CASE,
            channel=case.channel,
            occurred_at=now,
            title=_moved_title(kind, case.case_number, wanted),
            detail=detail,
            source_table="after_sales_case",
            source_id=case.id,
            case_id=case.id,
            store_id=actor.store_id,
            actor_id=actor.user_id,
        )
    audit.record(
        session, actor, "case.state", "after_sales_case", case.id,
        before={"state": current.value}, after={"state": wanted.value, "reason": case.end_reason if wanted in
                                                 NEEDS_REASON else None},
    )  # fmt: skip
    session.flush()


def change_state(
    db: Database, actor: Actor, case_id: int, wanted: CaseState, expected_version: int | None, reason: str = ""
) -> int:
    """A plain step of a case; returns the case's new version. Steps with more to record have their own service."""
    wanted = CaseState(wanted)
    with db.write() as session:
        case = load_for_change(session, case_id, expected_version)
        own = OWN_SERVICE.get((CaseKind(case.kind), wanted))
        if own is not None:
            raise InvalidInput(own)
        move(session, actor, case, wanted, reason=reason or None, note=reason if wanted not in NEEDS_REASON else "")
        return case.version


def _moved_title(kind: CaseKind, number: str, state: CaseState) -> Said:
    if kind == CaseKind.RETURN:
        return say("Return {case}: {state}", case=number, state=state)
    if kind == CaseKind.WARRANTY:
        return say("Warranty claim {case}: {state}", case=number, state=state)
    return say("Goodwill {case}: {state}", case=number, state=state)
