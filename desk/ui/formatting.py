"""How the desk writes dates, money and vocabulary for people: one place, so every screen says it the same way.

Plain functions of plain data (no widgets), so they are tested without a window.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QCoreApplication

from desk.enums import (
    CaseKind,
    CaseState,
    Channel,
    ContactKind,
    DecisionKind,
    DecisionStatus,
    Direction,
    Entitlement,
    EventKind,
    ItemCondition,
    LoyaltyTier,
    RefundMethod,
    RoleCode,
)


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


def local_time(moment: datetime) -> datetime:
    """A stored UTC moment in the workstation's zone."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: stored times are UTC-aware")
    return moment.astimezone()


def format_when(moment: datetime) -> str:
    return local_time(moment).strftime("%d/%m/%Y %H:%M")


def format_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


# Thousands and decimal separators per language of the desk (desk.ui.settings.apply_locale sets it); English's
# until then. Spanish and Catalan write 1.234,56 EUR.
_SEPARATORS = {"en": (",", "."), "es": (".", ","), "ca": (".", ",")}
_number_language = "en"


def set_number_language(language: str) -> None:
    """Money and numbers from now on in `language`'s way ("es", "ca"; anything else: English's)."""
    global _number_language
    _number_language = language if language in _SEPARATORS else "en"


def number_language() -> str:
    return _number_language


def format_number(amount: Decimal, places: int = 2) -> str:
    """1234.5 -> "1,234.50" in English, "1.234,50" in Spanish and Catalan. Decimal in, text out: never through float."""
    thousands, decimal = _SEPARATORS[_number_language]
    text = f"{amount.quantize(Decimal(1).scaleb(-places)):,.{places}f}"
    return text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


def format_money(amount: Decimal, currency: str) -> str:
    """1234.5 EUR -> "1,234.50 EUR" ("1.234,50 EUR" in Spanish and Catalan). Never through float."""
    return f"{format_number(amount)} {currency}"


def format_amounts(amounts: dict[str, Decimal]) -> str:
    """Amounts in several currencies, largest first; "0.00" when there is none."""
    if not amounts:
        return format_number(Decimal(0))
    ordered = sorted(amounts.items(), key=lambda item: (-item[1], item[0]))
    return " + ".join(format_money(amount, currency) for currency, amount in ordered)


def kind_label(kind: EventKind) -> str:
    return {
        EventKind.ORDER: translate("formatting", "Order"),
        EventKind.INTERACTION: translate("formatting", "Contact"),
        EventKind.CASE: translate("formatting", "Case"),
        EventKind.DECISION: translate("formatting", "Decision"),
        EventKind.SURVEY: translate("formatting", "Survey"),
        EventKind.DOCUMENT: translate("formatting", "Document"),
    }[kind]


def channel_label(channel: Channel | None) -> str:
    if channel is None:
        return ""
    return {
        Channel.STORE: translate("formatting", "Store"),
        Channel.WEB: translate("formatting", "Web"),
        Channel.PHONE: translate("formatting", "Phone"),
        Channel.EMAIL: translate("formatting", "Email"),
        Channel.CHAT: translate("formatting", "Chat"),
        Channel.SOCIAL: translate("formatting", "Social"),
    }[channel]


def direction_label(direction: Direction) -> str:
    return {
        Direction.INBOUND: translate("formatting", "Inbound: the customer contacted us"),
        Direction.OUTBOUND: translate("formatting", "Outbound: we contacted the customer"),
    }[direction]


def tier_label(tier: LoyaltyTier) -> str:
    return {
        LoyaltyTier.NONE: translate("formatting", "No tier"),
        LoyaltyTier.SILVER: translate("formatting", "Silver"),
        LoyaltyTier.GOLD: translate("formatting", "Gold"),
        LoyaltyTier.PLATINUM: translate("formatting", "Platinum"),
    }[tier]


