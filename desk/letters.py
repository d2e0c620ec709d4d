"""The Word letters of a case: return receipt, warranty intake form, warranty outcome and the decision letter, in
Spanish, Catalan and English.

The business edits the letters in Word (resources/templates/{kind}.{language}.docx, docxtpl tags inside); this
module turns a case, given as plain typed data, into the text those tags print, and renders the .docx. All the
formatting of a letter lives here, in one place: dates in the letter's language and the store's time zone,
money in the letter's language (Babel), every vocabulary value (condition, refund method, entitlement, cause,
resolution, decision, state) through a small label table per language, and the case number as a Code 128 barcode.

The context the templates see (text ready to print, or None, which prints as "—"; flags are booleans):
    store.{name, address, city, tax_id, location}          customer.{name, number, address, email, phone}
    case.{number, kind, state, opened, opened_at, printed, printed_at}   agent   barcode (picture)
    items[].{description, sku, quantity, serial, condition, amount, fee, note}    product.{description, sku}
    totals.{value, fees, refund}   refund.{method}   exchange.{product, difference, direction} or None
    decisions[].{kind, amount, status, pending, granted, rejected, reason, decided_on, decision_reason, next}
    pending (any decision awaiting approval)
    answers[] (the decisions the customer is told about: granted, rejected or pending; not the withdrawn)
    answer.{granted, rejected, pending, favourable, unfavourable, mixed}   (what the decision letter says overall)
    warranty.{serial, fault, accessories, visible_damage, cause, entitlement, reasons, cover_until, diagnosis,
              resolution, replacement_serial, replacement_cover_until, repair_cover_until, technician,
              repair_centre, due}   quote (None when there is none)   end_reason
    outcome.{repair, replace, refund, rejected, in_progress, collect}
Every text a person typed is printed literally: the templates are rendered with autoescape.

The decision letter tells the customer why in their own terms: `decision.reason` is the reason code's wording for
customers in the letter's language (REASONS), never the agent's internal note; `decision.decision_reason` is what
the approver wrote when rejecting, which the desk asks them to write for the customer.

English letters use the en_IE locale: the English of a euro-zone country, so day-month-year dates, the 24-hour
clock and the euro written the way a country that uses it writes it ("€1,234.56"), which suits customers of a
Spanish retailer better than en_GB's conventions for a foreign currency or en_US's month-first dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_date, format_time
from babel.numbers import format_currency
from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage
from jinja2 import Environment

from desk.barcodes import code128_png
from desk.enums import CaseState, DecisionStatus
from desk.errors import InvalidInput
from desk.messages import say
from desk.resources import resource_path

LANGUAGES = ("es", "ca", "en")
KINDS = ("return_receipt", "warranty_intake", "warranty_outcome", "decision_letter")
DEFAULT_LANGUAGE = "es"
LOCALES = {"es": "es_ES", "ca": "ca_ES", "en": "en_IE"}
BARCODE_WIDTH_MM = 60
DASH = "—"

# Characters XML 1.0 cannot hold, and the ones docxtpl would turn into paragraph or page breaks.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
_ENDED_STATES = frozenset({CaseState.REJECTED, CaseState.CLOSED, CaseState.RETURNED_TO_CUSTOMER, CaseState.CANCELLED})


@dataclass(frozen=True)
class LetterStore:
    name: str | None
    address: str | None
    city: str | None
    tax_id: str | None


@dataclass(frozen=True)
class LetterCustomer:
    name: str | None
    number: str | None
    address: str | None
    email: str | None
    phone: str | None


@dataclass(frozen=True)
class LetterItem:
    description: str
    sku: str | None
    quantity: int
    serial: str | None
    condition: str | None  # an ItemCondition value
    amount: Decimal | None  # returns: the refund for this line, after its fee
    fee: Decimal | None  # the restocking fee of this line
    fee_waived: bool
    note: str


@dataclass(frozen=True)
class LetterWarranty:
    serial: str | None
    fault: str
    accessories: str
    visible_damage: str
    cause: str  # fault, accidental_damage, liquid_damage, misuse, normal_wear
    entitlement: str | None  # an Entitlement value
    cover_until: date | None
    diagnosis: str
    resolution: str | None  # repair, replace, refund
    replacement_serial: str | None
    replacement_cover_until: date | None
    repair_cover_until: date | None
    technician: str | None
    repair_centre: str | None
    due: datetime | None
    quote: Decimal | None
    end_reason: str | None


@dataclass(frozen=True)
class LetterDecision:
    kind: str  # a DecisionKind value
    amount: Decimal
    status: str  # a DecisionStatus value
    reason_code: str | None = None  # why it was asked for (goodwill's REASON_CODES, or a return's or claim's exception)
    decided_at: datetime | None = None  # aware: when it was granted or rejected (None while pending)
    decision_reason: str | None = None  # the approver's words; the decision letter prints them for a rejection only
    currency: str | None = None  # None: the case's currency


@dataclass(frozen=True)
class LetterData:
    case_number: str
    case_kind: str  # a CaseKind value
    state: str  # a CaseState value
    opened_at: datetime  # aware
    printed_at: datetime  # aware
    timezone: str  # the store's IANA zone, e.g. Europe/Madrid
    currency: str
    store: LetterStore
    customer: LetterCustomer
    agent_name: str
    items: tuple[LetterItem, ...]
    value_total: Decimal | None
    fee_total: Decimal | None
    refund_total: Decimal | None
    refund_method: str | None  # a RefundMethod value
    exchange_product: str | None
    price_difference: Decimal | None  # new product's price minus the refund: > 0 the customer pays, < 0 is paid back
    warranty: LetterWarranty | None
    decisions: tuple[LetterDecision, ...]
    end_reason: str | None


# The vocabulary in print. One block per language, so a translator reads one block top to bottom.
LABELS: dict[str, dict[str, dict[str, str]]] = {
    "es": {
        "letter": {
            "return_receipt": "Justificante de devolución", "warranty_intake": "Hoja de recepción de garantía",
            "warranty_outcome": "Carta de resultado de garantía", "decision_letter": "Carta de decisión",
        },
        "case_kind": {"return": "Devolución", "warranty": "Garantía", "goodwill": "Gesto comercial"},
        "state": {
            "draft": "Borrador", "open": "Abierto", "awaiting_items": "Pendiente de recibir el producto",
            "received": "Recibido", "refunded": "Reembolsado", "exchanged": "Cambiado", "diagnosing": "En diagnóstico",
            "awaiting_parts": "Pendiente de recambios", "repaired": "Reparado", "replaced": "Sustituido",
            "returned_to_customer": "Entregado al cliente", "granted": "Concedido", "rejected": "Rechazado",
            "cancelled": "Anulado", "closed": "Cerrado",
        },
        "condition": {
            "unopened": "Precintado", "opened": "Abierto", "damaged": "Dañado", "missing_parts": "Incompleto",
        },
        "refund_method": {
            "original_payment": "Forma de pago original", "store_credit": "Vale de compra",
            "exchange": "Cambio por otro producto",
        },
        "entitlement": {
            "in_warranty": "En garantía", "out_of_warranty": "Fuera de garantía",
            "not_covered": "No cubierto por la garantía",
        },
        "cause": {
            "fault": "Avería de funcionamiento", "accidental_damage": "Daño accidental (golpe o caída)",
            "liquid_damage": "Daño por líquido", "misuse": "Uso indebido", "normal_wear": "Desgaste por el uso",
        },
        "resolution": {
            "repair": "Reparación", "replace": "Sustitución por un producto nuevo", "refund": "Reembolso",
            "rejected": "Reclamación no aceptada",
        },
        "decision_kind": {
            "refund": "Reembolso", "goodwill_voucher": "Vale de cortesía", "goodwill_refund": "Reembolso de cortesía",
            "free_repair": "Reparación sin cargo", "fee_waiver": "Exención de gastos",
            "return_outside_window": "Devolución fuera de plazo", "price_adjustment": "Ajuste de precio",
        },
        "decision_status": {
            "granted": "Concedida", "pending_approval": "Pendiente de aprobación", "rejected": "Denegada",
            "withdrawn": "Retirada",
        },
        "fee": {"waived": "Exento"},
        "difference": {
            "customer_pays": "a pagar por el cliente", "customer_receives": "a devolver al cliente",
            "none": "sin diferencia de precio",
        },
    },
    "ca": {
        "letter": {
            "return_receipt": "Justificant de devolució", "warranty_intake": "Full de recepció de garantia",
            "warranty_outcome": "Carta de resultat de garantia", "decision_letter": "Carta de decisió",
        },
        "case_kind": {"return": "Devolució", "warranty": "Garantia", "goodwill": "Gest comercial"},
        "state": {
            "draft": "Esborrany", "open": "Obert", "awaiting_items": "Pendent de rebre el producte",
            "received": "Rebut", "refunded": "Reemborsat", "exchanged": "Canviat", "diagnosing": "En diagnosi",
            "awaiting_parts": "Pendent de recanvis", "repaired": "Reparat", "replaced": "Substituït",
            "returned_to_customer": "Lliurat al client", "granted": "Concedit", "rejected": "Rebutjat",
            "cancelled": "Anul·lat", "closed": "Tancat",
        },
        "condition": {
            "unopened": "Precintat", "opened": "Obert", "damaged": "Malmès", "missing_parts": "Incomplet",
        },
        "refund_method": {
            "original_payment": "Forma de pagament original", "store_credit": "Val de compra",
            "exchange": "Canvi per un altre producte",
        },
        "entitlement": {
            "in_warranty": "En garantia", "out_of_warranty": "Fora de garantia",
            "not_covered": "No cobert per la garantia",
        },
        "cause": {
            "fault": "Avaria de funcionament", "accidental_damage": "Dany accidental (cop o caiguda)",
            "liquid_damage": "Dany per líquid", "misuse": "Ús indegut", "normal_wear": "Desgast per l'ús",
        },
        "resolution": {
            "repair": "Reparació", "replace": "Substitució per un producte nou", "refund": "Reemborsament",
            "rejected": "Reclamació no acceptada",
        },
        "decision_kind": {
            "refund": "Reemborsament", "goodwill_voucher": "Val de cortesia",
            "goodwill_refund": "Reemborsament de cortesia", "free_repair": "Reparació sense càrrec",
            "fee_waiver": "Exempció de despeses", "return_outside_window": "Devolució fora de termini",
            "price_adjustment": "Ajust de preu",
        },
        "decision_status": {
            "granted": "Concedida", "pending_approval": "Pendent d'aprovació", "rejected": "Denegada",
            "withdrawn": "Retirada",
        },
        "fee": {"waived": "Exempt"},
        "difference": {
            "customer_pays": "a pagar pel client", "customer_receives": "a retornar al client",
            "none": "sense diferència de preu",
        },
    },
    "en": {
        "letter": {
            "return_receipt": "Return receipt", "warranty_intake": "Warranty intake form",
            "warranty_outcome": "Warranty outcome letter", "decision_letter": "Decision letter",
        },
        "case_kind": {"return": "Return", "warranty": "Warranty claim", "goodwill": "Goodwill gesture"},
        "state": {
            "draft": "Draft", "open": "Open", "awaiting_items": "Awaiting the items", "received": "Received",
            "refunded": "Refunded", "exchanged": "Exchanged", "diagnosing": "Being diagnosed",
            "awaiting_parts": "Awaiting parts", "repaired": "Repaired", "replaced": "Replaced",
            "returned_to_customer": "Handed back to the customer", "granted": "Granted", "rejected": "Rejected",
            "cancelled": "Cancelled", "closed": "Closed",
        },
        "condition": {
            "unopened": "Unopened", "opened": "Opened", "damaged": "Damaged", "missing_parts": "Parts missing",
        },
        "refund_method": {
            "original_payment": "Original payment method", "store_credit": "Store credit",
            "exchange": "Exchange for another product",
        },
        "entitlement": {
            "in_warranty": "In warranty", "out_of_warranty": "Out of warranty",
            "not_covered": "Not covered by the warranty",
        },
        "cause": {
            "fault": "Fault in normal use", "accidental_damage": "Accidental damage (knock or drop)",
            "liquid_damage": "Liquid damage", "misuse": "Misuse", "normal_wear": "Normal wear and tear",
        },
        "resolution": {
            "repair": "Repair", "replace": "Replacement with a new unit", "refund": "Refund",
            "rejected": "Claim not accepted",
        },
        "decision_kind": {
            "refund": "Refund", "goodwill_voucher": "Goodwill voucher", "goodwill_refund": "Goodwill refund",
            "free_repair": "Free repair", "fee_waiver": "Fee waiver",
            "return_outside_window": "Return after the return period", "price_adjustment": "Price adjustment",
        },
        "decision_status": {
            "granted": "Granted", "pending_approval": "Pending approval", "rejected": "Declined",
            "withdrawn": "Withdrawn",
        },
        "fee": {"waived": "Waived"},
        "difference": {
            "customer_pays": "to be paid by the customer", "customer_receives": "to be refunded to the customer",
            "none": "no price difference",
        },
    },
}  # fmt: skip


def render_letter(kind: str, language: str, data: LetterData) -> bytes:
    """The filled-in letter as .docx bytes. An unknown language falls back to Spanish."""
    language = letter_language(language)
    path = template_path(kind, language)
    template = DocxTemplate(str(path))
    context = letter_context(data, language)
    context["barcode"] = InlineImage(template, BytesIO(code128_png(data.case_number)), width=Mm(BARCODE_WIDTH_MM))
    template.render(context, jinja_env=_environment(), autoescape=True)
    out = BytesIO()
    template.save(out)
    return out.getvalue()


def letter_language(language: str) -> str:
    """'ca', 'CA' or 'ca-ES' -> 'ca'; anything the desk has no letters in -> Spanish."""
    code = re.split(r"[-_]", (language or "").strip().lower(), maxsplit=1)[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def template_path(kind: str, language: str) -> Path:
    if kind not in KINDS:
        raise InvalidInput(say("There is no letter of kind '{kind}'; the letters are: {kinds}.", kind=kind,
                               kinds=", ".join(KINDS)))  # fmt: skip
    path = resource_path("templates", f"{kind}.{language}.docx")
    if not path.is_file():
        raise InvalidInput(say("The letter template {file} is missing from {folder}; reinstall the desk "
                               "or run resources/templates/build_templates.py.", file=path.name,
                               folder=str(path.parent)))  # fmt: skip
    return path


def letter_context(data: LetterData, language: str) -> dict[str, Any]:
    """What the template tags print, for one case in one language (no picture: render_letter adds it)."""
    fmt = _Formatter(letter_language(language), data.timezone, data.currency)
    decisions = [_decision(d, fmt) for d in data.decisions]
    return {
        "store": _store(data.store),
        "customer": _customer(data.customer),
        "case": _case(data, fmt),
        "agent": _text(data.agent_name),
        "items": [_item(item, fmt) for item in data.items],
        "product": _product(data.items),
        "totals": {"value": fmt.money(data.value_total), "fees": fmt.money(data.fee_total),
                   "refund": fmt.money(data.refund_total)},  # fmt: skip
        "refund": {"method": fmt.label("refund_method", data.refund_method)},
        "exchange": _exchange(data, fmt),
        "decisions": decisions,
        "pending": any(d["pending"] for d in decisions),
        "answers": [d for d in decisions if not d["withdrawn"]],
        "answer": _answer(decisions),
        "warranty": _warranty(data, fmt),
        "quote": fmt.money(data.warranty.quote) if data.warranty else None,
        "outcome": _outcome(data),
        "end_reason": _text(_end_reason(data)),
    }


class _Formatter:
    """Dates, money and labels in one language, dates in the store's time zone."""

    def __init__(self, language: str, timezone: str, currency: str) -> None:
        self.language = language
        self.locale = LOCALES[language]
        self.currency = currency
        try:
            self.zone = ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise InvalidInput(say("'{zone}' is not a time zone such as Europe/Madrid.", zone=timezone)) from None

    def money(self, amount: Decimal | None, currency: str | None = None) -> str | None:
        return None if amount is None else format_currency(amount, currency or self.currency, locale=self.locale)

    def date(self, day: date | None) -> str | None:
        return None if day is None else format_date(day, format="long", locale=self.locale)

    def local(self, moment: datetime) -> datetime:
        if moment.tzinfo is None:
            raise InvalidInput(say("A time without a time zone cannot be printed on a letter."))
        return moment.astimezone(self.zone)

    def moment(self, moment: datetime | None) -> str | None:
        """'23 de noviembre de 2026, 16:05' in the store's zone."""
        if moment is None:
            return None
        local = self.local(moment)
        return f"{self.date(local.date())}, {format_time(local.time(), format='short', locale=self.locale)}"

    def label(self, group: str, value: str | None) -> str | None:
        """The printed name of a vocabulary value; a value without a label prints as it is stored."""
        if value is None:
            return None
        return LABELS[self.language][group].get(str(value), str(value))


