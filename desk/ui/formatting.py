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


def _tr(text: str) -> str:
    return QCoreApplication.translate("formatting", text)


def local_time(moment: datetime) -> datetime:
    """A stored UTC moment in the workstation's zone."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: stored times are UTC-aware")
    return moment.astimezone()


def format_when(moment: datetime) -> str:
    return local_time(moment).strftime("%d/%m/%Y %H:%M")


def format_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def format_money(amount: Decimal, currency: str) -> str:
    """1234.5 EUR -> "1,234.50 EUR". Decimal in, text out: never through float."""
    return f"{amount.quantize(Decimal('0.01')):,.2f} {currency}"


def format_amounts(amounts: dict[str, Decimal]) -> str:
    """Amounts in several currencies, largest first; "0.00" when there is none."""
    if not amounts:
        return "0.00"
    ordered = sorted(amounts.items(), key=lambda item: (-item[1], item[0]))
    return " + ".join(format_money(amount, currency) for currency, amount in ordered)


def kind_label(kind: EventKind) -> str:
    return {
        EventKind.ORDER: _tr("Order"),
        EventKind.INTERACTION: _tr("Contact"),
        EventKind.CASE: _tr("Case"),
        EventKind.DECISION: _tr("Decision"),
        EventKind.SURVEY: _tr("Survey"),
        EventKind.DOCUMENT: _tr("Document"),
    }[kind]


def channel_label(channel: Channel | None) -> str:
    if channel is None:
        return ""
    return {
        Channel.STORE: _tr("Store"),
        Channel.WEB: _tr("Web"),
        Channel.PHONE: _tr("Phone"),
        Channel.EMAIL: _tr("Email"),
        Channel.CHAT: _tr("Chat"),
        Channel.SOCIAL: _tr("Social"),
    }[channel]


def direction_label(direction: Direction) -> str:
    return {
        Direction.INBOUND: _tr("Inbound: the customer contacted us"),
        Direction.OUTBOUND: _tr("Outbound: we contacted the customer"),
    }[direction]


def tier_label(tier: LoyaltyTier) -> str:
    return {
        LoyaltyTier.NONE: _tr("No tier"),
        LoyaltyTier.SILVER: _tr("Silver"),
        LoyaltyTier.GOLD: _tr("Gold"),
        LoyaltyTier.PLATINUM: _tr("Platinum"),
    }[tier]


def contact_kind_label(kind: ContactKind) -> str:
    return {ContactKind.EMAIL: _tr("Email"), ContactKind.PHONE: _tr("Phone"), ContactKind.ADDRESS: _tr("Address")}[kind]


LANGUAGES = {"es": "Español", "ca": "Català", "en": "English"}


def language_label(code: str) -> str:
    return LANGUAGES.get(code, code)


def describe_database(url: str) -> str:
    """Where the desk's data lives, for the status bar: the SQLite file or the PostgreSQL host and database.

    Never shows a user name or password that the URL may carry.
    """
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        return _tr("SQLite file {path}").format(path=path or _tr("in memory"))
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    name = unquote(parts.path.lstrip("/")) or "?"
    return _tr("PostgreSQL {name} on {host}").format(name=name, host=f"{host}{port}")


# --- after-sales vocabulary ------------------------------------------------------------------------


def state_label(state: CaseState) -> str:
    return {
        CaseState.DRAFT: _tr("Draft"), CaseState.OPEN: _tr("Open"), CaseState.AWAITING_ITEMS: _tr("Awaiting items"),
        CaseState.RECEIVED: _tr("Received"), CaseState.REFUNDED: _tr("Refunded"),
        CaseState.EXCHANGED: _tr("Exchanged"), CaseState.DIAGNOSING: _tr("Diagnosing"),
        CaseState.AWAITING_PARTS: _tr("Awaiting parts"), CaseState.REPAIRED: _tr("Repaired"),
        CaseState.REPLACED: _tr("Replaced"), CaseState.RETURNED_TO_CUSTOMER: _tr("Returned to customer"),
        CaseState.GRANTED: _tr("Granted"), CaseState.REJECTED: _tr("Rejected"), CaseState.CANCELLED: _tr("Cancelled"),
        CaseState.CLOSED: _tr("Closed"),
    }[CaseState(state)]  # fmt: skip


def case_kind_label(kind: CaseKind) -> str:
    return {CaseKind.RETURN: _tr("Return"), CaseKind.WARRANTY: _tr("Warranty claim"),
            CaseKind.GOODWILL: _tr("Goodwill")}[CaseKind(kind)]  # fmt: skip


def condition_label(condition: ItemCondition | str | None) -> str:
    if condition is None:
        return ""
    return {ItemCondition.UNOPENED: _tr("Unopened"), ItemCondition.OPENED: _tr("Opened"),
            ItemCondition.DAMAGED: _tr("Damaged"), ItemCondition.MISSING_PARTS: _tr("Missing parts")}[
        ItemCondition(condition)]  # fmt: skip


def refund_method_label(method: RefundMethod | str | None) -> str:
    if method is None:
        return ""
    return {RefundMethod.ORIGINAL_PAYMENT: _tr("Original payment"), RefundMethod.STORE_CREDIT: _tr("Store credit"),
            RefundMethod.EXCHANGE: _tr("Exchange for another product")}[RefundMethod(method)]  # fmt: skip


def entitlement_label(entitlement: Entitlement | str | None) -> str:
    if entitlement is None:
        return _tr("Not assessed")
    return {Entitlement.IN_WARRANTY: _tr("In warranty"), Entitlement.OUT_OF_WARRANTY: _tr("Out of warranty"),
            Entitlement.NOT_COVERED: _tr("Not covered")}[Entitlement(entitlement)]  # fmt: skip


CAUSES = ("fault", "accidental_damage", "liquid_damage", "misuse", "normal_wear")


def cause_label(cause: str) -> str:
    return {"fault": _tr("Fault (it stopped working)"), "accidental_damage": _tr("Accidental damage (a knock or fall)"),
            "liquid_damage": _tr("Liquid damage"), "misuse": _tr("Misuse"),
            "normal_wear": _tr("Normal wear")}.get(cause, cause)  # fmt: skip


def resolution_label(resolution: str | None) -> str:
    return {"repair": _tr("Repair"), "replace": _tr("Replace"), "refund": _tr("Refund")}.get(resolution or "", "")


def cost_bearer_label(bearer: str | None) -> str:
    return {"store": _tr("The store"), "supplier": _tr("The supplier"), "brand": _tr("The brand"),
            "customer": _tr("The customer")}.get(bearer or "", "")  # fmt: skip


def decision_status_label(status: DecisionStatus) -> str:
    return {DecisionStatus.GRANTED: _tr("Granted"), DecisionStatus.PENDING_APPROVAL: _tr("Waiting for approval"),
            DecisionStatus.REJECTED: _tr("Rejected"), DecisionStatus.WITHDRAWN: _tr("Withdrawn")}[
        DecisionStatus(status)]  # fmt: skip


def decision_kind_label(kind: DecisionKind | str) -> str:
    """What a decision gives, as a noun: "Goodwill voucher" (lower-case it inside a sentence)."""
    return {
        DecisionKind.REFUND: _tr("Refund without a receipt"),
        DecisionKind.RETURN_OUTSIDE_WINDOW: _tr("Return accepted as an exception"),
        DecisionKind.GOODWILL_VOUCHER: _tr("Goodwill voucher"),
        DecisionKind.GOODWILL_REFUND: _tr("Goodwill refund"),
        DecisionKind.FREE_REPAIR: _tr("Free or discounted repair"),
        DecisionKind.FEE_WAIVER: _tr("Fee waived"),
        DecisionKind.PRICE_ADJUSTMENT: _tr("Price adjustment"),
    }[DecisionKind(kind)]


def reason_code_label(code: str) -> str:
    """Why a decision was asked for; a code the desk does not know yet shows itself, made readable."""
    known = {
        "late_delivery": _tr("Late delivery"), "missed_installation": _tr("Missed installation or visit"),
        "repeat_repair": _tr("Repeated repair of the same fault"), "price_drop": _tr("Price dropped soon after purchase"),
        "damaged_packaging": _tr("Damaged packaging"), "poor_service": _tr("Poor service or long wait"),
        "restocking_fee": _tr("Restocking fee waived"), "restocking_fee_waived": _tr("Restocking fee waived"),
        "delivery_fee": _tr("Delivery fee waived"), "cancellation_fee": _tr("Cancellation fee waived"),
        "late_fee": _tr("Late fee waived"), "loyal_customer": _tr("Loyal customer"), "other": _tr("Other"),
        "no_receipt": _tr("No receipt"), "outside_window": _tr("Returned after the window"),
        "condition_exception": _tr("Condition not normally accepted"),
        "out_of_warranty_repair": _tr("Repair out of warranty"),
    }  # fmt: skip
    return known.get(code) or code.replace("_", " ").capitalize()


def role_label(role: RoleCode | str) -> str:
    """A role as a noun inside a sentence: "a store manager" is written "a " + role_label(...)."""
    return {RoleCode.AGENT: _tr("agent"), RoleCode.STORE_MANAGER: _tr("store manager"),
            RoleCode.SUPERVISOR: _tr("supervisor"), RoleCode.ADMINISTRATOR: _tr("administrator")}[RoleCode(role)]  # fmt: skip
