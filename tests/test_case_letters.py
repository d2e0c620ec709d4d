"""Letters printed from real cases on both databases, opened again with python-docx and read."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

import pytest
from docx import Document as WordDocument
from sqlalchemy import select

from desk import approvals
from desk.case_letters import generate_letter, letters_for
from desk.case_view import case_detail
from desk.db import Database
from desk.documents import case_documents, document_content
from desk.enums import CaseKind, CaseState, Channel, DecisionKind, DecisionStatus, ItemCondition
from desk.errors import InvalidInput
from desk.goodwill import GoodwillRequest, grant_goodwill
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
    assert info.language == "ca" and info.filename == f"{taken.case_number} Justificant de devolució (ca).docx"
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


# --- the decision letter ----------------------------------------------------------------------------------

INTERNAL_NOTE = "Nota interna: ya llamó tres veces, muy enfadada"
GRANTED = {
    "es": ["Respuesta a su solicitud", "Estimado/a Laia Ferrer Soler:", "Vale de cortesía", "30,00\xa0€",
           "Lo hemos aprobado el 10 de junio de 2025.", "Motivo: el retraso en la entrega de su pedido.",
           "Esperamos que esta solución sea de su agrado.", "Concedido"],
    "ca": ["Resposta a la vostra sol·licitud", "Benvolgut/uda Laia Ferrer Soler,", "Val de cortesia", "30,00\xa0€",
           "L'hem aprovat el 10 de juny del 2025.", "Motiu: el retard en el lliurament de la vostra comanda.",
           "Esperem que aquesta solució sigui del vostre grat.", "Concedit"],
    "en": ["Our reply to your request", "Dear Laia Ferrer Soler,", "Goodwill voucher", "€30.00",
           "Approved on 10 June 2025.", "Reason: the late delivery of your order.",
           "We hope you are happy with this solution.", "Granted"],
}  # fmt: skip
REJECTED = {
    "es": ["Vale de cortesía", "120,00\xa0€", "Lamentablemente, no nos ha sido posible aprobarlo.",
           "Motivo: El retraso ya se compensó con el envío gratuito.", "Lamentamos no poder darle", "Rechazado"],
    "ca": ["Val de cortesia", "120,00\xa0€", "Malauradament, no ens ha estat possible aprovar-ho.",
           "Motiu: El retraso ya se compensó con el envío gratuito.", "Lamentem no poder-vos donar", "Rebutjat"],
    "en": ["Goodwill voucher", "€120.00", "Unfortunately, we have not been able to approve this.",
           "Reason: El retraso ya se compensó con el envío gratuito.", "We are sorry we cannot give you", "Rejected"],
}  # fmt: skip


def a_voucher(db: Database, staff: Staff, language: str, amount: str) -> tuple[int, str]:
    """Ana grants (or asks for) a goodwill voucher for a late delivery; returns the case id and number."""
    customer = make_customer(db, staff.admin, "Laia Ferrer Soler", preferred_language=language)
    result = grant_goodwill(db, staff.agent, GoodwillRequest(customer, DecisionKind.GOODWILL_VOUCHER, amount,
                                                             "late_delivery", INTERNAL_NOTE, Channel.PHONE), NOW)
    return result.case_id, result.case_number


@pytest.mark.parametrize("language", ["es", "ca", "en"])
def test_a_goodwill_voucher_granted_within_the_limit_gets_its_decision_letter(
    db: Database, staff: Staff, language: str
) -> None:
    case_id, number = a_voucher(db, staff, language, "30,00")  # Ana may grant 50.00 EUR a voucher
    assert "decision_letter" in case_detail(db, case_id).letters
    info = generate_letter(db, staff.agent, case_id, "decision_letter", NOW)
    title = {"es": "Carta de decisión", "ca": "Carta de decisió", "en": "Decision letter"}[language]  # its language's
    assert info.language == language and info.filename == f"{number} {title} ({language}).docx"
    text = text_of(document_content(db, info.id)[1])
    for expected in (number, "Barcelona Diagonal", *GRANTED[language]):
        assert expected in text, expected
    assert INTERNAL_NOTE not in text and "{{" not in text and "{%" not in text


@pytest.mark.parametrize("language", ["es", "ca", "en"])
def test_a_voucher_rejected_by_the_manager_tells_the_customer_why(db: Database, staff: Staff, language: str) -> None:
    case_id, number = a_voucher(db, staff, language, "120")  # above Ana's 50.00: Marc, her manager, decides
    assert case_detail(db, case_id).letters == ()
    with pytest.raises(InvalidInput, match="has no decision letter to print yet"):
        generate_letter(db, staff.agent, case_id, "decision_letter", NOW)
    (request,) = approvals.queue(db, staff.manager, NOW)
    approvals.decide(db, staff.manager, request.id, False, "El retraso ya se compensó con el envío gratuito.",
                     NOW + timedelta(hours=1))  # fmt: skip
    detail = case_detail(db, case_id)
    assert detail.state == CaseState.REJECTED and detail.letters == ("decision_letter",)
    text = text_of(document_content(db, generate_letter(db, staff.agent, case_id, "decision_letter",
                                                        NOW + timedelta(hours=2)).id)[1])  # fmt: skip
    for expected in (number, *REJECTED[language]):
        assert expected in text, expected
    assert INTERNAL_NOTE not in text and "Lo hemos aprobado" not in text and "{{" not in text


def test_a_return_offers_the_decision_letter_once_an_exception_is_decided(db: Database, staff: Staff) -> None:
    customer = make_customer(db, staff.admin, "Pau Roig", preferred_language="en")
    kettle = make_product(db, "PEQ-9", "Hervidor Bosch", "39.90", category="Pequeño electrodoméstico")
    (line,) = make_order(db, staff.shop_id, customer, "PED-90", NOW - timedelta(days=60), [(kettle, 1, "39.90", None)])
    taken = take_return(db, staff.agent, ReturnRequest(
        customer, Channel.STORE, (ReturnLineRequest(1, ItemCondition.OPENED, line, accept_exception=True),),
        "store_credit", True, "Regalo de boda",  # type: ignore[arg-type]
    ), NOW)  # fmt: skip
    detail = case_detail(db, taken.case_id)
    assert detail.decisions[0].status == DecisionStatus.PENDING_APPROVAL and detail.letters == ("return_receipt",)
    (request,) = approvals.queue(db, staff.manager, NOW)
    approvals.decide(db, staff.manager, request.id, True, "", NOW + timedelta(minutes=30))
    assert case_detail(db, taken.case_id).letters == ("return_receipt", "decision_letter")
    text = text_of(document_content(db, generate_letter(db, staff.agent, taken.case_id, "decision_letter",
                                                        NOW + timedelta(hours=1)).id)[1])  # fmt: skip
    for expected in ("Return after the return period", "€39.90", "Approved on 10 June 2025.",
                     "Reason: the return after the usual return period.", "We hope you are happy"):
        assert expected in text, expected
    assert "Regalo de boda" not in text


def test_letters_for_without_the_database() -> None:
    assert letters_for(CaseKind.GOODWILL, CaseState.OPEN) == ()
    assert letters_for(CaseKind.GOODWILL, CaseState.GRANTED) == ("decision_letter",)
    assert letters_for(CaseKind.GOODWILL, CaseState.CANCELLED) == ()  # withdrawn or expired: nothing to tell
    assert letters_for(CaseKind.RETURN, CaseState.RECEIVED) == ("return_receipt",)
    assert letters_for(CaseKind.WARRANTY, CaseState.REPAIRED, decided=True) == (
        "warranty_intake", "warranty_outcome", "decision_letter")
