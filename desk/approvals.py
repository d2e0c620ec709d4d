"""Approval requests: a decision above its requester's limit, waiting for someone whose limit covers it.

- `open_request` routes it to the lowest role that covers it (desk.decisions calls it): a store manager of the
  requester's store when that store has one, otherwise the next role up.
- `queue` is what one person may decide now: their level or below, their store for a store manager, never their
  own request, plus what colleagues away delegated to them.
- `decide` approves or rejects (a reason is required to reject), `withdraw` is the requester's. Each ends the
  request exactly once: a conditional update (`WHERE state = 'pending'`) lets one of two simultaneous clicks win and
  tells the other who was first.
- `escalate_due` reminds, moves a forgotten request up one level, and expires one nobody decided in time.
Every change writes the decision, a timeline event on the case, an audit entry, and (PostgreSQL) a NOTIFY on
channel `desk_approvals` in the same transaction, so open desks refresh the moment it commits.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, or_, select, text, update
from sqlalchemy.orm import Session, aliased

from desk import audit, case_workflow, timeline
from desk.actors import Actor
from desk.customer360 import header_in
from desk.db import Database
from desk.decisions import KIND_LABEL
from desk.empowerment import caps, lock_budgets, next_role, staffed_role, usage
from desk.enums import ApprovalState, CaseKind, CaseState, DecisionKind, DecisionStatus, EventKind, LoyaltyTier, RoleCode
from desk.errors import Conflict, InvalidInput, NotFound
from desk.messages import Said, say
from desk.models import (
    ApprovalDelegation,
    ApprovalRequest,
    Case,
    Decision,
    Role,
    StaffUser,
    Store,
    utcnow,
)
from desk.rule_store import current_rules
from desk.rules.empowerment import ROLE_LEVEL, ROLE_NAME, Ask, covers
from desk.text import clean_text

CHANNEL = "desk_approvals"  # PostgreSQL NOTIFY channel
MAX_QUEUE = 200
MAX_DELEGATION_DAYS = 92


@dataclass(frozen=True)
class ApprovalRow:
    """A request as the queue and the requester see it, with the context to decide."""

    id: int
    version: int
    state: ApprovalState
    decision_id: int
    kind: DecisionKind
    label: str
    amount: Decimal
    currency: str
    days_past_window: int | None
    reason_code: str
    reason_text: str
    requested_by: int
    requester: str
    requester_store: str | None
    required_role: RoleCode
    case_id: int | None
    case_number: str | None
    case_kind: CaseKind | None
    customer_id: int | None
    customer_name: str
    customer_number: str
    loyalty_tier: LoyaltyTier | None
    lifetime_spend: dict[str, Decimal]
    goodwill_12m: dict[str, Decimal]
    created_at: datetime
    routed_at: datetime | None
    reminded: bool
    escalations: int
    decided_by: str | None
    decided_at: datetime | None
    decision_reason: str | None
    on_behalf_of: str | None = None  # when the reader may decide it as someone's delegate


# --- opening and routing ---------------------------------------------------------------------------


def open_request(session: Session, actor: Actor, decision: Decision, role: RoleCode, note: str,
                 now: datetime) -> ApprovalRequest:  # fmt: skip
    """Open the request for `decision`, at `role` (moved up while the requester's store has nobody in it)."""
    role = staffed_role(session, role, actor.store_id, _ask(decision))
    rules = current_rules(session).approvals
    request = ApprovalRequest(
        decision_id=decision.id, requested_by=actor.user_id, required_role_id=_role_id(session, role),
        store_id=actor.store_id, state=ApprovalState.PENDING, requester_note=note, created_at=now, routed_at=now,
        expires_at=now + timedelta(hours=rules.expire_after_hours), escalations=0,
    )  # fmt: skip
    session.add(request)
    session.flush()
    audit.record(session, actor, "approval.open", "approval_request", request.id,
                 after={"decision": decision.id, "role": role.value, "amount": str(decision.amount)})  # fmt: skip
    _notify(session, request, "opened")
    return request


def approver_of(session: Session, decision_id: int) -> RoleCode | None:
    """The role a decision's pending request waits for (None when nothing waits)."""
    code = session.scalar(
        select(Role.code).join(ApprovalRequest, ApprovalRequest.required_role_id == Role.id)
        .where(ApprovalRequest.decision_id == decision_id, ApprovalRequest.state == ApprovalState.PENDING)
    )  # fmt: skip
    return RoleCode(code) if code else None


# --- who may decide ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Identity:
    """Someone the reader may act as: themselves, or a colleague who delegated to them."""

    user_id: int
    name: str
    role: RoleCode
    store_id: int | None
    delegated: bool


def _identities(session: Session, actor: Actor, today: date) -> list[_Identity]:
    me = _Identity(actor.user_id or 0, actor.full_name, actor.role, actor.store_id, False)
    if actor.user_id is None:
        return [me]
    rows = session.execute(
        select(StaffUser.id, StaffUser.full_name, Role.code, StaffUser.store_id)
        .join(ApprovalDelegation, ApprovalDelegation.delegator_id == StaffUser.id)
        .join(Role, Role.id == StaffUser.role_id)
        .where(ApprovalDelegation.delegate_id == actor.user_id, ApprovalDelegation.revoked_at.is_(None),
               ApprovalDelegation.starts_on <= today, ApprovalDelegation.ends_on >= today,
               StaffUser.active.is_(True))
    ).all()  # fmt: skip
    return [me, *(_Identity(uid, name, RoleCode(code), store, True) for uid, name, code, store in rows)]


def _refusal(session: Session, actor: Actor, request: ApprovalRequest, decision: Decision,
             now: datetime) -> tuple[Said | None, _Identity | None]:  # fmt: skip
    """Why `actor` may not decide `request` (None when they may), and as whom they decide."""
    if actor.user_id is not None and actor.user_id == request.requested_by:
        return say("Nobody can approve their own request, whatever their role."), None
    required = RoleCode(session.scalar(select(Role.code).where(Role.id == request.required_role_id)))
    ask = _ask(decision)
    for who in _identities(session, actor, now.date()):
        if who.user_id == request.requested_by:
            continue
        if ROLE_LEVEL[who.role] < ROLE_LEVEL[required]:
            continue
        if who.role == RoleCode.STORE_MANAGER and request.store_id is not None and who.store_id != request.store_id:
            continue
        own, _ = caps(session, who.user_id, who.role, ask.kind, ask.currency)
        used = usage(session, who.user_id, decision.customer_id, ask.kind, ask.currency, now)
        if covers(own, ask, used):
            return None, who
    if required == RoleCode.STORE_MANAGER:
        return say("This request needs {role} of the requester's store whose limit covers it.",
                   role=ROLE_NAME[required]), None
    return say("This request needs {role} whose limit covers it.", role=ROLE_NAME[required]), None


# --- reading -----------------------------------------------------------------------------------------


def queue(db: Database, actor: Actor, now: datetime | None = None) -> list[ApprovalRow]:
    """The pending requests `actor` may decide now, the oldest first."""
    now = now or utcnow()
    with db.read() as session:
        identities = _identities(session, actor, now.date())
        max_level = max(ROLE_LEVEL[i.role] for i in identities)
        candidates = session.execute(
            _rows_query().where(ApprovalRequest.state == ApprovalState.PENDING,
                                Role.level <= max_level, ApprovalRequest.requested_by != (actor.user_id or 0))
            .order_by(ApprovalRequest.created_at, ApprovalRequest.id).limit(MAX_QUEUE)
        ).all()  # fmt: skip
        rows = []
        for row in candidates:
            request, decision = row[0], row[1]
            refusal, who = _refusal(session, actor, request, decision, now)
            if refusal is None and who is not None:
                rows.append(_row(session, row, now, who.name if who.delegated else None))
        return rows


def requests_of(db: Database, user_id: int, since: datetime | None = None) -> list[ApprovalRow]:
    """A requester's requests: every pending one, and those decided since `since` (the answers to show)."""
    with db.read() as session:
        query = _rows_query().where(ApprovalRequest.requested_by == user_id)
        if since is not None:
            query = query.where(or_(ApprovalRequest.state == ApprovalState.PENDING,
                                    ApprovalRequest.decided_at > since))  # fmt: skip
        rows = session.execute(query.order_by(ApprovalRequest.created_at.desc()).limit(MAX_QUEUE)).all()
        return [_row(session, row, utcnow(), None) for row in rows]


def request_row(db: Database, request_id: int) -> ApprovalRow:
    with db.read() as session:
        row = session.execute(_rows_query().where(ApprovalRequest.id == request_id)).first()
        if row is None:
            raise NotFound(say("This approval request does not exist (any more)."))
        return _row(session, row, utcnow(), None)


def signature(db: Database) -> tuple[object, ...]:
    """Changes whenever a request is opened, decided, reminded or moved, or a delegation starts or ends: what a
    polling desk compares (SQLite). Built from ids and versions, never from clocks, so a desk whose clock lags
    cannot hide a change."""
    pending = ApprovalRequest.state == ApprovalState.PENDING
    with db.read() as session:
        requests = session.execute(select(
            func.max(ApprovalRequest.id),
            select(func.count()).where(pending).scalar_subquery(),
            select(func.coalesce(func.sum(ApprovalRequest.version), 0)).where(pending).scalar_subquery(),
        )).one()  # fmt: skip
        delegations = session.execute(select(
            func.max(ApprovalDelegation.id), func.count(ApprovalDelegation.revoked_at),
        )).one()  # fmt: skip
        return (*requests, *delegations)


# --- deciding ----------------------------------------------------------------------------------------


def decide(db: Database, actor: Actor, request_id: int, approve: bool, reason: str = "",
           now: datetime | None = None) -> ApprovalState:  # fmt: skip
    """Approve or reject (with a reason the requester will read). Exactly once, whoever clicks first."""
    now = now or utcnow()
    why = clean_text(reason, say("Reason"), max_length=2000, required=not approve)
    with db.write() as session:
        request = session.get(ApprovalRequest, request_id)
        if request is None:
            raise NotFound(say("This approval request does not exist (any more)."))
        _still_pending(session, request)
        decision = session.get(Decision, request.decision_id)
        assert decision is not None
        lock_budgets(session, None, decision.customer_id)  # the customer's 12 months, as the approver sees them
        refusal, who = _refusal(session, actor, request, decision, now)
        if refusal is not None:
            raise InvalidInput(refusal)
        state = ApprovalState.APPROVED if approve else ApprovalState.REJECTED
        _end(session, request, state, actor.user_id, why or None, now)
        decision.status = DecisionStatus.GRANTED if approve else DecisionStatus.REJECTED
        decision.decided_by, decision.decided_at = actor.user_id, now
        colleague = who.name if who is not None and who.delegated else None  # deciding as their delegate
        if approve and colleague:
            what = say("approved by {name} for {colleague}", name=actor.full_name, colleague=colleague)
        elif approve:
            what = say("approved by {name}", name=actor.full_name)
        elif colleague:
            what = say("rejected by {name} for {colleague}", name=actor.full_name, colleague=colleague)
        else:
            what = say("rejected by {name}", name=actor.full_name)
        _record(session, actor, request, decision, what, why, now)
        _settle_goodwill(session, actor, decision, approve, why, now)
        return state


def withdraw(db: Database, actor: Actor, request_id: int, reason: str = "", now: datetime | None = None) -> None:
    """The requester takes the request back (the customer changed their mind, or it was a mistake)."""
    now = now or utcnow()
    why = clean_text(reason, say("Reason"), max_length=2000, required=False)
    with db.write() as session:
        request = session.get(ApprovalRequest, request_id)
        if request is None:
            raise NotFound(say("This approval request does not exist (any more)."))
        if request.requested_by != actor.user_id:
            raise InvalidInput(say("Only the person who asked can withdraw a request."))
        _still_pending(session, request)
        _end(session, request, ApprovalState.WITHDRAWN, None, why or None, now)
        decision = session.get(Decision, request.decision_id)
        assert decision is not None
        decision.status = DecisionStatus.WITHDRAWN
        _record(session, actor, request, decision, say("withdrawn by the requester"), why, now)
        _settle_goodwill(session, actor, decision, False, why or say("Withdrawn by the requester."), now,
                         withdrawn=True)  # fmt: skip


def escalate_due(db: Database, now: datetime | None = None) -> int:
    """Remind, move up, or expire the requests whose time has come; returns how many changed. Safe to run from
    every desk at once: each change is a conditional update on the version it read."""
    now = now or utcnow()
    changed = 0
    with db.write() as session:
        rules = current_rules(session).approvals
        pending = session.scalars(
            select(ApprovalRequest).where(ApprovalRequest.state == ApprovalState.PENDING)
            .order_by(ApprovalRequest.id).limit(500)
        ).all()  # fmt: skip
        for request in pending:
            routed = request.routed_at or request.created_at
            decision = session.get(Decision, request.decision_id)
            assert decision is not None
            due = (request.expires_at is not None and now >= request.expires_at) or now - routed >= timedelta(
                minutes=min(rules.escalate_after_minutes, rules.remind_after_minutes))
            if due:  # the customer's lock before the request's, as a decision takes them (no deadlock between them)
                lock_budgets(session, None, decision.customer_id)
            if request.expires_at is not None and now >= request.expires_at:
                if _end(session, request, ApprovalState.EXPIRED, None, say("Nobody decided in time."), now,
                        strict=False):
                    decision.status = DecisionStatus.WITHDRAWN
                    system = _system_actor()
                    _record(session, system, request, decision, say("expired: nobody decided in time"), "", now)
                    _settle_goodwill(session, system, decision, False, say("Expired: nobody decided in time."), now,
                                     withdrawn=True)  # fmt: skip
                    changed += 1
            elif now - routed >= timedelta(minutes=rules.escalate_after_minutes):
                changed += _escalate(session, request, decision, now)
            elif request.reminded_at is None and now - routed >= timedelta(minutes=rules.remind_after_minutes):
                moved = session.execute(
                    update(ApprovalRequest).where(ApprovalRequest.id == request.id,
                                                  ApprovalRequest.version == request.version)
                    .values(reminded_at=now, version=ApprovalRequest.version + 1)
                ).rowcount  # fmt: skip
                if moved:
                    _notify(session, request, "reminded")
                    changed += 1
    return changed


def _escalate(session: Session, request: ApprovalRequest, decision: Decision, now: datetime) -> int:
    current = RoleCode(session.scalar(select(Role.code).where(Role.id == request.required_role_id)))
    higher = next_role(session, current, _ask(decision), decision.customer_id)
    if higher is None:
        return 0  # already at the top: it waits there until it expires
    moved = session.execute(
        update(ApprovalRequest).where(ApprovalRequest.id == request.id, ApprovalRequest.version == request.version)
        .values(required_role_id=_role_id(session, higher), routed_at=now, reminded_at=None,
                escalations=ApprovalRequest.escalations + 1, version=ApprovalRequest.version + 1)
    ).rowcount  # fmt: skip
    if moved:
        _record(session, _system_actor(), request, decision,
                say("moved up to {role}: nobody decided in time", role=ROLE_NAME[higher]), "", now)  # fmt: skip
    return int(bool(moved))


# --- delegation --------------------------------------------------------------------------------------


def delegate(db: Database, actor: Actor, to_username: str, starts_on: date, ends_on: date) -> int:
    """While `actor` is away, `to_username` may decide what `actor` could, for these days (inclusive)."""
    if ROLE_LEVEL[actor.role] < ROLE_LEVEL[RoleCode.STORE_MANAGER] or actor.user_id is None:
        raise InvalidInput(say("Only those who approve requests can delegate approving them."))
    if ends_on < starts_on:
        raise InvalidInput(say("The delegation cannot end before it starts."))
    if ends_on < utcnow().date():
        raise InvalidInput(say("The delegation would be over already."))
    if (ends_on - starts_on).days + 1 > MAX_DELEGATION_DAYS:
        raise InvalidInput(say("A delegation lasts at most {most} days; make another one after it.",
                               most=MAX_DELEGATION_DAYS))
    with db.write() as session:
        delegate_user = session.scalar(select(StaffUser).where(StaffUser.username == to_username.strip().lower()))
        if delegate_user is None or not delegate_user.active:
            raise NotFound(say("There is no active colleague called {name}.", name=to_username.strip()[:60]))
        if delegate_user.id == actor.user_id:
            raise InvalidInput(say("Delegate to a colleague, not to yourself."))
        row = ApprovalDelegation(delegator_id=actor.user_id, delegate_id=delegate_user.id, starts_on=starts_on,
                                 ends_on=ends_on)  # fmt: skip
        session.add(row)
        session.flush()
        audit.record(session, actor, "approval.delegate", "approval_delegation", row.id,
                     after={"to": delegate_user.username, "from": starts_on.isoformat(), "until": ends_on.isoformat()})
        _notify_delegation(session, row.id)
        return row.id


@dataclass(frozen=True)
class DelegationRow:
    id: int
    delegator: str
    delegate: str
    starts_on: date
    ends_on: date
    delegator_id: int = 0
    delegate_id: int = 0


def delegations_of(db: Database, user_id: int, today: date | None = None) -> list[DelegationRow]:
    """Delegations given or received by this person that are not over or revoked."""
    today = today or utcnow().date()
    giver, taker = aliased(StaffUser), aliased(StaffUser)
    with db.read() as session:
        rows = session.execute(
            select(ApprovalDelegation.id, giver.full_name, taker.full_name, ApprovalDelegation.starts_on,
                   ApprovalDelegation.ends_on, ApprovalDelegation.delegator_id, ApprovalDelegation.delegate_id)
            .join(giver, giver.id == ApprovalDelegation.delegator_id)
            .join(taker, taker.id == ApprovalDelegation.delegate_id)
            .where(or_(ApprovalDelegation.delegator_id == user_id, ApprovalDelegation.delegate_id == user_id),
                   ApprovalDelegation.revoked_at.is_(None), ApprovalDelegation.ends_on >= today)
            .order_by(ApprovalDelegation.starts_on)
        ).all()  # fmt: skip
    return [DelegationRow(*row) for row in rows]


def revoke_delegation(db: Database, actor: Actor, delegation_id: int) -> None:
    with db.write() as session:
        row = session.get(ApprovalDelegation, delegation_id)
        if row is None or row.delegator_id != actor.user_id:
            raise NotFound(say("You have no such delegation."))
        row.revoked_at = utcnow()
        audit.record(session, actor, "approval.revoke_delegation", "approval_delegation", row.id)
        _notify_delegation(session, row.id)


# --- helpers -------------------------------------------------------------------------------------------


def _still_pending(session: Session, request: ApprovalRequest) -> None:
    if request.state == ApprovalState.PENDING:
        return
    who = session.scalar(select(StaffUser.full_name).where(StaffUser.id == request.decided_by))
    state = ApprovalState(request.state)
    if who:
        raise Conflict(say("This request was already {state} by {name}. Nothing was changed.", state=state, name=who))
    raise Conflict(say("This request was already {state}. Nothing was changed.", state=state))


def _end(session: Session, request: ApprovalRequest, state: ApprovalState, decided_by: int | None,
         reason: str | None, now: datetime, *, strict: bool = True) -> bool:  # fmt: skip
    """End the request exactly once: only the update that still finds it pending wins."""
    won = session.execute(
        update(ApprovalRequest).where(ApprovalRequest.id == request.id, ApprovalRequest.state == ApprovalState.PENDING)
        .values(state=state, decided_by=decided_by, decided_at=now, decision_reason=reason,
                version=ApprovalRequest.version + 1)
        .execution_options(synchronize_session=False)
    ).rowcount  # fmt: skip
    session.expire(request)
    if not won and strict:
        session.refresh(request)
        _still_pending(session, request)
        raise Conflict(say("Someone else decided this request a moment ago. Nothing was changed."))
    return bool(won)


def _settle_goodwill(session: Session, actor: Actor, decision: Decision, granted: bool, reason: str,
                     now: datetime, *, withdrawn: bool = False) -> None:  # fmt: skip
    """A goodwill case is its decision: granted, rejected or (withdrawn) cancelled with it."""
    case = session.get(Case, decision.case_id) if decision.case_id else None
    if case is None or case.kind != CaseKind.GOODWILL or case.state != CaseState.OPEN:
        return
    if granted:
        case_workflow.move(session, actor, case, CaseState.GRANTED, now=now)
    else:
        case_workflow.move(session, actor, case, CaseState.CANCELLED if withdrawn else CaseState.REJECTED,
                           reason=reason or say("Not approved."), now=now)  # fmt: skip


def _record(session: Session, actor: Actor, request: ApprovalRequest, decision: Decision, what: Said, reason: str,
            now: datetime) -> None:  # fmt: skip
    label = KIND_LABEL[DecisionKind(decision.kind)]
    case = session.get(Case, decision.case_id) if decision.case_id else None
    if decision.customer_id is not None:
        timeline.record_event(
            session, customer_id=decision.customer_id, kind=EventKind.DECISION, channel=case.channel if case else None,
            occurred_at=now, title=_title(label, decision, what, case), detail=reason, source_table="decision",
            source_id=decision.id, case_id=decision.case_id, store_id=actor.store_id, actor_id=actor.user_id,
        )  # fmt: skip
    session.refresh(request)
    audit.record(session, actor, "approval." + request.state, "approval_request", request.id,
                 after={"decision": decision.id, "what": what, "reason": reason or None})  # fmt: skip
    _notify(session, request, str(request.state))


def _title(label: Said, decision: Decision, what: Said, case: Case | None) -> Said:
    """A decision's event on the timeline: "Goodwill voucher 40.00 EUR approved by Ana on R-2026-00012"."""
    if case is None:
        return say("{decision} {amount:.2f} {currency} {what}", decision=label, amount=decision.amount,
                   currency=decision.currency, what=what)
    return say("{decision} {amount:.2f} {currency} {what} on {case}", decision=label, amount=decision.amount,
               currency=decision.currency, what=what, case=case.case_number)


def _notify(session: Session, request: ApprovalRequest, what: str) -> None:
    if session.get_bind().dialect.name == "postgresql":
        payload = json.dumps({"request": request.id, "what": what, "requested_by": request.requested_by})
        session.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload})


