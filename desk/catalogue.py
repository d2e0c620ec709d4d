"""The product catalogue, as the desk looks things up in it (an exchange, an item with no order on file)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, or_, select

from desk.db import Database
from desk.models import Product
from desk.text import normalise_identifier

MAX_PRODUCTS = 30


@dataclass(frozen=True)
class ProductRow:
    id: int
    sku: str
    name: str
    category: str
    price: Decimal
    currency: str
    serialised: bool


def find_products(db: Database, typed: str, limit: int = MAX_PRODUCTS) -> list[ProductRow]:
    """Products whose SKU starts with, or whose name contains, what was typed; exact SKU first."""
    text = " ".join((typed or "").split())[:80]
    if len(text) < 2:
        return []
    sku = normalise_identifier(text)
    pattern = "%" + text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    query = (
        select(Product)
        .where(or_(Product.sku.startswith(sku, autoescape=True), func.lower(Product.name).like(pattern, escape="\\")))
        .order_by((Product.sku == sku).desc(), Product.name)
        .limit(min(max(limit, 1), MAX_PRODUCTS))
    )
    with db.read() as session:
        return [ProductRow(p.id, p.sku, p.name, p.category, p.price, p.currency, p.serialised)
                for p in session.scalars(query)]  # fmt: skip
