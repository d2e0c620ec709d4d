"""Warranty claims: the verdict at intake, the steps of the repair, and the claims to charge back.

`assess_claim` answers the intake dialog live; `open_claim` writes the claim with its verdict (re-checked in the
transaction), intake details, attachments and, out of warranty, the free or discounted repair asked for (a
decision). The later steps (assign, diagnose, resolve, reject, hand back) each check the state machine and the
version the agent saw. Cover of a repaired fault or a replacement follows the rules file.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desk import approvals, audit, case_workflow, documents, timeline
from desk.actors import Actor
from desk.cases import NewCaseLine, NewWarrantyClaim, add_case
from desk.db import Database
from desk.decisions import PlannedDecision, blocking_decisions, request_decision
from desk.empowerment import lock_budgets
from desk.enums import CaseKind, CaseState, Channel, DecisionKind, DecisionStatus, Entitlement, EventKind, RoleCode
from desk.errors import InvalidInput, NotFound
from desk.messages import say
from desk.models import Case, Customer, OrderLine, Product, StaffUser, Store, WarrantyClaim, utcnow
from desk.policy import parse_amount
from desk.purchases import lines_by_id
from desk.rule_store import current_rules
from desk.rules.dates import local_date
from desk.rules.returns import PurchasedLine
from desk.rules.warranty import (
    FAULT,
    PriorClaim,
    WarrantyAsk,
    WarrantyVerdict,
    replacement_cover_until,
    repair_cover_until,
    warranty_verdict,
)
from desk.text import clean_text, normalise_identifier, spreadsheet_safe

RESOLUTIONS = ("repair", "replace", "refund")
COST_BEARERS = ("store", "supplier", "brand", "customer")
CHARGED_BACK = ("supplier", "brand")
RESOLVED_STATE = {"repair": CaseState.REPAIRED, "replace": CaseState.REPLACED, "refund": CaseState.REFUNDED}


@dataclass(frozen=True)
class ClaimRequest:
    customer_id: int
    channel: Channel
    fault_description: str
    order_line_id: int | None = None  # None: bought elsewhere or no proof of purchase
    serial_number: str | None = None
    description: str = ""  # what the item is, when there is no order line
    cause: str = FAULT
    same_fault_as: str | None = None
    accessories: str = ""
    visible_damage: str = ""
    item_received: bool = True  # at the counter; otherwise the claim waits for the item
    technician_id: int | None = None
    repair_centre: str | None = None
    due_at: datetime | None = None  # default: the rules' due days from now
    quote_amount: Decimal | str | None = None  # out of warranty: what the repair costs
    free_repair_amount: Decimal | str | None = None  # out of warranty: what the store would bear (a decision)
    reason_text: str = ""
    attachments: tuple[documents.NewAttachment, ...] = ()


@dataclass(frozen=True)
class ClaimAssessment:
    verdict: WarrantyVerdict
    line: PurchasedLine | None
    prior: tuple[PriorClaim, ...]


@dataclass(frozen=True)
class OpenedClaim:
    case_id: int
    case_number: str
    state: CaseState
    version: int
    verdict: WarrantyVerdict
    decision_status: DecisionStatus | None = None  # the free or discounted repair asked for: granted or pending
    approver_role: RoleCode | None = None  # who it waits for, when it waits


@dataclass(frozen=True)
class ChargebackRow:
    case_number: str
    opened_at: datetime
    closed_at: datetime | None
    state: CaseState
    customer_number: str
    product: str
    sku: str
    serial_number: str | None
    fault: str
    diagnosis: str
    resolution: str | None
    cost_bearer: str
    charge_to: str
    unit_price: Decimal | None
    currency: str


def assess_claim(
    db: Database, order_line_id: int | None, serial_number: str | None, cause: str = FAULT,
    same_fault_as: str | None = None, now: datetime | None = None,
) -> ClaimAssessment:  # fmt: skip
    """The entitlement verdict for the intake dialog, without writing anything."""
    with db.read() as session:
        return _assess(session, order_line_id, serial_number, cause, same_fault_as, now or utcnow())


def open_claim(db: Database, actor: Actor, request: ClaimRequest, now: datetime | None = None) -> OpenedClaim:
    now = now or utcnow()
    fault = clean_text(request.fault_description, say("Fault description"), max_length=4000)
    accessories = clean_text(request.accessories, say("Accessories"), max_length=300, required=False)
    damage = clean_text(request.visible_damage, say("Visible damage"), max_length=300, required=False)
    reason = clean_text(request.reason_text, say("Reason"), max_length=2000, required=False)
    repair_centre = clean_text(request.repair_centre, say("Repair centre"), max_length=120, required=False) or None
    quote = parse_amount(request.quote_amount, say("Repair quote"))
    free = parse_amount(request.free_repair_amount, say("Free repair amount"))
    if request.due_at is not None and (request.due_at.tzinfo is None or request.due_at < now - timedelta(days=1)):
        raise InvalidInput(say("The due date must be today or later."))
    with db.write() as session:
        lock_budgets(session, actor.user_id, request.customer_id)  # before the case's insert: see returns
        if session.get(Customer, request.customer_id) is None:
            raise NotFound(say("This customer does not exist (any more)."))
        assessment = _assess(session, request.order_line_id, request.serial_number, request.cause,
                             request.same_fault_as, now, lock=True)  # fmt: skip
        verdict, line = assessment.verdict, assessment.line
        serial = normalise_identifier(request.serial_number or "") or None
        if line is not None and line.serial_number and serial is None:
            raise InvalidInput(say("Scan or type the serial number of the item (sold with {sold}).",
                                     sold=line.serial_number))
        if line is None and not request.description.strip():
            raise InvalidInput(say("Describe the item: there is no order on file for it."))
        decision = _free_repair(verdict, quote, free, reason)
        _check_technician(session, request.technician_id)
        rules = current_rules(session).warranty
        state = CaseState.RECEIVED if request.item_received else CaseState.AWAITING_ITEMS
        description = line.product_name if line else clean_text(request.description, say("Item"), max_length=200)
        if line is not None and line.customer_id != request.customer_id:
            # A gift, or the buyer's relative at the counter: allowed, and said where everyone will read it.
            verdict = replace(verdict, reasons=(*verdict.reasons, say("Bought on order {order} by another customer.",
                                                                      order=line.order_number)))  # fmt: skip
        case = add_case(
            session, actor, customer_id=request.customer_id, kind=CaseKind.WARRANTY, state=state,
            channel=Channel(request.channel), store_id=actor.store_id,
            summary=say("{item}: {fault}", item=description[:200], fault=fault[:3790]), opened_at=now,
            due_at=request.due_at or now + timedelta(days=rules.due_days), assigned_to=actor.user_id,
            lines=[NewCaseLine(description, 1, request.order_line_id, line.product_id if line else None, serial,
                               reason=fault[:200], assessment=verdict.text)],
            currency=line.currency if line else "EUR",
            warranty=NewWarrantyClaim(
                serial_number=serial, fault_description=fault, accessories=accessories, visible_damage=damage,
                entitlement=verdict.entitlement, entitlement_reasons=verdict.text, repair_centre=repair_centre,
            ),
        )  # fmt: skip
        claim = session.get(WarrantyClaim, case.id)
        assert claim is not None
        claim.order_line_id = request.order_line_id
        claim.cause = request.cause
        claim.same_fault_as = (request.same_fault_as or "").strip().upper()[:20] or None
        claim.cover_until = verdict.cover_until
        claim.quote_amount = quote
        claim.technician_id = request.technician_id
        for attachment in request.attachments:
            documents.add_attachment(session, actor, case, attachment, now)
        status = approver = None
        if decision is not None:
            asked = request_decision(session, actor, case, decision, case.currency, reason, now)
            status, approver = DecisionStatus(asked.status), approvals.approver_of(session, asked.id)
        session.flush()
        return OpenedClaim(case.id, case.case_number, state, case.version, verdict, status, approver)


def assign_claim(
    db: Database, actor: Actor, case_id: int, expected_version: int | None, *, technician_id: int | None,
    repair_centre: str | None, due_at: datetime | None, now: datetime | None = None,
) -> int:  # fmt: skip
    """Who repairs it and by when; returns the case's new version."""
    centre = clean_text(repair_centre, say("Repair centre"), max_length=120, required=False) or None
    if technician_id is None and centre is None:
        raise InvalidInput(say("Choose a technician or type a repair centre."))
    if due_at is not None and due_at.tzinfo is None:
        raise InvalidInput(say("The due date has no time zone."))
    if due_at is not None and due_at < (now or utcnow()) - timedelta(days=1):
        raise InvalidInput(say("The due date must be today or later."))
    with db.write() as session:
        case, claim = _claim_for_change(session, case_id, expected_version)
        if case.closed_at is not None:
            raise InvalidInput(say("Claim {case} is finished: it cannot be assigned any more.", case=case.case_number))
        _check_technician(session, technician_id)
        before = {"technician_id": claim.technician_id, "repair_centre": claim.repair_centre,
                  "due_at": case.due_at.isoformat() if case.due_at else None}  # fmt: skip
        claim.technician_id, claim.repair_centre = technician_id, centre
        if due_at is not None:
            case.due_at = due_at
        case.assigned_to = technician_id or case.assigned_to
        who = ", ".join(part for part in (_staff_name(session, technician_id), centre) if part)
        if case.due_at:
            title = say("Warranty claim {case}: assigned to {who}; due {due:%d/%m/%Y}", case=case.case_number,
                        who=who, due=case.due_at)
        else:
            title = say("Warranty claim {case}: assigned to {who}", case=case.case_number, who=who)
        timeline.record_event(
            session, customer_id=case.customer_id, kind=EventKind.CASE, channel=case.channel, occurred_at=utcnow(),
            title=title, source_table="after_sales_case",
            source_id=case.id, case_id=case.id, store_id=actor.store_id, actor_id=actor.user_id,
        )  # fmt: skip
        audit.record(session, actor, "warranty.assign", "after_sales_case", case.id, before=before,
                     after={"technician_id": technician_id, "repair_centre": centre,
                            "due_at": case.due_at.isoformat() if case.due_at else None})  # fmt: skip
        _touch(case)
        session.flush()
        return case.version


