"""Personal data of one customer: export everything held about them, or erase what identifies them.

Both are administrator jobs (desk-admin customer export / erase), each one transaction with its audit entry.
Erasing keeps every financial and audit record valid: orders, amounts, decisions, cases and their states, the
audit and the access log stay; names, contact points and the words people typed about the customer go.
What is kept and why: docs/privacy.md.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from enum import Enum
from pathlib import PurePosixPath
from typing import Any

from sqlalchemy import delete, inspect, or_, select
from sqlalchemy.orm import Session, selectinload

from desk import audit
from desk.actors import Actor
from desk.db import Database
from desk.documents import ATTACHMENT
from desk.errors import InvalidInput, NotFound
from desk.messages import say
from desk.models import (
    ApprovalRequest,
    Case,
    ContactPoint,
    Customer,
    CustomerAccess,
    Decision,
    Document,
    Interaction,
    NameWord,
    NameWordVariant,
    SalesOrder,
    Survey,
    TimelineEvent,
    WarrantyClaim,
    utcnow,
)
from desk.search import customers_named
from desk.text import name_words, normalise_identifier, normalise_name, strip_control

ERASED = "[erased]"
EXPORT_FORMAT = "posventa-desk customer export, version 1"
MAX_KEY = 40
MAX_ID = 2**31 - 1  # integer primary keys; a longer number cannot be an id
_DIGITS = re.compile(r"[0-9]{1,10}")
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,8}")


@dataclass(frozen=True)
class CustomerRef:
    customer_id: int
    customer_number: str
    full_name: str
    erased_at: datetime | None


@dataclass(frozen=True)
class ErasureReport:
    customer_id: int
    customer_number: str
    erased_at: datetime
    contact_points: int  # removed
    interactions: int  # notes erased
    cases: int  # free text erased
    decisions: int  # reasons erased (amounts and statuses kept)
    surveys: int  # comments erased
    timeline_events: int  # titles or details erased
    documents: int  # contents emptied, metadata kept
    name_words: int  # words no other customer has, dropped from the typo index


# --- finding the customer ----------------------------------------------------------------------------


def find_customer(db: Database, key: str | int) -> CustomerRef:
    """The customer a customer number (as printed) or numeric id names; nothing is written."""
    with db.read() as session:
        customer = _resolve(session, key)
        return CustomerRef(customer.id, customer.customer_number, customer.full_name, customer.erased_at)


def _resolve(session: Session, key: str | int, *, lock: bool = False) -> Customer:
    """An int is an id. In text a customer number wins over an id; text that is one customer's number and
    another's id is refused."""
    if isinstance(key, int):
        found = session.get(Customer, key, with_for_update=lock)
        if found is None:
            raise NotFound(say("No customer has the id {id}. Nothing was changed.", id=key))
        return found
    typed = strip_control(str(key or "")).strip()
    if not typed:
        raise InvalidInput(say("Give a customer number (as printed, e.g. C-000123) or the customer's numeric id."))
    if len(typed) > MAX_KEY:
        raise InvalidInput(say("'{typed}…' is too long to be a customer number or id.", typed=typed[:MAX_KEY]))
    by_number = select(Customer).where(Customer.customer_number.in_({typed, normalise_identifier(typed)}))
    customer = session.scalars(by_number.with_for_update() if lock else by_number).first()
    if _DIGITS.fullmatch(typed) and int(typed) <= MAX_ID:
        by_id = session.get(Customer, int(typed), with_for_update=lock)
        if customer is None:
            customer = by_id
        elif by_id is not None and by_id.id != customer.id:
            raise InvalidInput(say(
                "'{typed}' is customer number {typed} and also the id of customer {other}; "
                "give the customer number of the one you mean.", typed=typed, other=by_id.customer_number
            ))
    if customer is None:
        raise NotFound(say("No customer has the number or id '{typed}'. Nothing was changed.", typed=typed))
    return customer


# --- export ------------------------------------------------------------------------------------------


