"""A case as the case screen shows it, and the lists that lead to cases ("my open cases", overdue claims).

Plain data only: the screen never sees an ORM object. One read per call.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from desk.case_letters import letters_of
from desk.db import Database
from desk.decisions import KIND_LABEL as DECISION_LABEL
from desk.decisions import blocking_decisions
from desk.documents import DocumentInfo, documents_of
from desk.enums import CaseKind, CaseState, Channel, DecisionKind, DecisionStatus, Entitlement, RefundMethod
from desk.errors import NotFound
from desk.messages import say, stored
from desk.models import (
    Case,
    Customer,
    Decision,
    OrderLine,
    Product,
    SalesOrder,
    StaffUser,
    Store,
    WarrantyClaim,
    utcnow,
)
from desk.rules import states
from desk.timeline import TimelineRow, case_events

MAX_LIST = 200


@dataclass(frozen=True)
class CaseLineView:
    description: str
    quantity: int
    order_number: str | None
    serial_number: str | None
    condition: str | None
    amount: Decimal | None
    restocking_fee: Decimal | None
    fee_waived: bool
    accepted_as_exception: bool
    assessment: str
    reason: str


@dataclass(frozen=True)
class DecisionView:
    id: int
    kind: DecisionKind
    label: str
    amount: Decimal
    currency: str
    status: DecisionStatus
    reason_text: str
    requested_by: str
    created_at: datetime


@dataclass(frozen=True)
class WarrantyView:
    serial_number: str | None
    replacement_serial: str | None
    fault_description: str
    accessories: str
    visible_damage: str
    cause: str
    entitlement: Entitlement | None
    entitlement_reasons: str
    cover_until: date | None
    diagnosis: str
    resolution: str | None
    quote_amount: Decimal | None
    cost_bearer: str | None
    charge_to: str | None
    technician_id: int | None
    technician: str | None
    repair_centre: str | None
    repair_cover_until: date | None
    replacement_cover_until: date | None


@dataclass(frozen=True)
class CaseDetail:
    id: int
    number: str
    kind: CaseKind
    state: CaseState
    version: int
    customer_id: int | None
    customer_name: str
    customer_number: str
    channel: Channel
    store_name: str | None
    opened_at: datetime
    closed_at: datetime | None
    due_at: datetime | None
    overdue: bool
    opened_by: str | None
    assigned_to: str | None
    summary: str
    end_reason: str | None
    refund_method: RefundMethod | None
    refund_amount: Decimal | None
    restocking_fee: Decimal | None
    currency: str
    exchange_product: str | None
    price_difference: Decimal | None
    lines: tuple[CaseLineView, ...]
    decisions: tuple[DecisionView, ...]
    documents: tuple[DocumentInfo, ...]
    history: tuple[TimelineRow, ...]
    warranty: WarrantyView | None
    next_states: tuple[CaseState, ...]
    letters: tuple[str, ...]
    blocked: tuple[str, ...]  # why it cannot be settled yet (pending or refused decisions)

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class CaseRow:
    """A line of a case list."""

    id: int
    number: str
    kind: CaseKind
    state: CaseState
    customer_id: int | None
    customer_name: str
    opened_at: datetime
    due_at: datetime | None
    overdue: bool
    summary: str
    waiting: bool = False  # a decision on it waits for approval


def case_detail(db: Database, case_id: int, now: datetime | None = None) -> CaseDetail:
    now = now or utcnow()
    with db.read() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound(say("This case does not exist (any more)."))
        customer = session.get(Customer, case.customer_id) if case.customer_id else None
        store = session.get(Store, case.store_id) if case.store_id else None
        exchange = session.get(Product, case.exchange_product_id) if case.exchange_product_id else None
        kind, state = CaseKind(case.kind), CaseState(case.state)
        detail = CaseDetail(
            id=case.id, number=case.case_number, kind=kind, state=state, version=case.version,
            customer_id=case.customer_id, customer_name=customer.full_name if customer else "",
            customer_number=customer.customer_number if customer else "", channel=Channel(case.channel),
            store_name=store.name if store else None, opened_at=case.opened_at, closed_at=case.closed_at,
            due_at=case.due_at, overdue=_overdue(case.due_at, case.closed_at, now),
            opened_by=_name(session, case.opened_by), assigned_to=_name(session, case.assigned_to),
            summary=stored(case.summary, case.summary_wording), end_reason=case.end_reason,
            refund_method=RefundMethod(case.refund_method) if case.refund_method else None,
            refund_amount=case.refund_amount, restocking_fee=case.restocking_fee, currency=case.currency,
            exchange_product=exchange.name if exchange else None, price_difference=case.price_difference,
            lines=_lines(session, case), decisions=_decisions(session, case.id),
            documents=tuple(documents_of(session, case.id)), history=tuple(case_events(session, case.id)), warranty=_warranty(session, case.id) if kind == CaseKind.WARRANTY else None,
            next_states=tuple(sorted(states.next_states(kind, state))), letters=letters_of(session, case),
            blocked=tuple(blocking_decisions(session, case.id)),
        )  # fmt: skip
    return detail


def my_open_cases(db: Database, user_id: int, now: datetime | None = None, limit: int = MAX_LIST) -> list[CaseRow]:
    """Open cases assigned to this person or opened by them, the most urgent first (overdue, then due soonest)."""
    query = _rows_query().where(
        Case.closed_at.is_(None), or_(Case.assigned_to == user_id, Case.opened_by == user_id)
    )
    return _case_rows(db, query, now or utcnow(), limit)


def overdue_claims(db: Database, now: datetime | None = None, limit: int = MAX_LIST) -> list[CaseRow]:
    """Open warranty claims past their due date, the most overdue first."""
    now = now or utcnow()
    query = _rows_query().where(Case.kind == CaseKind.WARRANTY, Case.closed_at.is_(None), Case.due_at < now)
    return _case_rows(db, query, now, limit)


# --- reads ---------------------------------------------------------------------------------------


def _rows_query():  # type: ignore[no-untyped-def]
    return (
        select(Case.id, Case.case_number, Case.kind, Case.state, Case.customer_id, Customer.full_name,
               Case.opened_at, Case.due_at, Case.summary, Case.summary_wording,
               select(Decision.id).where(Decision.case_id == Case.id,
                                         Decision.status == DecisionStatus.PENDING_APPROVAL).exists())
        .outerjoin(Customer, Customer.id == Case.customer_id)
        .order_by(Case.due_at.is_(None), Case.due_at, Case.opened_at, Case.id)
    )  # fmt: skip


def _case_rows(db: Database, query, now: datetime, limit: int) -> list[CaseRow]:  # type: ignore[no-untyped-def]
    with db.read() as session:
        rows = session.execute(query.limit(min(max(limit, 1), MAX_LIST))).all()
    return [
        CaseRow(id, number, CaseKind(kind), CaseState(state), customer_id, name or "", opened_at, due_at,
                _overdue(due_at, None, now), stored(summary, wording), bool(waiting))  # fmt: skip
        for id, number, kind, state, customer_id, name, opened_at, due_at, summary, wording, waiting in rows
    ]


def _overdue(due_at: datetime | None, closed_at: datetime | None, now: datetime) -> bool:
    return closed_at is None and due_at is not None and due_at < now


def _name(session: Session, user_id: int | None) -> str | None:
    return session.scalar(select(StaffUser.full_name).where(StaffUser.id == user_id)) if user_id else None


def _lines(session: Session, case: Case) -> tuple[CaseLineView, ...]:
    numbers = dict(session.execute(
        select(OrderLine.id, SalesOrder.order_number).join(SalesOrder, SalesOrder.id == OrderLine.order_id)
        .where(OrderLine.id.in_([line.order_line_id for line in case.lines if line.order_line_id]))
    ).tuples().all())  # fmt: skip
    return tuple(
        CaseLineView(
            line.description, line.quantity, numbers.get(line.order_line_id), line.serial_number,
            str(line.condition) if line.condition else None, line.amount, line.restocking_fee, line.fee_waived,
            line.accepted_as_exception, stored(line.assessment, line.assessment_wording), line.reason,
        )  # fmt: skip
        for line in case.lines
    )


def _decisions(session: Session, case_id: int) -> tuple[DecisionView, ...]:
    requester = aliased(StaffUser)
    rows = session.execute(
        select(Decision, requester.full_name).outerjoin(requester, requester.id == Decision.requested_by)
        .where(Decision.case_id == case_id).order_by(Decision.created_at, Decision.id)
    ).all()  # fmt: skip
    return tuple(
        DecisionView(d.id, DecisionKind(d.kind), DECISION_LABEL[DecisionKind(d.kind)], d.amount, d.currency,
                     DecisionStatus(d.status), d.reason_text, name or "", d.created_at)  # fmt: skip
        for d, name in rows
    )


def _warranty(session: Session, case_id: int) -> WarrantyView | None:
    claim = session.get(WarrantyClaim, case_id)
    if claim is None:
        return None
    return WarrantyView(
        claim.serial_number, claim.replacement_serial, claim.fault_description, claim.accessories,
        claim.visible_damage, claim.cause, Entitlement(claim.entitlement) if claim.entitlement else None,
        stored(claim.entitlement_reasons, claim.entitlement_wording), claim.cover_until, claim.diagnosis, claim.resolution, claim.quote_amount,
        claim.cost_bearer, claim.charge_to, claim.technician_id, _name(session, claim.technician_id),
        claim.repair_centre, claim.repair_cover_until, claim.replacement_cover_until,
    )  # fmt: skip