def start_diagnosis(db: Database, actor: Actor, case_id: int, expected_version: int | None) -> int:
    return case_workflow.change_state(db, actor, case_id, CaseState.DIAGNOSING, expected_version)


def resolve_claim(
    db: Database, actor: Actor, case_id: int, expected_version: int | None, *, resolution: str, diagnosis: str,
    cost_bearer: str, charge_to: str = "", replacement_serial: str | None = None,
    refund_amount: Decimal | str | None = None, now: datetime | None = None,
) -> int:  # fmt: skip
    """Repaired, replaced (with the new serial and its cover) or refunded; who bears the cost is recorded."""
    now = now or utcnow()
    if resolution not in RESOLUTIONS:
        raise InvalidInput(say("Choose repair, replace or refund."))
    text = clean_text(diagnosis, say("Diagnosis"), max_length=4000)
    bearer, charged = _cost(cost_bearer, charge_to)
    new_serial = normalise_identifier(replacement_serial or "") or None
    if resolution == "replace" and new_serial is None:
        raise InvalidInput(say("Scan or type the serial number of the replacement."))
    if new_serial is not None and len(new_serial) > 60:
        raise InvalidInput(say("A serial number has at most 60 characters."))
    refund = parse_amount(refund_amount, say("Refund amount"))
    if resolution == "refund" and not refund:
        raise InvalidInput(say("Type the amount refunded."))
    with db.write() as session:
        case, claim = _claim_for_change(session, case_id, expected_version)
        blocked = blocking_decisions(session, case.id)
        if blocked:
            raise InvalidInput(say("Claim {case} cannot be resolved yet:\n{blocked}", case=case.case_number,
                                     blocked="\n".join(blocked)))
        _check_value_granted(session, case, claim, resolution, bearer, refund)
        claim.diagnosis, claim.resolution, claim.cost_bearer, claim.charge_to = text, resolution, bearer, charged
        note = say("Diagnosis: {text}", text=text)
        if resolution == "replace":
            store = session.get(Store, case.store_id) if case.store_id else None
            rules = current_rules(session).warranty
            today = local_date(now, store.timezone if store else "Europe/Madrid")
            claim.replacement_serial, claim.replaced_on = new_serial, today
            claim.replacement_cover_until = replacement_cover_until(
                claim.cover_until, today, store.country if store else "ES", rules
            )
            note = say("{note}\nReplaced by serial {serial}, covered until {until:%d/%m/%Y}.", note=note,
                       serial=new_serial, until=claim.replacement_cover_until)
        if resolution == "refund":
            case.refund_amount = refund
            note = say("{note}\nRefund {amount:.2f} {currency}.", note=note, amount=refund, currency=case.currency)
        case_workflow.move(session, actor, case, RESOLVED_STATE[resolution], note=note, now=now)
        return case.version