def export_customer(
    db: Database, actor: Actor, key: str | int, *, with_documents: bool = False, now: datetime | None = None
) -> dict[str, Any]:
    """Everything held about one customer as JSON-ready data (money as strings, times ISO-8601 UTC); audited."""
    now = now or utcnow()
    with db.write() as session:  # a write: the audit entry is recorded with the read
        customer = _resolve(session, key)
        data = _export(session, customer, with_documents, now)
        audit.record(
            session, actor, "customer.export", "customer", customer.id,
            after={"number": customer.customer_number, "with_documents": with_documents},
        )  # fmt: skip
        return data


def _export(session: Session, customer: Customer, with_documents: bool, now: datetime) -> dict[str, Any]:
    cid = customer.id
    cases = session.scalars(
        select(Case).where(Case.customer_id == cid).options(selectinload(Case.lines)).order_by(Case.opened_at, Case.id)
    ).all()
    case_ids = [c.id for c in cases]
    numbers = {c.id: c.case_number for c in cases}
    claims = {w.case_id: w for w in session.scalars(select(WarrantyClaim).where(WarrantyClaim.case_id.in_(case_ids)))}
    decisions = _decisions_of(session, cid, case_ids)
    requests = session.scalars(
        select(ApprovalRequest)
        .where(ApprovalRequest.decision_id.in_([d.id for d in decisions]))
        .order_by(ApprovalRequest.created_at, ApprovalRequest.id)
    ).all()

    def decision_data(decision: Decision) -> dict[str, Any]:
        mine = [_plain(r) for r in requests if r.decision_id == decision.id]
        return {**_plain(decision), "approval_requests": mine}

    def case_data(case: Case) -> dict[str, Any]:
        claim = claims.get(case.id)
        return {
            **_plain(case),
            "lines": [_plain(line) for line in case.lines],
            "warranty_claim": _plain(claim) if claim is not None else None,
            "decisions": [decision_data(d) for d in decisions if d.case_id == case.id],
        }

    orders = session.scalars(
        select(SalesOrder).where(SalesOrder.customer_id == cid).options(selectinload(SalesOrder.lines))
        .order_by(SalesOrder.ordered_at, SalesOrder.id)
    ).all()  # fmt: skip
    return {
        "format": EXPORT_FORMAT,
        "exported_at": _value(now),
        "customer": _plain(customer),
        "contact_points": _rows(session, ContactPoint, ContactPoint.customer_id == cid, ContactPoint.id),
        "orders": [{**_plain(o), "lines": [_plain(line) for line in o.lines]} for o in orders],
        "cases": [case_data(c) for c in cases],
        "decisions_without_case": [decision_data(d) for d in decisions if d.case_id not in numbers],
        "interactions": _rows(session, Interaction, Interaction.customer_id == cid, Interaction.occurred_at),
        "timeline": _rows(session, TimelineEvent, TimelineEvent.customer_id == cid, TimelineEvent.occurred_at),
        "surveys": _rows(session, Survey, Survey.customer_id == cid, Survey.answered_at),
        "documents": _documents(session, case_ids, numbers, with_documents),
        "access_log": _rows(session, CustomerAccess, CustomerAccess.customer_id == cid, CustomerAccess.accessed_at),
    }


def _decisions_of(session: Session, customer_id: int, case_ids: list[int]) -> list[Decision]:
    return list(session.scalars(
        select(Decision).where(or_(Decision.customer_id == customer_id, Decision.case_id.in_(case_ids)))
        .order_by(Decision.created_at, Decision.id)
    ))  # fmt: skip


def _documents(session: Session, case_ids: list[int], numbers: dict[int, str], with_content: bool) -> list[dict]:
    documents = session.scalars(
        select(Document).where(Document.case_id.in_(case_ids)).order_by(Document.created_at, Document.id)
    ).all()
    exported = []
    for d in documents:
        row = {
            "id": d.id, "case_number": numbers[d.case_id], "kind": d.kind, "language": d.language,
            "filename": d.filename, "content_type": d.content_type, "size": d.size, "sha256": d.sha256,
            "created_at": _value(d.created_at),
        }  # fmt: skip
        if with_content:
            row["content_base64"] = base64.b64encode(bytes(d.content)).decode("ascii")
        exported.append(row)
    return exported


