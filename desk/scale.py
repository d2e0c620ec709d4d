"""`desk-admin seed-scale`: bulk customers and history for benchmarks, fast.

Rows are generated in batches of customers and written with COPY on PostgreSQL and executemany on SQLite,
all in one transaction: a failed run leaves nothing behind (but the demo's stores, staff and catalogue, added
first when the database has none). What the writers do row by row is done here in
bulk, with the same rules: folded search names (text.normalise_name), E.164 phones and lower-case emails as
text.normalise_* store them, every name word in the name-word index (name_index.index_words), a timeline event
for every order, interaction and case with the writers' titles.

Ids continue from the highest id in each table (and past each PostgreSQL sequence), and customer, order and
case numbers continue past the existing ones, so it can run on a database that already holds demo data or an
earlier run. On PostgreSQL a large load drops the loaded tables' secondary indexes and foreign keys first and
recreates them, from their own definitions, at the end (the PostgreSQL manual's advice for populating a
database); the sequences are then set past the new ids and the tables analysed. Until it commits, the loaded
tables (and, while their foreign keys are dropped, stores, staff and products) are locked: a benchmark tool, to
run when nobody works on that database.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from desk import audit
from desk import demo_names as names
from desk.actors import system_actor
from desk.cases import CASE_PREFIX, SEQUENCE_DIGITS, next_case_number
from desk.db import Database
from desk.demo import CASE_DAYS, SLA_DAYS, seed_demo
from desk.enums import CaseKind, CaseState, LoyaltyTier, RoleCode, StoreKind
from desk.rules import states
from desk.errors import InvalidInput
from desk.messages import say
from desk.models import (
    Case,
    ContactPoint,
    Customer,
    Interaction,
    OrderLine,
    Product,
    Role,
    SalesOrder,
    StaffUser,
    Store,
    TimelineEvent,
    utcnow,
)
from desk.name_index import index_words
from desk.text import normalise_email, normalise_name

WORKSTATION = "scale data (desk-admin seed-scale)"
BATCH = 10_000  # customers generated and written at a time
YEARS = 3  # history spans the last three years
MAX_CUSTOMERS = 50_000_000
MAX_EVENTS = 1_000
# PostgreSQL rebuilds indexes after the load when it at least doubles the customers, and is not a small one.
REBUILD_THRESHOLD = 10_000
# Share of timeline events that are orders, interactions and cases.
ORDER_SHARE, INTERACTION_SHARE = 0.45, 0.47  # the rest are cases
CENT = Decimal("0.01")

# The tables loaded, parents first, with the columns written (the models name the rest's defaults).
TABLES: dict[Table, tuple[str, ...]] = {
    Customer.__table__: (
        "id", "customer_number", "is_company", "full_name", "search_name", "loyalty_tier", "customer_since",
        "preferred_language", "home_store_id", "created_at", "updated_at", "version",
    ),
    ContactPoint.__table__: ("id", "customer_id", "kind", "value", "value_norm", "is_primary"),
    SalesOrder.__table__: (
        "id", "order_number", "receipt_number", "customer_id", "channel", "store_id", "ordered_at", "delivered_at",
        "total", "currency",
    ),
    OrderLine.__table__: ("id", "order_id", "line_no", "product_id", "quantity", "unit_price", "currency",
                          "serial_number"),
    Case.__table__: (
        "id", "case_number", "kind", "state", "customer_id", "store_id", "channel", "opened_by", "assigned_to",
        "summary", "currency", "opened_at", "closed_at", "due_at", "version",
    ),
    Interaction.__table__: (
        "id", "customer_id", "channel", "direction", "reason", "summary", "outcome", "agent_id", "store_id",
        "case_id", "occurred_at",
    ),
    TimelineEvent.__table__: (
        "id", "customer_id", "occurred_at", "kind", "channel", "title", "detail", "source_table", "source_id",
        "case_id", "store_id", "actor_id", "created_at",
    ),
}  # fmt: skip
Rows = dict[Table, list[tuple[Any, ...]]]


@dataclass
class ScaleSummary:
    customers: int = 0
    contact_points: int = 0
    orders: int = 0
    order_lines: int = 0
    interactions: int = 0
    cases: int = 0
    timeline_events: int = 0
    name_words: int = 0
    indexes_rebuilt: bool = False
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return (self.customers + self.contact_points + self.orders + self.order_lines + self.interactions
                + self.cases + self.timeline_events)  # fmt: skip

    def __str__(self) -> str:  # desk-admin's report: a table in English
        per_customer = self.timeline_events / self.customers if self.customers else 0.0
        rate = self.rows / self.seconds if self.seconds else 0.0
        lines = [
            f"Scale data loaded in {self.seconds:.1f} s ({rate:,.0f} rows per second"
            + (", indexes rebuilt after the load)" if self.indexes_rebuilt else ")") + ":",
            f"  customers        {self.customers:>12,}  ({self.contact_points:,} emails and phones)",
            f"  orders           {self.orders:>12,}  ({self.order_lines:,} lines)",
            f"  interactions     {self.interactions:>12,}",
            f"  cases            {self.cases:>12,}",
            f"  timeline events  {self.timeline_events:>12,}  ({per_customer:.1f} per customer)",
            f"  name words       {self.name_words:>12,}  (distinct words in the names)",
        ]
        return "\n".join(lines)


def seed_scale(
    db: Database,
    *,
    customers: int,
    events_per_customer: int = 10,
    seed: int = 11,
    progress: Callable[[str], None] = lambda _: None,
    rebuild_indexes: bool | None = None,
    now: datetime | None = None,
) -> ScaleSummary:
    """Add `customers` customers with about `events_per_customer` timeline events each, in one transaction.

    `rebuild_indexes` None decides by size (PostgreSQL only); True or False forces it.
    """
    if not 0 <= customers <= MAX_CUSTOMERS:
        raise InvalidInput(say("The number of customers must be between 0 and {most:,}.", most=MAX_CUSTOMERS))
    if not 0 <= events_per_customer <= MAX_EVENTS:
        raise InvalidInput(say("Events per customer must be between 0 and {most}.", most=MAX_EVENTS))
    started = time.monotonic()
    _ensure_reference_data(db, seed, progress)
    summary = ScaleSummary()
    postgres = db.dialect == "postgresql"
    with db.write() as session:
        if postgres:
            # Keep other writers out while ids are handed out by hand (readers carry on).
            names_ = ", ".join(t.name for t in TABLES)
            session.execute(text(f"LOCK TABLE {names_} IN EXCLUSIVE MODE"))
        generator = _Generator(session, random.Random(seed), events_per_customer, now or utcnow())
        generator.check_numbers_free(session, customers)
        rebuild = postgres and (
            rebuild_indexes if rebuild_indexes is not None else _worth_rebuilding(session, customers)
        )
        summary.indexes_rebuilt = rebuild
        sink = _PostgresSink(session) if postgres else _SqliteSink(session)
        with _indexes_dropped(session, rebuild, progress):
            for start in range(0, customers, BATCH):
                rows = generator.batch(min(BATCH, customers - start))
                for table, batch_rows in rows.items():
                    sink.write(table, TABLES[table], batch_rows)
                _count(summary, rows)
                elapsed = time.monotonic() - started
                done = start + len(rows[Customer.__table__])
                progress(say("Customers {done:,}/{total:,} ({seconds:.1f} s, {rate:,.0f} customers/s)", done=done,
                             total=customers, seconds=_tenths(elapsed), rate=Decimal(round(done / elapsed))))
            index_words(session, sorted(generator.words))
            summary.name_words = len(generator.words)
        if postgres:
            _set_sequences(session, generator.ids)
            progress(say("Analysing the loaded tables"))
            session.execute(text("ANALYZE " + ", ".join(t.name for t in TABLES)))
        if customers:
            audit.record(
                session, system_actor(WORKSTATION, "seed-scale"), "scale.seed", "customer",
                f"{generator.first_customer_id}-{generator.ids['customer'] - 1}",
                after={"customers": summary.customers, "timeline_events": summary.timeline_events, "seed": seed},
            )  # fmt: skip
    summary.seconds = time.monotonic() - started
    return summary


def _count(summary: ScaleSummary, rows: Rows) -> None:
    summary.customers += len(rows[Customer.__table__])
    summary.contact_points += len(rows[ContactPoint.__table__])
    summary.orders += len(rows[SalesOrder.__table__])
    summary.order_lines += len(rows[OrderLine.__table__])
    summary.interactions += len(rows[Interaction.__table__])
    summary.cases += len(rows[Case.__table__])
    summary.timeline_events += len(rows[TimelineEvent.__table__])


# --- reference data ---------------------------------------------------------------------------------


def _ensure_reference_data(db: Database, seed: int, progress: Callable[[str], None]) -> None:
    """Stores, staff and the catalogue: the demo's, when the database has none yet."""
    with db.read() as session:
        has_products = session.scalar(select(Product.id).limit(1)) is not None
        has_stores = session.scalar(select(Store.id).limit(1)) is not None
        has_customers = session.scalar(select(Customer.id).limit(1)) is not None
    if has_products and has_stores:
        return
    if has_customers:
        raise InvalidInput(say("This database has customers but no stores or products; add them before seed-scale."))
    progress(say("No stores or products yet: adding the demo's stores, staff, catalogue and limits"))
    seed_demo(db, customers=0, seed=seed, progress=progress)


