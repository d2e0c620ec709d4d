"""Warranty claims on both databases: verdict at intake, attachments, the repair's steps, cover after a repair or
a replacement, chargebacks."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select

from desk import case_workflow
from desk.db import Database
from desk.documents import MAX_ATTACHMENT, NewAttachment, case_documents, document_content
from desk.enums import CaseState, Channel, DecisionKind, DecisionStatus, Entitlement
from desk.errors import Conflict, InvalidInput
from desk.models import Case, Decision, TimelineEvent, WarrantyClaim
from desk.warranty import (
    ClaimRequest,
    assess_claim,
    assign_claim,
    chargeback_claims,
    chargebacks_csv,
    hand_back,
    open_claim,
    reject_claim,
    resolve_claim,
    start_diagnosis,
)
from tests.factories import Staff, make_customer, make_order, make_product

BOUGHT = datetime(2022, 3, 15, 10, tzinfo=timezone.utc)
IN_COVER = datetime(2024, 11, 5, 10, tzinfo=timezone.utc)
PHOTO = NewAttachment("C:\\Users\\ana\\Fotos\\golpe lateral.jpg", b"\xff\xd8\xff" + b"x" * 2000)


@pytest.fixture
def bought(db: Database, staff: Staff) -> dict[str, int]:
    customer = make_customer(db, staff.admin, "Jordi Puig i Ferrer")
    washer = make_product(db, "GRA-1", "Lavadora Bosch Serie 6", "649.00", category="Gran electrodoméstico",
                          warranty_months=0, serialised=True)  # fmt: skip
    (line,) = make_order(db, staff.shop_id, customer, "PED-9", BOUGHT, [(washer, 1, "649.00", "WM-1")])
    return {"customer": customer, "line": line}


def claim(bought: dict[str, int], **extra: object) -> ClaimRequest:
    fields = {"customer_id": bought["customer"], "channel": Channel.STORE, "order_line_id": bought["line"],
              "serial_number": "wm-1", "fault_description": "No centrifuga; hace ruido al girar"} | extra
    return ClaimRequest(**fields)  # type: ignore[arg-type]


def test_a_claim_in_warranty_is_taken_with_its_verdict_and_photo(db: Database, staff: Staff,
                                                                 bought: dict[str, int]) -> None:
    assessment = assess_claim(db, bought["line"], "WM-1", now=IN_COVER)
    assert assessment.verdict.entitlement == Entitlement.IN_WARRANTY
    assert "36-month legal guarantee in ES for goods bought from 2022-01-01, until 15/03/2025" in assessment.verdict.text
    opened = open_claim(db, staff.agent, claim(bought, accessories="Manguera", attachments=(PHOTO,)), IN_COVER)
    assert opened.state == CaseState.RECEIVED and opened.case_number.startswith("W-2024-")
    with db.read() as s:
        case = s.get(Case, opened.case_id)
        details = s.get(WarrantyClaim, opened.case_id)
        assert details.entitlement == Entitlement.IN_WARRANTY and details.cover_until == date(2025, 3, 15)
        assert details.serial_number == "WM-1" and details.accessories == "Manguera"
        assert case.due_at == IN_COVER + timedelta(days=30)
        kinds = s.scalars(select(TimelineEvent.kind).where(TimelineEvent.case_id == case.id)).all()
        assert sorted(kinds) == ["case", "document"]
    (doc,) = case_documents(db, opened.case_id)
    assert doc.filename == "golpe lateral.jpg" and doc.content_type == "image/jpeg" and doc.size == 2003
    info, content = document_content(db, doc.id)
    assert content == PHOTO.content and info.sha256 == doc.sha256


def test_serial_is_required_and_a_wrong_one_is_not_covered(db: Database, staff: Staff, bought: dict[str, int]) -> None:
    with pytest.raises(InvalidInput, match="Scan or type the serial number of the item"):
        open_claim(db, staff.agent, claim(bought, serial_number=None), IN_COVER)
    opened = open_claim(db, staff.agent, claim(bought, serial_number="WM-7"), IN_COVER)
    assert opened.verdict.entitlement == Entitlement.NOT_COVERED
    assert "WM-7 is neither the one sold on order PED-9 (WM-1)" in opened.verdict.text


def test_out_of_warranty_a_free_repair_is_a_decision(db: Database, staff: Staff, bought: dict[str, int]) -> None:
    later = datetime(2025, 6, 1, 10, tzinfo=timezone.utc)
    with pytest.raises(InvalidInput, match="cannot be more than its quote"):
        open_claim(db, staff.agent, claim(bought, quote_amount="120", free_repair_amount="150", reason_text="x"), later)
    with pytest.raises(InvalidInput, match="Say why in the reason box"):
        open_claim(db, staff.agent, claim(bought, quote_amount="120", free_repair_amount="60"), later)
    with pytest.raises(InvalidInput, match="in warranty: the repair is free already"):
        open_claim(db, staff.agent, claim(bought, free_repair_amount="60", reason_text="x"), IN_COVER)
    within = open_claim(db, staff.agent, claim(bought, quote_amount="120", free_repair_amount="60",
                                               reason_text="Cliente de 10 años"), later)  # fmt: skip
    with db.read() as s:  # an agent may grant up to 80.00 EUR of free repair (the default limits)
        (decision,) = s.scalars(select(Decision).where(Decision.case_id == within.case_id)).all()
        assert decision.status == DecisionStatus.GRANTED and decision.decided_by == staff.agent.user_id
    opened = open_claim(db, staff.agent, claim(bought, quote_amount="120,00", free_repair_amount="100",
                                               reason_text="Cliente de 10 años; casi todo a cargo de la tienda"), later)
    assert opened.verdict.entitlement == Entitlement.OUT_OF_WARRANTY
    with db.read() as s:
        (decision,) = s.scalars(select(Decision).where(Decision.case_id == opened.case_id)).all()
        assert decision.kind == DecisionKind.FREE_REPAIR and decision.amount == Decimal("100.00")
        assert decision.status == DecisionStatus.PENDING_APPROVAL
        assert s.get(WarrantyClaim, opened.case_id).quote_amount == Decimal("120.00")
    version = start_diagnosis(db, staff.agent, opened.case_id, opened.version)
    with pytest.raises(InvalidInput, match="waiting for approval"):
        resolve_claim(db, staff.agent, opened.case_id, version, resolution="repair", diagnosis="Rodamiento",
                      cost_bearer="customer")  # fmt: skip


def test_repair_path_then_the_repaired_fault_stays_covered(db: Database, staff: Staff, bought: dict[str, int]) -> None:
    opened = open_claim(db, staff.agent, claim(bought), IN_COVER)
    with pytest.raises(InvalidInput, match="cannot become repaired; it can become: diagnosing, rejected"):
        resolve_claim(db, staff.agent, opened.case_id, opened.version, resolution="repair", diagnosis="Rodamiento",
                      cost_bearer="brand", charge_to="Bosch")  # fmt: skip
    version = assign_claim(db, staff.agent, opened.case_id, opened.version, technician_id=staff.manager.user_id,
                           repair_centre="SAT Bosch Barcelona", due_at=IN_COVER + timedelta(days=10), now=IN_COVER)  # fmt: skip
    assert version > opened.version
    with pytest.raises(Conflict):
        start_diagnosis(db, staff.agent, opened.case_id, opened.version)
    version = start_diagnosis(db, staff.agent, opened.case_id, version)
    version = case_workflow.change_state(db, staff.agent, opened.case_id, CaseState.AWAITING_PARTS, version)
    with pytest.raises(InvalidInput, match="Charged to is empty"):
        resolve_claim(db, staff.agent, opened.case_id, version, resolution="repair", diagnosis="Rodamiento",
                      cost_bearer="brand")  # fmt: skip
    version = resolve_claim(db, staff.agent, opened.case_id, version, resolution="repair",
                            diagnosis="Rodamiento del tambor sustituido", cost_bearer="brand", charge_to="Bosch")
    handed = datetime(2024, 11, 20, 10, tzinfo=timezone.utc)
    hand_back(db, staff.agent, opened.case_id, version, now=handed)
    with db.read() as s:
        case, details = s.get(Case, opened.case_id), s.get(WarrantyClaim, opened.case_id)
        assert case.state == CaseState.RETURNED_TO_CUSTOMER and case.closed_at == handed
        assert details.repair_cover_until == date(2025, 11, 20) and details.technician_id == staff.manager.user_id
    # After the legal guarantee (15/03/2025), the same fault is still covered until 20/11/2025.
    again = assess_claim(db, bought["line"], "WM-1", same_fault_as=opened.case_number,
                         now=datetime(2025, 11, 20, 12, tzinfo=timezone.utc))  # fmt: skip
    assert again.verdict.entitlement == Entitlement.IN_WARRANTY and "stays covered until 20/11/2025" in again.verdict.text
    other = assess_claim(db, bought["line"], "WM-1", now=datetime(2025, 6, 1, tzinfo=timezone.utc))
    assert other.verdict.entitlement == Entitlement.OUT_OF_WARRANTY


def test_replacement_records_the_new_serial_and_its_cover(db: Database, staff: Staff, bought: dict[str, int]) -> None:
    opened = open_claim(db, staff.agent, claim(bought), IN_COVER)
    version = start_diagnosis(db, staff.agent, opened.case_id, opened.version)
    with pytest.raises(InvalidInput, match="serial number of the replacement"):
        resolve_claim(db, staff.agent, opened.case_id, version, resolution="replace", diagnosis="Placa",
                      cost_bearer="supplier", charge_to="Distribuciones Norte")  # fmt: skip
    resolve_claim(db, staff.agent, opened.case_id, version, resolution="replace", diagnosis="Placa quemada",
                  cost_bearer="supplier", charge_to="Distribuciones Norte", replacement_serial="wm-2",
                  now=IN_COVER)  # fmt: skip
    with db.read() as s:
        details = s.get(WarrantyClaim, opened.case_id)
        assert details.replacement_serial == "WM-2" and details.replacement_cover_until == date(2025, 3, 15)
    later = assess_claim(db, bought["line"], "WM-2", now=datetime(2025, 1, 10, tzinfo=timezone.utc))
    assert later.verdict.entitlement == Entitlement.IN_WARRANTY and later.verdict.replacement_of == opened.case_number


def test_a_rejected_claim_is_open_until_the_item_goes_back(db: Database, staff: Staff, bought: dict[str, int]) -> None:
    opened = open_claim(db, staff.agent, claim(bought, cause="liquid_damage"), IN_COVER)
    assert opened.verdict.entitlement == Entitlement.NOT_COVERED
    with pytest.raises(InvalidInput, match="Reason is empty"):
        reject_claim(db, staff.agent, opened.case_id, opened.version, "  ")
    version = reject_claim(db, staff.agent, opened.case_id, opened.version, "Restos de agua en la placa")
    with db.read() as s:
        case = s.get(Case, opened.case_id)
        assert case.state == CaseState.REJECTED and case.closed_at is None and case.end_reason.startswith("Restos")
    hand_back(db, staff.agent, opened.case_id, version)
    with db.read() as s:
        assert s.get(Case, opened.case_id).closed_at is not None


def test_claims_with_no_order_and_bad_input(db: Database, staff: Staff, bought: dict[str, int]) -> None:
    with pytest.raises(InvalidInput, match="Describe the item"):
        open_claim(db, staff.agent, claim(bought, order_line_id=None, serial_number=None), IN_COVER)
    opened = open_claim(db, staff.agent, claim(bought, order_line_id=None, serial_number="X1",
                                               description="Microondas comprado en otra tienda"), IN_COVER)
    assert opened.verdict.entitlement == Entitlement.OUT_OF_WARRANTY and "No purchase on file" in opened.verdict.text
    with pytest.raises(InvalidInput, match="is not a cause"):
        open_claim(db, staff.agent, claim(bought, cause="'; DROP TABLE case_line; --"), IN_COVER)
    with pytest.raises(InvalidInput, match="Fault description is empty"):
        open_claim(db, staff.agent, claim(bought, fault_description=" \n "), IN_COVER)
    with pytest.raises(InvalidInput, match="is empty"):
        open_claim(db, staff.agent, claim(bought, attachments=(NewAttachment("a.jpg", b""),)), IN_COVER)
    with pytest.raises(InvalidInput, match="larger than 10 MB"):
        open_claim(db, staff.agent, claim(bought, attachments=(NewAttachment("a.jpg", b"x" * (MAX_ATTACHMENT + 1)),)),
                   IN_COVER)  # fmt: skip
    with pytest.raises(InvalidInput, match="at most 10 attached files"):
        open_claim(db, staff.agent, claim(bought, attachments=(PHOTO,) * 11), IN_COVER)
    with db.read() as s:
        assert len(s.scalars(select(Case)).all()) == 1  # only the claim with no order


def test_chargebacks_are_listed_and_exported_safely(db: Database, staff: Staff, bought: dict[str, int]) -> None:
    opened = open_claim(db, staff.agent, claim(bought), IN_COVER)
    version = start_diagnosis(db, staff.agent, opened.case_id, opened.version)
    resolve_claim(db, staff.agent, opened.case_id, version, resolution="repair", diagnosis="=HYPERLINK(\"x\")",
                  cost_bearer="brand", charge_to="Bosch")  # fmt: skip
    store_paid = open_claim(db, staff.agent, claim(bought), IN_COVER)
    version = start_diagnosis(db, staff.agent, store_paid.case_id, store_paid.version)
    resolve_claim(db, staff.agent, store_paid.case_id, version, resolution="repair", diagnosis="Ajuste",
                  cost_bearer="store")  # fmt: skip
    rows = chargeback_claims(db, IN_COVER - timedelta(days=1), IN_COVER + timedelta(days=1))
    assert [(r.case_number, r.charge_to, r.unit_price) for r in rows] == [(opened.case_number, "Bosch",
                                                                          Decimal("649.00"))]  # fmt: skip
    parsed = list(csv.DictReader(io.StringIO(chargebacks_csv(rows))))
    assert parsed[0]["diagnosis"] == "'=HYPERLINK(\"x\")" and parsed[0]["sku"] == "GRA-1"
    assert chargeback_claims(db, IN_COVER + timedelta(days=1), IN_COVER + timedelta(days=2)) == []


def test_files_attached_later_and_their_checksum_guard(db: Database, staff: Staff, bought: dict[str, int]) -> None:
    from desk.documents import attach_files
    from desk.models import Document

    opened = open_claim(db, staff.agent, claim(bought), IN_COVER)
    with pytest.raises(InvalidInput, match="at least one file"):
        attach_files(db, staff.agent, opened.case_id, [])
    (info,) = attach_files(db, staff.agent, opened.case_id, [NewAttachment("../../etc/passwd", b"secret")])
    assert info.filename == "passwd" and info.content_type == "application/octet-stream"
    with db.write() as s:  # someone edits the bytes behind the desk's back
        s.get(Document, info.id).content = b"changed"
    with pytest.raises(InvalidInput, match="is damaged: its content no longer matches its checksum"):
        document_content(db, info.id)


def test_out_of_warranty_value_is_never_granted_by_a_plain_step(db: Database, staff: Staff,
                                                                bought: dict[str, int]) -> None:
    later = datetime(2025, 6, 1, 10, tzinfo=timezone.utc)
    opened = open_claim(db, staff.agent, claim(bought, quote_amount="120"), later)
    version = start_diagnosis(db, staff.agent, opened.case_id, opened.version)
    for resolution, extra in (("replace", {"replacement_serial": "WM-9"}), ("refund", {"refund_amount": "100"})):
        with pytest.raises(InvalidInput, match="is out of warranty: a .* the customer does not pay for is a goodwill"):
            resolve_claim(db, staff.agent, opened.case_id, version, resolution=resolution, diagnosis="Placa",
                          cost_bearer="store", **extra)  # fmt: skip
    version = resolve_claim(db, staff.agent, opened.case_id, version, resolution="repair", diagnosis="Placa",
                            cost_bearer="customer")  # fmt: skip
    with pytest.raises(InvalidInput, match="it cannot be assigned any more"):
        hand_back(db, staff.agent, opened.case_id, version)
        assign_claim(db, staff.agent, opened.case_id, None, technician_id=staff.manager.user_id, repair_centre=None,
                     due_at=None)  # fmt: skip


def test_a_refund_is_never_more_than_was_paid(db: Database, staff: Staff, bought: dict[str, int]) -> None:
    opened = open_claim(db, staff.agent, claim(bought), IN_COVER)
    version = start_diagnosis(db, staff.agent, opened.case_id, opened.version)
    with pytest.raises(InvalidInput, match=r"more than was paid for the item \(649.00 EUR\)"):
        resolve_claim(db, staff.agent, opened.case_id, version, resolution="refund", diagnosis="Irreparable",
                      cost_bearer="brand", charge_to="Bosch", refund_amount="650")  # fmt: skip
    resolve_claim(db, staff.agent, opened.case_id, version, resolution="refund", diagnosis="Irreparable",
                  cost_bearer="brand", charge_to="Bosch", refund_amount="649")  # fmt: skip


def test_an_assignment_is_in_the_case_history(db: Database, staff: Staff, bought: dict[str, int]) -> None:
    opened = open_claim(db, staff.agent, claim(bought), IN_COVER)
    assign_claim(db, staff.agent, opened.case_id, opened.version, technician_id=staff.manager.user_id,
                 repair_centre="SAT Bosch", due_at=datetime(2024, 11, 30, 10, tzinfo=timezone.utc), now=IN_COVER)
    with db.read() as s:
        titles = s.scalars(select(TimelineEvent.title).where(TimelineEvent.case_id == opened.case_id)).all()
    assert f"Warranty claim {opened.case_number}: assigned to Marc, SAT Bosch; due 30/11/2024" in titles