def _text(value: str | None) -> str | None:
    """Typed text as it will print: line ends unified, characters a Word file cannot hold dropped."""
    if value is None:
        return None
    return _UNPRINTABLE.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))


def _texts(**values: str | None) -> dict[str, str | None]:
    return {key: _text(value) for key, value in values.items()}


def _store(store: LetterStore) -> dict[str, str | None]:
    location = ", ".join(part for part in (store.address, store.city) if part) or None
    return _texts(name=store.name, address=store.address, city=store.city, tax_id=store.tax_id, location=location)


def _customer(customer: LetterCustomer) -> dict[str, str | None]:
    return _texts(name=customer.name, number=customer.number, address=customer.address, email=customer.email,
                  phone=customer.phone)  # fmt: skip


def _case(data: LetterData, fmt: _Formatter) -> dict[str, str | None]:
    return {
        "number": _text(data.case_number),
        "kind": fmt.label("case_kind", data.case_kind),
        "state": fmt.label("state", data.state),
        "opened": fmt.date(fmt.local(data.opened_at).date()),
        "opened_at": fmt.moment(data.opened_at),
        "printed": fmt.date(fmt.local(data.printed_at).date()),
        "printed_at": fmt.moment(data.printed_at),
    }


def _item(item: LetterItem, fmt: _Formatter) -> dict[str, str | None]:
    fee = fmt.label("fee", "waived") if item.fee_waived else fmt.money(item.fee)
    return {
        **_texts(description=item.description, sku=item.sku, serial=item.serial, note=item.note),
        "quantity": str(item.quantity),
        "condition": fmt.label("condition", item.condition),
        "amount": fmt.money(item.amount),
        "fee": fee,
    }


