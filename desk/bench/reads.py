"""What an agent waits for, timed through the desk's services and as raw SQL on the same connection.

Each read is timed twice: through the service the desk calls (its session, its queries, the check that the person
is still active, the mapping to plain data), and as "raw": the very statements that call sent, captured and sent
again as plain SQL on a DBAPI cursor of the same engine. raw is what the database itself needs; desk/raw is what
the desk adds. Writes (a decision with its limit check and audit, an approval) are timed through the services only.

Everything runs as the demo's own people (`ana`, an agent; `marc`, a store manager): on PostgreSQL that is their
database login, so the database's checks and row-level security are part of the figures.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import event, insert, select, text

from desk import approvals, auth, customer360, goodwill, search, timeline
from desk.bench.report import Row
from desk.bench.stats import measure
from desk.db import Database
from desk.demo import DEMO_PASSWORD
from desk.enums import Channel, ContactKind, DecisionKind, EventKind
from desk.models import ContactPoint, Customer, OrderLine, SalesOrder, TimelineEvent

HEAVY_CUSTOMER_EVENTS = 20_000
HEAVY_NUMBER = "C-BENCH-20K"
SECTION_READS = "Reads (p95 target 50 ms; desk/raw ratio target 1.5)"
SECTION_WRITES = "Writes"


class _Capture:
    """The statements one call sends, recorded on the engine (only on the thread that asked)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._local = threading.local()
        event.listen(db.engine, "before_cursor_execute", self._seen)

    def _seen(self, conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        recording = getattr(self._local, "statements", None)
        if recording is not None:
            recording.append((statement, parameters))

    @contextmanager
    def recording(self) -> Iterator[list[tuple[str, Any]]]:
        self._local.statements = statements = []
        try:
            yield statements
        finally:
            self._local.statements = None

    def close(self) -> None:
        event.remove(self._db.engine, "before_cursor_execute", self._seen)


def _raw_replay(db: Database, statements: list[tuple[str, Any]]) -> Callable[[int], object]:
    """A callable that sends the captured statements on one DBAPI connection of the same engine."""

    def replay(_i: int) -> object:
        connection = db.engine.raw_connection()
        try:
            cursor = connection.cursor()
            for statement, parameters in statements:
                cursor.execute(statement, parameters)
                if cursor.description is not None:
                    cursor.fetchall()
            connection.rollback()
        finally:
            connection.close()
        return None

    return replay


def _explain(db: Database, statements: list[tuple[str, Any]]) -> str:
    """The query plans (EXPLAIN ANALYZE, BUFFERS) of the statements one call sent, as run."""
    out = []
    connection = db.engine.raw_connection()
    try:
        cursor = connection.cursor()
        for statement, parameters in statements:
            if not statement.lstrip().upper().startswith("SELECT") or "staff_user WHERE id" in statement:
                continue
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + statement, parameters)
            out.append(" ".join(statement.split())[:400] + "\n" + "\n".join(r[0] for r in cursor.fetchall()))
        connection.rollback()
    finally:
        connection.close()
    return "\n\n".join(out)


@dataclass(frozen=True)
class Samples:
    phones: list[str]
    emails: list[str]
    orders: list[str]
    serials: list[str]
    names: list[str]  # name fragments with a typo
    customers: list[int]
    heavy: int


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]  # two letters swapped


def ensure_heavy_customer(db: Database, events: int = HEAVY_CUSTOMER_EVENTS) -> int:
    """A customer with `events` timeline events (added once, as the owner, before the timed runs)."""
    with db.write() as session:
        found = session.scalar(select(Customer.id).where(Customer.customer_number == HEAVY_NUMBER))
        if found is None:
            now = datetime.now(timezone.utc)
            customer = Customer(customer_number=HEAVY_NUMBER, full_name="Empresa Benchmark Pesada SL",
                                search_name="empresa benchmark pesada sl", is_company=True,
                                customer_since=(now - timedelta(days=3 * 365)).date())  # fmt: skip
            session.add(customer)
            session.flush()
            found = customer.id
        have = session.scalar(select(text("count(*)")).select_from(TimelineEvent).where(
            TimelineEvent.customer_id == found))  # fmt: skip
        missing = events - int(have or 0)
        start = datetime.now(timezone.utc) - timedelta(days=3 * 365)
        rows = [{"customer_id": found, "occurred_at": start + timedelta(minutes=79 * i), "kind": EventKind.INTERACTION,
                 "channel": Channel.PHONE, "title": f"Phone call {i}", "detail": "", "source_table": "interaction",
                 "source_id": 0, "created_at": start} for i in range(max(missing, 0))]  # fmt: skip
        for first in range(0, len(rows), 5000):
            session.execute(insert(TimelineEvent), rows[first:first + 5000])
    return int(found)


def samples(db: Database, count: int, seed: int = 5) -> Samples:
    rng = random.Random(seed)
    with db.read() as session:
        def pick(statement: Any) -> list[Any]:
            values = list(session.scalars(statement.limit(20 * count)))
            rng.shuffle(values)
            return values[:count]

        phones = pick(select(ContactPoint.value).where(ContactPoint.kind == ContactKind.PHONE))
        emails = pick(select(ContactPoint.value).where(ContactPoint.kind == ContactKind.EMAIL))
        orders = pick(select(SalesOrder.order_number))
        serials = pick(select(OrderLine.serial_number).where(OrderLine.serial_number.is_not(None)))
        named = pick(select(Customer.search_name).where(Customer.is_company.is_(False)))
        customers = pick(select(Customer.id))
        heavy = session.scalar(select(Customer.id).where(Customer.customer_number == HEAVY_NUMBER))
    names = []
    for name in named:
        words = name.split()
        if len(words) >= 2:
            names.append(f"{words[0]} {_typo(words[1], rng)[:max(4, len(words[1]) - 2)]}")
    return Samples(phones, emails, orders, serials, names or ["garcai lopez"], customers, int(heavy or customers[0]))


