"""Products, orders and order lines: what was bought, where, when and at what price."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.enums import SalesChannel

from .base import CURRENCY, Base, Money, UTCDateTime, enum_column


class Product(Base):
    __tablename__ = "product"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(60))
    brand: Mapped[str | None] = mapped_column(String(60))
    price: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(CURRENCY, default="EUR")
    return_window_days: Mapped[int] = mapped_column(Integer, default=30)
    warranty_months: Mapped[int] = mapped_column(Integer, default=0)
    serialised: Mapped[bool] = mapped_column(Boolean, default=False)


class SalesOrder(Base):
    __tablename__ = "sales_order"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Human identifiers, stored upper-case without spaces so a typed or scanned one matches exactly.
    order_number: Mapped[str] = mapped_column(String(40), unique=True)
    receipt_number: Mapped[str | None] = mapped_column(String(40), unique=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    channel: Mapped[SalesChannel] = mapped_column(enum_column(SalesChannel, "sales_channel"))
    store_id: Mapped[int] = mapped_column(ForeignKey("store.id"))
    ordered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    total: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(CURRENCY, default="EUR")

    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.line_no"
    )


class OrderLine(Base):
    __tablename__ = "order_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("sales_order.id", ondelete="CASCADE"))
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(CURRENCY, default="EUR")
    serial_number: Mapped[str | None] = mapped_column(String(60), index=True)

    order: Mapped[SalesOrder] = relationship(back_populates="lines")
    product: Mapped[Product] = relationship()

    __table_args__ = (Index("uq_order_line_order_line_no", "order_id", "line_no", unique=True),)