def reject_claim(db: Database, actor: Actor, case_id: int, expected_version: int | None, reason: str) -> int:
    """Not covered, with the reason the customer will read; the item still has to go back to them."""
    with db.write() as session:
        case, claim = _claim_for_change(session, case_id, expected_version)
        claim.entitlement = Entitlement.NOT_COVERED
        case_workflow.move(session, actor, case, CaseState.REJECTED, reason=reason)
        return case.version


def hand_back(db: Database, actor: Actor, case_id: int, expected_version: int | None,
              now: datetime | None = None) -> int:  # fmt: skip
    """The item goes back to the customer; a repaired fault is then covered for the rules' months."""
    now = now or utcnow()
    with db.write() as session:
        case, claim = _claim_for_change(session, case_id, expected_version)
        claim.handed_back_at = now
        note = ""
        if claim.resolution == "repair" and case.state == CaseState.REPAIRED:
            store = session.get(Store, case.store_id) if case.store_id else None
            handed = local_date(now, store.timezone if store else "Europe/Madrid")
            claim.repair_cover_until = repair_cover_until(handed, current_rules(session).warranty)
            if claim.repair_cover_until:
                note = say("The repaired fault is covered until {until:%d/%m/%Y}.", until=claim.repair_cover_until)
        case_workflow.move(session, actor, case, CaseState.RETURNED_TO_CUSTOMER, note=note, now=now)
        return case.version


