"""Orders and their lines: the one writer every source of orders uses (demo data, CSV import)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import timeline
from desk.enums import Channel, EventKind, SalesChannel
from desk.errors import InvalidInput
from desk.messages import say
from desk.models import OrderLine, Product, SalesOrder
from desk.text import normalise_identifier


@dataclass
class NewOrderLine:
    product_id: int
    quantity: int
    unit_price: Decimal
    serial_number: str | None = None


@dataclass
class NewOrder:
    order_number: str
    channel: SalesChannel
    store_id: int
    ordered_at: datetime
    customer_id: int | None
    lines: list[NewOrderLine] = field(default_factory=list)
    receipt_number: str | None = None
    delivered_at: datetime | None = None
    currency: str = "EUR"


def add_order(session: Session, data: NewOrder, actor_id: int | None = None) -> SalesOrder:
    """Add an order with its lines to the caller's transaction, and its event to the customer's timeline."""
    if not data.lines:
        raise InvalidInput(say("An order needs at least one line."))
    if any(line.quantity <= 0 for line in data.lines):
        raise InvalidInput(say("Every order line needs a quantity of at least 1."))
    if any(line.unit_price < 0 for line in data.lines):
        raise InvalidInput(say("A price cannot be negative."))
    if data.delivered_at is not None and data.delivered_at < data.ordered_at:
        raise InvalidInput(say("An order cannot be delivered before it was placed."))
    total = sum((line.unit_price * line.quantity for line in data.lines), Decimal("0"))
    order = SalesOrder(
        order_number=normalise_identifier(data.order_number),
        receipt_number=normalise_identifier(data.receipt_number) if data.receipt_number else None,
        customer_id=data.customer_id,
        channel=data.channel,
        store_id=data.store_id,
        ordered_at=data.ordered_at,
        delivered_at=data.delivered_at,
        total=total,
        currency=data.currency,
        lines=[
            OrderLine(
                line_no=i,
                product_id=line.product_id,
                quantity=line.quantity,
                unit_price=line.unit_price,
                currency=data.currency,
                serial_number=normalise_identifier(line.serial_number) if line.serial_number else None,
            )
            for i, line in enumerate(data.lines, start=1)
        ],
    )
    session.add(order)
    session.flush()
    if data.customer_id is not None:
        items = sum(line.quantity for line in data.lines)
        names = dict(session.execute(
            select(Product.id, Product.name).where(Product.id.in_({line.product_id for line in data.lines}))
        ).tuples().all())  # fmt: skip
        first = names.get(data.lines[0].product_id, "")
        if items > data.lines[0].quantity:
            title = say("Order {order}: {product} and {more} more, {total:.2f} {currency}", order=order.order_number,
                        product=first, more=items - data.lines[0].quantity, total=total, currency=data.currency)
        else:
            title = say("Order {order}: {product}, {total:.2f} {currency}", order=order.order_number, product=first,
                        total=total, currency=data.currency)
        listed = "\n".join(
            f"{line.quantity} × {names.get(line.product_id, '?')} at {line.unit_price:.2f} {data.currency}"
            + (f" (serial {normalise_identifier(line.serial_number)})" if line.serial_number else "")
            for line in data.lines
        )
        receipt = f"Receipt {order.receipt_number}\n" if order.receipt_number else ""
        timeline.record_event(
            session,
            customer_id=data.customer_id,
            kind=EventKind.ORDER,
            channel=Channel(data.channel.value),
            occurred_at=data.ordered_at,
            title=title,
            detail=receipt + listed,
            source_table="sales_order",
            source_id=order.id,
            store_id=data.store_id,
            actor_id=actor_id,
        )
    return order