def _product(items: tuple[LetterItem, ...]) -> dict[str, str | None]:
    """The product of a warranty claim: its first (usually only) item."""
    first = items[0] if items else None
    return _texts(description=first.description if first else None, sku=first.sku if first else None)


def _exchange(data: LetterData, fmt: _Formatter) -> dict[str, str | None] | None:
    if data.exchange_product is None:
        return None
    difference = data.price_difference
    if difference is None or difference == 0:
        direction = "none"
    else:
        direction = "customer_pays" if difference > 0 else "customer_receives"
    return {
        "product": _text(data.exchange_product),
        "difference": fmt.money(abs(difference)) if difference else fmt.money(Decimal(0)),
        "direction": fmt.label("difference", direction),
    }


def _decision(decision: LetterDecision, fmt: _Formatter) -> dict[str, Any]:
    granted = decision.status == DecisionStatus.GRANTED
    rejected = decision.status == DecisionStatus.REJECTED
    return {
        "kind": fmt.label("decision_kind", decision.kind),
        "amount": fmt.money(decision.amount, decision.currency),
        "status": fmt.label("decision_status", decision.status),
        "pending": decision.status == DecisionStatus.PENDING_APPROVAL,
        "granted": granted,
        "rejected": rejected,
        "withdrawn": decision.status == DecisionStatus.WITHDRAWN,
        "reason": _reason(decision.reason_code, fmt.language),
        "decided_on": fmt.date(fmt.local(decision.decided_at).date()) if decision.decided_at else None,
        "decision_reason": _text(decision.decision_reason) if rejected else None,
        "next": NEXT_STEPS[fmt.language].get(decision.kind) if granted else None,
    }