@dataclass(frozen=True)
class _Product:
    id: int
    prices: tuple[Decimal, ...]  # list price and the usual discounts
    serial_prefix: str | None  # None: not serialised
    big: bool  # delivered, not carried out of the shop


@dataclass
class _Reference:
    physical: list[tuple[int, str]]  # (store id, code)
    web_id: int
    call_centre_id: int
    products: list[_Product]
    agents_at: dict[int | None, list[int]]  # store id -> agent ids
    all_agents: list[int]


def _load_reference(session: Session) -> _Reference:
    stores = session.execute(select(Store.id, Store.code, Store.kind).order_by(Store.id)).all()
    physical = [(s.id, s.code) for s in stores if s.kind == StoreKind.STORE] or [(s.id, s.code) for s in stores]
    web = next((s.id for s in stores if s.kind == StoreKind.WEB_SHOP), physical[0][0])
    call_centre = next((s.id for s in stores if s.kind == StoreKind.CALL_CENTRE), web)
    products = []
    for p in session.scalars(select(Product).order_by(Product.id)):
        prices = tuple(sorted({p.price, (p.price * Decimal("0.90")).quantize(CENT)}, reverse=True))
        prefix = "".join(ch for ch in normalise_name(p.brand or p.sku) if ch.isalnum())[:2].upper() or "SN"
        products.append(_Product(p.id, prices, prefix if p.serialised else None,
                                 p.category == "Gran electrodoméstico"))  # fmt: skip
    agents_at: dict[int | None, list[int]] = {}
    query = select(StaffUser.id, StaffUser.store_id).join(Role).where(Role.code == RoleCode.AGENT, StaffUser.active)
    for user_id, store_id in session.execute(query.order_by(StaffUser.id)):
        agents_at.setdefault(store_id, []).append(user_id)
    return _Reference(physical, web, call_centre, products, agents_at, [a for v in agents_at.values() for a in v])