def contact_kind_label(kind: ContactKind) -> str:
    return {ContactKind.EMAIL: translate("formatting", "Email"), ContactKind.PHONE: translate("formatting", "Phone"),
            ContactKind.ADDRESS: translate("formatting", "Address")}[kind]


LANGUAGES = {"es": "Español", "ca": "Català", "en": "English"}


def language_label(code: str) -> str:
    return LANGUAGES.get(code, code)


def describe_database(url: str) -> str:
    """Where the desk's data lives, for the status bar: the SQLite file or the PostgreSQL host and database.

    Never shows a user name or password that the URL may carry.
    """
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        return translate("formatting", "SQLite file {path}").format(path=path or translate("formatting", "in memory"))
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    name = unquote(parts.path.lstrip("/")) or "?"
    return translate("formatting", "PostgreSQL {name} on {host}").format(name=name, host=f"{host}{port}")


# --- after-sales vocabulary ------------------------------------------------------------------------


def state_label(state: CaseState) -> str:
    return {
        CaseState.DRAFT: translate("formatting", "Draft"), CaseState.OPEN: translate("formatting", "Open"),
        CaseState.AWAITING_ITEMS: translate("formatting", "Awaiting items"),
        CaseState.RECEIVED: translate("formatting", "Received"),
        CaseState.REFUNDED: translate("formatting", "Refunded"),
        CaseState.EXCHANGED: translate("formatting", "Exchanged"),
        CaseState.DIAGNOSING: translate("formatting", "Diagnosing"),
        CaseState.AWAITING_PARTS: translate("formatting", "Awaiting parts"),
        CaseState.REPAIRED: translate("formatting", "Repaired"),
        CaseState.REPLACED: translate("formatting", "Replaced"),
        CaseState.RETURNED_TO_CUSTOMER: translate("formatting", "Returned to customer"),
        CaseState.GRANTED: translate("formatting", "Granted"), CaseState.REJECTED: translate("formatting", "Rejected"),
        CaseState.CANCELLED: translate("formatting", "Cancelled"),
        CaseState.CLOSED: translate("formatting", "Closed"),
    }[CaseState(state)]  # fmt: skip


def case_kind_label(kind: CaseKind) -> str:
    return {CaseKind.RETURN: translate("formatting", "Return"),
            CaseKind.WARRANTY: translate("formatting", "Warranty claim"),
            CaseKind.GOODWILL: translate("formatting", "Goodwill")}[CaseKind(kind)]  # fmt: skip


def condition_label(condition: ItemCondition | str | None) -> str:
    if condition is None:
        return ""
    return {ItemCondition.UNOPENED: translate("formatting", "Unopened"),
            ItemCondition.OPENED: translate("formatting", "Opened"),
            ItemCondition.DAMAGED: translate("formatting", "Damaged"),
            ItemCondition.MISSING_PARTS: translate("formatting", "Missing parts")}[
        ItemCondition(condition)]  # fmt: skip


def refund_method_label(method: RefundMethod | str | None) -> str:
    if method is None:
        return ""
    return {RefundMethod.ORIGINAL_PAYMENT: translate("formatting", "Original payment"),
            RefundMethod.STORE_CREDIT: translate("formatting", "Store credit"),
            RefundMethod.EXCHANGE: translate("formatting", "Exchange for another product")}[
        RefundMethod(method)]  # fmt: skip


def entitlement_label(entitlement: Entitlement | str | None) -> str:
    if entitlement is None:
        return translate("formatting", "Not assessed")
    return {Entitlement.IN_WARRANTY: translate("formatting", "In warranty"),
            Entitlement.OUT_OF_WARRANTY: translate("formatting", "Out of warranty"),
            Entitlement.NOT_COVERED: translate("formatting", "Not covered")}[Entitlement(entitlement)]  # fmt: skip


CAUSES = ("fault", "accidental_damage", "liquid_damage", "misuse", "normal_wear")


