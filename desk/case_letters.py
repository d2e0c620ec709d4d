"""Printing a case's letter: read the case as LetterData, render it (desk.letters), store it with the case.

The letter is written in the customer's preferred language (Spanish when the desk has no letters in it), with
the identity of the store that handles the case. The decision letter is offered once there is something to tell
the customer: a goodwill case granted or rejected, a return or a claim with a decision granted or rejected.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.actors import Actor
from desk.db import Database
from desk.documents import DocumentInfo, safe_filename, store_document
from desk.enums import CaseKind, CaseState, ContactKind, DecisionStatus
from desk.errors import InvalidInput, NotFound
from desk.messages import Said, say
from desk.letters import (
    LABELS,
    LetterCustomer,
    LetterData,
    LetterDecision,
    LetterItem,
    LetterStore,
    LetterWarranty,
    letter_language,
    render_letter,
)
from desk.models import (
    ApprovalRequest,
    Case,
    ContactPoint,
    Customer,
    Decision,
    Product,
    StaffUser,
    Store,
    WarrantyClaim,
    utcnow,
)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
LETTER_TITLE = {
    "return_receipt": say("Return receipt"),
    "warranty_intake": say("Warranty intake form"),
    "warranty_outcome": say("Warranty outcome letter"),
    "decision_letter": say("Decision letter"),
}
OUTCOME_STATES = (CaseState.REPAIRED, CaseState.REPLACED, CaseState.REFUNDED, CaseState.REJECTED,
                  CaseState.RETURNED_TO_CUSTOMER)  # fmt: skip
GOODWILL_DECIDED = (CaseState.GRANTED, CaseState.REJECTED)  # a goodwill case is its decision
DECIDED = (DecisionStatus.GRANTED, DecisionStatus.REJECTED)


def letters_for(kind: CaseKind, state: CaseState, decided: bool = False) -> tuple[str, ...]:
    """The letters a case can print as it stands. `decided`: a decision on the case is granted or rejected (a
    goodwill case tells by its state alone)."""
    if kind == CaseKind.RETURN:
        letters: tuple[str, ...] = ("return_receipt",)
    elif kind == CaseKind.WARRANTY:
        letters = ("warranty_intake", "warranty_outcome") if state in OUTCOME_STATES else ("warranty_intake",)
    else:
        letters = ()
        decided = decided or state in GOODWILL_DECIDED
    return (*letters, "decision_letter") if decided else letters


def letters_of(session: Session, case: Case) -> tuple[str, ...]:
    """letters_for, with whether a decision on the case is decided read from the database."""
    decided = session.scalar(
        select(Decision.id).where(Decision.case_id == case.id, Decision.status.in_(DECIDED)).limit(1)
    ) is not None  # fmt: skip
    return letters_for(CaseKind(case.kind), CaseState(case.state), decided)


def generate_letter(db: Database, actor: Actor, case_id: int, kind: str, now: datetime | None = None) -> DocumentInfo:
    """Render the letter of `kind` for the case and store it with the case (one transaction)."""
    now = now or utcnow()
    with db.write() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound(say("This case does not exist (any more)."))
        if kind not in letters_of(session, case):
            raise InvalidInput(_nothing_to_print(kind, case.case_number))
        customer = session.get(Customer, case.customer_id) if case.customer_id else None
        language = letter_language(customer.preferred_language if customer else "es")
        content = render_letter(kind, language, letter_data(session, case, actor, now))
        # Named in the letter's own language, like its contents: "R-2026-000147 Justificant de devolució (ca).docx".
        filename = safe_filename(f"{case.case_number} {LABELS[language]['letter'][kind]} ({language}).docx")
        document = store_document(session, actor, case, kind, language, filename, content, DOCX,
                                  _printed(kind, case.case_number), now)  # fmt: skip
        return DocumentInfo(document.id, case.id, kind, language, filename, DOCX, document.size, document.sha256,
                            document.created_at)  # fmt: skip


def _nothing_to_print(kind: str, number: str) -> Said:
    if kind == "return_receipt":
        return say("{case} has no return receipt to print yet.", case=number)
    if kind == "warranty_intake":
        return say("{case} has no warranty intake form to print yet.", case=number)
    if kind == "warranty_outcome":
        return say("{case} has no warranty outcome letter to print yet.", case=number)
    if kind == "decision_letter":
        return say("{case} has no decision letter to print yet.", case=number)
    return say("{case} has no {letter} to print yet.", case=number, letter=kind)


def _printed(kind: str, number: str) -> Said:
    if kind == "return_receipt":
        return say("Return receipt for {case} printed", case=number)
    if kind == "warranty_intake":
        return say("Warranty intake form for {case} printed", case=number)
    if kind == "warranty_outcome":
        return say("Warranty outcome letter for {case} printed", case=number)
    return say("Decision letter for {case} printed", case=number)


def letter_data(session: Session, case: Case, actor: Actor, now: datetime) -> LetterData:
    store = session.get(Store, case.store_id) if case.store_id else None
    if store is None and actor.store_id is not None:
        store = session.get(Store, actor.store_id)
    decisions = session.execute(
        select(Decision, ApprovalRequest.decision_reason)
        .outerjoin(ApprovalRequest, ApprovalRequest.decision_id == Decision.id)
        .where(Decision.case_id == case.id).order_by(Decision.id)
    ).all()  # fmt: skip
    exchange = session.get(Product, case.exchange_product_id) if case.exchange_product_id else None
    value = sum(((line.amount or Decimal(0)) + (line.restocking_fee or Decimal(0)) * (not line.fee_waived)
                 for line in case.lines), Decimal(0))  # fmt: skip
    return LetterData(
        case_number=case.case_number,
        case_kind=str(case.kind),
        state=str(case.state),
        opened_at=case.opened_at,
        printed_at=now,
        timezone=store.timezone if store else "Europe/Madrid",
        currency=case.currency,
        store=LetterStore(store.name, store.address, store.city, store.tax_id) if store else
        LetterStore(None, None, None, None),  # fmt: skip
        customer=_customer(session, case.customer_id),
        agent_name=actor.full_name,
        items=tuple(_item(session, line) for line in case.lines),
        value_total=value if case.kind == CaseKind.RETURN else None,
        fee_total=case.restocking_fee,
        refund_total=case.refund_amount,
        refund_method=str(case.refund_method) if case.refund_method else None,
        exchange_product=exchange.name if exchange else None,
        price_difference=case.price_difference,
        warranty=_warranty(session, case),
        decisions=tuple(_decision(d, reason) for d, reason in decisions),
        end_reason=case.end_reason,
    )


def _decision(decision: Decision, approver_reason: str | None) -> LetterDecision:
    """The decision as a letter tells it; the approver's reason comes from its approval request, when it had one."""
    decided = decision.status in DECIDED
    return LetterDecision(
        str(decision.kind), decision.amount, str(decision.status), reason_code=decision.reason_code or None,
        decided_at=decision.decided_at if decided else None, decision_reason=approver_reason or None,
        currency=decision.currency,
    )  # fmt: skip