# --- ids and numbers --------------------------------------------------------------------------------


def _next_ids(session: Session) -> dict[str, int]:
    """The first free id of each table: past the highest row and, on PostgreSQL, past the sequence."""
    postgres = session.get_bind().dialect.name == "postgresql"
    ids = {}
    for table in TABLES:
        highest = session.scalar(select(func.coalesce(func.max(table.c.id), 0)))
        if postgres:
            sequence = session.scalar(text(f"SELECT pg_get_serial_sequence('{table.name}', 'id')"))
            used = session.execute(text(f"SELECT last_value, is_called FROM {sequence}")).one()
            highest = max(highest, used.last_value if used.is_called else used.last_value - 1)
        ids[table.name] = highest + 1
    return ids


def _set_sequences(session: Session, ids: dict[str, int]) -> None:
    for table in TABLES:
        last = ids[table.name] - 1
        if last > 0:
            session.execute(
                text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), :last)"), {"last": last}
            )


def _worth_rebuilding(session: Session, customers: int) -> bool:
    existing = session.scalar(select(func.count()).select_from(Customer)) or 0
    return customers >= max(existing, REBUILD_THRESHOLD)


# --- PostgreSQL: secondary indexes and foreign keys around the load ---------------------------------


@contextmanager
def _indexes_dropped(session: Session, rebuild: bool, progress: Callable[[str], None]) -> Iterator[None]:
    """Drop the loaded tables' plain indexes and foreign keys; recreate them exactly as they were afterwards."""
    if not rebuild:
        yield
        return
    tables = [t.name for t in TABLES]
    indexes = session.execute(
        text(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i "
            "WHERE i.schemaname = current_schema() AND i.tablename = ANY(:tables) "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname "
            "AND c.connamespace = to_regnamespace(current_schema()))"
        ),
        {"tables": tables},
    ).all()
    foreign_keys = session.execute(
        text(
            "SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS definition "
            "FROM pg_constraint "
            "WHERE contype = 'f' AND conrelid::regclass::text = ANY(:tables) "
            "AND connamespace = to_regnamespace(current_schema())"
        ),
        {"tables": tables},
    ).all()
    for fk in foreign_keys:
        session.execute(text(f'ALTER TABLE {fk.tbl} DROP CONSTRAINT "{fk.conname}"'))
    for index in indexes:
        session.execute(text(f'DROP INDEX "{index.indexname}"'))
    yield
    session.execute(text("SET LOCAL maintenance_work_mem = '512MB'"))
    for index in indexes:
        started = time.monotonic()
        session.execute(text(index.indexdef))
        progress(say("Recreated index {index} ({seconds:.1f} s)", index=index.indexname,
                     seconds=_tenths(time.monotonic() - started)))  # fmt: skip
    for fk in foreign_keys:
        started = time.monotonic()
        session.execute(text(f'ALTER TABLE {fk.tbl} ADD CONSTRAINT "{fk.conname}" {fk.definition}'))
        progress(say("Recreated foreign key {key} ({seconds:.1f} s)", key=fk.conname,
                     seconds=_tenths(time.monotonic() - started)))  # fmt: skip