def _rows(session: Session, model: type, where: Any, order: Any) -> list[dict[str, Any]]:
    return [_plain(row) for row in session.scalars(select(model).where(where).order_by(order, model.id))]


def _plain(row: object) -> dict[str, Any]:
    """Every column of a row (so a column added later is exported too), as JSON-ready values."""
    return {attr.key: _value(getattr(row, attr.key)) for attr in inspect(row).mapper.column_attrs}


def _value(value: object) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


# --- erase -------------------------------------------------------------------------------------------


def erase_customer(db: Database, actor: Actor, key: str | int, now: datetime | None = None) -> ErasureReport:
    """Anonymise one customer; every financial and audit record stays valid. Refuses an erased customer."""
    now = now or utcnow()
    with db.write() as session:
        customer = _resolve(session, key, lock=True)
        if customer.erased_at is not None:
            raise InvalidInput(say(
                "Customer {number} was already erased on {day:%Y-%m-%d}; nothing was changed.",
                number=customer.customer_number, day=customer.erased_at,
            ))
        old_words = name_words(customer.full_name)
        customer.full_name = f"Erased customer {customer.customer_number}"[:200]
        # Not indexed in name_word: an erased customer is never searched for.
        customer.search_name = normalise_name(customer.full_name)
        customer.erased_at = now
        session.flush()  # the name leaves the full-text index (SQLite trigger) before the words are checked
        cases = session.execute(select(Case.id, Case.case_number).where(Case.customer_id == customer.id))
        case_numbers = {case_id: number for case_id, number in cases}
        case_ids = list(case_numbers)
        file_names = _empty_documents(session, case_ids)  # before the timeline, whose titles name the files
        report = ErasureReport(
            customer_id=customer.id,
            customer_number=customer.customer_number,
            erased_at=now,
            contact_points=_remove_contact_points(session, customer.id),
            interactions=_erase_interactions(session, customer.id),
            cases=_erase_cases(session, case_ids),
            decisions=_erase_decisions(session, customer.id, case_ids),
            surveys=_erase_surveys(session, customer.id),
            timeline_events=_erase_timeline(session, customer.id, case_numbers, file_names),
            documents=len(file_names),
            name_words=_forget_name_words(session, customer.id, old_words),
        )
        session.flush()
        # Counts only: the audit is append-only, so it must never hold what was erased.
        audit.record(
            session, actor, "customer.erase", "customer", customer.id,
            after={"number": customer.customer_number, "erased_at": now.isoformat(),
                   "contact_points_removed": report.contact_points, "interactions": report.interactions,
                   "cases": report.cases, "decisions": report.decisions, "surveys": report.surveys,
                   "timeline_events": report.timeline_events, "documents_emptied": report.documents},
        )  # fmt: skip
        return report


def _erased(value: str | None) -> str | None:
    """Text someone typed becomes the placeholder; empty stays empty (nothing was there)."""
    return ERASED if value else value


def _remove_contact_points(session: Session, customer_id: int) -> int:
    points = session.scalars(select(ContactPoint).where(ContactPoint.customer_id == customer_id)).all()
    for point in points:
        session.delete(point)
    return len(points)


def _erase_interactions(session: Session, customer_id: int) -> int:
    """The agent's notes go; channel, direction, time, reason and outcome (short labels) stay for the figures."""
    interactions = session.scalars(select(Interaction).where(Interaction.customer_id == customer_id)).all()
    for interaction in interactions:
        interaction.summary = ERASED
    return len(interactions)


def _erase_cases(session: Session, case_ids: list[int]) -> int:
    """What people wrote on a case goes; items, quantities, serials, amounts, states and rule verdicts stay."""
    cases = session.scalars(select(Case).where(Case.id.in_(case_ids)).options(selectinload(Case.lines))).all()
    for case in cases:
        case.summary = _erased(case.summary) or ""
        case.end_reason = _erased(case.end_reason)
        for line in case.lines:
            line.reason = _erased(line.reason) or ""
    for claim in session.scalars(select(WarrantyClaim).where(WarrantyClaim.case_id.in_(case_ids))):
        # The customer's account of the fault goes; the technician's diagnosis of the device stays (charge-backs).
        claim.fault_description = _erased(claim.fault_description) or ""
        claim.visible_damage = _erased(claim.visible_damage) or ""
    return len(cases)


