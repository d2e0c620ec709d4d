"""SQLAlchemy 2.x typed models of the shared after-sales database. No business rules, no Qt."""

from .base import Base, Money, UTCDateTime, utcnow
from .cases import ApprovalDelegation, ApprovalRequest, Case, CaseLine, Decision, EmpowermentPolicy, Interaction, WarrantyClaim
from .people import ContactPoint, Customer, NameWord, NameWordVariant, Role, StaffUser, Store
from .records import AuditEntry, CustomerAccess, Document, RuleSet, Survey, TimelineEvent
from .sales import OrderLine, Product, SalesOrder

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