def chargeback_claims(db: Database, since: datetime, until: datetime) -> list[ChargebackRow]:
    """Claims opened in [since, until) whose cost a supplier or brand bears: to be charged back to them."""
    if since.tzinfo is None or until.tzinfo is None or until <= since:
        raise InvalidInput(say("Give a period with a start before its end."))
    query = (
        select(Case, WarrantyClaim, Customer.customer_number, Product, OrderLine.unit_price)
        .join(WarrantyClaim, WarrantyClaim.case_id == Case.id)
        .join(Customer, Customer.id == Case.customer_id)
        .outerjoin(OrderLine, OrderLine.id == WarrantyClaim.order_line_id)
        .outerjoin(Product, Product.id == OrderLine.product_id)
        .where(WarrantyClaim.cost_bearer.in_(CHARGED_BACK), Case.opened_at >= since, Case.opened_at < until)
        .order_by(WarrantyClaim.charge_to, Case.opened_at, Case.id)
    )
    with db.read() as session:
        return [
            ChargebackRow(
                case.case_number, case.opened_at, case.closed_at, CaseState(case.state), number,
                product.name if product else (case.lines[0].description if case.lines else ""),
                product.sku if product else "", claim.serial_number, claim.fault_description, claim.diagnosis,
                claim.resolution, claim.cost_bearer or "", claim.charge_to or "", price, case.currency,
            )  # fmt: skip
            for case, claim, number, product, price in session.execute(query)
        ]


CHARGEBACK_COLUMNS = (
    "case_number", "opened_at", "closed_at", "state", "customer_number", "product", "sku", "serial_number",
    "fault", "diagnosis", "resolution", "cost_bearer", "charge_to", "unit_price", "currency",
)  # fmt: skip