def _answer(decisions: list[dict[str, Any]]) -> dict[str, bool]:
    """What the decision letter says overall: which closing paragraph it keeps."""
    granted = any(d["granted"] for d in decisions)
    rejected = any(d["rejected"] for d in decisions)
    return {"granted": granted, "rejected": rejected, "pending": any(d["pending"] for d in decisions),
            "favourable": granted and not rejected, "unfavourable": rejected and not granted,
            "mixed": granted and rejected}  # fmt: skip


def _reason(code: str | None, language: str) -> str | None:
    """A reason code in the customer's terms; a code without wording reads as "the circumstances of your case"."""
    if not code:
        return None
    words = REASONS[language]
    return words.get(code, words["other"])


# Why something was granted, as the customer reads it (the codes of desk.goodwill.REASON_CODES, and the exceptions
# returns and claims ask for). Agents pick the code; what they type is an internal note and never printed.
REASONS: dict[str, dict[str, str]] = {
    "es": {
        "late_delivery": "el retraso en la entrega de su pedido",
        "missed_installation": "la instalación o visita que no se realizó en la fecha acordada",
        "repeat_repair": "las reparaciones repetidas de la misma avería",
        "price_drop": "la bajada de precio poco después de su compra",
        "damaged_packaging": "el embalaje dañado en la entrega",
        "poor_service": "una atención que no estuvo a la altura de lo que usted merece",
        "restocking_fee": "los gastos de reposición de su devolución",
        "delivery_fee": "los gastos de envío de su pedido",
        "cancellation_fee": "los gastos de cancelación de su pedido",
        "late_fee": "el recargo por retraso",
        "loyal_customer": "su fidelidad como cliente",
        "other": "las circunstancias particulares de su caso",
        "no_receipt": "la devolución sin el ticket de compra",
        "outside_window": "la devolución fuera del plazo habitual",
        "return_in_window": "la devolución dentro del plazo",
        "condition_exception": "el estado en que se devuelve el producto",
        "restocking_fee_waived": "los gastos de reposición de su devolución",
        "out_of_warranty_repair": "la reparación fuera del periodo de garantía",
        "out_of_warranty_goodwill": "la avería fuera del periodo de garantía",
        "warranty_refund": "la reclamación en garantía",
    },
    "ca": {
        "late_delivery": "el retard en el lliurament de la vostra comanda",
        "missed_installation": "la instal·lació o visita que no es va fer en la data acordada",
        "repeat_repair": "les reparacions repetides de la mateixa avaria",
        "price_drop": "la baixada de preu poc després de la vostra compra",
        "damaged_packaging": "l'embalatge malmès en el lliurament",
        "poor_service": "una atenció que no va estar a l'altura del que us mereixeu",
        "restocking_fee": "les despeses de reposició de la vostra devolució",
        "delivery_fee": "les despeses d'enviament de la vostra comanda",
        "cancellation_fee": "les despeses de cancel·lació de la vostra comanda",
        "late_fee": "el recàrrec per retard",
        "loyal_customer": "la vostra fidelitat com a client",
        "other": "les circumstàncies particulars del vostre cas",
        "no_receipt": "la devolució sense el tiquet de compra",
        "outside_window": "la devolució fora del termini habitual",
        "return_in_window": "la devolució dins del termini",
        "condition_exception": "l'estat en què es retorna el producte",
        "restocking_fee_waived": "les despeses de reposició de la vostra devolució",
        "out_of_warranty_repair": "la reparació fora del període de garantia",
        "out_of_warranty_goodwill": "l'avaria fora del període de garantia",
        "warranty_refund": "la reclamació en garantia",
    },
    "en": {
        "late_delivery": "the late delivery of your order",
        "missed_installation": "the installation or visit that did not take place as agreed",
        "repeat_repair": "the repeated repairs of the same fault",
        "price_drop": "the price drop shortly after your purchase",
        "damaged_packaging": "the packaging that arrived damaged",
        "poor_service": "service that fell short of what you deserve",
        "restocking_fee": "the restocking fee on your return",
        "delivery_fee": "the delivery charge on your order",
        "cancellation_fee": "the cancellation charge on your order",
        "late_fee": "the late payment charge",
        "loyal_customer": "your loyalty as a customer",
        "other": "the particular circumstances of your case",
        "no_receipt": "the return without a receipt",
        "outside_window": "the return after the usual return period",
        "return_in_window": "the return within the return period",
        "condition_exception": "the condition in which the product was returned",
        "restocking_fee_waived": "the restocking fee on your return",
        "out_of_warranty_repair": "the repair after the warranty period",
        "out_of_warranty_goodwill": "the fault after the warranty period",
        "warranty_refund": "your warranty claim",
    },
}  # fmt: skip

