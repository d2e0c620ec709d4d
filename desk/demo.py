"""`desk-admin seed-demo`: a believable demo database, written through the desk's own writers.

Stores in six cities plus the web shop and the call centre; agents, store managers, a supervisor and an
administrator with working logins; a catalogue with return windows, warranties and serial numbers; customers
with Spanish, Catalan and Basque names (and some companies) and three years of orders, contacts on every
channel, cases of every kind in every state, decisions, surveys, and default empowerment limits per role.

Deterministic: everything comes from random.Random(seed) (each customer from its own generator seeded from
it), with dates relative to now, so the same seed gives the same people and the same histories.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import demo_names as names
from desk.actors import Actor, system_actor
from desk.cases import NewCaseLine, NewWarrantyClaim, add_case, add_decision, add_survey
from desk.customers import NewCustomer, add_customer
from desk.db import Database
from desk.enums import (
    GOODWILL_KINDS,
    ApprovalState,
    CaseKind,
    CaseState,
    Channel,
    DecisionKind,
    DecisionStatus,
    Direction,
    Entitlement,
    ItemCondition,
    LoyaltyTier,
    RefundMethod,
    RoleCode,
    SalesChannel,
    StoreKind,
)
from desk.errors import InvalidInput
from desk.messages import say
from desk.interactions import ContactForm, add_interaction, validate
from desk.models import ApprovalRequest, Case, Customer, Product, Role, StaffUser, Store, utcnow
from desk.orders import NewOrder, NewOrderLine, add_order
from desk.budgets import store_budget
from desk.policy import DAYS_PAST_WINDOW, DECIDING_ROLES, DEFAULT_LIMITS, set_default_limits
from desk.rules import states
from desk.staff import actor_for, add_store, add_user, ensure_roles

DEMO_PASSWORD = "demo1234"
WORKSTATION = "demo data (desk-admin seed-demo)"  # audit entries say honestly where these rows came from
BATCH = 250  # customers per transaction
YEARS = 3
CENT = Decimal("0.01")
# What an approver writes when refusing (printed on the customer's decision letter).
REJECTION_REASONS = (
    "El producto se usó con normalidad durante meses; no procede una compensación adicional.",
    "Ya se concedió un gesto comercial por este mismo pedido.",
    "El retraso lo causó la dirección de entrega incorrecta que nos facilitaron.",
    "La política de devoluciones no permite aceptar productos personalizados fuera de plazo.",
)
# What each kind of store may spend on goodwill in a month (desk.budgets): a little more than the demo's 2,000
# customers are granted, so the service figures' "goodwill against budget" reads as a real one would (about 70 %).
MONTHLY_BUDGET = {StoreKind.STORE: Decimal("15.00"), StoreKind.WEB_SHOP: Decimal("20.00"),
                  StoreKind.CALL_CENTRE: Decimal("250.00")}  # fmt: skip


class DemoLogin(NamedTuple):
    username: str
    role: RoleCode
    store: str | None  # store code
    password: str


DEMO_LOGINS = (
    DemoLogin("ana", RoleCode.AGENT, "BCN1", DEMO_PASSWORD),
    DemoLogin("pau", RoleCode.AGENT, "CC", DEMO_PASSWORD),
    DemoLogin("marc", RoleCode.STORE_MANAGER, "BCN1", DEMO_PASSWORD),
    DemoLogin("lucia", RoleCode.SUPERVISOR, "CC", DEMO_PASSWORD),
    DemoLogin("admin", RoleCode.ADMINISTRATOR, None, DEMO_PASSWORD),
)

# The states each kind of case is shown in: every state of its state machine.
CASE_STATES: dict[CaseKind, tuple[CaseState, ...]] = {kind: states.states(kind) for kind in CaseKind}
# How long a case of each kind takes from opening to its end (days), and how long it may stay in an open state.
CASE_DAYS = {CaseKind.RETURN: (1, 8), CaseKind.WARRANTY: (7, 35), CaseKind.GOODWILL: (0.1, 3)}
OPEN_AGE = {
    CaseState.DRAFT: 2, CaseState.OPEN: 6, CaseState.AWAITING_ITEMS: 8, CaseState.RECEIVED: 10,
    CaseState.DIAGNOSING: 12, CaseState.AWAITING_PARTS: 30, CaseState.REPAIRED: 25, CaseState.REPLACED: 20,
    CaseState.REJECTED: 10,  # a rejected warranty claim, until the item goes back
}  # fmt: skip
# How often a customer calls again about a case before it ends (first-contact resolution is not 100 %).
CHASED = {CaseKind.RETURN: 0.12, CaseKind.WARRANTY: 0.35, CaseKind.GOODWILL: 0.05}
SLA_DAYS = {CaseKind.RETURN: 14, CaseKind.WARRANTY: 30, CaseKind.GOODWILL: 5}

README_PHONE = "612 34 56 78"  # Begoña's phone: the README's search example finds her
# Well-known customers at the top of the list, whose cases cover every state above (see README).
SHOWCASE = [  # name, home store, company, language, orders
    ("Begoña García López", "MAD1", False, "es", 9),
    ("Jordi Puig i Ferrer", "BCN1", False, "ca", 6),
    ("Núria Martí Soler", "GIR1", False, "ca", 5),
    ("Martí Vidal", "BCN1", False, "ca", 3),
    ("Reformas Llobregat S.L.", "BCN1", True, "es", 8),
    ("Iñaki Etxeberria Goikoetxea", "BIO1", False, "es", 4),
    ("Rocío Fernández Ruiz", "SVQ1", False, "es", 4),
    ("Distribuciones Turia S.A.", "VLC1", True, "es", 5),
]

# Hours (local) each channel is busy, for believable timestamps.
HOURS = {
    Channel.STORE: (10.0, 21.5), Channel.PHONE: (9.0, 21.0), Channel.CHAT: (9.0, 22.0),
    Channel.EMAIL: (7.5, 23.5), Channel.WEB: (7.0, 24.0), Channel.SOCIAL: (8.0, 24.0),
}  # fmt: skip


@dataclass
class DemoSummary:
    stores: int = 0
    staff: int = 0
    products: int = 0
    limits: int = 0
    customers: int = 0
    companies: int = 0
    orders: Counter[str] = field(default_factory=Counter)
    order_lines: int = 0
    interactions: Counter[str] = field(default_factory=Counter)
    cases: Counter[str] = field(default_factory=Counter)
    open_cases: int = 0
    decisions: Counter[str] = field(default_factory=Counter)
    goodwill_12m: int = 0
    surveys: int = 0
    waiting_approvals: int = 0
    seconds: float = 0.0

    def __str__(self) -> str:
        def parts(counter: Counter[str]) -> str:
            return ", ".join(f"{key} {count:,}" for key, count in sorted(counter.items(), key=lambda kv: -kv[1]))

        logins = ", ".join(login.username for login in DEMO_LOGINS)
        rows = [
            ("stores", self.stores, "shops, the web shop and the call centre"),
            ("staff", self.staff, f"demo logins {logins}: password {DEMO_PASSWORD}"),
            ("limits", self.limits, "empowerment limits per role and decision kind"),
            ("products", self.products, ""),
            ("customers", self.customers, f"{self.companies:,} of them companies"),
            ("orders", sum(self.orders.values()), f"{parts(self.orders)}; {self.order_lines:,} lines"),
            ("interactions", sum(self.interactions.values()), parts(self.interactions)),
            ("cases", sum(self.cases.values()), f"{parts(self.cases)}; {self.open_cases:,} still open"),
            ("decisions", sum(self.decisions.values()),
             f"{parts(self.decisions)}; {self.goodwill_12m:,} goodwill granted in the last 12 months"),
            ("surveys", self.surveys, ""),
            ("approvals", self.waiting_approvals, "goodwill requests waiting for a manager or supervisor"),
        ]  # fmt: skip
        lines = [f"Demo data created in {self.seconds:.1f} s:"]
        lines += [f"  {label:<13}{count:>7,}" + (f"  ({note})" if note else "") for label, count, note in rows]
        return "\n".join(lines)


def has_customers(db: Database) -> bool:
    with db.read() as session:
        return session.scalar(select(Customer.id).limit(1)) is not None


def seed_demo(
    db: Database,
    *,
    customers: int,
    seed: int,
    progress: Callable[[str], None] = lambda _: None,
    now: datetime | None = None,
) -> DemoSummary:
    """Fill an empty database with the demo; one transaction for the reference data, then one per batch."""
    if customers < 0:
        raise InvalidInput(say("The number of customers cannot be negative."))
    if has_customers(db):
        raise InvalidInput(say("This database already has customers; the demo only fills an empty database."))
    started = time.monotonic()
    master = random.Random(seed)
    demo = _Demo(now or utcnow(), progress)
    with db.write() as session:
        demo.reference_data(session)
    progress(say(
        "Reference data: {stores} stores, {staff} staff, {products} products, {limits} limits",
        stores=demo.summary.stores, staff=demo.summary.staff, products=demo.summary.products,
        limits=demo.summary.limits,
    ))
    # One generator per customer, drawn in order from the master: a customer's history does not depend on
    # how much randomness the customers before it used.
    seeds = [master.getrandbits(64) for _ in range(customers)]
    for start in range(0, customers, BATCH):
        with db.write() as session:
            for index in range(start, min(start + BATCH, customers)):
                demo.customer(session, index, random.Random(seeds[index]))
        progress(say("Customers {done:,}/{total:,} ({seconds:.1f} s)", done=min(start + BATCH, customers),
                     total=customers, seconds=Decimal(str(round(time.monotonic() - started, 1)))))  # fmt: skip
    demo.summary.waiting_approvals = _waiting_requests(db, demo, min(customers, len(SHOWCASE)), now)
    demo.summary.seconds = time.monotonic() - started
    return demo.summary


# Gestures agents asked for a moment ago, above their limits: the supervisors' queue on the first morning.
WAITING = [  # showcase customer, agent, kind, amount, reason code, words
    (1, "ana", DecisionKind.GOODWILL_VOUCHER, "80.00", "repeat_repair",
     "Tercera visita por la misma avería de la cafetera; pide una compensación."),
    (2, "ana", DecisionKind.FEE_WAIVER, "95.00", "cancellation_fee",
     "Cancela la instalación del frigorífico: el técnico no se presentó dos veces."),
    (3, "pau", DecisionKind.GOODWILL_REFUND, "180.00", "price_drop",
     "El portátil bajó 180 € a los cinco días de la compra; cliente de empresa."),
]  # fmt: skip


def _waiting_requests(db: Database, demo: _Demo, showcased: int, now: datetime | None) -> int:
    """A few requests waiting for approval, made through the desk's own goodwill service (so they follow the
    limits and routing like any other)."""
    from desk.goodwill import GoodwillRequest, grant_goodwill

    made = 0
    with db.read() as session:
        ids = dict(session.execute(select(Customer.customer_number, Customer.id)).tuples().all())
    for index, username, kind, amount, code, words in WAITING:
        customer_id = ids.get(f"C{index + 1:07d}")
        if index >= showcased or customer_id is None:
            continue
        agent = demo.actors[username]
        grant_goodwill(db, agent, GoodwillRequest(customer_id, kind, Decimal(amount), code, words,
                                                  Channel.STORE if agent.store_id != demo.store_ids["CC"]
                                                  else Channel.PHONE), now=now)  # fmt: skip
        made += 1
    return made


# --- time -------------------------------------------------------------------------------------------


def _last_sunday(year: int, month: int) -> date:
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def _madrid_offset(moment: datetime) -> timedelta:
    """Spain's peninsular offset (EU summer time rule), without needing tz data on the workstation."""
    summer = _last_sunday(moment.year, 3) <= moment.date() < _last_sunday(moment.year, 10)
    return timedelta(hours=2 if summer else 1)


