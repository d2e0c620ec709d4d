"""Letters printed from real cases on both databases, opened again with python-docx and read."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

import pytest
from docx import Document as WordDocument
from sqlalchemy import select

from desk.case_letters import generate_letter
from desk.db import Database
from desk.documents import case_documents, document_content
from desk.enums import Channel, ItemCondition
from desk.errors import InvalidInput
from desk.models import TimelineEvent
from desk.returns import ReturnLineRequest, ReturnRequest, refund_return, take_return
from desk.warranty import ClaimRequest, hand_back, open_claim, resolve_claim, start_diagnosis
from tests.factories import Staff, make_customer, make_order, make_product

NOW = datetime(2025, 6, 10, 10, 0, tzinfo=timezone.utc)


def text_of(docx: bytes) -> str:
    document = WordDocument(io.BytesIO(docx))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def test_a_return_receipt_in_the_customers_language(db: Database, staff: Staff) -> None:
    customer = make_customer(db, staff.admin, "Núria Martí i Col·lell", preferred_language="ca",
                             emails=["nuria@example.cat"])  # fmt: skip
    tv = make_product(db, "TV-9", 'TV Samsung 55"', "1299.00", category="Televisores", serialised=True)
    (line,) = make_order(db, staff.shop_id, customer, "PED-77", NOW - timedelta(days=3), [(tv, 1, "1299.00", "SN-9")])
    taken = take_return(db, staff.agent, ReturnRequest(
        customer, Channel.STORE, (ReturnLineRequest(1, ItemCondition.OPENED, line, "sn-9", reason="No l'encaixa"),),
        "original_payment", True,  # type: ignore[arg-type]
    ), NOW)  # fmt: skip
    info = generate_letter(db, staff.agent, taken.case_id, "return_receipt", NOW)
    assert info.language == "ca" and info.filename == f"{taken.case_number} Return receipt (ca).docx"
    stored, content = document_content(db, info.id)
    text = text_of(content)
    for expected in (taken.case_number, "Núria Martí i Col·lell", 'TV Samsung 55"', "SN-9", "1.169,10\xa0€",
                     "129,90\xa0€", "Obert", "10 de juny del 2025", "Barcelona Diagonal"):  # fmt: skip
        assert expected in text, expected
    assert "{{" not in text and "{%" not in text
    with db.read() as s:
        titles = s.scalars(select(TimelineEvent.title).where(TimelineEvent.case_id == taken.case_id)).all()
        assert f"Return receipt for {taken.case_number} printed" in titles
    refund_return(db, staff.agent, taken.case_id, taken.version)
    again = generate_letter(db, staff.agent, taken.case_id, "return_receipt", NOW + timedelta(minutes=5))
    assert "Reemborsat" in text_of(document_content(db, again.id)[1])
    assert [d.id for d in case_documents(db, taken.case_id)] == [info.id, again.id]


def test_warranty_intake_and_outcome_letters(db: Database, staff: Staff) -> None:
    customer = make_customer(db, staff.admin, "Begoña García López")  # Spanish by default
    washer = make_product(db, "GRA-7", "Lavadora Balay", "649.00", category="Gran electrodoméstico", serialised=True)
    (line,) = make_order(db, staff.shop_id, customer, "PED-78", NOW - timedelta(days=400),
                         [(washer, 1, "649.00", "WM-77")])  # fmt: skip
    opened = open_claim(db, staff.agent, ClaimRequest(customer, Channel.STORE, "Pierde agua por la puerta",
                                                      line, "WM-77", accessories="Ninguno"), NOW)  # fmt: skip
    with pytest.raises(InvalidInput, match="has no warranty outcome letter to print yet"):
        generate_letter(db, staff.agent, opened.case_id, "warranty_outcome", NOW)
    with pytest.raises(InvalidInput, match="has no return receipt to print yet"):
        generate_letter(db, staff.agent, opened.case_id, "return_receipt", NOW)
    intake = text_of(document_content(db, generate_letter(db, staff.agent, opened.case_id, "warranty_intake",
                                                          NOW).id)[1])  # fmt: skip
    for expected in (opened.case_number, "Pierde agua por la puerta", "WM-77", "En garantía",
                     "Cubierto por la garantía hasta el 6 de mayo de 2027."):
        assert expected in intake, expected
    version = start_diagnosis(db, staff.agent, opened.case_id, opened.version)
    version = resolve_claim(db, staff.agent, opened.case_id, version, resolution="repair", diagnosis="Junta nueva",
                            cost_bearer="brand", charge_to="Balay", now=NOW)  # fmt: skip
    hand_back(db, staff.agent, opened.case_id, version, now=NOW + timedelta(hours=2))
    outcome = text_of(document_content(db, generate_letter(db, staff.agent, opened.case_id, "warranty_outcome",
                                                           NOW + timedelta(hours=3)).id)[1])  # fmt: skip
    for expected in ("Junta nueva", "Reparación", "10 de junio de 2026"):
        assert expected in outcome, expected