# What happens next with what was granted, per decision kind (none when nothing more needs saying).
NEXT_STEPS: dict[str, dict[str, str]] = {
    "es": {
        "goodwill_voucher": "Puede utilizar el vale en cualquiera de nuestras tiendas presentando esta carta.",
        "goodwill_refund": "Recibirá el importe en su forma de pago original en los próximos días.",
        "free_repair": "Descontaremos este importe del precio de la reparación.",
        "fee_waiver": "No le cobraremos este importe.",
        "price_adjustment": "Le devolveremos la diferencia en su forma de pago original en los próximos días.",
        "refund": "Recibirá el reembolso en la forma indicada en su justificante de devolución.",
        "return_outside_window": "Aceptamos la devolución aunque haya pasado el plazo habitual.",
    },
    "ca": {
        "goodwill_voucher": "Podeu utilitzar el val a qualsevol de les nostres botigues presentant aquesta carta.",
        "goodwill_refund": "Rebreu l'import en la vostra forma de pagament original en els propers dies.",
        "free_repair": "Descomptarem aquest import del preu de la reparació.",
        "fee_waiver": "No us cobrarem aquest import.",
        "price_adjustment": "Us retornarem la diferència en la vostra forma de pagament original en els propers dies.",
        "refund": "Rebreu el reemborsament en la forma indicada al vostre justificant de devolució.",
        "return_outside_window": "Acceptem la devolució tot i que ha passat el termini habitual.",
    },
    "en": {
        "goodwill_voucher": "You can use the voucher in any of our shops by showing this letter.",
        "goodwill_refund": "You will receive the amount on your original payment method in the next few days.",
        "free_repair": "We will take this amount off the price of the repair.",
        "fee_waiver": "We will not charge you this amount.",
        "price_adjustment": "We will refund the difference to your original payment method in the next few days.",
        "refund": "You will receive the refund as shown on your returns receipt.",
        "return_outside_window": "We are accepting the return even though the usual return period has passed.",
    },
}  # fmt: skip


