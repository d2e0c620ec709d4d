"""Audit entries, surveys, documents, and the timeline every writer feeds."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.enums import Channel, EventKind

from .base import Base, UTCDateTime, enum_column, utcnow
from .wording import WORDING


class AuditEntry(Base):
    """Who did what, when, from where, to which record, before and after. Append-only."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    actor_name: Mapped[str] = mapped_column(String(60))
    workstation: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(40))
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)
    # The hash chain (desk.audit_chain): entry_hash covers this entry's content and prev_hash, the entry before it.
    chain_seq: Mapped[int | None] = mapped_column(Integer, unique=True)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)


class CustomerAccess(Base):
    """Who opened whose customer screen, when, from where. Append-only, like the audit."""

    __tablename__ = "customer_access"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    actor_name: Mapped[str] = mapped_column(String(60))
    workstation: Mapped[str] = mapped_column(String(120))
    purpose: Mapped[str] = mapped_column(String(40), default="customer_screen")
    accessed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (
        Index("ix_customer_access_customer_time", "customer_id", "accessed_at"),
        Index("ix_customer_access_actor_time", "actor_id", "accessed_at"),
    )


class Survey(Base):
    """Satisfaction after a case: CSAT 1-5, Customer Effort Score 1-7, NPS 0-10."""

    __tablename__ = "survey"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("after_sales_case.id"))
    channel: Mapped[Channel] = mapped_column(enum_column(Channel, "channel"))
    csat: Mapped[int | None] = mapped_column(Integer)
    ces: Mapped[int | None] = mapped_column(Integer)
    nps: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (
        CheckConstraint("csat IS NULL OR csat BETWEEN 1 AND 5", name="csat_range"),
        CheckConstraint("ces IS NULL OR ces BETWEEN 1 AND 7", name="ces_range"),
        CheckConstraint("nps IS NULL OR nps BETWEEN 0 AND 10", name="nps_range"),
    )


class Document(Base):
    """A generated letter or form, or a file attached at intake (a photo), stored with its case."""

    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("after_sales_case.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))  # return_receipt, warranty_intake, ..., or attachment
    language: Mapped[str] = mapped_column(String(5))
    filename: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class TimelineEvent(Base):
    """One line of a customer's history. Every writer adds one, so the history is a single indexed read."""

    __tablename__ = "timeline_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[EventKind] = mapped_column(enum_column(EventKind, "event_kind"))
    channel: Mapped[Channel | None] = mapped_column(enum_column(Channel, "channel"))
    title: Mapped[str] = mapped_column(String(200))
    title_wording: Mapped[dict | None] = mapped_column(WORDING)  # desk.models.wording
    detail: Mapped[str] = mapped_column(Text, default="")
    detail_wording: Mapped[dict | None] = mapped_column(WORDING)
    source_table: Mapped[str] = mapped_column(String(40))
    source_id: Mapped[int] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("after_sales_case.id"))  # the case it belongs to
    store_id: Mapped[int | None] = mapped_column(ForeignKey("store.id"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (
        # Newest first, keyset-paged: (occurred_at, id) is the cursor.
        Index("ix_timeline_event_customer_time", "customer_id", "occurred_at", "id"),
        Index("ix_timeline_event_customer_kind_time", "customer_id", "kind", "occurred_at", "id"),
        Index("ix_timeline_event_customer_channel_time", "customer_id", "channel", "occurred_at", "id"),
        Index("ix_timeline_event_source", "source_table", "source_id"),
        Index("ix_timeline_event_case_time", "case_id", "occurred_at", "id"),
    )


class RuleSet(Base):
    """The after-sales rules in force (a TOML text, checked before it is stored); the newest row wins."""

    __tablename__ = "rule_set"

    id: Mapped[int] = mapped_column(primary_key=True)
    content: Mapped[str] = mapped_column(Text)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
