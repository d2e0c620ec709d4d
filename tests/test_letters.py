"""The Word letters, rendered from the shipped templates and read back with python-docx: values, language,
formatting, barcode, no tag left behind, typed text printed literally. No database, no Qt."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timezone
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

from desk.enums import CaseKind, CaseState, DecisionKind, DecisionStatus, Entitlement, ItemCondition, RefundMethod
from desk.errors import InvalidInput
from desk.letters import (
    KINDS,
    LABELS,
    LANGUAGES,
    LetterCustomer,
    LetterData,
    LetterDecision,
    LetterItem,
    LetterStore,
    LetterWarranty,
    render_letter,
)
from desk.rules.settings import default_rules

UTC = timezone.utc
STORE = LetterStore("Electro Centre Barcelona", "Carrer de Pelai, 12", "08001 Barcelona", "B65432198")
CUSTOMER = LetterCustomer("Núria Puig Ferrer", "C-0004521", "Carrer de Mallorca, 245, 3r 2a, 08008 Barcelona",
                          "nuria.puig@example.com", "+34 612 34 56 78")  # fmt: skip
TV = LetterItem("Televisor LG OLED55C4 55 pulgadas", "LG-OLED55C4", 1, "405KRPZ1A234", "opened", Decimal("1234.56"),
                Decimal("64.44"), False, "Caja original, sin mando a distancia")  # fmt: skip
HEADPHONES = LetterItem("Auriculares Sony WH-1000XM5", "SONY-WH1000XM5", 1, None, "unopened", Decimal("349.00"),
                        Decimal("34.90"), True, "")  # fmt: skip
LAPTOP = LetterItem("Portátil ASUS Zenbook 14 OLED", "ASUS-UX3405", 1, "N1NXCV05G123456", None, None, None, False, "")
CLAIM = LetterWarranty(
    serial="N1NXCV05G123456", fault="No enciende tras actualizar la BIOS.\nEl LED de carga parpadea en naranja.",
    accessories="Cargador USB-C de 65 W y funda", visible_damage="Arañazo leve en la tapa", cause="fault",
    entitlement="in_warranty", cover_until=date(2028, 3, 14),
    diagnosis="Placa base defectuosa: no supera la prueba de arranque.", resolution=None, replacement_serial=None,
    replacement_cover_until=None, repair_cover_until=None, technician="Jordi Vidal",
    repair_centre="SAT oficial ASUS, Sant Cugat", due=datetime(2026, 12, 4, 17, 0, tzinfo=UTC), quote=None,
    end_reason=None,
)  # fmt: skip
OPENED = datetime(2026, 11, 23, 15, 5, tzinfo=UTC)  # 16:05 in Madrid
PRINTED = datetime(2026, 11, 23, 15, 20, tzinfo=UTC)

# What each language must print for the sample cases: money, dates, and some labels.
EXPECTED = {
    "es": {"money": "1.234,56\xa0€", "refund": "1.583,56\xa0€", "date": "23 de noviembre de 2026",
           "opened_at": "23 de noviembre de 2026, 16:05", "cover": "14 de marzo de 2028",
           "due": "4 de diciembre de 2026, 18:00", "condition": "Abierto", "method": "Forma de pago original",
           "decision": "Pendiente de aprobación", "entitlement": "En garantía", "cause": "Avería de funcionamiento",
           "resolution": "Sustitución por un producto nuevo", "replacement_cover": "23 de noviembre de 2029",
           "titles": {"return_receipt": "Justificante de devolución",
                      "warranty_intake": "Resguardo de entrada en el servicio técnico",
                      "warranty_outcome": "Resolución de la reclamación en garantía",
                      "decision_letter": "Respuesta a su solicitud"}},
    "ca": {"money": "1.234,56\xa0€", "refund": "1.583,56\xa0€", "date": "23 de novembre del 2026",
           "opened_at": "23 de novembre del 2026, 16:05", "cover": "14 de març del 2028",
           "due": "4 de desembre del 2026, 18:00", "condition": "Obert", "method": "Forma de pagament original",
           "decision": "Pendent d'aprovació", "entitlement": "En garantia", "cause": "Avaria de funcionament",
           "resolution": "Substitució per un producte nou", "replacement_cover": "23 de novembre del 2029",
           "titles": {"return_receipt": "Justificant de devolució",
                      "warranty_intake": "Resguard d'entrada al servei tècnic",
                      "warranty_outcome": "Resolució de la reclamació en garantia",
                      "decision_letter": "Resposta a la vostra sol·licitud"}},
    "en": {"money": "€1,234.56", "refund": "€1,583.56", "date": "23 November 2026",
           "opened_at": "23 November 2026, 16:05", "cover": "14 March 2028", "due": "4 December 2026, 18:00",
           "condition": "Opened", "method": "Original payment method", "decision": "Pending approval",
           "entitlement": "In warranty", "cause": "Fault in normal use", "resolution": "Replacement with a new unit",
           "replacement_cover": "23 November 2029",
           "titles": {"return_receipt": "Returns receipt", "warranty_intake": "Repair intake receipt",
                      "warranty_outcome": "Warranty claim outcome",
                      "decision_letter": "Our reply to your request"}},
}  # fmt: skip


def return_case(**changes: object) -> LetterData:
    data = LetterData(
        case_number="R-2026-000123", case_kind="return", state="refunded", opened_at=OPENED, printed_at=PRINTED,
        timezone="Europe/Madrid", currency="EUR", store=STORE, customer=CUSTOMER, agent_name="Ana Soler",
        items=(TV, HEADPHONES), value_total=Decimal("1648.00"), fee_total=Decimal("64.44"),
        refund_total=Decimal("1583.56"), refund_method="original_payment", exchange_product=None,
        price_difference=None, warranty=None,
        decisions=(LetterDecision("fee_waiver", Decimal("34.90"), "granted"),
                   LetterDecision("return_outside_window", Decimal("349.00"), "pending_approval")),
        end_reason=None,
    )  # fmt: skip
    return replace(data, **changes)


def warranty_case(state: str = "received", **claim: object) -> LetterData:
    return LetterData(
        case_number="W-2026-000042", case_kind="warranty", state=state, opened_at=OPENED, printed_at=PRINTED,
        timezone="Europe/Madrid", currency="EUR", store=STORE, customer=CUSTOMER, agent_name="Marc Riera",
        items=(LAPTOP,), value_total=None, fee_total=None, refund_total=None, refund_method=None,
        exchange_product=None, price_difference=None, warranty=replace(CLAIM, **claim), decisions=(),
        end_reason=None,
    )  # fmt: skip


VOUCHER = LetterDecision("goodwill_voucher", Decimal("40.00"), "granted", "late_delivery", PRINTED)
REFUSED = LetterDecision("fee_waiver", Decimal("19.90"), "rejected", "delivery_fee", PRINTED,
                         "El envío urgente lo eligió usted al comprar.")  # fmt: skip
WAITING = LetterDecision("price_adjustment", Decimal("1250.00"), "pending_approval", "price_drop")
WITHDRAWN = LetterDecision("free_repair", Decimal("30.00"), "withdrawn", "repeat_repair")


def goodwill_case(*decisions: LetterDecision, state: str = "granted") -> LetterData:
    return replace(return_case(), case_number="G-2026-000077", case_kind="goodwill", state=state, items=(),
                   value_total=None, fee_total=None, refund_total=None, refund_method=None,
                   decisions=decisions or (VOUCHER, REFUSED, WAITING, WITHDRAWN))  # fmt: skip


def sample(kind: str) -> LetterData:
    if kind == "return_receipt":
        return return_case()
    if kind == "decision_letter":
        return goodwill_case()
    if kind == "warranty_intake":
        return warranty_case()
    return warranty_case("replaced", resolution="replace", replacement_serial="N1NXCV05G999999",
                         replacement_cover_until=date(2029, 11, 23))  # fmt: skip


def document_text(docx: bytes) -> str:
    """Every paragraph of the body (table cells included) and the footer, one per line; breaks as new lines."""
    doc = Document(BytesIO(docx))
    roots = [doc.element.body, *(section.footer._element for section in doc.sections)]
    return "\n".join(_paragraph_text(p) for root in roots for p in root.iter(qn("w:p")))


def _paragraph_text(paragraph) -> str:  # noqa: ANN001 (a w:p element)
    parts = []
    for node in paragraph.iter(qn("w:t"), qn("w:br"), qn("w:tab")):
        parts.append(node.text or "" if node.tag == qn("w:t") else "\n" if node.tag == qn("w:br") else "\t")
    return "".join(parts)


def assert_no_tags(text: str) -> None:
    assert "{{" not in text and "{%" not in text and "}}" not in text and "%}" not in text, text


def assert_barcode(docx: bytes) -> None:
    doc = Document(BytesIO(docx))
    shapes = list(doc.inline_shapes)
    assert len(shapes) == 1 and abs(shapes[0].width - Mm(60)) < Mm(1)
    images = [rel.target_part for rel in doc.part.rels.values() if rel.reltype.endswith("/image")]
    assert len(images) == 1 and images[0].blob.startswith(b"\x89PNG")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_letter_prints_the_case_in_its_language(kind: str, language: str) -> None:
    data = sample(kind)
    docx = render_letter(kind, language, data)
    text = document_text(docx)
    want = EXPECTED[language]
    assert_no_tags(text)
    assert_barcode(docx)
    for value in (want["titles"][kind], data.case_number, "Núria Puig Ferrer", "C-0004521", "B65432198",
                  "Electro Centre Barcelona", want["opened_at"], want["date"]):  # fmt: skip
        assert value in text, value
    assert re.search(rf"^{re.escape(data.case_number)}$", text, re.M), "the number printed under the barcode"
    if kind == "return_receipt":
        for value in (want["money"], want["refund"], want["condition"], want["method"], want["decision"],
                      "Televisor LG OLED55C4 55 pulgadas", "405KRPZ1A234", "SONY-WH1000XM5",
                      LABELS[language]["fee"]["waived"], "Caja original, sin mando a distancia"):  # fmt: skip
            assert value in text, value
    elif kind != "decision_letter":
        for value in ("Portátil ASUS Zenbook 14 OLED", "N1NXCV05G123456", want["entitlement"], want["cover"],
                      "No enciende tras actualizar la BIOS.\nEl LED de carga parpadea en naranja."):  # fmt: skip
            assert value in text, value
    if kind == "warranty_intake":
        for value in (want["cause"], want["due"], "Cargador USB-C de 65 W y funda", "Jordi Vidal"):
            assert value in text, value
    if kind == "warranty_outcome":
        for value in (want["resolution"], "N1NXCV05G999999", want["replacement_cover"], "Placa base defectuosa"):
            assert value in text, value


def test_return_receipt_shows_an_exchange_and_drops_empty_sections() -> None:
    plain = document_text(render_letter("return_receipt", "es", return_case(decisions=())))
    assert "Cambio de producto" not in plain and "Excepciones y autorizaciones" not in plain
    assert "pendientes de aprobación" not in plain
    exchange = return_case(refund_method="exchange", exchange_product="Televisor Samsung QE55S90D 55 pulgadas",
                           price_difference=Decimal("150.00"))  # fmt: skip
    text = document_text(render_letter("return_receipt", "es", exchange))
    assert "Televisor Samsung QE55S90D 55 pulgadas" in text and "150,00\xa0€ (a pagar por el cliente)" in text
    assert "Cambio por otro producto" in text
    assert "las excepciones pendientes de aprobación" in text.lower()


@pytest.mark.parametrize(
    ("state", "claim", "expected", "absent"),
    [
        ("repaired", {"resolution": "repair", "repair_cover_until": date(2027, 5, 23)},
         ["Hemos reparado la avería descrita.", "garantizada hasta el 23 de mayo de 2027", "Recogida del producto"],
         ["Hemos sustituido"]),
        ("refunded", {"resolution": "refund"}, ["Le reembolsamos", "Reembolso"], ["Recogida del producto"]),
        ("rejected", {"entitlement": "not_covered", "cause": "liquid_damage",
                      "end_reason": "Daños por líquido en la placa base."},
         ["Reclamación no aceptada", "Motivo: Daños por líquido en la placa base.", "No cubierto por la garantía"],
         ["Hemos reparado"]),
        ("diagnosing", {}, ["Su reclamación sigue en curso (estado: En diagnóstico)"], ["Recogida del producto"]),
    ],
)  # fmt: skip
def test_warranty_outcome_prints_the_paragraph_of_its_resolution(
    state: str, claim: dict[str, object], expected: list[str], absent: list[str]
) -> None:
    data = warranty_case(state, **claim)
    if claim.get("resolution") == "refund":
        data = replace(data, refund_total=Decimal("899.00"), refund_method="store_credit")
    text = document_text(render_letter("warranty_outcome", "es", data))
    assert_no_tags(text)
    for value in expected:
        assert value in text, value
    for value in absent:
        assert value not in text, value
    if data.refund_total is not None:
        assert "Le reembolsamos 899,00\xa0€. Forma de reembolso: Vale de compra." in text


def test_out_of_warranty_intake_carries_the_quote_and_the_consent_boxes() -> None:
    data = warranty_case(entitlement="out_of_warranty", cover_until=date(2025, 3, 14), quote=Decimal("189.90"))
    text = document_text(render_letter("warranty_intake", "ca", data))
    assert "Fora de garantia" in text and "14 de març del 2025" in text
    assert "El pressupost de reparació és de 189,90\xa0€, IVA inclòs." in text
    assert "Accepto el pressupost" in text and "No accepto el pressupost" in text
    assert "pressupost" not in document_text(render_letter("warranty_intake", "ca", warranty_case())).lower()


def test_typed_text_is_printed_literally() -> None:
    hostile = "Col·lell <b>&\"' 🎧 {{ 7*7 }} {% if x %}"
    data = return_case(
        customer=replace(CUSTOMER, name=hostile, address="C/ d'en Robador & Cia, <3r>"),
        store=replace(STORE, name="Electrònica Sant Pau & Fills \"SL\""),
        items=(replace(TV, description=hostile, note="l·l ½ \u2014 ok"),),
    )
    docx = render_letter("return_receipt", "ca", data)
    text = document_text(docx)
    assert text.count(hostile) >= 3  # customer block, item line, signature
    assert "C/ d'en Robador & Cia, <3r>" in text and 'Electrònica Sant Pau & Fills "SL"' in text
    assert "l·l ½ \u2014 ok" in text
    assert_barcode(docx)


def test_unknown_values_print_as_a_dash() -> None:
    customer = LetterCustomer("Pau Roig", None, None, "", None)
    text = document_text(render_letter("return_receipt", "en", return_case(customer=customer, refund_method=None)))
    assert "Pau Roig" in text and "None" not in text and text.count("—") >= 5


def test_an_unknown_language_falls_back_to_spanish_and_regional_codes_are_understood() -> None:
    text = document_text(render_letter("return_receipt", "fr", return_case()))
    assert "Justificante de devolución" in text and "1.234,56\xa0€" in text
    assert "Justificant de devolució" in document_text(render_letter("return_receipt", "ca-ES", return_case()))


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(InvalidInput, match="invoice"):
        render_letter("invoice", "es", return_case())


def test_a_missing_template_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("desk.letters.resource_path", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(InvalidInput, match=r"warranty_intake\.en\.docx"):
        render_letter("warranty_intake", "en", warranty_case())


def test_times_need_a_zone() -> None:
    with pytest.raises(InvalidInput):
        render_letter("return_receipt", "es", return_case(opened_at=datetime(2026, 11, 23, 15, 5)))
    with pytest.raises(InvalidInput, match="Mars/Olympus"):
        render_letter("return_receipt", "es", return_case(timezone="Mars/Olympus"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_vocabulary_value_has_a_label(language: str) -> None:
    labels = LABELS[language]
    vocabularies = {
        "case_kind": CaseKind, "state": CaseState, "condition": ItemCondition, "refund_method": RefundMethod,
        "entitlement": Entitlement, "decision_kind": DecisionKind, "decision_status": DecisionStatus,
    }  # fmt: skip
    for group, enum in vocabularies.items():
        assert set(labels[group]) == {member.value for member in enum}, group
    assert set(labels["cause"]) == {"fault", *default_rules().warranty.not_covered_causes}
    assert {"repair", "replace", "refund"} <= set(labels["resolution"])


@pytest.mark.parametrize(
    ("language", "entitlement", "cause", "cover", "sentence"),
    [
        ("es", "in_warranty", "fault", date(2028, 3, 14), "Cubierto por la garantía hasta el 14 de marzo de 2028."),
        ("ca", "out_of_warranty", "fault", date(2024, 1, 2), "La cobertura de la garantia va acabar el 2 de gener"),
        ("en", "out_of_warranty", "fault", None, "We have no record of this product being bought from us."),
        ("es", "not_covered", "liquid_damage", None, "Daño por líquido: no lo cubre la garantía."),
        ("en", "not_covered", "fault", None, "The serial number does not match the product sold."),
    ],
)
def test_the_verdict_reason_is_written_in_the_letters_language(
    language: str, entitlement: str, cause: str, cover: date | None, sentence: str
) -> None:
    data = warranty_case(entitlement=entitlement, cause=cause, cover_until=cover)
    assert sentence in document_text(render_letter("warranty_intake", language, data))


# --- the decision letter ---------------------------------------------------------------------------------

DECISION_EXPECTED = {
    "es": ["Estimado/a Núria Puig Ferrer:", "Vale de cortesía", "40,00\xa0€",
           "Lo hemos aprobado el 23 de noviembre de 2026.", "Motivo: el retraso en la entrega de su pedido.",
           "Puede utilizar el vale en cualquiera",
           "Exención de gastos", "19,90\xa0€", "Lamentablemente, no nos ha sido posible aprobarlo.",
           "Motivo: El envío urgente lo eligió usted al comprar.", "Ajuste de precio", "1.250,00\xa0€",
           "Lo estamos revisando", "aunque no hayamos podido atender", "Le escribiremos de nuevo", "Atentamente,",
           "Ana Soler"],
    "ca": ["Benvolgut/uda Núria Puig Ferrer,", "Val de cortesia", "40,00\xa0€",
           "L'hem aprovat el 23 de novembre del 2026.", "Motiu: el retard en el lliurament de la vostra comanda.",
           "Podeu utilitzar el val",
           "Exempció de despeses", "Malauradament, no ens ha estat possible aprovar-ho.",
           "Motiu: El envío urgente lo eligió usted al comprar.", "Ajust de preu", "1.250,00\xa0€",
           "Ho estem revisant", "tot i que no hàgim pogut atendre", "Us tornarem a escriure", "Cordialment,"],
    "en": ["Dear Núria Puig Ferrer,", "Goodwill voucher", "€40.00", "Approved on 23 November 2026.",
           "Reason: the late delivery of your order.", "You can use the voucher in any of our shops",
           "Fee waiver", "€19.90", "Unfortunately, we have not been able to approve this.",
           "Reason: El envío urgente lo eligió usted al comprar.", "Price adjustment", "€1,250.00",
           "We are still reviewing this", "not been able to meet your request in full", "We will write to you again",
           "Yours sincerely,"],
}  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_decision_letter_answers_each_decision_in_the_customers_terms(language: str) -> None:
    text = document_text(render_letter("decision_letter", language, goodwill_case()))
    assert_no_tags(text)
    for value in DECISION_EXPECTED[language]:
        assert value in text, value
    assert LABELS[language]["decision_kind"]["free_repair"] not in text  # a withdrawn request is not an answer
    assert text.count("G-2026-000077") >= 3  # under the barcode, in the case block, in the text, in the footer


@pytest.mark.parametrize(
    ("decisions", "present", "absent"),
    [
        ((VOUCHER,), ["Esperamos que esta solución sea de su agrado."],
         ["Lamentamos no poder", "aunque no hayamos", "Le escribiremos de nuevo", "Lo estamos revisando"]),
        ((REFUSED,), ["Lamentamos no poder darle una respuesta más favorable"],
         ["Esperamos que", "Lo hemos aprobado", "Puede utilizar"]),
        ((replace(VOUCHER, decided_at=None, reason_code=None),), ["Lo hemos aprobado."], ["Motivo", "aprobado el"]),
        ((replace(VOUCHER, reason_code="a_code_from_elsewhere"),),
         ["Motivo: las circunstancias particulares de su caso."], ["a_code_from_elsewhere"]),
        ((replace(REFUSED, decision_reason=None),), ["no nos ha sido posible aprobarlo."], ["Motivo"]),
        ((replace(VOUCHER, decision_reason="Nota interna: cliente conflictivo"),), ["Lo hemos aprobado"],
         ["Nota interna"]),  # an approver's note on an approval is not for the customer
        ((replace(WAITING, currency="USD", amount=Decimal("12.50")),), ["12,50\xa0US$"], ["Esperamos que"]),
    ],
)  # fmt: skip
def test_the_decision_letter_keeps_the_paragraphs_that_apply(
    decisions: tuple[LetterDecision, ...], present: list[str], absent: list[str]
) -> None:
    text = document_text(render_letter("decision_letter", "es", goodwill_case(*decisions)))
    assert_no_tags(text)
    for value in present:
        assert value in text, value
    for value in absent:
        assert value not in text, value


def test_every_reason_and_decision_kind_has_customer_wording() -> None:
    from desk.goodwill import REASON_CODES
    from desk.letters import NEXT_STEPS, REASONS

    # What returns and claims ask for (desk.returns, desk.warranty).
    exceptions = {"no_receipt", "outside_window", "condition_exception", "restocking_fee_waived",
                  "out_of_warranty_repair"}  # fmt: skip
    for language in LANGUAGES:
        assert set(REASONS[language]) == set(REASONS["es"]) >= set(REASON_CODES) | exceptions, language
        assert set(NEXT_STEPS[language]) == {kind.value for kind in DecisionKind}, language