def _erase_decisions(session: Session, customer_id: int, case_ids: list[int]) -> int:
    """Kind, amount, status, reason code, who and when stay; the words of requester and approver go."""
    decisions = _decisions_of(session, customer_id, case_ids)
    for decision in decisions:
        decision.reason_text = _erased(decision.reason_text) or ""
    requests = session.scalars(
        select(ApprovalRequest).where(ApprovalRequest.decision_id.in_([d.id for d in decisions]))
    )
    for request in requests:
        request.requester_note = _erased(request.requester_note) or ""
        request.decision_reason = _erased(request.decision_reason)
    return len(decisions)


def _erase_surveys(session: Session, customer_id: int) -> int:
    surveys = session.scalars(select(Survey).where(Survey.customer_id == customer_id)).all()
    for survey in surveys:
        survey.comment = _erased(survey.comment) or ""
    return len(surveys)


def _erase_timeline(session: Session, customer_id: int, case_numbers: dict[int, str],
                    file_names: dict[int, tuple[str, str]]) -> int:  # fmt: skip
    """Details repeat typed text (notes, reasons, comments, file names): all go except an order's list of items.
    A case's opening title carries its summary: it is cut after "opened: "; an attachment's title carries its
    file name: the new name replaces it."""
    changed = 0
    for event in session.scalars(select(TimelineEvent).where(TimelineEvent.customer_id == customer_id)):
        title, detail = event.title, event.detail
        if event.source_table != "sales_order":
            detail = _erased(detail) or ""
        if event.source_table == "document" and event.source_id in file_names:
            old_name, new_name = file_names[event.source_id]
            title = title.replace(old_name, new_name)
        number = case_numbers.get(event.case_id) if event.case_id is not None else None
        marker = f"{number} opened: " if number else None
        if marker and marker in title:
            title = title[: title.index(marker) + len(marker)] + ERASED
        if (title, detail) != (event.title, event.detail):
            event.title, event.detail = title, detail  # plain texts: their kept wording goes with them
            changed += 1
        elif event.source_table != "sales_order":
            # A kept wording holds its values whole (a title is cut at 200 characters): it goes too, the erased
            # English text stays.
            event.title_wording = event.detail_wording = None
    return changed


def _empty_documents(session: Session, case_ids: list[int]) -> dict[int, tuple[str, str]]:
    """Letters carry the name and address, attachments may show anything: the bytes go, the row stays (kind,
    language, date, case), with the checksum of the empty content so reading it never reports damage.
    An attachment's name was chosen by a person and is replaced; a letter's name is built from its case.
    Returns every emptied document's (old name, new name)."""
    names = {}
    for document in session.scalars(select(Document).where(Document.case_id.in_(case_ids))):
        old_name = document.filename
        document.content = b""
        document.size = 0
        document.sha256 = hashlib.sha256(b"").hexdigest()
        if document.kind == ATTACHMENT:
            suffix = PurePosixPath(old_name).suffix
            document.filename = f"erased-attachment-{document.id}{suffix if _EXTENSION.fullmatch(suffix) else ''}"
        names[document.id] = (old_name, document.filename)
    return names


def _forget_name_words(session: Session, customer_id: int, words: list[str]) -> int:
    """Drop the erased name's words from the typo index unless another customer's name still has them: a rare
    surname must not stay behind as a hint that someone by that name was a customer."""
    forgotten = 0
    for word in sorted(set(words)):
        if _someone_else_is_named(session, customer_id, word):
            continue
        session.execute(delete(NameWordVariant).where(NameWordVariant.word == word))
        forgotten += session.execute(delete(NameWord).where(NameWord.word == word)).rowcount
    return forgotten


def _someone_else_is_named(session: Session, customer_id: int, word: str) -> bool:
    """Through the search's own full-text query (the word is folded: only a-z and 0-9, and bound as a parameter)."""
    return any(found != customer_id for found in customers_named(session, word))
