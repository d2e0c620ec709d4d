"""The closed vocabularies of DESIGN.md, shared by models, services and the UI."""

from enum import StrEnum


class Channel(StrEnum):
    STORE = "store"
    WEB = "web"
    PHONE = "phone"
    EMAIL = "email"
    CHAT = "chat"
    SOCIAL = "social"


class SalesChannel(StrEnum):
    """Where an order was placed (a subset of Channel)."""

    STORE = "store"
    WEB = "web"
    PHONE = "phone"


class StoreKind(StrEnum):
    STORE = "store"
    WEB_SHOP = "web_shop"
    CALL_CENTRE = "call_centre"


class RoleCode(StrEnum):
    AGENT = "agent"
    STORE_MANAGER = "store_manager"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"


class ContactKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    ADDRESS = "address"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class CaseKind(StrEnum):
    RETURN = "return"
    WARRANTY = "warranty"
    GOODWILL = "goodwill"


class CaseState(StrEnum):
    """Union of the states of every case kind; each kind's state machine uses its own subset."""

    DRAFT = "draft"
    OPEN = "open"
    AWAITING_ITEMS = "awaiting_items"
    RECEIVED = "received"
    REFUNDED = "refunded"
    EXCHANGED = "exchanged"
    DIAGNOSING = "diagnosing"
    AWAITING_PARTS = "awaiting_parts"
    REPAIRED = "repaired"
    REPLACED = "replaced"
    RETURNED_TO_CUSTOMER = "returned_to_customer"
    GRANTED = "granted"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    CLOSED = "closed"


class DecisionKind(StrEnum):
    REFUND = "refund"
    GOODWILL_VOUCHER = "goodwill_voucher"
    GOODWILL_REFUND = "goodwill_refund"
    FREE_REPAIR = "free_repair"
    FEE_WAIVER = "fee_waiver"
    RETURN_OUTSIDE_WINDOW = "return_outside_window"
    PRICE_ADJUSTMENT = "price_adjustment"


GOODWILL_KINDS = frozenset(
    {
        DecisionKind.GOODWILL_VOUCHER,
        DecisionKind.GOODWILL_REFUND,
        DecisionKind.FREE_REPAIR,
        DecisionKind.FEE_WAIVER,
        DecisionKind.RETURN_OUTSIDE_WINDOW,
        DecisionKind.PRICE_ADJUSTMENT,
    }
)


class DecisionStatus(StrEnum):
    GRANTED = "granted"
    PENDING_APPROVAL = "pending_approval"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class ApprovalState(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"


class RefundMethod(StrEnum):
    ORIGINAL_PAYMENT = "original_payment"
    STORE_CREDIT = "store_credit"
    EXCHANGE = "exchange"


class ItemCondition(StrEnum):
    UNOPENED = "unopened"
    OPENED = "opened"
    DAMAGED = "damaged"
    MISSING_PARTS = "missing_parts"


class Entitlement(StrEnum):
    IN_WARRANTY = "in_warranty"
    OUT_OF_WARRANTY = "out_of_warranty"
    NOT_COVERED = "not_covered"


class LoyaltyTier(StrEnum):
    NONE = "none"
    SILVER = "silver"
    GOLD = "gold"
    PLATINUM = "platinum"


class EventKind(StrEnum):
    """What a timeline event is about: the filters of the customer timeline."""

    ORDER = "order"
    INTERACTION = "interaction"
    CASE = "case"
    DECISION = "decision"
    SURVEY = "survey"
    DOCUMENT = "document"