def _warranty(data: LetterData, fmt: _Formatter) -> dict[str, str | None]:
    claim = data.warranty
    if claim is None:
        return {}
    resolution = claim.resolution or ("rejected" if _outcome(data)["rejected"] else None)
    return {
        **_texts(serial=claim.serial, fault=claim.fault, accessories=claim.accessories,
                 visible_damage=claim.visible_damage, diagnosis=claim.diagnosis,
                 replacement_serial=claim.replacement_serial, technician=claim.technician,
                 repair_centre=claim.repair_centre),  # fmt: skip
        "cause": fmt.label("cause", claim.cause),
        "entitlement": fmt.label("entitlement", claim.entitlement),
        "reasons": _verdict_reason(claim, fmt),
        "cover_until": fmt.date(claim.cover_until),
        "resolution": fmt.label("resolution", resolution),
        "replacement_cover_until": fmt.date(claim.replacement_cover_until),
        "repair_cover_until": fmt.date(claim.repair_cover_until),
        "due": fmt.moment(claim.due),
    }


# Why the verdict is what it is, in the letter's language (the desk's own reasons are for staff, in English).
VERDICT_REASONS = {
    "es": {
        "covered": "Cubierto por la garantía hasta el {date}.",
        "ended": "La cobertura de la garantía terminó el {date}.",
        "no_purchase": "No consta la compra de este producto en nuestra tienda.",
        "cause": "{cause}: no lo cubre la garantía.",
        "serial": "El número de serie no coincide con el del producto vendido.",
    },
    "ca": {
        "covered": "Cobert per la garantia fins al {date}.",
        "ended": "La cobertura de la garantia va acabar el {date}.",
        "no_purchase": "No consta la compra d'aquest producte a la nostra botiga.",
        "cause": "{cause}: no ho cobreix la garantia.",
        "serial": "El número de sèrie no coincideix amb el del producte venut.",
    },
    "en": {
        "covered": "Covered by the guarantee until {date}.",
        "ended": "The guarantee cover ended on {date}.",
        "no_purchase": "We have no record of this product being bought from us.",
        "cause": "{cause}: not covered by the guarantee.",
        "serial": "The serial number does not match the product sold.",
    },
}