def _notify_delegation(session: Session, delegation_id: int) -> None:
    """A colleague's queue changes when a delegation starts or ends: their desk reloads it."""
    if session.get_bind().dialect.name == "postgresql":
        payload = json.dumps({"delegation": delegation_id, "what": "delegation"})
        session.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload})


def _ask(decision: Decision) -> Ask:
    return Ask(DecisionKind(decision.kind), decision.amount, decision.currency, decision.days_past_window)


def _role_id(session: Session, role: RoleCode) -> int:
    role_id = session.scalar(select(Role.id).where(Role.code == role))
    if role_id is None:
        raise NotFound(say("Role {role} does not exist yet; run `desk-admin upgrade` and create a user first.",
                           role=role))
    return role_id


def _system_actor() -> Actor:
    from desk.actors import system_actor

    return system_actor("approvals", "desk (approval timer)")


def _rows_query():  # type: ignore[no-untyped-def]
    requester = aliased(StaffUser)
    decider = aliased(StaffUser)
    return (
        select(ApprovalRequest, Decision, requester.full_name, Store.name, Role.code, Case.case_number, Case.kind,
               decider.full_name)
        .join(Decision, Decision.id == ApprovalRequest.decision_id)
        .join(Role, Role.id == ApprovalRequest.required_role_id)
        .join(requester, requester.id == ApprovalRequest.requested_by)
        .outerjoin(decider, decider.id == ApprovalRequest.decided_by)
        .outerjoin(Store, Store.id == ApprovalRequest.store_id)
        .outerjoin(Case, Case.id == Decision.case_id)
    )