# --- writing ----------------------------------------------------------------------------------------


class _PostgresSink:
    """COPY ... FROM STDIN on the session's own connection (same transaction)."""

    def __init__(self, session: Session) -> None:
        self.connection = session.connection().connection.driver_connection

    def write(self, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        with self.connection.cursor() as cursor:
            with cursor.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)


class _SqliteSink:
    """executemany through SQLAlchemy Core, so the column types store times and money as the models do."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def write(self, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        if rows:
            self.session.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])


def _numbers_free(session: Session, column: Any, prefixes: list[str], first: int) -> None:
    """Refuse when an existing number looks like one this run will hand out (prefix + zero-padded id)."""
    width = max(7, len(str(first)))
    for prefix in prefixes:
        ranges = [(f"{prefix}{first:0{width}d}", prefix + "9" * width),
                  (prefix + "1" + "0" * width, prefix + "9" * (width + 1))]  # fmt: skip
        for low, high in ranges:
            taken = session.scalar(select(column).where(column.between(low, high)).limit(1))
            if taken is not None:
                raise InvalidInput(say(
                    "{table} {number} is numbered like the rows seed-scale would add; nothing was added.",
                    table=column.table.name, number=taken,
                ))


# --- the generator ----------------------------------------------------------------------------------

PHONE_STEP = 48_271  # coprime with 10**8: id -> 8 digits is one-to-one, so every phone is different
SERIAL_STEP = 2_654_435_761  # coprime with 10**10, the same for serial numbers
TIERS = (LoyaltyTier.NONE, LoyaltyTier.SILVER, LoyaltyTier.GOLD, LoyaltyTier.PLATINUM)
TIER_WEIGHTS = (70, 18, 9, 3)
CASE_KINDS = (CaseKind.RETURN, CaseKind.WARRANTY, CaseKind.GOODWILL)
CASE_KIND_WEIGHTS = (45, 35, 20)
FAULTS = [fault for faults in names.FAULTS.values() for fault in faults]


class _Generator:
    """Customers and their histories as rows, ids assigned here; deterministic for a seed and a database."""

    def __init__(self, session: Session, rng: random.Random, events: int, now: datetime) -> None:
        self.rng = rng
        self.events = events
        self.now = now.replace(microsecond=0)
        self.now_ts = self.now.timestamp()
        self.start_ts = self.now_ts - YEARS * 365 * 86400
        self.ref = _load_reference(session)
        if not self.ref.products:
            raise InvalidInput(say("There are no products to sell; add a catalogue before seed-scale."))
        self.agent_store = {
            agent: store for store, agents in self.ref.agents_at.items() for agent in agents
        }
        self.ids = _next_ids(session)
        self.first_customer_id = self.ids["customer"]
        self.years = range(self.now.year - YEARS - 1, self.now.year + 1)
        self.case_seq = {
            (kind, year): int(next_case_number(session, kind, year).rsplit("-", 1)[1])
            for kind in CASE_KINDS for year in self.years
        }  # fmt: skip
        self.words: set[str] = set()
        self._folded: dict[str, str] = {}
        self.topics = [
            (topic, [c.value for c, w in topic.channels.items() for _ in range(w)]) for topic in names.GENERAL_TOPICS
        ]
        self.final_states = {k: [s.value for s in states.final_states(k)] for k in CaseKind}
        self.open_states = {k: [s.value for s in states.open_states(k) if s != CaseState.DRAFT] for k in CaseKind}

    def check_numbers_free(self, session: Session, customers: int) -> None:
        if customers:
            _numbers_free(session, Customer.__table__.c.customer_number, ["C"], self.ids["customer"])
            _numbers_free(session, SalesOrder.__table__.c.order_number, [f"PED-{y}-" for y in self.years],
                          self.ids["sales_order"])  # fmt: skip

    def _next(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    def _moment(self, low_ts: float) -> datetime:
        return datetime.fromtimestamp(int(low_ts + (self.now_ts - low_ts) * self.rng.random()), timezone.utc)

    def batch(self, customers: int) -> Rows:
        rows: Rows = {table: [] for table in TABLES}
        for _ in range(customers):
            self._customer(rows)
        return rows

    # --- one customer ---

    def _customer(self, rows: Rows) -> None:
        rng = self.rng
        customer_id = self._next("customer")
        home = rng.choice(self.ref.physical) if rng.random() < 0.88 else None  # None: shops online only
        is_company = rng.random() < 0.05
        full_name, language = names.company_name(rng) if is_company else names.person_name(rng, home and home[1])
        search_name = self._folded.get(full_name)
        if search_name is None:
            search_name = self._folded[full_name] = normalise_name(full_name)
            self.words.update(search_name.split())
        since_ts = self.now_ts - rng.uniform(30, (YEARS + 2) * 365) * 86400
        since = datetime.fromtimestamp(since_ts, timezone.utc).date()
        home_id = home[0] if home else None
        rows[Customer.__table__].append((
            customer_id, f"C{customer_id:07d}", is_company, full_name, search_name,
            rng.choices(TIERS, TIER_WEIGHTS)[0].value, since, language, home_id, self.now, self.now, 1,
        ))  # fmt: skip
        self._contacts(rows, customer_id, full_name, is_company)
        if not self.events:
            return
        count = min(1 + int(rng.expovariate(1 / (self.events - 0.5))), 20 * self.events)
        low_ts = max(since_ts, self.start_ts)
        for _ in range(count):
            pick = rng.random()
            if pick < ORDER_SHARE:
                self._order(rows, customer_id, home, low_ts)
            elif pick < ORDER_SHARE + INTERACTION_SHARE or not self._case(rows, customer_id, home_id, low_ts):
                self._interaction(rows, customer_id, home_id, low_ts)

    def _contacts(self, rows: Rows, customer_id: int, full_name: str, is_company: bool) -> None:
        rng = self.rng
        words = [names.slug(w) for w in full_name.split() if w not in ("i", "S.L.", "S.A.", "S.L.U.")]
        if is_company:
            email = f"info{customer_id}@{words[-1] or 'empresa'}.es"
        else:
            surname = words[1] if len(words) > 1 else "cliente"
            email = f"{words[0]}.{surname}{customer_id}@{rng.choice(names.EMAIL_DOMAINS)}"
            if rng.random() < 0.03:
                email = email.upper()  # typed in capitals now and then
        digits = f"6{customer_id * PHONE_STEP % 10**8:08d}"
        typed = rng.choice((
            f"{digits[:3]} {digits[3:5]} {digits[5:7]} {digits[7:]}", digits,
            f"+34 {digits[:3]} {digits[3:6]} {digits[6:]}",
        ))  # fmt: skip
        contacts = rows[ContactPoint.__table__]
        contacts.append((self._next("contact_point"), customer_id, "email", email, normalise_email(email), True))
        contacts.append((self._next("contact_point"), customer_id, "phone", typed, "+34" + digits, True))

    def _order(self, rows: Rows, customer_id: int, home: tuple[int, str] | None, low_ts: float) -> None:
        rng, ref = self.rng, self.ref
        order_id = self._next("sales_order")
        pick = rng.random()
        if home is None:
            channel = "web" if pick < 0.8 else "phone"
        else:
            channel = "store" if pick < 0.55 else "web" if pick < 0.85 else "phone"
        if channel == "store":
            store_id, code = home if home and rng.random() < 0.85 else rng.choice(ref.physical)
        else:
            store_id, code = (ref.web_id, "WEB") if channel == "web" else (ref.call_centre_id, "CC")
        ordered_at = self._moment(low_ts)
        extra = rng.random()
        total, items, big = Decimal("0"), 0, False
        line_rows = rows[OrderLine.__table__]
        for line_no in range(1, 2 + (extra >= 0.65) + (extra >= 0.9)):
            product = rng.choice(ref.products)
            line_id = self._next("order_line")
            quantity = 1 if product.serial_prefix else rng.choices((1, 2, 3), (80, 15, 5))[0]
            price = product.prices[0] if rng.random() < 0.75 else product.prices[-1]
            serial = f"{product.serial_prefix}{line_id * SERIAL_STEP % 10**10:010d}" if product.serial_prefix else None
            line_rows.append((line_id, order_id, line_no, product.id, quantity, price, "EUR", serial))
            total += price * quantity
            items += quantity
            big = big or product.big
        if channel == "store" and not big:
            delivered_at: datetime | None = ordered_at  # carried out of the shop
        else:
            delivered_at = ordered_at + timedelta(days=rng.uniform(1, 4))
            delivered_at = delivered_at.replace(microsecond=0) if delivered_at <= self.now else None
        number = f"PED-{ordered_at.year}-{order_id:07d}"
        receipt = f"TK-{code}-{ordered_at:%y%m%d}-{order_id:07d}" if channel == "store" else None
        rows[SalesOrder.__table__].append(
            (order_id, number, receipt, customer_id, channel, store_id, ordered_at, delivered_at, total, "EUR")
        )
        rows[TimelineEvent.__table__].append((
            self._next("timeline_event"), customer_id, ordered_at, "order", channel,
            f"Order {number}: {items} item{'s' if items != 1 else ''}, {total:.2f} EUR",
            f"Receipt {receipt}" if receipt else "", "sales_order", order_id, None, store_id, None,
            self.now,
        ))  # fmt: skip

    def _agent(self, channel: str, home_id: int | None) -> int | None:
        """The agent at the counter for a store contact, else a call-centre agent; None when there are none."""
        ref = self.ref
        if channel == "store":
            at = home_id if home_id is not None else self.rng.choice(ref.physical)[0]
        else:
            at = ref.call_centre_id
        agents = ref.agents_at.get(at) or ref.all_agents
        return self.rng.choice(agents) if agents else None

    def _interaction(self, rows: Rows, customer_id: int, home_id: int | None, low_ts: float) -> None:
        rng = self.rng
        topic, channels = rng.choice(self.topics)
        channel = rng.choice(channels)
        outbound = rng.random() < topic.outbound
        agent = self._agent(channel, home_id)
        store_id = self.agent_store.get(agent) if agent is not None else None
        occurred_at = self._moment(low_ts)
        summary, outcome = rng.choice(topic.summaries), rng.choice(topic.outcomes)
        interaction_id = self._next("interaction")
        rows[Interaction.__table__].append((
            interaction_id, customer_id, channel, "outbound" if outbound else "inbound", topic.reason, summary,
            outcome, agent, store_id, None, occurred_at,
        ))  # fmt: skip
        rows[TimelineEvent.__table__].append((
            self._next("timeline_event"), customer_id, occurred_at, "interaction", channel,
            f"{channel.capitalize()} {'to' if outbound else 'from'} customer: {topic.reason}"[:200],
            f"{summary}\n\nOutcome: {outcome}", "interaction", interaction_id, None, store_id,
            agent, self.now,
        ))  # fmt: skip

    def _case(self, rows: Rows, customer_id: int, home_id: int | None, low_ts: float) -> bool:
        """A return, warranty claim or goodwill case; False when this year's case numbers are used up."""
        rng = self.rng
        kind = rng.choices(CASE_KINDS, CASE_KIND_WEIGHTS)[0]
        opened_at = self._moment(low_ts)
        sequence = self.case_seq[(kind, opened_at.year)]
        if sequence >= 10**SEQUENCE_DIGITS:
            return False
        self.case_seq[(kind, opened_at.year)] = sequence + 1
        case_id = self._next("after_sales_case")
        number = f"{CASE_PREFIX[kind]}-{opened_at.year}-{sequence:0{SEQUENCE_DIGITS}d}"
        ends = (opened_at + timedelta(days=rng.uniform(*CASE_DAYS[kind]))).replace(microsecond=0)
        if ends <= self.now and rng.random() < 0.97:
            state, closed_at = rng.choice(self.final_states[kind]), ends
        else:  # still open: today's work
            state, closed_at = rng.choice(self.open_states[kind]), None
        if kind == CaseKind.RETURN:
            summary = f"Devolución: {rng.choice(names.RETURN_REASONS).lower()}."
        elif kind == CaseKind.WARRANTY:
            summary = f"Reparación en garantía: {rng.choice(FAULTS).lower()}."
        else:
            summary = rng.choice(names.GOODWILL_REASONS)[1].format(days=rng.randint(2, 12), product="su compra") + "."
        channel = "store" if home_id is not None and rng.random() < 0.5 else "phone"
        agent = self._agent(channel, home_id)
        store_id = self.agent_store.get(agent) if agent is not None else (home_id or self.ref.call_centre_id)
        assigned = agent if closed_at is None else None
        rows[Case.__table__].append((
            case_id, number, kind.value, state, customer_id, store_id, channel, agent, assigned, summary, "EUR",
            opened_at, closed_at, opened_at + timedelta(days=SLA_DAYS[kind]), 1,
        ))  # fmt: skip
        rows[TimelineEvent.__table__].append((
            self._next("timeline_event"), customer_id, opened_at, "case", channel,
            f"{states.kind_label(kind)} {number} opened: {summary}"[:200], summary, "after_sales_case", case_id,
            case_id, store_id, agent, self.now,
        ))  # fmt: skip
        return True


def _tenths(seconds: float) -> Decimal:
    """Seconds for a progress message, to the tenth (a Decimal: each language writes it its own way)."""
    return Decimal(str(round(seconds, 1)))
