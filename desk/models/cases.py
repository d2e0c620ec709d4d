"""Interactions, cases with their lines, warranty details, decisions, policy and approval requests."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.enums import (
    ApprovalState,
    CaseKind,
    CaseState,
    Channel,
    DecisionKind,
    DecisionStatus,
    Direction,
    Entitlement,
    ItemCondition,
    RefundMethod,
)

from .base import CURRENCY, Base, Money, UTCDateTime, enum_column, utcnow
from .wording import WORDING


class Interaction(Base):
    """One contact with the customer on a channel."""

    __tablename__ = "interaction"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    channel: Mapped[Channel] = mapped_column(enum_column(Channel, "channel"))
    direction: Mapped[Direction] = mapped_column(enum_column(Direction, "direction"))
    reason: Mapped[str] = mapped_column(String(120))
    summary: Mapped[str] = mapped_column(Text)
    summary_wording: Mapped[dict | None] = mapped_column(WORDING)  # desk.models.wording
    outcome: Mapped[str] = mapped_column(String(120))
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    store_id: Mapped[int | None] = mapped_column(ForeignKey("store.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("after_sales_case.id"), index=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Makes a CSV re-import idempotent: the same external id is never imported twice.
    external_ref: Mapped[str | None] = mapped_column(String(80), unique=True)


class Case(Base):
    """One after-sales matter: a return, a warranty claim or a goodwill gesture."""

    __tablename__ = "after_sales_case"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_number: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[CaseKind] = mapped_column(enum_column(CaseKind, "case_kind"))
    state: Mapped[CaseState] = mapped_column(enum_column(CaseState, "case_state"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    store_id: Mapped[int | None] = mapped_column(ForeignKey("store.id"))
    channel: Mapped[Channel] = mapped_column(enum_column(Channel, "channel"))
    opened_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    assigned_to: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    summary: Mapped[str] = mapped_column(Text, default="")
    summary_wording: Mapped[dict | None] = mapped_column(WORDING)  # desk.models.wording
    # Returns: how the money goes back, and the fee kept.
    refund_method: Mapped[RefundMethod | None] = mapped_column(enum_column(RefundMethod, "refund_method"))
    refund_amount: Mapped[Decimal | None] = mapped_column(Money)
    restocking_fee: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(CURRENCY, default="EUR")
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Why a case was rejected or cancelled, in the words of who did it.
    end_reason: Mapped[str | None] = mapped_column(Text)
    # Returns settled by exchange: what the customer takes instead, and what they pay (+) or get back (-).
    exchange_product_id: Mapped[int | None] = mapped_column(ForeignKey("product.id"))
    exchange_quantity: Mapped[int | None] = mapped_column(Integer)
    price_difference: Mapped[Decimal | None] = mapped_column(Money)
    version: Mapped[int] = mapped_column(Integer, default=1)

    lines: Mapped[list[CaseLine]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseLine.id"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_after_sales_case_state_kind", "state", "kind"),
        # "My open cases" and the overdue list: open cases have no closed_at.
        Index("ix_after_sales_case_assigned_open", "assigned_to", "closed_at"),
        # The service figures count cases opened and closed in a period (desk.kpis).
        Index("ix_after_sales_case_opened_at", "opened_at"),
        Index("ix_after_sales_case_closed_at", "closed_at"),
        Index("ix_after_sales_case_opened_by_open", "opened_by", "closed_at"),
        Index("ix_after_sales_case_kind_open_due", "kind", "closed_at", "due_at"),
    )


class CaseLine(Base):
    """An item of a case: a returned line, or the item under a warranty claim."""

    __tablename__ = "case_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("after_sales_case.id", ondelete="CASCADE"), index=True)
    order_line_id: Mapped[int | None] = mapped_column(ForeignKey("order_line.id"), index=True)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("product.id"))
    description: Mapped[str] = mapped_column(String(200), default="")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    serial_number: Mapped[str | None] = mapped_column(String(60), index=True)
    condition: Mapped[ItemCondition | None] = mapped_column(enum_column(ItemCondition, "item_condition"))
    reason: Mapped[str] = mapped_column(String(200), default="")
    amount: Mapped[Decimal | None] = mapped_column(Money)  # returns: the refund for this line, after its fee
    currency: Mapped[str] = mapped_column(CURRENCY, default="EUR")
    # Returns: the fee the rules set (kept unless waived), and why the line was or was not returnable.
    restocking_fee: Mapped[Decimal | None] = mapped_column(Money)
    fee_waived: Mapped[bool] = mapped_column(Boolean, default=False)
    accepted_as_exception: Mapped[bool] = mapped_column(Boolean, default=False)
    days_past_window: Mapped[int | None] = mapped_column(Integer)
    assessment: Mapped[str] = mapped_column(Text, default="")
    assessment_wording: Mapped[dict | None] = mapped_column(WORDING)  # desk.models.wording

    case: Mapped[Case] = relationship(back_populates="lines")

    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)


class WarrantyClaim(Base):
    """The warranty-specific part of a warranty case."""

    __tablename__ = "warranty_claim"

    case_id: Mapped[int] = mapped_column(ForeignKey("after_sales_case.id", ondelete="CASCADE"), primary_key=True)
    order_line_id: Mapped[int | None] = mapped_column(ForeignKey("order_line.id"), index=True)
    serial_number: Mapped[str | None] = mapped_column(String(60), index=True)
    replacement_serial: Mapped[str | None] = mapped_column(String(60))
    fault_description: Mapped[str] = mapped_column(Text, default="")
    accessories: Mapped[str] = mapped_column(String(300), default="")
    visible_damage: Mapped[str] = mapped_column(String(300), default="")
    entitlement: Mapped[Entitlement | None] = mapped_column(enum_column(Entitlement, "entitlement"))
    entitlement_reasons: Mapped[str] = mapped_column(Text, default="")
    entitlement_wording: Mapped[dict | None] = mapped_column(WORDING)  # desk.models.wording
    cause: Mapped[str] = mapped_column(String(40), default="fault")
    same_fault_as: Mapped[str | None] = mapped_column(String(20))  # an earlier repair of the same fault
    cover_until: Mapped[date | None] = mapped_column(Date)
    diagnosis: Mapped[str] = mapped_column(Text, default="")
    resolution: Mapped[str | None] = mapped_column(String(20))  # repair, replace, refund
    quote_amount: Mapped[Decimal | None] = mapped_column(Money)  # out of warranty: what the repair would cost
    cost_bearer: Mapped[str | None] = mapped_column(String(20))  # store, supplier, brand, customer
    charge_to: Mapped[str | None] = mapped_column(String(120))  # the supplier or brand charged back
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    repair_centre: Mapped[str | None] = mapped_column(String(120))
    replaced_on: Mapped[date | None] = mapped_column(Date)
    replacement_cover_until: Mapped[date | None] = mapped_column(Date)
    handed_back_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    repair_cover_until: Mapped[date | None] = mapped_column(Date)


class Decision(Base):
    """Anything of value granted on a case, checked against the empowerment policy."""

    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("after_sales_case.id"), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    kind: Mapped[DecisionKind] = mapped_column(enum_column(DecisionKind, "decision_kind"))
    status: Mapped[DecisionStatus] = mapped_column(enum_column(DecisionStatus, "decision_status"))
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(CURRENCY, default="EUR")
    days_past_window: Mapped[int | None] = mapped_column(Integer)
    reason_code: Mapped[str] = mapped_column(String(40))
    reason_text: Mapped[str] = mapped_column(Text, default="")
    requested_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), index=True)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (CheckConstraint("amount >= 0", name="amount_not_negative"),)


class EmpowermentPolicy(Base):
    """Limits per role (user_id NULL) or per person (override), for one decision kind and currency."""

    __tablename__ = "empowerment_policy"

    id: Mapped[int] = mapped_column(primary_key=True)
    role_id: Mapped[int | None] = mapped_column(ForeignKey("role.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    decision_kind: Mapped[DecisionKind] = mapped_column(enum_column(DecisionKind, "decision_kind"))
    currency: Mapped[str] = mapped_column(CURRENCY, default="EUR")
    max_per_decision: Mapped[Decimal] = mapped_column(Money)
    max_per_agent_day: Mapped[Decimal | None] = mapped_column(Money)
    max_per_customer_12m: Mapped[Decimal | None] = mapped_column(Money)
    max_days_past_window: Mapped[int | None] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (
        UniqueConstraint("role_id", "user_id", "decision_kind", "currency", name="uq_empowerment_policy_scope"),
        CheckConstraint("(role_id IS NULL) <> (user_id IS NULL)", name="role_or_user"),
        CheckConstraint("max_per_decision >= 0", name="max_not_negative"),
    )


class GoodwillBudget(Base):
    """What a store may spend on goodwill in a month (one currency): the service figures set what was granted
    against it. Set by administrators (desk-admin set-budget)."""

    __tablename__ = "goodwill_budget"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("store.id"))
    month: Mapped[date] = mapped_column(Date)  # the first day of the month
    currency: Mapped[str] = mapped_column(CURRENCY, default="EUR")
    amount: Mapped[Decimal] = mapped_column(Money)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (
        UniqueConstraint("store_id", "month", "currency", name="uq_goodwill_budget_scope"),
        CheckConstraint("amount >= 0", name="amount_not_negative"),
    )


class ApprovalRequest(Base):
    """A decision above its requester's limit, waiting for someone whose limit covers it."""

    __tablename__ = "approval_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decision.id"), unique=True)
    requested_by: Mapped[int] = mapped_column(ForeignKey("staff_user.id"))
    required_role_id: Mapped[int] = mapped_column(ForeignKey("role.id"))
    store_id: Mapped[int | None] = mapped_column(ForeignKey("store.id"))
    state: Mapped[ApprovalState] = mapped_column(enum_column(ApprovalState, "approval_state"), index=True)
    requester_note: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When it moved to its current level (escalation restarts the clock) and when that level was reminded.
    routed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    escalations: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("decided_by IS NULL OR decided_by <> requested_by", name="four_eyes"),
        Index("ix_approval_request_state_role", "state", "required_role_id"),
    )


class ApprovalDelegation(Base):
    """A person away lets a named colleague approve in their place, for a range of days (inclusive)."""

    __tablename__ = "approval_delegation"

    id: Mapped[int] = mapped_column(primary_key=True)
    delegator_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"), index=True)
    delegate_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        CheckConstraint("delegator_id <> delegate_id", name="not_to_oneself"),
        CheckConstraint("starts_on <= ends_on", name="range_in_order"),
    )
