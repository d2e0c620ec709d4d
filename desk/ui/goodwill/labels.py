"""The goodwill vocabulary as the desk shows it: what is given, why, and who approves. Translatable here (the
services keep English codes and texts for reports); a code the desk does not know yet shows the service's text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.ui.formatting import decision_kind_label as kind_label  # noqa: F401 - the dialog's name for it
from desk.ui.formatting import reason_code_label as reason_label  # noqa: F401

from desk.enums import DecisionKind, RoleCode


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


def kind_hint(kind: DecisionKind) -> str:
    """One line under the choice, so "refund" and "price adjustment" are not confused at 6 p.m."""
    return {
        DecisionKind.GOODWILL_VOUCHER: translate("goodwill", "A voucher for the next purchase."),
        DecisionKind.GOODWILL_REFUND: translate("goodwill", "Money back to the customer, beyond what the rules give."),
        DecisionKind.FREE_REPAIR: translate("goodwill", "The store pays all or part of a repair."),
        DecisionKind.FEE_WAIVER: translate("goodwill", "A fee the customer would pay is not charged."),
        DecisionKind.PRICE_ADJUSTMENT: translate("goodwill", "The difference when the price dropped soon after the purchase."),
    }.get(DecisionKind(kind), "")


def role_phrase(role: RoleCode | None) -> str:
    """Who approves, as the sentence needs it: "a store manager"."""
    return {
        RoleCode.AGENT: translate("goodwill", "an agent"),
        RoleCode.STORE_MANAGER: translate("goodwill", "a store manager"),
        RoleCode.SUPERVISOR: translate("goodwill", "a supervisor"),
        RoleCode.ADMINISTRATOR: translate("goodwill", "an administrator"),
    }.get(RoleCode(role) if role else None, translate("goodwill", "someone with a higher limit"))  # type: ignore[arg-type]