def _verdict_reason(claim: LetterWarranty, fmt: _Formatter) -> str | None:
    """The verdict's reason from its facts: entitlement, cover date and cause."""
    sentences = VERDICT_REASONS[fmt.language]
    if claim.entitlement == "in_warranty" and claim.cover_until is not None:
        return sentences["covered"].format(date=fmt.date(claim.cover_until))
    if claim.entitlement == "out_of_warranty":
        if claim.cover_until is None:
            return sentences["no_purchase"]
        return sentences["ended"].format(date=fmt.date(claim.cover_until))
    if claim.entitlement == "not_covered":
        if claim.cause and claim.cause != "fault":
            return sentences["cause"].format(cause=fmt.label("cause", claim.cause))
        return sentences["serial"]
    return None


def _outcome(data: LetterData) -> dict[str, bool]:
    """Which resolution paragraph the outcome letter prints; a claim that ended unresolved was not accepted."""
    resolution = data.warranty.resolution if data.warranty else None
    rejected = resolution is None and data.state in _ENDED_STATES
    flags = {"repair": resolution == "repair", "replace": resolution == "replace", "refund": resolution == "refund",
             "rejected": rejected}  # fmt: skip
    flags["in_progress"] = not any(flags.values())
    flags["collect"] = flags["repair"] or flags["replace"] or rejected
    return flags


def _end_reason(data: LetterData) -> str | None:
    if data.warranty is not None and data.warranty.end_reason:
        return data.warranty.end_reason
    return data.end_reason


def _environment() -> Environment:
    """Jinja as the letters use it: escaped output, and an unknown value printed as a dash."""
    return Environment(autoescape=True, finalize=_dash)


def _dash(value: object) -> object:
    return DASH if value is None or value == "" else value