def _read_row(db: Database, capture: _Capture, name: str, call: Callable[[int], object], runs: int,
              plans: dict[str, str] | None = None, note: str = "") -> Row:  # fmt: skip
    desk = measure(call, runs)
    with capture.recording() as statements:
        call(0)
    raw = measure(_raw_replay(db, list(statements)), runs)
    if plans is not None and db.dialect == "postgresql":
        plans[name] = _explain(db, list(statements))
    return Row(SECTION_READS, name, desk=desk, raw=raw, target=50.0, ratio_target=1.5,
               note=note or f"{len(statements)} statement(s) per call")  # fmt: skip


def run(owner: Database, runs: int = 200, seed: int = 5, plans: dict[str, str] | None = None) -> list[Row]:
    """The reads and writes of the report, on a database filled by seed-scale (and its demo staff); on PostgreSQL
    `plans` receives each read's query plans."""
    heavy = ensure_heavy_customer(owner)
    picked = samples(owner, runs + 3, seed)
    agent = auth.sign_in(owner, "ana", DEMO_PASSWORD, "bench")
    manager = auth.sign_in(owner, "marc", DEMO_PASSWORD, "bench")
    db = agent.db
    capture = _Capture(db)
    rows: list[Row] = []
    try:
        def cycling(values: list[Any], fn: Callable[[Any], object]) -> Callable[[int], object]:
            return lambda i: fn(values[i % len(values)])

        find = lambda q: search.search_customers(db, q)  # noqa: E731 - one line each, read as a table
        rows.append(_read_row(db, capture, "search: phone", cycling(picked.phones, find), runs, plans))
        rows.append(_read_row(db, capture, "search: email", cycling(picked.emails, find), runs, plans))
        rows.append(_read_row(db, capture, "search: order number", cycling(picked.orders, find), runs, plans))
        rows.append(_read_row(db, capture, "search: serial number", cycling(picked.serials, find), runs, plans))
        rows.append(_read_row(db, capture, "search: name fragment with a typo", cycling(picked.names, find), runs, plans))
        rows.append(_read_row(db, capture, "customer 360 header",
                              cycling(picked.customers, lambda c: customer360.customer_header(db, c)), runs, plans))
        rows.append(_read_row(db, capture, "timeline: first page",
                              cycling(picked.customers, lambda c: timeline.timeline_page(db, c)), runs, plans))
        first = timeline.timeline_page(db, heavy)
        rows.append(_read_row(db, capture, f"timeline: first page, {HEAVY_CUSTOMER_EVENTS:,} events",
                              lambda _i: timeline.timeline_page(db, heavy), runs, plans))
        deep = _deep_cursor(owner, heavy)
        rows.append(_read_row(db, capture, f"timeline: page at event {HEAVY_CUSTOMER_EVENTS - 50:,} of "
                                           f"{HEAVY_CUSTOMER_EVENTS:,}",
                              lambda _i: timeline.timeline_page(db, heavy, after=deep), runs, plans))  # fmt: skip
        assert first.rows, "the heavy customer has a timeline"
        rows += _writes(agent, manager, picked.customers, runs)
    finally:
        capture.close()
        for signed in (agent, manager):
            if signed.db is not owner:
                signed.db.dispose()
    return rows


def _deep_cursor(db: Database, customer: int) -> timeline.TimelineCursor:
    with db.read() as session:
        occurred_at, event_id = session.execute(
            select(TimelineEvent.occurred_at, TimelineEvent.id).where(TimelineEvent.customer_id == customer)
            .order_by(TimelineEvent.occurred_at.desc(), TimelineEvent.id.desc()).offset(HEAVY_CUSTOMER_EVENTS - 51)
            .limit(1)
        ).one()  # fmt: skip
    return timeline.TimelineCursor(occurred_at, event_id)


def _writes(agent: auth.SignedIn, manager: auth.SignedIn, customers: list[int], runs: int) -> list[Row]:
    """A decision within the agent's limit (limit check, case, decision, audit, timeline) and an approval."""
    reason = next(iter(goodwill.REASON_CODES))

    def grant(i: int, amount: str) -> goodwill.GoodwillResult:
        return goodwill.grant_goodwill(agent.db, agent.actor, goodwill.GoodwillRequest(
            customers[i % len(customers)], DecisionKind.GOODWILL_VOUCHER, amount, reason, "Benchmark",
            Channel.STORE))  # fmt: skip

    written = measure(lambda i: grant(i, "0.50"), runs)
    asked = [grant(i, "80.00") for i in range(runs + 3)]  # above the agent's 50: each waits for a manager
    with manager.db.read() as session:
        pending = [session.execute(text("SELECT id FROM approval_request WHERE decision_id = "
                                        "(SELECT id FROM decision WHERE case_id = :c)"), {"c": r.case_id}).scalar()
                   for r in asked]  # fmt: skip
    approved = measure(lambda i: approvals.decide(manager.db, manager.actor, pending[i], approve=True), runs)
    return [
        Row(SECTION_WRITES, "decision write (limit check, case, decision, audit, timeline)", desk=written,
            target=25.0, note="a goodwill voucher of 0.50 EUR granted by the agent; the database re-checks the limits"),
        Row(SECTION_WRITES, "approving a request (four eyes, limits, audit, notify)", desk=approved,
            note="the store manager approves an agent's 80.00 EUR voucher"),
    ]  # fmt: skip

