"""What a customer bought, as plain data the return and warranty rules work on.

Lines are read with what the rules need beside them: the store's time zone and country, the product's window
and warranty, and how many were already taken back by returns that still stand (not cancelled or rejected).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desk.db import Database
from desk.enums import CaseKind, CaseState, SalesChannel
from desk.models import Case, CaseLine, OrderLine, Product, SalesOrder, Store
from desk.rules.returns import PurchasedLine
from desk.text import normalise_identifier

MAX_LINES = 200  # the most recent lines shown for a customer; older ones are found by their number
# A return that was cancelled or rejected gave nothing back; every other state holds its quantity.
VOID_RETURN_STATES = (CaseState.CANCELLED, CaseState.REJECTED)


def _lines_query() -> Select:
    return (
        select(OrderLine, SalesOrder, Product, Store)
        .join(SalesOrder, OrderLine.order_id == SalesOrder.id)
        .join(Product, OrderLine.product_id == Product.id)
        .join(Store, SalesOrder.store_id == Store.id)
    )


def returned_quantities(session: Session, order_line_ids: Sequence[int], *, except_case: int | None = None) -> dict[int, int]:
    """How many of each order line earlier returns took back (cancelled and rejected returns do not count)."""
    if not order_line_ids:
        return {}
    query = (
        select(CaseLine.order_line_id, func.sum(CaseLine.quantity))
        .join(Case, CaseLine.case_id == Case.id)
        .where(
            CaseLine.order_line_id.in_(sorted(set(order_line_ids))),
            Case.kind == CaseKind.RETURN,
            Case.state.not_in(VOID_RETURN_STATES),
        )
        .group_by(CaseLine.order_line_id)
    )
    if except_case is not None:
        query = query.where(Case.id != except_case)
    return {line_id: int(total) for line_id, total in session.execute(query)}


def read_lines(session: Session, query: Select) -> list[PurchasedLine]:
    rows = session.execute(query).all()
    returned = returned_quantities(session, [line.id for line, *_ in rows])
    return [_purchased(line, order, product, store, returned.get(line.id, 0)) for line, order, product, store in rows]


def lines_by_id(session: Session, order_line_ids: Sequence[int], *, lock: bool = False) -> dict[int, PurchasedLine]:
    """The given lines; `lock` takes their row locks (PostgreSQL) so two desks cannot return the same item twice."""
    if not order_line_ids:
        return {}
    query = _lines_query().where(OrderLine.id.in_(sorted(set(order_line_ids)))).order_by(OrderLine.id)
    if lock:
        query = query.with_for_update(of=OrderLine)
    return {line.order_line_id: line for line in read_lines(session, query)}


def customer_lines(db: Database, customer_id: int, limit: int = MAX_LINES) -> list[PurchasedLine]:
    """The customer's most recent order lines, newest order first."""
    query = (
        _lines_query()
        .where(SalesOrder.customer_id == customer_id)
        .order_by(SalesOrder.ordered_at.desc(), SalesOrder.id.desc(), OrderLine.line_no)
        .limit(limit)
    )
    with db.read() as session:
        return read_lines(session, query)


def lines_by_number(db: Database, typed: str) -> list[PurchasedLine]:
    """The lines of the order whose order or receipt number was typed or scanned (any customer)."""
    number = normalise_identifier(typed or "")
    if not number or len(number) > 40:
        return []
    query = (
        _lines_query()
        .where((SalesOrder.order_number == number) | (SalesOrder.receipt_number == number))
        .order_by(OrderLine.line_no)
    )
    with db.read() as session:
        return read_lines(session, query)


def lines_by_serial(db: Database, typed: str) -> list[PurchasedLine]:
    """The order lines sold with this serial number (normally one)."""
    serial = normalise_identifier(typed or "")
    if not serial or len(serial) > 60:
        return []
    with db.read() as session:
        return read_lines(session, _lines_query().where(OrderLine.serial_number == serial).order_by(OrderLine.id))


def _purchased(line: OrderLine, order: SalesOrder, product: Product, store: Store, returned: int) -> PurchasedLine:
    return PurchasedLine(
        order_line_id=line.id,
        order_number=order.order_number,
        channel=SalesChannel(order.channel),
        ordered_at=order.ordered_at,
        delivered_at=order.delivered_at,
        store_timezone=store.timezone,
        product_id=product.id,
        product_name=product.name,
        sku=product.sku,
        category=product.category,
        return_window_days=product.return_window_days,
        warranty_months=product.warranty_months,
        serialised=product.serialised,
        quantity=line.quantity,
        already_returned=returned,
        unit_price=line.unit_price,
        currency=line.currency,
        serial_number=line.serial_number,
        country=store.country,
        customer_id=order.customer_id,
        order_id=order.id,
    )