def _business(rng: random.Random, moment: datetime, channel: Channel) -> datetime:
    """A time on the same local day as `moment` when this channel is busy (stores close on Sundays)."""
    offset = _madrid_offset(moment)
    day = (moment + offset).date()
    if channel == Channel.STORE and day.weekday() == 6:
        day -= timedelta(days=1)
    low, high = HOURS[channel]
    hour = rng.triangular(low, high, high - 2) if channel == Channel.WEB else rng.uniform(low, high)
    local = datetime(day.year, day.month, day.day, tzinfo=timezone.utc) + timedelta(hours=hour)
    return (local - offset).replace(microsecond=0)


class _Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now
        self.start = now - timedelta(days=365 * YEARS)

    def between(self, rng: random.Random, low: datetime, high: datetime, channel: Channel) -> datetime:
        """A believable moment within [low, high] (business hours when they fit)."""
        high = min(high, self.now)
        low = min(low, high)
        for _ in range(4):  # a short range may hold no business hours (a Sunday for a store, a night)
            moment = low + (high - low) * rng.random()
            business = _business(rng, moment, channel)
            if low <= business <= high:
                return business
        return moment.replace(microsecond=0)

    def after(
        self, rng: random.Random, start: datetime, min_days: float, max_days: float, channel: Channel
    ) -> datetime | None:
        """A moment some days after `start`, or None when it has not happened yet."""
        moment = start + timedelta(days=rng.uniform(min_days, max_days))
        if moment > self.now:
            return None
        business = _business(rng, moment, channel)
        return business if start < business <= self.now else moment.replace(microsecond=0)

    def before(self, rng: random.Random, end: datetime, min_days: float, max_days: float, channel: Channel) -> datetime:
        low = max(self.start, end - timedelta(days=max_days))
        high = max(low, end - timedelta(days=min_days))
        return self.between(rng, low, high, channel)


