"""Stores, staff, roles, customers and their normalised contact points, and the name-word index."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.enums import ContactKind, LoyaltyTier, RoleCode, StoreKind

from .base import CURRENCY, Base, UTCDateTime, enum_column, utcnow


class Store(Base):
    __tablename__ = "store"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[StoreKind] = mapped_column(enum_column(StoreKind, "store_kind"))
    city: Mapped[str | None] = mapped_column(String(80))
    address: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2), default="ES")
    currency: Mapped[str] = mapped_column(CURRENCY, default="EUR")
    timezone: Mapped[str] = mapped_column(String(40), default="Europe/Madrid")
    tax_id: Mapped[str | None] = mapped_column(String(20))


class Role(Base):
    """agent < store manager < supervisor < administrator: `level` orders who may approve what."""

    __tablename__ = "role"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[RoleCode] = mapped_column(enum_column(RoleCode, "role_code"), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    level: Mapped[int] = mapped_column(Integer)


class StaffUser(Base):
    __tablename__ = "staff_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    role_id: Mapped[int] = mapped_column(ForeignKey("role.id"))
    store_id: Mapped[int | None] = mapped_column(ForeignKey("store.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # scrypt hash on SQLite; NULL on PostgreSQL, where the database login checks the password.
    password_hash: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(5), default="es")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    role: Mapped[Role] = relationship()
    store: Mapped[Store | None] = relationship()


class Customer(Base):
    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_number: Mapped[str] = mapped_column(String(20), unique=True)
    is_company: Mapped[bool] = mapped_column(Boolean, default=False)
    full_name: Mapped[str] = mapped_column(String(200))
    # Lower-case, accent-free words of full_name (see desk.text.normalise_name): what search reads.
    search_name: Mapped[str] = mapped_column(String(200))
    loyalty_tier: Mapped[LoyaltyTier] = mapped_column(
        enum_column(LoyaltyTier, "loyalty_tier"), default=LoyaltyTier.NONE
    )
    customer_since: Mapped[date] = mapped_column(Date)
    preferred_language: Mapped[str] = mapped_column(String(5), default="es")
    home_store_id: Mapped[int | None] = mapped_column(ForeignKey("store.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    contact_points: Mapped[list[ContactPoint]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="ContactPoint.id"
    )

    __mapper_args__ = {"version_id_col": version}


class ContactPoint(Base):
    """An email, phone or address. `value` is as given; `value_norm` is what search matches exactly."""

    __tablename__ = "contact_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ContactKind] = mapped_column(enum_column(ContactKind, "contact_kind"))
    value: Mapped[str] = mapped_column(String(300))
    value_norm: Mapped[str] = mapped_column(String(300))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)

    customer: Mapped[Customer] = relationship(back_populates="contact_points")

    __table_args__ = (
        Index("ix_contact_point_kind_value_norm", "kind", "value_norm"),
        UniqueConstraint("customer_id", "kind", "value_norm", name="uq_contact_point_customer_kind_value"),
    )


class NameWord(Base):
    """Each distinct word of customers' search names: the small table typo tolerance works on."""

    __tablename__ = "name_word"

    word: Mapped[str] = mapped_column(String(80), primary_key=True)


class NameWordVariant(Base):
    """Every name word with one letter deleted (and the word itself): two words one edit apart share a row.

    This is the symmetric-delete index: a typo in the query is found through a b-tree lookup, on SQLite
    and PostgreSQL alike, without scanning customers.
    """

    __tablename__ = "name_word_variant"

    variant: Mapped[str] = mapped_column(String(80), primary_key=True)
    word: Mapped[str] = mapped_column(ForeignKey("name_word.word", ondelete="CASCADE"), primary_key=True)