def _customer(session: Session, customer_id: int | None) -> LetterCustomer:
    customer = session.get(Customer, customer_id) if customer_id else None
    if customer is None:
        return LetterCustomer(None, None, None, None, None)
    points = session.scalars(
        select(ContactPoint).where(ContactPoint.customer_id == customer.id)
        .order_by(ContactPoint.is_primary.desc(), ContactPoint.id)
    ).all()  # fmt: skip

    def first(kind: ContactKind) -> str | None:
        return next((p.value for p in points if p.kind == kind), None)

    return LetterCustomer(customer.full_name, customer.customer_number, first(ContactKind.ADDRESS),
                          first(ContactKind.EMAIL), first(ContactKind.PHONE))  # fmt: skip


def _item(session: Session, line) -> LetterItem:  # type: ignore[no-untyped-def]
    product = session.get(Product, line.product_id) if line.product_id else None
    return LetterItem(
        description=line.description, sku=product.sku if product else None, quantity=line.quantity,
        serial=line.serial_number, condition=str(line.condition) if line.condition else None, amount=line.amount,
        fee=line.restocking_fee, fee_waived=line.fee_waived, note=line.reason,
    )  # fmt: skip


def _warranty(session: Session, case: Case) -> LetterWarranty | None:
    claim = session.get(WarrantyClaim, case.id) if case.kind == CaseKind.WARRANTY else None
    if claim is None:
        return None
    technician = session.get(StaffUser, claim.technician_id) if claim.technician_id else None
    return LetterWarranty(
        serial=claim.serial_number, fault=claim.fault_description, accessories=claim.accessories,
        visible_damage=claim.visible_damage, cause=claim.cause,
        entitlement=str(claim.entitlement) if claim.entitlement else None, cover_until=claim.cover_until,
        diagnosis=claim.diagnosis, resolution=claim.resolution, replacement_serial=claim.replacement_serial,
        replacement_cover_until=claim.replacement_cover_until, repair_cover_until=claim.repair_cover_until,
        technician=technician.full_name if technician else None, repair_centre=claim.repair_centre,
        due=case.due_at, quote=claim.quote_amount, end_reason=case.end_reason,
    )  # fmt: skip