# --- the generator ----------------------------------------------------------------------------------


@dataclass
class _Item:
    product: names.DemoProduct
    product_id: int
    quantity: int
    unit_price: Decimal
    serial: str | None
    order_line_id: int | None = None


@dataclass
class _Order:
    channel: SalesChannel
    store: str
    ordered_at: datetime
    delivered_at: datetime | None
    items: list[_Item]
    number: str = ""  # set when written

    @property
    def total(self) -> Decimal:
        return sum((item.unit_price * item.quantity for item in self.items), Decimal("0"))

    @property
    def received_at(self) -> datetime | None:
        """When the customer had the goods in hand (None while a delivery is on its way)."""
        return self.delivered_at if self.channel != SalesChannel.STORE else self.delivered_at or self.ordered_at


@dataclass
class _Person:
    customer_id: int
    home: str | None  # physical store code, or None for web-only customers
    is_company: bool


class _Demo:
    def __init__(self, now: datetime, progress: Callable[[str], None]) -> None:
        self.clock = _Clock(now)
        self.progress = progress
        self.summary = DemoSummary()
        self.store_ids: dict[str, int] = {}
        self.role_ids: dict[RoleCode, int] = {}
        self.actors: dict[str, Actor] = {}
        self.products: list[tuple[names.DemoProduct, int]] = []
        self.order_seq = 0
        self.receipt_seq = 0

    # --- reference data ---

    def reference_data(self, session: Session) -> None:
        system = system_actor(WORKSTATION, "seed-demo")
        ensure_roles(session)
        for store in names.STORES:
            self.store_ids[store.code] = add_store(
                session, store.code, store.name, store.kind, store.city, store.address, names.COMPANY_TAX_ID
            ).id
        self.summary.stores = len(names.STORES)
        staff = [(login.username, names.FULL_NAMES[login.username], login.role, login.store) for login in DEMO_LOGINS]
        for username, full_name, role, store in staff + names.EXTRA_STAFF:
            user = session.scalar(select(StaffUser).where(StaffUser.username == username))
            if user is None:
                user = add_user(
                    session, system, username=username, full_name=full_name, role=role, store_code=store,
                    password=DEMO_PASSWORD,
                )  # fmt: skip
            else:
                self.progress(say("User {user} already exists; kept as it is (its password is unchanged)",
                                  user=username))
            self.actors[username] = actor_for(user, WORKSTATION)
        self.summary.staff = len(self.actors)
        known = set(session.scalars(select(Product.sku)))
        for item in names.PRODUCTS:
            # No product writer exists yet (the catalogue has no timeline and no audit); plain rows.
            if item.sku not in known:
                session.add(Product(
                    sku=item.sku, name=item.name, category=item.category, brand=item.brand,
                    price=Decimal(item.price), return_window_days=item.return_days,
                    warranty_months=item.warranty_months, serialised=item.serialised,
                ))  # fmt: skip
        session.flush()
        ids = dict(session.execute(select(Product.sku, Product.id)).tuples().all())
        self.products = [(item, ids[item.sku]) for item in names.PRODUCTS]
        self.summary.products = len(self.products)
        self.summary.limits += set_default_limits(session, system)
        self._budgets(session, system)

    def _budgets(self, session: Session, system: Actor) -> None:
        """A goodwill budget for every store and every month of the demo's history, and the next one."""
        month = self.clock.start.date().replace(day=1)
        last = (self.clock.now.date().replace(day=1) + timedelta(days=32)).replace(day=1)
        while month <= last:
            for store in names.STORES:
                amount = MONTHLY_BUDGET[store.kind]
                row = session.get(Store, self.store_ids[store.code])
                assert row is not None
                store_budget(session, system, row, month, amount, "EUR")
            month = (month + timedelta(days=32)).replace(day=1)

    def _staff_at(self, store_id: int | None, role: RoleCode) -> list[Actor]:
        return [a for a in self.actors.values() if a.role == role and a.store_id == store_id]

    def _agent(self, rng: random.Random, channel: Channel, store: str | None) -> Actor:
        """Who handles a contact: the agent at the counter of that store, or a call-centre agent."""
        if channel == Channel.STORE:
            physical = store if store in self._physical_stores() else rng.choice(self._physical_stores())
            at = self.store_ids[physical]
            return rng.choice(self._staff_at(at, RoleCode.AGENT) or self._staff_at(at, RoleCode.STORE_MANAGER))
        return rng.choice(self._staff_at(self.store_ids["CC"], RoleCode.AGENT))

    def _physical_stores(self) -> list[str]:
        return [s.code for s in names.STORES if s.kind == StoreKind.STORE]

    # --- one customer ---

    def customer(self, session: Session, index: int, rng: random.Random) -> None:
        showcase = index < len(SHOWCASE)
        if showcase:
            full_name, home, is_company, language, order_count = SHOWCASE[index]
        else:
            home = self._home_store(rng)
            is_company = rng.random() < 0.06
            full_name, language = names.company_name(rng) if is_company else names.person_name(rng, home)
            order_count = rng.choices([0, 1, 2, 3, 4, 5, rng.randint(6, 16)], [6, 38, 24, 12, 7, 5, 8])[0]
        first_seen = self.clock.start if showcase or rng.random() < 0.4 else self.clock.between(
            rng, self.clock.start, self.clock.now - timedelta(days=30), Channel.WEB
        )  # fmt: skip
        orders = [self._random_order(rng, home, is_company, first_seen) for _ in range(order_count)]
        if showcase:
            orders += self._counter_scenarios(rng, index, home)
        if showcase:  # their cases together show every state of every kind
            pairs = [(kind, state) for kind, states in CASE_STATES.items() for state in states]
            planned = self._planned_cases(rng, pairs[index :: len(SHOWCASE)], home, orders)
        elif rng.random() < 0.03:  # a matter still open: the desk's daily work
            kind = rng.choices(list(CaseKind), [45, 35, 20])[0]
            open_states = [s for s in states.open_states(kind) if s != CaseState.DRAFT]
            planned = self._planned_cases(rng, [(kind, rng.choice(open_states))], home, orders)
        else:
            planned = []
        history = [o for o in orders if all(o is not p[2] for p in planned)]
        orders.sort(key=lambda o: o.ordered_at)
        since = min([o.ordered_at.date() for o in orders] + [first_seen.date()])
        if first_seen == self.clock.start:  # a customer from before the three years shown
            since -= timedelta(days=rng.randint(30, 3000))
        agent = self._agent(rng, Channel.STORE if home else Channel.PHONE, home)
        customer = add_customer(session, agent, NewCustomer(
            full_name=full_name,
            customer_number=f"C{index + 1:07d}",
            customer_since=since,
            emails=names.emails(rng, full_name, is_company),
            phones=[README_PHONE] if index == 0 else names.phones(rng, home, is_company),
            addresses=[names.address(rng, home)] if rng.random() < 0.75 else [],
            loyalty_tier=_tier(sum((o.total for o in orders), Decimal("0")), is_company),
            is_company=is_company,
            preferred_language=language,
            home_store_id=self.store_ids[home] if home else None,
        ))  # fmt: skip
        person = _Person(customer.id, home, is_company)
        self.summary.customers += 1
        self.summary.companies += is_company
        for order in orders:
            self._write_order(session, person, order)
        for kind, state, order, opened in planned:
            self._case(session, rng, person, kind, order, order.items[0], planned=(state, opened))
        if not showcase:
            self._random_cases(session, rng, person, history)
        for order in orders:
            self._order_contacts(session, rng, person, order)
        for _ in range(rng.choices([0, 1, 2, 3, 5], [30, 35, 20, 10, 5])[0] + 2 * is_company):
            self._general_contact(session, rng, person, max(first_seen, self.clock.start))

    def _counter_scenarios(self, rng: random.Random, index: int, home: str | None) -> list[_Order]:
        """Purchases that make the README's walk-through work on any day the demo is created: something to return
        inside its window, a distance sale still inside the legal withdrawal, one far outside its window, and a
        serialised item out of warranty."""
        now = self.clock.now
        by_sku = {info.sku: (info, product_id) for info, product_id in self.products}

        def order(channel: SalesChannel, sku: str, days_ago: float, delivered_after: float | None) -> _Order:
            at = (now - timedelta(days=days_ago)).replace(microsecond=0)
            delivered = at + timedelta(days=delivered_after) if delivered_after is not None else None
            store = home or "MAD1" if channel == SalesChannel.STORE else ("WEB" if channel == SalesChannel.WEB else "CC")
            return _Order(channel, store, at, delivered, [self._item(rng, by_sku[sku])])

        scenarios = {
            0: [order(SalesChannel.STORE, "TV-SAM-55Q80C", 4, 0), order(SalesChannel.STORE, "ACC-VIV-HDMI21", 4, 0),
                order(SalesChannel.STORE, "GRA-BOS-WGG2440", 3 * 365 + 130, 2)],
            1: [order(SalesChannel.WEB, "AUR-SON-WH1000XM5", 12, 2), order(SalesChannel.PHONE, "CAF-DEL-MAGNIFICA",
                                                                          70, 3)],
        }  # fmt: skip
        return scenarios.get(index, [])

    def _home_store(self, rng: random.Random) -> str | None:
        stores = [s for s in names.STORES if s.weight]
        code = rng.choices([s.code for s in stores], [s.weight for s in stores])[0]
        return None if code == "WEB" else code

    # --- orders ---

    def _random_order(
        self, rng: random.Random, home: str | None, is_company: bool, first_seen: datetime,
        at: datetime | None = None, product: tuple[names.DemoProduct, int] | None = None,
    ) -> _Order:  # fmt: skip
        if home is None:
            channel = rng.choices([SalesChannel.WEB, SalesChannel.PHONE], [80, 20])[0]
        else:
            channel = rng.choices([SalesChannel.STORE, SalesChannel.WEB, SalesChannel.PHONE], [55, 30, 15])[0]
        if channel == SalesChannel.STORE:
            store = home if home and rng.random() < 0.85 else rng.choice(self._physical_stores())
        else:
            store = "WEB" if channel == SalesChannel.WEB else "CC"
        if at is None:
            at = self.clock.between(rng, first_seen, self.clock.now, Channel(channel.value))
            if rng.random() < 0.15:  # Black Friday to Christmas
                year = rng.randint(first_seen.year, self.clock.now.year)
                peak = datetime(year, 11, 20, tzinfo=timezone.utc) + timedelta(days=rng.randint(0, 34))
                if first_seen <= peak <= self.clock.now:
                    at = self.clock.between(rng, peak, peak + timedelta(days=2), Channel(channel.value))
        items = [self._item(rng, product or self._pick_product(rng))]
        for _ in range(rng.choices([0, 1, 2], [65, 25, 10])[0]):
            accessory = rng.random() < 0.7
            items.append(self._item(rng, self._pick_product(rng, "Accesorios" if accessory else None), is_company))
        if channel == SalesChannel.STORE and items[0].product.category != "Gran electrodoméstico":
            delivered: datetime | None = at  # carried out of the shop
        else:
            delivered = self.clock.after(rng, at, 1, 4, Channel.PHONE)
        return _Order(channel, store, at, delivered, items)

    def _pick_product(self, rng: random.Random, category: str | None = None) -> tuple[names.DemoProduct, int]:
        if category is None:
            category = rng.choices(list(names.CATEGORY_WEIGHTS), list(names.CATEGORY_WEIGHTS.values()))[0]
        return rng.choice([p for p in self.products if p[0].category == category])

    def _item(self, rng: random.Random, product: tuple[names.DemoProduct, int], bulk: bool = False) -> _Item:
        info, product_id = product
        price = Decimal(info.price)
        if rng.random() < 0.25:
            price = (price * (1 - Decimal(rng.choice([5, 10, 15])) / 100)).quantize(CENT)
        quantity = 1 if info.serialised else rng.choices([1, 2, 3], [80, 15, 5] if not bulk else [40, 30, 30])[0]
        serial = names.serial_number(rng, info.brand) if info.serialised else None
        return _Item(info, product_id, quantity, price, serial)

    def _write_order(self, session: Session, person: _Person, order: _Order) -> None:
        self.order_seq += 1
        receipt = None
        if order.channel == SalesChannel.STORE:
            self.receipt_seq += 1
            local_day = (order.ordered_at + _madrid_offset(order.ordered_at)).strftime("%y%m%d")
            receipt = f"TK-{order.store}-{local_day}-{self.receipt_seq:05d}"
        order.number = f"PED-{order.ordered_at.year}-{self.order_seq:07d}"
        written = add_order(session, NewOrder(
            order_number=order.number,
            channel=order.channel,
            store_id=self.store_ids[order.store],
            ordered_at=order.ordered_at,
            customer_id=person.customer_id,
            lines=[NewOrderLine(i.product_id, i.quantity, i.unit_price, i.serial) for i in order.items],
            receipt_number=receipt,
            delivered_at=order.delivered_at,
        ))  # fmt: skip
        for item, line in zip(order.items, written.lines, strict=True):
            item.order_line_id = line.id
        self.summary.orders[order.channel.value] += 1
        self.summary.order_lines += len(order.items)

    # --- cases ---

    def _planned_cases(
        self, rng: random.Random, pairs: list[tuple[CaseKind, CaseState]], home: str | None, orders: list[_Order]
    ) -> list[tuple[CaseKind, CaseState, _Order, datetime]]:
        """Cases in a chosen state, each with a new order (added to `orders`) bought in good time before it."""
        planned = []
        for kind, state in pairs:
            opened = self._planned_opening(rng, kind, state)
            gap = {CaseKind.RETURN: (6, 25), CaseKind.WARRANTY: (60, 700), CaseKind.GOODWILL: (5, 30)}[kind]
            if kind == CaseKind.RETURN and state == CaseState.REJECTED:
                gap = (45, 90)  # far outside the window: why it was refused
            at = self.clock.before(rng, opened - timedelta(days=1), *gap, Channel.STORE)
            serialised = kind == CaseKind.WARRANTY or rng.random() < 0.5
            product = rng.choice([p for p in self.products if p[0].serialised == serialised])
            order = self._random_order(rng, home, False, self.clock.start, at=at, product=product)
            if order.received_at is None or order.received_at > opened:  # delivered in good time for the case
                latest = min(order.ordered_at + timedelta(days=4), opened - timedelta(hours=2))
                order.delivered_at = self.clock.between(
                    rng, order.ordered_at + timedelta(hours=20), latest, Channel.PHONE
                )
            orders.append(order)
            planned.append((kind, state, order, opened))
        return planned

    def _planned_opening(self, rng: random.Random, kind: CaseKind, state: CaseState) -> datetime:
        now = self.clock.now
        if not states.is_final(kind, state):
            return self.clock.between(rng, now - timedelta(days=OPEN_AGE[state]), now, Channel.PHONE)
        if kind == CaseKind.GOODWILL and state == CaseState.GRANTED:
            return self.clock.between(rng, now - timedelta(days=300), now - timedelta(days=5), Channel.PHONE)
        latest = now - timedelta(days=CASE_DAYS[kind][1] + 1)
        return self.clock.between(rng, self.clock.start + timedelta(days=120), latest, Channel.PHONE)

    def _random_cases(self, session: Session, rng: random.Random, person: _Person, orders: list[_Order]) -> None:
        for order in orders:
            for item in order.items:
                if rng.random() < 0.045:
                    self._case(session, rng, person, CaseKind.RETURN, order, item)
                elif rng.random() < (0.07 if item.product.serialised else 0.02):
                    self._case(session, rng, person, CaseKind.WARRANTY, order, item)
            if rng.random() < (0.035 if order.channel != SalesChannel.STORE else 0.01):
                self._case(session, rng, person, CaseKind.GOODWILL, order, order.items[0])

    def _case(
        self, session: Session, rng: random.Random, person: _Person, kind: CaseKind, order: _Order, item: _Item,
        planned: tuple[CaseState, datetime] | None = None,
    ) -> None:  # fmt: skip
        received = order.received_at
        if received is None:
            return  # still on its way: nothing to return or repair yet
        channel = _case_channel(rng, kind, person.home is not None)
        actor = self._agent(rng, channel, order.store if order.channel == SalesChannel.STORE else person.home)
        if planned is None:
            span = {CaseKind.RETURN: (0.2, item.product.return_days + 12), CaseKind.WARRANTY: (20, 34 * 30.4),
                    CaseKind.GOODWILL: (0.5, 20)}[kind]  # fmt: skip
            opened = self.clock.after(rng, received, *span, channel)
            if opened is None:
                return
            closed = self.clock.after(rng, opened, *CASE_DAYS[kind], channel)
            state = _random_state(rng, kind, closed is not None, opened, self.clock.now)
        else:
            state, opened = planned
            closed = self.clock.after(rng, opened, *CASE_DAYS[kind], channel) or self.clock.now
        is_open = not states.is_final(kind, state)
        if is_open:
            closed = None
        build = {CaseKind.RETURN: self._return, CaseKind.WARRANTY: self._warranty, CaseKind.GOODWILL: self._goodwill}
        details, decisions = build[kind](rng, state, order, item, opened)
        case = add_case(
            session, actor, customer_id=person.customer_id, kind=kind, state=state, channel=channel,
            store_id=actor.store_id, opened_at=opened, closed_at=closed,
            due_at=opened + timedelta(days=SLA_DAYS[kind]),
            assigned_to=actor.user_id if is_open and state != CaseState.DRAFT else None,
            **details,
        )  # fmt: skip
        self.summary.cases[kind.value] += 1
        self.summary.open_cases += is_open
        self._contact(session, rng, person, actor, channel, opened, _opening_reason(kind), case.summary,
                      f"Caso {case.case_number} abierto" if state != CaseState.DRAFT else "Borrador guardado",
                      case=case)  # fmt: skip
        for kind_, amount, status, code, text, past in decisions:
            self._decision(session, rng, actor, case, kind_, amount, status, code, text, past, opened, closed)
        self._case_follow_up(session, rng, person, case, state, opened, closed)

    def _return(
        self, rng: random.Random, state: CaseState, order: _Order, item: _Item, opened: datetime
    ) -> tuple[dict[str, object], list[tuple[DecisionKind, Decimal, DecisionStatus, str, str, int | None]]]:
        received = order.received_at or order.ordered_at
        past = max(0, (opened - received).days - item.product.return_days)
        reason = rng.choice(names.RETURN_REASONS)
        condition = ItemCondition.DAMAGED if "dañado" in reason else rng.choices(
            [ItemCondition.UNOPENED, ItemCondition.OPENED, ItemCondition.MISSING_PARTS], [35, 58, 7]
        )[0]  # fmt: skip
        amount = item.unit_price
        fee = Decimal("0")
        if condition == ItemCondition.OPENED and item.product.category in ("Gran electrodoméstico", "Portátiles"):
            fee = (amount * Decimal("0.10")).quantize(CENT)
        waived = fee > 0 and rng.random() < 0.4
        method = RefundMethod.EXCHANGE if state == CaseState.EXCHANGED else rng.choices(
            [RefundMethod.ORIGINAL_PAYMENT, RefundMethod.STORE_CREDIT], [70, 30]
        )[0]  # fmt: skip
        settled = state in (CaseState.RECEIVED, CaseState.REFUNDED)
        refund = (amount - (Decimal("0") if waived else fee)) if settled else None
        decisions = []
        if state in (CaseState.REFUNDED, CaseState.EXCHANGED):
            if past > 0:
                text = f"Fuera de plazo por {past} días; se acepta: producto en perfecto estado y cliente habitual."
                decisions.append((DecisionKind.RETURN_OUTSIDE_WINDOW, amount, DecisionStatus.GRANTED,
                                  "outside_window", text, past))  # fmt: skip
            elif state != CaseState.EXCHANGED:
                decisions.append((DecisionKind.REFUND, refund or amount, DecisionStatus.GRANTED, "return_in_window",
                                  "Devolución dentro de plazo.", None))  # fmt: skip
            if waived:
                decisions.append((DecisionKind.FEE_WAIVER, fee, DecisionStatus.GRANTED, "restocking_fee_waived",
                                  "No se cobra la tasa de reposición: embalaje conservado.", None))  # fmt: skip
        elif state == CaseState.REJECTED and past > 0:
            decisions.append((DecisionKind.RETURN_OUTSIDE_WINDOW, amount, DecisionStatus.REJECTED, "outside_window",
                              f"{past} días fuera de plazo y producto usado.", past))  # fmt: skip
        details = {
            "summary": f"Devolución de {item.product.name}: {reason.lower()}.",
            "refund_method": method if state not in (CaseState.REJECTED, CaseState.CANCELLED) else None,
            "refund_amount": refund,
            "restocking_fee": fee if fee and not waived else None,
            "lines": [NewCaseLine(item.product.name, 1, item.order_line_id, item.product_id, item.serial, condition,
                                  reason, amount)],
        }  # fmt: skip
        return details, decisions

    def _warranty(
        self, rng: random.Random, state: CaseState, order: _Order, item: _Item, opened: datetime
    ) -> tuple[dict[str, object], list[tuple[DecisionKind, Decimal, DecisionStatus, str, str, int | None]]]:
        months = (opened - order.ordered_at).days / 30.44
        if state == CaseState.REJECTED and (months <= item.product.warranty_months or rng.random() < 0.5):
            entitlement, why = Entitlement.NOT_COVERED, rng.choice(names.NOT_COVERED)
        elif months <= item.product.warranty_months:
            entitlement, why = Entitlement.IN_WARRANTY, f"Comprado hace {months:.0f} meses; garantía de " \
                f"{item.product.warranty_months} meses."
        else:
            entitlement, why = Entitlement.OUT_OF_WARRANTY, f"Garantía de {item.product.warranty_months} meses " \
                f"vencida hace {months - item.product.warranty_months:.0f} meses."
        fault = rng.choice(names.FAULTS[item.product.category])
        examined = state not in (CaseState.DRAFT, CaseState.OPEN, CaseState.AWAITING_ITEMS, CaseState.RECEIVED,
                                 CaseState.DIAGNOSING, CaseState.CANCELLED)  # fmt: skip
        resolution = {CaseState.REPLACED: "replace", CaseState.REFUNDED: "refund"}.get(
            state, "repair" if examined and state != CaseState.REJECTED else None
        )
        decisions = []
        free_repair = (entitlement == Entitlement.OUT_OF_WARRANTY and resolution == "repair" and rng.random() < 0.6)
        if state == CaseState.REFUNDED:
            decisions.append((DecisionKind.REFUND, item.unit_price, DecisionStatus.GRANTED, "warranty_refund",
                              "Reparación no posible; se reembolsa el importe pagado.", None))  # fmt: skip
        elif free_repair:
            cost = Decimal(rng.randrange(60, 260, 5))
            decisions.append((DecisionKind.FREE_REPAIR, cost, DecisionStatus.GRANTED, "out_of_warranty_goodwill",
                              f"{why} Reparación sin cargo como gesto comercial.", None))  # fmt: skip
        elif state == CaseState.REJECTED and rng.random() < 0.4:
            decisions.append((DecisionKind.FREE_REPAIR, Decimal(rng.randrange(80, 300, 5)), DecisionStatus.REJECTED,
                              "not_covered", f"Solicita reparación gratuita; no procede: {why.lower()}.",
                              None))  # fmt: skip
        bearer = None
        if resolution:
            bearer = "manufacturer" if entitlement == Entitlement.IN_WARRANTY else (
                "retailer" if free_repair else "customer")  # fmt: skip
        details: dict[str, object] = {
            "summary": f"{item.product.name}: {fault[0].lower()}{fault[1:]}.",
            "lines": [NewCaseLine(item.product.name, 1, item.order_line_id, item.product_id, item.serial, None,
                                  fault, None)],
            "warranty": NewWarrantyClaim(
                serial_number=item.serial,
                fault_description=fault,
                accessories=rng.choice(["Sin accesorios", "Cargador y cable", "Caja original completa",
                                        "Mando a distancia"]),
                visible_damage=rng.choice(["Ninguno", "Ninguno", "Arañazos leves", "Golpe en una esquina"]),
                entitlement=entitlement if state != CaseState.DRAFT else None,
                entitlement_reasons=why,
                diagnosis=rng.choice(names.DIAGNOSES) if examined and state != CaseState.REJECTED else "",
                resolution=resolution,
                cost_bearer=bearer,
                repair_centre=rng.choice(names.REPAIR_CENTRES) if examined or state == CaseState.DIAGNOSING else None,
                replacement_serial=names.serial_number(rng, item.product.brand) if resolution == "replace" else None,
            ),
        }  # fmt: skip
        if state == CaseState.REFUNDED:
            details |= {"refund_method": RefundMethod.ORIGINAL_PAYMENT, "refund_amount": item.unit_price}
        return details, decisions

    def _goodwill(
        self, rng: random.Random, state: CaseState, order: _Order, item: _Item, opened: datetime
    ) -> tuple[dict[str, object], list[tuple[DecisionKind, Decimal, DecisionStatus, str, str, int | None]]]:
        code, template = rng.choice(names.GOODWILL_REASONS)
        text = template.format(days=rng.randint(3, 12), product=item.product.name)
        kind, amount = {
            "late_delivery": (DecisionKind.GOODWILL_VOUCHER, Decimal(rng.choice([10, 15, 20, 25, 30, 50]))),
            "missed_installation": (DecisionKind.FEE_WAIVER, Decimal(rng.choice(["29.90", "49.00"]))),
            "repeat_repair": (DecisionKind.GOODWILL_REFUND, Decimal(rng.randrange(20, 120, 5))),
            "price_drop": (DecisionKind.PRICE_ADJUSTMENT,
                           (item.unit_price * Decimal(rng.choice([5, 10, 15])) / 100).quantize(CENT)),
            "damaged_packaging": (DecisionKind.GOODWILL_REFUND, Decimal(rng.randrange(10, 60, 5))),
            "poor_service": (DecisionKind.GOODWILL_VOUCHER, Decimal(rng.choice([20, 30, 50, 75, 100, 150]))),
        }[code]  # fmt: skip
        decisions = []
        if state == CaseState.GRANTED:
            decisions.append((kind, amount, DecisionStatus.GRANTED, code, text, None))
        elif state == CaseState.REJECTED:
            decisions.append((kind, amount * 3, DecisionStatus.REJECTED, code,
                              f"{text}. Pide {_eur(amount * 3)}; desproporcionado para la incidencia.",
                              None))  # fmt: skip
        details = {
            "summary": text + ".",
            "lines": [NewCaseLine(item.product.name, 1, item.order_line_id, item.product_id, item.serial)],
        }
        return details, decisions

    def _decision(
        self, session: Session, rng: random.Random, requester: Actor, case: Case, kind: DecisionKind,
        amount: Decimal, status: DecisionStatus, code: str, text: str, past: int | None,
        opened: datetime, closed: datetime | None,
    ) -> None:  # fmt: skip
        end = closed or self.clock.now
        decider = self._decider(requester, kind, amount, past, status)
        if decider.user_id == requester.user_id:  # granted on the spot, during the contact
            created = decided = self.clock.between(rng, opened, min(end, opened + timedelta(hours=1)), case.channel)
        else:  # asked during the contact, decided above in working hours
            created = self.clock.between(rng, opened, min(end, opened + timedelta(hours=1)), case.channel)
            decided = self.clock.between(rng, created + timedelta(minutes=10), min(end, created + timedelta(days=2)),
                                         Channel.PHONE)  # fmt: skip
        decision = add_decision(
            session, requester, case=case, kind=kind, amount=amount, currency="EUR", status=status,
            reason_code=code, reason_text=text, created_at=created, decided_by=decider.user_id, decided_at=decided,
            days_past_window=past,
        )  # fmt: skip
        if decider.user_id != requester.user_id and requester.user_id is not None:
            # It went through the approval queue: its request, answered (the service figures' turnaround).
            session.add(ApprovalRequest(
                decision_id=decision.id, requested_by=requester.user_id, required_role_id=self._role_id(session,
                decider.role), store_id=requester.store_id, requester_note=text, decided_by=decider.user_id,
                decided_at=decided, created_at=created, routed_at=created,
                state=ApprovalState.APPROVED if status == DecisionStatus.GRANTED else ApprovalState.REJECTED,
                decision_reason=rng.choice(REJECTION_REASONS) if status == DecisionStatus.REJECTED else None,
            ))  # fmt: skip
        self.summary.decisions[status.value] += 1
        recent = decided >= self.clock.now - timedelta(days=365)
        self.summary.goodwill_12m += kind in GOODWILL_KINDS and status == DecisionStatus.GRANTED and recent

    def _role_id(self, session: Session, role: RoleCode) -> int:
        if role not in self.role_ids:
            self.role_ids[role] = session.scalar(select(Role.id).where(Role.code == role))
        return self.role_ids[role]

    def _decider(
        self, requester: Actor, kind: DecisionKind, amount: Decimal, past: int | None, status: DecisionStatus
    ) -> Actor:
        """Who decides, by the default limits: the requester when it is within their limit, else the first
        role above whose limit covers it; a refusal always comes from above the requester."""

        def covers(role: RoleCode) -> bool:
            limit = Decimal(DEFAULT_LIMITS[kind][DECIDING_ROLES.index(role)])
            return amount <= limit and (past is None or past <= DAYS_PAST_WINDOW[role])

        if status == DecisionStatus.GRANTED and covers(requester.role):
            return requester
        for role in DECIDING_ROLES[DECIDING_ROLES.index(requester.role) + 1 :]:
            # A store manager decides for their own store; supervisors sit in the call centre.
            where = requester.store_id if role == RoleCode.STORE_MANAGER else self.store_ids["CC"]
            deciders = self._staff_at(where, role)
            if deciders and (status == DecisionStatus.REJECTED or covers(role)):
                return deciders[0]
        return self._staff_at(self.store_ids["CC"], RoleCode.SUPERVISOR)[0]

    def _case_follow_up(
        self, session: Session, rng: random.Random, person: _Person, case: Case, state: CaseState,
        opened: datetime, closed: datetime | None,
    ) -> None:  # fmt: skip
        agent = self._agent(rng, Channel.EMAIL, None)
        number = case.case_number
        waiting = {
            CaseState.AWAITING_ITEMS: ("Envío del artículo", f"Enviada la etiqueta de devolución para {number}.",
                                       "Etiqueta enviada"),
            CaseState.AWAITING_PARTS: ("Estado de la reparación", "Pieza pedida al fabricante; plazo estimado de "
                                       "10 días.", "Cliente informado"),
            CaseState.REPAIRED: ("Recogida", "Avisamos de que el equipo reparado está listo para recoger.",
                                 "Pendiente de recogida"),
            CaseState.REPLACED: ("Recogida", "El equipo de sustitución está disponible en tienda.",
                                 "Pendiente de recogida"),
        }  # fmt: skip
        if state in waiting:
            moment = self.clock.after(rng, opened, 0.05, 2, Channel.EMAIL)
            if moment is not None:
                reason, summary, outcome = waiting[state]
                self._contact(session, rng, person, agent, Channel.EMAIL, moment, reason, summary, outcome,
                              case=case, outbound=True)  # fmt: skip
            return
        if closed is None:
            return
        if state != CaseState.CANCELLED and rng.random() < CHASED.get(CaseKind(case.kind), 0):
            # Not every case ends at the first contact: the customer calls to ask how it is going.
            asked = self.clock.between(rng, opened + timedelta(hours=12), closed, Channel.PHONE)
            if opened < asked < closed:
                self._contact(session, rng, person, self._agent(rng, Channel.PHONE, person.home), Channel.PHONE,
                              asked, "Estado del caso", f"Pregunta cómo va {number}.", "Informado del estado",
                              case=case, outbound=False)  # fmt: skip
        ending = {
            CaseState.REFUNDED: f"Reembolso de {_eur(case.refund_amount)} tramitado.",
            CaseState.EXCHANGED: "Cambio realizado por otra unidad.",
            CaseState.RETURNED_TO_CUSTOMER: "Equipo entregado al cliente tras la reparación.",
            CaseState.GRANTED: "Confirmado el gesto comercial.",
            CaseState.REJECTED: "Comunicamos que no procede y el motivo.",
            CaseState.CANCELLED: "El cliente desiste de la solicitud.",
        }[state]
        cancelled = state == CaseState.CANCELLED
        channel = case.channel if cancelled else Channel.EMAIL
        self._contact(session, rng, person, agent if not cancelled else self._agent(rng, channel, person.home),
                      channel, closed, "Resolución del caso", f"{number}: {ending}", ending.rstrip("."),
                      case=case, outbound=not cancelled)  # fmt: skip
        if not cancelled and rng.random() < 0.45:
            answered = self.clock.after(rng, closed, 0.1, 6, Channel.EMAIL)
            if answered is not None:
                self._survey(session, rng, person, case.id, case.channel, answered, state == CaseState.REJECTED)

    def _survey(
        self, session: Session, rng: random.Random, person: _Person, case_id: int | None, channel: Channel,
        answered: datetime, unhappy: bool,
    ) -> None:  # fmt: skip
        mood = "bad" if unhappy else rng.choices(["good", "neutral", "bad"], [75, 20, 5])[0]
        csat = {"good": rng.choice([4, 5, 5]), "neutral": 3, "bad": rng.choice([1, 2])}[mood]
        ces = {"good": rng.randint(5, 7), "neutral": rng.randint(3, 5), "bad": rng.randint(1, 3)}[mood]
        nps = {"good": rng.randint(8, 10), "neutral": rng.randint(6, 8), "bad": rng.randint(0, 5)}[mood]
        comment = rng.choice(names.SURVEY_COMMENTS[mood]) if rng.random() < 0.5 else ""
        add_survey(session, customer_id=person.customer_id, case_id=case_id, channel=channel, csat=csat, ces=ces,
                   nps=None if rng.random() < 0.15 else nps, comment=comment, answered_at=answered)  # fmt: skip
        self.summary.surveys += 1

    # --- contacts ---

    def _contact(
        self, session: Session, rng: random.Random, person: _Person, actor: Actor, channel: Channel,
        at: datetime, reason: str, summary: str, outcome: str, *, case: Case | None = None, outbound: bool = False,
    ) -> None:  # fmt: skip
        direction = Direction.OUTBOUND if outbound else Direction.INBOUND
        contact = validate(ContactForm(channel, reason, summary, outcome, direction, at), now=self.clock.now)
        add_interaction(session, actor, person.customer_id, contact, case_id=case.id if case else None)
        self.summary.interactions[channel.value] += 1

    def _topic_contact(
        self, session: Session, rng: random.Random, person: _Person, topic: names.Topic, low: datetime,
        high: datetime, **fill: str,
    ) -> None:  # fmt: skip
        channel = rng.choices(list(topic.channels), list(topic.channels.values()))[0]
        at = self.clock.between(rng, low, high, channel)
        actor = self._agent(rng, channel, person.home)
        self._contact(session, rng, person, actor, channel, at, topic.reason,
                      rng.choice(topic.summaries).format(**fill), rng.choice(topic.outcomes),
                      outbound=rng.random() < topic.outbound)  # fmt: skip
        if channel in (Channel.PHONE, Channel.CHAT) and rng.random() < 0.08:
            answered = self.clock.after(rng, at, 0.01, 2, Channel.EMAIL)
            if answered is not None:
                self._survey(session, rng, person, None, channel, answered, False)

    def _order_contacts(self, session: Session, rng: random.Random, person: _Person, order: _Order) -> None:
        fill = {"order": order.number, "product": order.items[0].product.name}
        status, invoice, install, usage = names.ORDER_TOPICS
        arrived = order.received_at or self.clock.now
        if order.channel != SalesChannel.STORE and rng.random() < 0.2:
            self._topic_contact(session, rng, person, status, order.ordered_at, arrived, **fill)
        if rng.random() < (0.4 if person.is_company else 0.06):
            self._topic_contact(session, rng, person, invoice, order.ordered_at,
                                order.ordered_at + timedelta(days=30), **fill)  # fmt: skip
        if order.items[0].product.category == "Gran electrodoméstico" and rng.random() < 0.7:
            self._topic_contact(session, rng, person, install, order.ordered_at, arrived, **fill)
        if rng.random() < 0.05:
            self._topic_contact(session, rng, person, usage, arrived, arrived + timedelta(days=20), **fill)

    def _general_contact(self, session: Session, rng: random.Random, person: _Person, since: datetime) -> None:
        topic = rng.choices(names.GENERAL_TOPICS, [40, 15, 15, 15, 15])[0]
        self._topic_contact(session, rng, person, topic, since, self.clock.now)