def chargebacks_csv(rows: Sequence[ChargebackRow]) -> str:
    """The rows as CSV (UTF-8 text, comma-separated, a header line), for the supplier's claim."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CHARGEBACK_COLUMNS)
    for row in rows:
        writer.writerow([
            row.case_number, row.opened_at.isoformat(), row.closed_at.isoformat() if row.closed_at else "",
            row.state.value, row.customer_number, row.product, row.sku, row.serial_number or "",
            spreadsheet_safe(row.fault), spreadsheet_safe(row.diagnosis), row.resolution or "", row.cost_bearer,
            spreadsheet_safe(row.charge_to), f"{row.unit_price:.2f}" if row.unit_price is not None else "", row.currency,
        ])  # fmt: skip
    return out.getvalue()


# --- helpers ---------------------------------------------------------------------------------------


def _assess(
    session: Session, order_line_id: int | None, serial_number: str | None, cause: str, same_fault_as: str | None,
    now: datetime, *, lock: bool = False,
) -> ClaimAssessment:  # fmt: skip
    rules = current_rules(session).warranty
    if cause != FAULT and cause not in rules.not_covered_causes:
        raise InvalidInput(say("'{cause}' is not a cause the desk knows.", cause=cause[:40]))
    if serial_number is not None and len(normalise_identifier(serial_number)) > 60:
        raise InvalidInput(say("A serial number has at most 60 characters."))
    line = None
    if order_line_id is not None:
        line = lines_by_id(session, [order_line_id], lock=lock).get(order_line_id)
        if line is None:
            raise NotFound(say("That order line does not exist (any more)."))
    prior = _prior_claims(session, order_line_id) if order_line_id is not None else ()
    ask = WarrantyAsk(serial_number, cause, (same_fault_as or "").strip().upper() or None)
    return ClaimAssessment(warranty_verdict(line, ask, rules, now, prior), line, prior)


def _prior_claims(session: Session, order_line_id: int) -> tuple[PriorClaim, ...]:
    rows = session.execute(
        select(Case.case_number, WarrantyClaim)
        .join(WarrantyClaim, WarrantyClaim.case_id == Case.id)
        .where(WarrantyClaim.order_line_id == order_line_id, Case.state != CaseState.CANCELLED)
        .order_by(Case.opened_at)
    ).all()
    return tuple(
        PriorClaim(number, c.resolution, c.replacement_serial, c.replaced_on, c.replacement_cover_until,
                   c.repair_cover_until)  # fmt: skip
        for number, c in rows
    )


def _free_repair(
    verdict: WarrantyVerdict, quote: Decimal | None, free: Decimal | None, reason: str
) -> PlannedDecision | None:
    if not free:
        return None
    if verdict.entitlement == Entitlement.IN_WARRANTY:
        raise InvalidInput(say("The claim is in warranty: the repair is free already."))
    if quote is not None and free > quote:
        raise InvalidInput(say("The free part of the repair cannot be more than its quote."))
    if not reason:
        raise InvalidInput(say("Say why in the reason box: free or discounted repair."))
    return PlannedDecision(DecisionKind.FREE_REPAIR, free, "out_of_warranty_repair")


def _check_value_granted(
    session: Session, case: Case, claim: WarrantyClaim, resolution: str, bearer: str, refund: Decimal | None
) -> None:
    """Outside the guarantee, what the store gives is a decision, never a silent step: a free repair is asked for
    at intake (and granted before the claim is resolved); a replacement or a refund at the store's, supplier's or
    brand's cost is not something this step can grant. A refund is never more than was paid for the item."""
    if refund is not None and claim.order_line_id is not None:
        paid = session.scalar(select(OrderLine.unit_price).where(OrderLine.id == claim.order_line_id))
        if paid is not None and refund > paid:
            raise InvalidInput(say("The refund cannot be more than was paid for the item ({paid:.2f} {currency}).",
                                  paid=paid, currency=case.currency))
    if claim.entitlement == Entitlement.IN_WARRANTY or bearer == "customer":
        return
    if resolution == "repair":
        return  # a paid repair (the quote), or a free one already granted through its decision
    entitlement = Entitlement(claim.entitlement) if claim.entitlement else say("not assessed")
    if resolution == "replace":
        raise InvalidInput(say(
            "Claim {case} is {entitlement}: a replacement the customer does not pay for is a goodwill decision. "
            "Record a paid repair, or reject the claim and ask for the gesture as goodwill.",
            case=case.case_number, entitlement=entitlement,
        ))  # fmt: skip
    raise InvalidInput(say(
        "Claim {case} is {entitlement}: a refund the customer does not pay for is a goodwill decision. "
        "Record a paid repair, or reject the claim and ask for the gesture as goodwill.",
        case=case.case_number, entitlement=entitlement,
    ))  # fmt: skip


def _staff_name(session: Session, user_id: int | None) -> str | None:
    return session.scalar(select(StaffUser.full_name).where(StaffUser.id == user_id)) if user_id else None


def _check_technician(session: Session, technician_id: int | None) -> None:
    if technician_id is None:
        return
    user = session.get(StaffUser, technician_id)
    if user is None or not user.active:
        raise InvalidInput(say("That technician does not exist or no longer works here."))


def _cost(cost_bearer: str, charge_to: str) -> tuple[str, str | None]:
    if cost_bearer not in COST_BEARERS:
        raise InvalidInput(say("Choose who bears the cost: the store, the supplier, the brand or the customer."))
    charged = clean_text(charge_to, say("Charged to"), max_length=120, required=cost_bearer in CHARGED_BACK)
    return cost_bearer, charged or None


def _claim_for_change(session: Session, case_id: int, expected_version: int | None) -> tuple[Case, WarrantyClaim]:
    case = case_workflow.load_for_change(session, case_id, expected_version)
    claim = session.get(WarrantyClaim, case.id)
    if case.kind != CaseKind.WARRANTY or claim is None:
        raise InvalidInput(say("{case} is not a warranty claim.", case=case.case_number))
    return case, claim


def _touch(case: Case) -> None:
    """Bump the version of a case whose own columns did not change (its claim did), so open screens see it."""
    flag_modified(case, "summary")
