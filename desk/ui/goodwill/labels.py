"""The goodwill vocabulary as the desk shows it: what is given, why, and who approves. Translatable here (the
services keep English codes and texts for reports); a code the desk does not know yet shows the service's text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.enums import DecisionKind, RoleCode
from desk.goodwill import REASON_CODES


def _tr(text: str) -> str:
    return QCoreApplication.translate("goodwill", text)


def kind_label(kind: DecisionKind) -> str:
    """What is given, as a noun the sentences can use lower-cased ("Granted: voucher 40.00 EUR")."""
    return {
        DecisionKind.GOODWILL_VOUCHER: _tr("Voucher"),
        DecisionKind.GOODWILL_REFUND: _tr("Goodwill refund"),
        DecisionKind.FREE_REPAIR: _tr("Free or discounted repair"),
        DecisionKind.FEE_WAIVER: _tr("Fee waived"),
        DecisionKind.PRICE_ADJUSTMENT: _tr("Price adjustment"),
    }.get(DecisionKind(kind), str(kind).replace("_", " ").capitalize())


def kind_hint(kind: DecisionKind) -> str:
    """One line under the choice, so "refund" and "price adjustment" are not confused at 6 p.m."""
    return {
        DecisionKind.GOODWILL_VOUCHER: _tr("A voucher for the next purchase."),
        DecisionKind.GOODWILL_REFUND: _tr("Money back to the customer, beyond what the rules give."),
        DecisionKind.FREE_REPAIR: _tr("The store pays all or part of a repair."),
        DecisionKind.FEE_WAIVER: _tr("A fee the customer would pay is not charged."),
        DecisionKind.PRICE_ADJUSTMENT: _tr("The difference when the price dropped soon after the purchase."),
    }.get(DecisionKind(kind), "")


def reason_label(code: str) -> str:
    return {
        "late_delivery": _tr("Late delivery"),
        "missed_installation": _tr("Missed installation or visit"),
        "repeat_repair": _tr("Repeated repair of the same fault"),
        "price_drop": _tr("Price dropped soon after purchase"),
        "damaged_packaging": _tr("Damaged packaging"),
        "poor_service": _tr("Poor service or long wait"),
        "restocking_fee": _tr("Restocking fee waived"),
        "delivery_fee": _tr("Delivery fee waived"),
        "cancellation_fee": _tr("Cancellation fee waived"),
        "late_fee": _tr("Late fee waived"),
        "loyal_customer": _tr("Loyal customer"),
        "other": _tr("Other (say why)"),
    }.get(code, REASON_CODES.get(code, code))


def role_phrase(role: RoleCode | None) -> str:
    """Who approves, as the sentence needs it: "a store manager"."""
    return {
        RoleCode.AGENT: _tr("an agent"),
        RoleCode.STORE_MANAGER: _tr("a store manager"),
        RoleCode.SUPERVISOR: _tr("a supervisor"),
        RoleCode.ADMINISTRATOR: _tr("an administrator"),
    }.get(RoleCode(role) if role else None, _tr("someone with a higher limit"))  # type: ignore[arg-type]