# --- small pure helpers -----------------------------------------------------------------------------


def _tier(spend: Decimal, is_company: bool) -> LoyaltyTier:
    if is_company:
        return LoyaltyTier.NONE  # the loyalty programme is for private customers
    for threshold, tier in ((6000, LoyaltyTier.PLATINUM), (2500, LoyaltyTier.GOLD), (900, LoyaltyTier.SILVER)):
        if spend >= threshold:
            return tier
    return LoyaltyTier.NONE


def _case_channel(rng: random.Random, kind: CaseKind, has_store: bool) -> Channel:
    weights = {
        CaseKind.RETURN: {Channel.STORE: 60, Channel.WEB: 20, Channel.PHONE: 10, Channel.EMAIL: 10},
        CaseKind.WARRANTY: {Channel.STORE: 50, Channel.PHONE: 30, Channel.WEB: 10, Channel.EMAIL: 10},
        CaseKind.GOODWILL: {Channel.PHONE: 35, Channel.EMAIL: 25, Channel.STORE: 15, Channel.SOCIAL: 10,
                            Channel.CHAT: 15},
    }[kind]  # fmt: skip
    if not has_store:
        weights = {ch: w // 4 if ch == Channel.STORE else w for ch, w in weights.items()}
    return rng.choices(list(weights), list(weights.values()))[0]


def _opening_reason(kind: CaseKind) -> str:
    return {CaseKind.RETURN: "Devolución", CaseKind.WARRANTY: "Avería en garantía",
            CaseKind.GOODWILL: "Reclamación"}[kind]  # fmt: skip


def _random_state(rng: random.Random, kind: CaseKind, finished: bool, opened: datetime, now: datetime) -> CaseState:
    """A state that fits the case's age: finished cases end in a final state, recent ones are still open."""
    if finished:
        final = states.final_states(kind)
        weights = {CaseState.CANCELLED: 1, CaseState.REJECTED: 2, CaseState.EXCHANGED: 3}
        return rng.choices(final, [weights.get(s, 6) for s in final])[0]
    if kind != CaseKind.WARRANTY and now - opened < timedelta(days=2) and rng.random() < 0.3:
        return CaseState.DRAFT  # started, not yet submitted
    return rng.choice([s for s in states.open_states(kind) if s != CaseState.DRAFT])


def _eur(amount: Decimal | None) -> str:
    return f"{amount or 0:.2f} €".replace(".", ",")
