"""Test data built through the services, so tests exercise the same writers as the desk."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from desk.actors import Actor, system_actor
from desk.customers import NewCustomer, add_customer
from desk.db import Database
from desk.enums import RoleCode, SalesChannel, StoreKind
from desk.models import Product
from desk.orders import NewOrder, NewOrderLine, add_order
from desk.policy import set_default_limits
from desk.staff import actor_for, add_store, add_user, ensure_roles

_numbers = itertools.count(1)


@dataclass(frozen=True)
class Staff:
    admin: Actor
    agent: Actor
    manager: Actor
    supervisor: Actor
    shop_id: int
    web_id: int
    call_centre_id: int


def make_staff(db: Database) -> Staff:
    system = system_actor("tests")
    with db.write() as s:
        ensure_roles(s)
        shop = add_store(s, "BCN1", "Barcelona Diagonal", StoreKind.STORE, "Barcelona")
        web = add_store(s, "WEB", "Tienda online", StoreKind.WEB_SHOP)
        cc = add_store(s, "CC", "Call centre", StoreKind.CALL_CENTRE, "Madrid")
        users = {}
        for username, role, store in [
            ("admin", RoleCode.ADMINISTRATOR, None),
            ("ana", RoleCode.AGENT, "BCN1"),
            ("marc", RoleCode.STORE_MANAGER, "BCN1"),
            ("lucia", RoleCode.SUPERVISOR, "CC"),
        ]:
            # Tests pass None: hashing costs 32 MiB and ~0.1 s each; login tests set their own.
            user = add_user(
                s, system, username=username, full_name=username.title(), role=role, store_code=store, password=None
            )
            users[username] = actor_for(user, "tests")
        set_default_limits(s, system)  # agents 50 EUR a voucher, managers 150, supervisors 500 (desk.policy)
        return Staff(users["admin"], users["ana"], users["marc"], users["lucia"], shop.id, web.id, cc.id)


def make_customer(db: Database, actor: Actor, full_name: str, **fields: object) -> int:
    number = fields.pop("customer_number", None) or f"C{next(_numbers):07d}"
    data = NewCustomer(
        full_name=full_name,
        customer_number=str(number),
        customer_since=fields.pop("customer_since", date(2024, 1, 15)),  # type: ignore[arg-type]
        **fields,  # type: ignore[arg-type]
    )
    with db.write() as s:
        return add_customer(s, actor, data).id


def make_product(db: Database, sku: str, name: str, price: str, *, category: str = "Cafeteras",
                 return_days: int = 30, warranty_months: int = 24, serialised: bool = False) -> int:  # fmt: skip
    with db.write() as s:
        product = Product(sku=sku, name=name, category=category, brand="Marca", price=Decimal(price),
                          return_window_days=return_days, warranty_months=warranty_months,
                          serialised=serialised)  # fmt: skip
        s.add(product)
        s.flush()
        return product.id


def make_order(
    db: Database, store_id: int, customer_id: int | None, number: str, ordered_at: datetime,
    lines: list[tuple[int, int, str, str | None]], *, channel: str = "store", delivered_at: datetime | None = None,
    receipt: str | None = None,
) -> list[int]:  # fmt: skip
    """An order; lines are (product_id, quantity, unit price, serial). Returns the order line ids in order."""
    with db.write() as s:
        order = add_order(s, NewOrder(
            number, SalesChannel(channel), store_id, ordered_at, customer_id,
            [NewOrderLine(p, q, Decimal(price), serial) for p, q, price, serial in lines],
            receipt_number=receipt, delivered_at=delivered_at,
        ))  # fmt: skip
        return [line.id for line in order.lines]