def cause_label(cause: str) -> str:
    return {"fault": translate("formatting", "Fault (it stopped working)"),
            "accidental_damage": translate("formatting", "Accidental damage (a knock or fall)"),
            "liquid_damage": translate("formatting", "Liquid damage"), "misuse": translate("formatting", "Misuse"),
            "normal_wear": translate("formatting", "Normal wear")}.get(cause, cause)  # fmt: skip


def resolution_label(resolution: str | None) -> str:
    return {"repair": translate("formatting", "Repair"), "replace": translate("formatting", "Replace"),
            "refund": translate("formatting", "Refund")}.get(resolution or "", "")


def cost_bearer_label(bearer: str | None) -> str:
    return {"store": translate("formatting", "The store"), "supplier": translate("formatting", "The supplier"),
            "brand": translate("formatting", "The brand"),
            "customer": translate("formatting", "The customer")}.get(bearer or "", "")  # fmt: skip


def decision_status_label(status: DecisionStatus) -> str:
    return {DecisionStatus.GRANTED: translate("formatting", "Granted"),
            DecisionStatus.PENDING_APPROVAL: translate("formatting", "Waiting for approval"),
            DecisionStatus.REJECTED: translate("formatting", "Rejected"),
            DecisionStatus.WITHDRAWN: translate("formatting", "Withdrawn")}[
        DecisionStatus(status)]  # fmt: skip


def decision_kind_label(kind: DecisionKind | str) -> str:
    """What a decision gives, as a noun: "Goodwill voucher" (lower-case it inside a sentence)."""
    return {
        DecisionKind.REFUND: translate("formatting", "Refund without a receipt"),
        DecisionKind.RETURN_OUTSIDE_WINDOW: translate("formatting", "Return accepted as an exception"),
        DecisionKind.GOODWILL_VOUCHER: translate("formatting", "Goodwill voucher"),
        DecisionKind.GOODWILL_REFUND: translate("formatting", "Goodwill refund"),
        DecisionKind.FREE_REPAIR: translate("formatting", "Free or discounted repair"),
        DecisionKind.FEE_WAIVER: translate("formatting", "Fee waived"),
        DecisionKind.PRICE_ADJUSTMENT: translate("formatting", "Price adjustment"),
    }[DecisionKind(kind)]


def reason_code_label(code: str) -> str:
    """Why a decision was asked for; a code the desk does not know yet shows itself, made readable."""
    known = {
        "late_delivery": translate("formatting", "Late delivery"),
        "missed_installation": translate("formatting", "Missed installation or visit"),
        "repeat_repair": translate("formatting", "Repeated repair of the same fault"),
        "price_drop": translate("formatting", "Price dropped soon after purchase"),
        "damaged_packaging": translate("formatting", "Damaged packaging"),
        "poor_service": translate("formatting", "Poor service or long wait"),
        "restocking_fee": translate("formatting", "Restocking fee waived"),
        "restocking_fee_waived": translate("formatting", "Restocking fee waived"),
        "delivery_fee": translate("formatting", "Delivery fee waived"),
        "cancellation_fee": translate("formatting", "Cancellation fee waived"),
        "late_fee": translate("formatting", "Late fee waived"),
        "loyal_customer": translate("formatting", "Loyal customer"), "other": translate("formatting", "Other"),
        "no_receipt": translate("formatting", "No receipt"),
        "outside_window": translate("formatting", "Returned after the window"),
        "condition_exception": translate("formatting", "Condition not normally accepted"),
        "out_of_warranty_repair": translate("formatting", "Repair out of warranty"),
    }  # fmt: skip
    return known.get(code) or code.replace("_", " ").capitalize()


def role_label(role: RoleCode | str) -> str:
    """A role as a noun inside a sentence: "a store manager" is written "a " + role_label(...)."""
    return {RoleCode.AGENT: translate("formatting", "agent"),
            RoleCode.STORE_MANAGER: translate("formatting", "store manager"),
            RoleCode.SUPERVISOR: translate("formatting", "supervisor"),
            RoleCode.ADMINISTRATOR: translate("formatting", "administrator")}[RoleCode(role)]  # fmt: skip
