"""SQLAlchemy 2.x typed models of the shared after-sales database. No business rules, no Qt."""

from .base import Base, Money, UTCDateTime, utcnow
from .cases import (
    ApprovalDelegation,
    ApprovalRequest,
    Case,
    CaseLine,
    Decision,
    EmpowermentPolicy,
    GoodwillBudget,
    Interaction,
    WarrantyClaim,
)
from .people import ContactPoint, Customer, NameWord, NameWordVariant, Role, StaffUser, Store
from .records import AuditEntry, CustomerAccess, Document, RuleSet, Survey, TimelineEvent
from .sales import OrderLine, Product, SalesOrder
from .wording import keep_wording

for _text, _wording in ((TimelineEvent.title, "title_wording"), (TimelineEvent.detail, "detail_wording"),
                        (Case.summary, "summary_wording"),
                        (Interaction.summary, "summary_wording"), (CaseLine.assessment, "assessment_wording"),
                        (WarrantyClaim.entitlement_reasons, "entitlement_wording")):  # fmt: skip
    keep_wording(_text, _wording)

__all__ = [
    "ApprovalDelegation",
    "ApprovalRequest",
    "AuditEntry",
    "Base",
    "Case",
    "CaseLine",
    "ContactPoint",
    "Customer",
    "CustomerAccess",
    "Decision",
    "Document",
    "EmpowermentPolicy",
    "GoodwillBudget",
    "Interaction",
    "Money",
    "NameWord",
    "NameWordVariant",
    "OrderLine",
    "Product",
    "Role",
    "RuleSet",
    "SalesOrder",
    "StaffUser",
    "Store",
    "Survey",
    "TimelineEvent",
    "UTCDateTime",
    "WarrantyClaim",
    "utcnow",
]