def _row(session: Session, row, now: datetime, on_behalf_of: str | None) -> ApprovalRow:  # type: ignore[no-untyped-def]
    request, decision, requester, store, role, case_number, case_kind, decider = row
    header = header_in(session, decision.customer_id, now) if decision.customer_id else None
    return ApprovalRow(
        id=request.id, version=request.version, state=ApprovalState(request.state), decision_id=decision.id,
        kind=DecisionKind(decision.kind), label=KIND_LABEL[DecisionKind(decision.kind)], amount=decision.amount,
        currency=decision.currency, days_past_window=decision.days_past_window, reason_code=decision.reason_code,
        reason_text=decision.reason_text, requested_by=request.requested_by, requester=requester,
        requester_store=store, required_role=RoleCode(role), case_id=decision.case_id, case_number=case_number,
        case_kind=CaseKind(case_kind) if case_kind else None, customer_id=decision.customer_id,
        customer_name=header.full_name if header else "", customer_number=header.customer_number if header else "",
        loyalty_tier=header.loyalty_tier if header else None,
        lifetime_spend=header.lifetime_spend if header else {}, goodwill_12m=header.goodwill_12m if header else {},
        created_at=request.created_at, routed_at=request.routed_at, reminded=request.reminded_at is not None,
        escalations=request.escalations, decided_by=decider, decided_at=request.decided_at,
        decision_reason=request.decision_reason, on_behalf_of=on_behalf_of,
    )  # fmt: skip

