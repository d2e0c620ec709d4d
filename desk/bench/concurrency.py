"""Concurrency: N simulated desks working at once against one PostgreSQL database for a fixed time.

Each agent is a thread calling the desk's own services, as the demo's staff (their Actors; the owner's
connection, so what is measured is the services' own locks, not the database's per-login checks):

- **counter and call-centre agents** serve a customer per step: search (name words, phone, email or customer
  number), open the customer (header and access log, as the customer screen does), the first timeline page; then
  log the contact (60 % of steps), grant a goodwill gesture within their limit (15 %) or ask for one above it
  (7 %, an approval request);
- **hammering agents** (a quarter of the agents) stay on three hot customers, as the first two agents of the
  cast, so that two agents work on one customer and one agent's daily budget is spent from several threads at
  once: each step logs a contact (40 %), grants within the limit (35 %, in steps of half to all of the limit per
  decision, so that the daily limit is reached), asks above it (15 %) or reopens the customer (10 %);
- **approvers** (one thread in eight: supervisors first, then store managers, several threads for one person
  when there are more threads than people) read their queue and decide the oldest one to three requests
  (approve 80 %, reject 20 % with a reason); threads of one person and a supervisor beside a store manager race
  for the same requests.

A refusal ("nobody may grant this", "needs someone whose limit covers it") and a Conflict ("already approved")
are correct answers, counted apart; any other exception is a failure. Afterwards the integrity of what was
written is measured by SQL (`check_integrity`): daily totals, customers' 12-month totals in the order the grants
were serialised, each approval request ended once and its decision granted once, and every write the agents
reported found, with nothing written that they did not report.

Threads and processes: the desks are threads, spread over one process per core (at least four desks each). A
desk mostly waits for PostgreSQL, but with every thread in one process the client stops at one core (the GIL) and
a transaction holding a lock waits for the GIL before its next statement, so locks are held longer than a real
desk holds them; measured here (2 cores, 32 desks, 20,000 customers), one process of threads did 125-170 ops/s,
two processes 145-220 in the same minutes. The simulation has its own engine, a connection per desk (desk.db's
pool of 5 + 5 is one desk's): 32 desks sharing 10 connections would measure the pool, not the database.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import random
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.engine import URL

from desk import approvals
from desk.actors import Actor
from desk.audit_chain import verify as verify_audit_chain
from desk.bench.report import Row
from desk.bench.stats import summarise
from desk.customer360 import open_customer
from desk.db import Database
from desk.empowerment import caps
from desk.enums import ApprovalState, ContactKind, DecisionKind, DecisionStatus, Direction, RoleCode, StoreKind
from desk.errors import Conflict, InvalidInput
from desk.goodwill import GOODWILL_DECISIONS, REASON_CODES, GoodwillRequest, grant_goodwill
from desk.interactions import ContactForm, log_contact
from desk.models import ContactPoint, Customer, Role, StaffUser, Store, utcnow
from desk.search import search_customers
from desk.staff import actor_for
from desk.timeline import timeline_page

WORKSTATION = "concurrency bench"
SAMPLE = 2_000  # customers the agents serve (their search terms are read before the clock starts)
HOT_CUSTOMERS = 3
CENT = Decimal("0.01")

# Operation kinds, in the order of the report.
SEARCH, OPEN = "search", "open customer (header, access log)"
TIMELINE, CONTACT = "timeline, first page", "log a contact"
WITHIN, ABOVE = "goodwill within the limit", "goodwill above the limit"
HOT_OPEN, HOT_CONTACT = "hot customer: open", "hot customer: log a contact"
HOT_WITHIN, HOT_ABOVE = "hot customer: goodwill within", "hot customer: goodwill above"
QUEUE, DECIDE = "approval queue", "approve or reject"
HOT = {HOT_OPEN, HOT_CONTACT, HOT_WITHIN, HOT_ABOVE}
KINDS = (SEARCH, OPEN, TIMELINE, CONTACT, WITHIN, ABOVE, HOT_OPEN, HOT_CONTACT, HOT_WITHIN, HOT_ABOVE, QUEUE, DECIDE)
# Opening a customer writes the access log.
WRITES = {OPEN, CONTACT, WITHIN, ABOVE, HOT_OPEN, HOT_CONTACT, HOT_WITHIN, HOT_ABOVE, DECIDE}

# p95 an agent should see with every desk busy at once: a screen under half a second, a save under a second.
READ_TARGET_MS, WRITE_TARGET_MS = 500.0, 1000.0

KIND_WEIGHTS = {DecisionKind.GOODWILL_VOUCHER: 40, DecisionKind.FEE_WAIVER: 20, DecisionKind.GOODWILL_REFUND: 15,
                DecisionKind.FREE_REPAIR: 15, DecisionKind.PRICE_ADJUSTMENT: 10}  # fmt: skip
CONTACTS = [  # reason, summary, outcome
    ("Estado del pedido", "Pregunta cuándo llega su pedido.", "Informado de la fecha de entrega"),
    ("Devolución", "Quiere saber cómo devolver un artículo.", "Explicado el proceso de devolución"),
    ("Garantía", "La lavadora hace ruido al centrifugar.", "Abierta consulta con el servicio técnico"),
    ("Factura", "Pide un duplicado de la factura.", "Enviada por correo electrónico"),
    ("Queja", "El repartidor no subió el frigorífico.", "Disculpas; se escala al transportista"),
]  # fmt: skip


# --- what the agents report having written ------------------------------------------------------------


@dataclass
class Ledger:
    """Every write an agent saw succeed: afterwards each must be in the database, and nothing else."""

    interactions: list[int] = field(default_factory=list)
    goodwill: dict[int, DecisionStatus] = field(default_factory=dict)  # case id -> the decision's status then
    decided: list[tuple[int, ApprovalState, int]] = field(default_factory=list)  # request, state, decided by
    staff_ids: set[int] = field(default_factory=set)  # who acted (phantom writes are looked for among them)

    def merge(self, other: Ledger) -> None:
        self.interactions += other.interactions
        self.goodwill.update(other.goodwill)
        self.decided += other.decided
        self.staff_ids |= other.staff_ids


@dataclass
class _Tally:
    durations: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    outcomes: Counter[tuple[str, str]] = field(default_factory=Counter)  # (kind, answer) for refusals etc.
    failures: list[str] = field(default_factory=list)
    ledger: Ledger = field(default_factory=Ledger)
    idle: int = 0  # approvers' empty queues

    def merge(self, other: _Tally) -> None:
        for kind, values in other.durations.items():
            self.durations[kind] += values
        self.outcomes.update(other.outcomes)
        self.failures += other.failures
        self.ledger.merge(other.ledger)
        self.idle += other.idle


# --- the cast and the customers ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Customer:
    id: int
    number: str
    name: str
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class _Limits:
    """Per decision kind: the agent's, store manager's and supervisor's most per decision."""

    per_decision: dict[DecisionKind, tuple[Decimal, Decimal, Decimal]]


@dataclass(frozen=True)
class _World:
    agents: list[Actor]
    approvers: list[Actor]  # supervisors first, then store managers
    channel: dict[int | None, str]  # store id -> the channel its staff serve on
    customers: list[_Customer]
    hot: list[_Customer]
    limits: _Limits


def _world(db: Database, rng: random.Random) -> _World:
    with db.read() as session:
        users = session.scalars(
            select(StaffUser).join(Role, Role.id == StaffUser.role_id).where(StaffUser.active.is_(True))
            .order_by(Role.level.desc(), StaffUser.id)
        ).all()  # fmt: skip
        actors = [actor_for(user, WORKSTATION) for user in users]
        stores = session.execute(select(Store.id, Store.kind)).all()
        low, high = session.execute(select(Customer.id).order_by(Customer.id).limit(1)).scalar(), \
            session.execute(select(Customer.id).order_by(Customer.id.desc()).limit(1)).scalar()  # fmt: skip
        if low is None or high is None:
            raise InvalidInput("The database has no customers: run `desk-admin seed-scale` first.")
        wanted = sorted({rng.randint(low, high) for _ in range(SAMPLE)})
        rows = session.execute(select(Customer.id, Customer.customer_number, Customer.full_name)
                               .where(Customer.id.in_(wanted), Customer.erased_at.is_(None))).all()  # fmt: skip
        contacts: dict[int, dict[str, str]] = defaultdict(dict)
        for customer_id, kind, value in session.execute(
            select(ContactPoint.customer_id, ContactPoint.kind, ContactPoint.value)
            .where(ContactPoint.customer_id.in_([r.id for r in rows]), ContactPoint.kind != ContactKind.ADDRESS)
            .order_by(ContactPoint.id)
        ):  # fmt: skip
            contacts[customer_id].setdefault(kind, value)
        per_decision = {}
        for kind in GOODWILL_DECISIONS:
            _, roles = caps(session, None, RoleCode.AGENT, kind, "EUR")
            levels = [roles[r] for r in (RoleCode.AGENT, RoleCode.STORE_MANAGER, RoleCode.SUPERVISOR)]
            if all(cap is not None for cap in levels):
                per_decision[kind] = tuple(cap.per_decision for cap in levels)  # type: ignore[union-attr]
    agents = [a for a in actors if a.role == RoleCode.AGENT]
    approvers = [a for a in actors if a.role in (RoleCode.SUPERVISOR, RoleCode.STORE_MANAGER)]
    if not agents or not approvers:
        raise InvalidInput("The database needs agents and approvers: run `desk-admin seed-scale` on it first.")
    if not per_decision:
        raise InvalidInput("No goodwill limits are set for agents, store managers and supervisors in EUR.")
    customers = [_Customer(r.id, r.customer_number, r.full_name, contacts[r.id].get(ContactKind.PHONE),
                           contacts[r.id].get(ContactKind.EMAIL)) for r in rows]  # fmt: skip
    rng.shuffle(customers)
    channel = {sid: "store" if kind == StoreKind.STORE else "phone" for sid, kind in stores}
    return _World(agents, approvers, channel, customers, customers[:HOT_CUSTOMERS], _Limits(per_decision))


# --- the simulation's database: a connection per desk -------------------------------------------------


# --- one desk ---------------------------------------------------------------------------------------


class _Clock:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.wall_started = time.time()  # replaced when the clock starts
        self.started = self.deadline = 0.0

    def start(self) -> None:
        self.wall_started = time.time()
        self.started = time.perf_counter()
        self.deadline = self.started + self.seconds

    def running(self) -> bool:
        return time.perf_counter() < self.deadline


class _Desk:
    def __init__(self, db: Database, world: _World, actor: Actor, role: str, seed: int) -> None:
        self.db, self.world, self.actor, self.role = db, world, actor, role
        self.rng = random.Random(seed)
        self.tally = _Tally()
        self.tally.ledger.staff_ids.add(actor.user_id or 0)
        self.channel = world.channel.get(actor.store_id, "phone")

    def run(self, barrier: threading.Barrier, clock: _Clock) -> None:
        try:
            search_customers(self.db, self.world.customers[0].number)  # a connection and the plans, untimed
        except Exception as exc:  # noqa: BLE001 - reported as a failure, the others go on
            self.tally.failures.append(f"warm-up: {type(exc).__name__}: {exc}")
        try:
            barrier.wait()
        except threading.BrokenBarrierError:
            self.tally.failures.append("start: another desk or process could not start")
            return
        step = {"agent": self._serve, "hammer": self._hammer, "approver": self._approve}[self.role]
        while clock.running():
            try:
                step()
            except Exception as exc:  # noqa: BLE001 - a bug of the simulation itself: counted, never hidden
                self.tally.failures.append(f"{self.role} step: {type(exc).__name__}: {exc}")

    # --- what each kind of desk does -------------------------------------------------------------------

    def _serve(self) -> None:
        """A customer at the counter or on the line: find, open, read, then log the contact or a gesture."""
        customer = self.rng.choice(self.world.customers)
        hits = self._timed(SEARCH, lambda: search_customers(self.db, self._query(customer)))
        target = hits[0].customer_id if hits else customer.id
        self._timed(OPEN, lambda: open_customer(self.db, self.actor, target))
        self._timed(TIMELINE, lambda: timeline_page(self.db, target))
        draw = self.rng.random()
        if draw < 0.60:
            self._contact(CONTACT, target)
        elif draw < 0.75:
            self._goodwill(WITHIN, target, above=False)
        elif draw < 0.82:
            self._goodwill(ABOVE, target, above=True)

    def _hammer(self) -> None:
        """The same few customers, the same budgets, from several desks at once."""
        target = self.rng.choice(self.world.hot).id
        draw = self.rng.random()
        if draw < 0.40:
            self._contact(HOT_CONTACT, target)
        elif draw < 0.75:
            self._goodwill(HOT_WITHIN, target, above=False)
        elif draw < 0.90:
            self._goodwill(HOT_ABOVE, target, above=True)
        else:
            self._timed(HOT_OPEN, lambda: open_customer(self.db, self.actor, target))
            self._timed(TIMELINE, lambda: timeline_page(self.db, target))

    def _approve(self) -> None:
        rows = self._timed(QUEUE, lambda: approvals.queue(self.db, self.actor))
        if not rows:
            self.tally.idle += 1
            time.sleep(self.rng.uniform(0.02, 0.08))  # nothing to decide: the supervisor glances again soon
            return
        for row in rows[: self.rng.randint(1, 3)]:
            approve = self.rng.random() < 0.8
            reason = "" if approve else "Ya se le compensó por la misma incidencia."
            state = self._timed(DECIDE, lambda: approvals.decide(self.db, self.actor, row.id, approve, reason),
                                refusals={Conflict: "", InvalidInput: "whose limit covers it"})  # fmt: skip
            if state is not None:
                self.tally.ledger.decided.append((row.id, ApprovalState(state), self.actor.user_id or 0))

    # --- the writes ------------------------------------------------------------------------------------

    def _contact(self, kind: str, customer_id: int) -> None:
        reason, summary, outcome = self.rng.choice(CONTACTS)
        direction = Direction.OUTBOUND if self.rng.random() < 0.15 else Direction.INBOUND
        form = ContactForm(self.channel, reason, summary, outcome, direction)
        written = self._timed(kind, lambda: log_contact(self.db, self.actor, customer_id, form))
        if written is not None:
            self.tally.ledger.interactions.append(written)

    def _goodwill(self, kind: str, customer_id: int, *, above: bool) -> None:
        limits = self.world.limits.per_decision
        decision_kind = self.rng.choices(list(limits), [KIND_WEIGHTS.get(k, 10) for k in limits])[0]
        agent, manager, supervisor = limits[decision_kind]
        if not above:  # the hot customers' agents spend their budgets in bigger steps, to reach the daily limit
            amount = agent * Decimal(str(self.rng.uniform(*((0.5, 1.0) if kind == HOT_WITHIN else (0.1, 0.5)))))
        elif self.rng.random() < 0.7:  # mostly for a store manager; the rest for a supervisor
            amount = Decimal(str(self.rng.uniform(float(agent) + 1, float(manager))))
        else:
            amount = Decimal(str(self.rng.uniform(float(manager) + 1, float(supervisor))))
        code = self.rng.choice([c for c in REASON_CODES if c != "other"])
        words = "Cliente afectado; gesto comercial acordado en la llamada."
        request = GoodwillRequest(customer_id, decision_kind, max(amount.quantize(CENT), Decimal(1)), code, words,
                                  self.channel)  # fmt: skip
        result = self._timed(kind, lambda: grant_goodwill(self.db, self.actor, request),
                             refusals={InvalidInput: "Nobody may grant this"})  # fmt: skip
        if result is not None:
            self.tally.ledger.goodwill[result.case_id] = result.status
            answer = "granted at once" if result.status == DecisionStatus.GRANTED else "sent for approval"
            self.tally.outcomes[(kind, answer)] += 1

    # --- timing and answers ----------------------------------------------------------------------------

    def _timed(self, kind: str, call: Callable[[], Any], refusals: dict[type, str] | None = None) -> Any:
        """Run one service call; a correct refusal or conflict is timed and counted, anything else is a failure."""
        started = time.perf_counter()
        try:
            result = call()
        except Exception as exc:  # noqa: BLE001 - sorted below: an answer, or a failure
            elapsed = time.perf_counter() - started
            for exc_type, marker in (refusals or {}).items():
                if isinstance(exc, exc_type) and marker in str(exc):
                    self.tally.durations[kind].append(elapsed)
                    answer = "conflict: already decided" if isinstance(exc, Conflict) else "refused: beyond the limits"
                    self.tally.outcomes[(kind, answer)] += 1
                    return None
            self.tally.failures.append(f"{kind}: {type(exc).__name__}: {str(exc).splitlines()[0][:300]}")
            return None
        self.tally.durations[kind].append(time.perf_counter() - started)
        return result

    def _query(self, customer: _Customer) -> str:
        """What an agent types: name words (the last one cut short), a phone, an email or the customer number."""
        draw = self.rng.random()
        if draw < 0.20 and customer.phone:
            return customer.phone
        if draw < 0.35 and customer.email:
            return customer.email
        if draw < 0.50:
            return customer.number
        words = customer.name.split()
        if len(words) >= 2:
            return f"{words[0]} {words[1][:4]}"
        return customer.name[:6]


# --- the run ---------------------------------------------------------------------------------------


def run(db: Database, *, agents: int = 32, seconds: float = 30.0, seed: int = 1,
        processes: int | None = None) -> list[Row]:  # fmt: skip
    """`agents` desks working at once for `seconds`; throughput, latency per operation and integrity afterwards.

    The desks are threads of `processes` processes; None: one per core, with at least four desks each (1: threads
    of this process only). More than one process uses `spawn`: call it under `if __name__ == "__main__":`."""
    if db.dialect != "postgresql":
        raise InvalidInput("The concurrency simulation runs against PostgreSQL (the shared database).")
    if processes is None:
        processes = max(1, min(os.cpu_count() or 1, agents // 4))
    if agents < 2 or seconds <= 0 or not 1 <= processes <= agents:
        raise InvalidInput("The simulation needs at least two agents, some time, and 1 to `agents` processes.")
    world = _world(db, random.Random(seed))
    plans = _cast(world, agents, seed)
    since = utcnow()
    if processes == 1:
        results = [_work(db.engine.url, world, plans, seconds, None)]
    else:
        results = _in_processes(db.engine.url, world, plans, seconds, processes)
    tally = _Tally()
    for result in results:
        tally.merge(result.tally)
    elapsed = max(r.ended for r in results) - min(r.started for r in results)
    cpu = sum(r.cpu for r in results)
    integrity = check_integrity(db, tally.ledger, since)
    how = f"{processes} processes of threads" if processes > 1 else "threads of one process"
    return _rows(f"Concurrency, {agents} agents, {seconds:g} s", tally, integrity, elapsed, cpu,
                 Counter(p.role for p in plans), agents, how)  # fmt: skip


@dataclass(frozen=True)
class _Plan:
    actor: Actor
    role: str  # agent, hammer or approver
    seed: int


def _cast(world: _World, agents: int, seed: int) -> list[_Plan]:
    """One approver thread in eight; a quarter of the others hammer the hot customers as the first two agents."""
    approvers = max(1, round(agents / 8))
    hammers = max(2, (agents - approvers) // 4) if agents - approvers >= 3 else 1
    plans = [_Plan(world.approvers[i % len(world.approvers)], "approver", seed * 1000 + i) for i in range(approvers)]
    hot_agents = world.agents[:2]
    plans += [_Plan(hot_agents[i % len(hot_agents)], "hammer", seed * 1000 + approvers + i) for i in range(hammers)]
    others = world.agents[2:] or world.agents
    first = len(plans)
    plans += [_Plan(others[i % len(others)], "agent", seed * 1000 + first + i) for i in range(agents - first)]
    return plans


@dataclass
class _Result:
    tally: _Tally
    started: float  # wall clock (time.time), comparable between processes
    ended: float
    cpu: float  # this process's CPU seconds during the run


def _work(url: URL | str, world: _World, plans: list[_Plan], seconds: float, go: Any) -> _Result:
    """Run `plans` as threads of this process; `go` (a process barrier) starts every process's clock at once."""
    sim = Database(url, pool_size=len(plans))  # a connection per simulated desk: measure the database, not a pool
    clock = _Clock(seconds)

    def start() -> None:
        if go is not None:
            go.wait()
        clock.start()

    desks = [_Desk(sim, world, plan.actor, plan.role, plan.seed) for plan in plans]
    barrier = threading.Barrier(len(desks), action=start)
    cpu_before = time.process_time()
    threads = [threading.Thread(target=d.run, args=(barrier, clock), name=f"desk-{i}", daemon=True)
               for i, d in enumerate(desks)]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ended, cpu = time.time(), time.process_time() - cpu_before
    sim.dispose()
    tally = _Tally()
    for desk in desks:
        tally.merge(desk.tally)
    return _Result(tally, clock.wall_started, ended, cpu)


def _process_main(url: str, world: _World, plans: list[_Plan], seconds: float, go: Any, out: Any) -> None:
    try:
        out.put(_work(url, world, plans, seconds, go))
    except BaseException as exc:  # noqa: BLE001 - the parent counts it as a failure
        go.abort()
        out.put(f"{type(exc).__name__}: {exc}")


def _in_processes(url: URL, world: _World, plans: list[_Plan], seconds: float, processes: int) -> list[_Result]:
    context = multiprocessing.get_context("spawn")  # a fresh interpreter: no engine or lock inherited by fork
    go, out = context.Barrier(processes), context.Queue()
    # The URL with its password goes to the children through a pipe, never a file.
    address = url.render_as_string(hide_password=False)
    children = [context.Process(target=_process_main, args=(address, world, plans[i::processes], seconds, go, out),
                                daemon=True) for i in range(processes)]  # fmt: skip
    for child in children:
        child.start()
    results: list[_Result] = []
    for _ in children:
        try:
            answer = out.get(timeout=seconds + 300)
        except queue.Empty:
            answer = "a process gave no answer"
        if isinstance(answer, _Result):
            results.append(answer)
        else:
            now = time.time()
            results.append(_Result(_Tally(failures=[f"process: {answer}"]), now, now, 0.0))
    for child in children:
        child.join(timeout=30)
    return results


def _rows(section: str, tally: _Tally, integrity: Integrity, elapsed: float, cpu: float, roles: Counter[str],
          connections: int, how: str) -> list[Row]:  # fmt: skip
    done = sum(len(v) for v in tally.durations.values())
    writes = sum(len(v) for k, v in tally.durations.items() if k in WRITES)
    rows = [Row(section, "throughput, all operations", value=done / elapsed if elapsed else 0.0, unit="ops/s",
                note=f"{done:,} operations in {elapsed:.1f} s ({writes:,} writes, {done - writes:,} reads); "
                     f"{roles['agent']} agents, {roles['hammer']} on the hot customers, {roles['approver']} approvers; "
                     f"{connections} connections; {how}, client CPU {cpu / elapsed if elapsed else 0:.2f} "
                     "cores")]  # fmt: skip
    for kind in KINDS:
        values = tally.durations.get(kind)
        if not values:
            continue
        answers = ", ".join(f"{n:,} {answer}" for (k, answer), n in sorted(tally.outcomes.items()) if k == kind)
        if kind in HOT:  # contended on purpose: how long the queue on one customer gets, not a promise
            target, answers = None, "contended on purpose, no target" + (f"; {answers}" if answers else "")
        else:
            target = WRITE_TARGET_MS if kind in WRITES else READ_TARGET_MS
        rows.append(Row(section, kind, desk=summarise(values), target=target, note=answers))
    answers = Counter[str]()
    for (kind, answer), n in tally.outcomes.items():
        if answer.startswith(("refused", "conflict")):
            answers[f"{kind}: {answer}"] += n
    rows.append(Row(section, "refusals and conflicts (correct answers)", value=sum(answers.values()), unit="",
                    note="; ".join(f"{n:,} {what}" for what, n in sorted(answers.items()))
                    + (f"; approvers found an empty queue {tally.idle:,} times" if tally.idle else "")))  # fmt: skip
    shown = "; ".join(f"{n}x {what}" for what, n in Counter(tally.failures).most_common(3))
    rows.append(Row(section, "unexpected failures", value=len(tally.failures), unit="", target=1, note=shown))
    return rows + integrity.rows(section)


# --- integrity, measured afterwards by SQL ------------------------------------------------------------

# Each person's effective limits per decision kind and currency: their personal override, else their role's
# (desk.empowerment.caps). has_cap false: they may not grant that kind at all.
_CAPS = """
caps AS (
    SELECT u.id AS user_id, k.kind, k.currency,
           (p.id IS NOT NULL OR r.id IS NOT NULL) AS has_cap,
           CASE WHEN p.id IS NOT NULL THEN p.max_per_agent_day ELSE r.max_per_agent_day END AS per_day,
           CASE WHEN p.id IS NOT NULL THEN p.max_per_customer_12m ELSE r.max_per_customer_12m END AS per_customer
    FROM staff_user u
    CROSS JOIN (SELECT DISTINCT decision_kind AS kind, currency FROM empowerment_policy) k
    LEFT JOIN empowerment_policy p ON p.user_id = u.id AND p.decision_kind = k.kind AND p.currency = k.currency
    LEFT JOIN empowerment_policy r ON r.role_id = u.role_id AND r.user_id IS NULL
                                  AND r.decision_kind = k.kind AND r.currency = k.currency
)"""

# (a) What each person granted themselves per day (their store's calendar day), against their daily limit.
_DAILY = f"""
WITH {_CAPS},
days AS (
    SELECT d.requested_by AS user_id, d.kind, d.currency,
           (d.decided_at AT TIME ZONE coalesce(s.timezone, 'Europe/Madrid'))::date AS day,
           sum(d.amount) AS total, max(d.decided_at) AS last_at
    FROM decision d
    JOIN staff_user u ON u.id = d.requested_by
    LEFT JOIN store s ON s.id = u.store_id
    WHERE d.status = 'granted' AND d.decided_by = d.requested_by
    GROUP BY 1, 2, 3, 4
)
SELECT count(*) AS checked,
       count(*) FILTER (WHERE c.user_id IS NULL OR NOT c.has_cap OR days.total > c.per_day) AS violations,
       coalesce(max(days.total / nullif(c.per_day, 0)), 0) AS fullest
FROM days
LEFT JOIN caps c ON c.user_id = days.user_id AND c.kind = days.kind AND c.currency = days.currency
WHERE days.last_at >= :since
"""

# (b) A customer's 12-month total, at the moment each grant was serialised, against the cap of who granted it.
# The order is the audit chain's: every grant locks the customer's row before it writes its audit entry, and an
# entry joins the chain under a lock held until commit, so chain order is the order the grants saw each other.
# A delegate deciding for a colleague is held to the larger of the two caps.
_CUSTOMER_12M = f"""
WITH {_CAPS},
touched AS (SELECT DISTINCT customer_id FROM decision WHERE status = 'granted' AND decided_at >= :since),
granted AS (
    SELECT d.id, d.customer_id, d.kind, d.currency, d.amount, d.decided_at, d.decided_by, d.requested_by,
           coalesce(
               (SELECT max(a.chain_seq) FROM approval_request r
                JOIN audit_entry a ON a.entity = 'approval_request' AND a.entity_id = r.id::text
                WHERE r.decision_id = d.id AND a.action = 'approval.approved'),
               (SELECT max(a.chain_seq) FROM audit_entry a
                WHERE a.entity = 'decision' AND a.entity_id = d.id::text AND a.action = 'decision.create'),
               0) AS turn
    FROM decision d JOIN touched t ON t.customer_id = d.customer_id
    WHERE d.status = 'granted'
),
judged AS (
    SELECT g.id, g.customer_id, g.decided_at >= :since AS recent,
           allowed.has_cap, allowed.unlimited, allowed.per_customer,
           (SELECT sum(o.amount) FROM granted o
            WHERE o.customer_id = g.customer_id AND o.kind = g.kind AND o.currency = g.currency
              AND o.turn <= g.turn AND o.decided_at >= g.decided_at - interval '365 days') AS running
    FROM granted g
    CROSS JOIN LATERAL (
        SELECT coalesce(bool_or(c.has_cap), false) AS has_cap,
               coalesce(bool_or(c.has_cap AND c.per_customer IS NULL), false) AS unlimited,
               max(c.per_customer) FILTER (WHERE c.has_cap) AS per_customer
        FROM caps c
        WHERE c.kind = g.kind AND c.currency = g.currency
          AND (c.user_id = g.decided_by
               OR g.decided_by <> g.requested_by AND c.user_id IN (
                   SELECT dl.delegator_id FROM approval_delegation dl
                   WHERE dl.delegate_id = g.decided_by AND dl.starts_on <= g.decided_at::date
                     AND dl.ends_on >= g.decided_at::date))
    ) allowed
)
SELECT count(*) AS checked,
       count(*) FILTER (WHERE NOT has_cap OR (NOT unlimited AND running > per_customer)) AS violations,
       count(DISTINCT customer_id) AS customers
FROM judged
WHERE recent
"""

# (c) Each approval request ended once, by the audit too, and its decision granted exactly once.
_APPROVALS = """
WITH requests AS (
    SELECT r.id, r.state, r.decided_by, r.requested_by, r.decision_id,
           (SELECT count(*) FROM audit_entry a WHERE a.entity = 'approval_request' AND a.entity_id = r.id::text
              AND a.action IN ('approval.approved', 'approval.rejected', 'approval.withdrawn', 'approval.expired'))
               AS endings,
           (SELECT count(*) FROM audit_entry a WHERE a.entity = 'approval_request' AND a.entity_id = r.id::text
              AND a.action = 'approval.' || r.state) AS matching,
           (SELECT count(DISTINCT a.actor_id) FROM audit_entry a WHERE a.entity = 'approval_request'
              AND a.entity_id = r.id::text AND a.action IN ('approval.approved', 'approval.rejected')) AS deciders
    FROM approval_request r
    WHERE r.created_at >= :since OR r.decided_at >= :since
),
grants AS (
    SELECT d.id, d.status,
           (SELECT count(*) FROM audit_entry a WHERE a.entity = 'decision' AND a.entity_id = d.id::text
              AND a.action = 'decision.create' AND a.after ->> 'status' = 'granted')
           + (SELECT count(*) FROM approval_request r
              JOIN audit_entry a ON a.entity = 'approval_request' AND a.entity_id = r.id::text
              WHERE r.decision_id = d.id AND a.action = 'approval.approved') AS times_granted
    FROM decision d
    WHERE d.created_at >= :since OR d.decided_at >= :since
)
SELECT (SELECT count(*) FROM requests) AS requests,
       (SELECT count(*) FROM requests WHERE endings > 1 OR deciders > 1) AS decided_twice,
       (SELECT count(*) FROM requests
         WHERE (state = 'pending') <> (endings = 0) OR (state <> 'pending' AND matching <> 1)) AS audit_mismatch,
       (SELECT count(*) FROM requests q JOIN decision d ON d.id = q.decision_id
         WHERE (q.state = 'approved' AND NOT (d.status = 'granted' AND d.decided_by = q.decided_by))
            OR (q.state = 'rejected' AND NOT (d.status = 'rejected' AND d.decided_by = q.decided_by))
            OR (q.state IN ('withdrawn', 'expired') AND d.status <> 'withdrawn')
            OR (q.state = 'pending' AND d.status <> 'pending_approval')) AS decision_mismatch,
       (SELECT count(*) FROM requests WHERE decided_by = requested_by) AS own_requests,
       (SELECT count(*) FROM grants) AS decisions,
       (SELECT count(*) FROM grants WHERE times_granted <> CASE WHEN status = 'granted' THEN 1 ELSE 0 END)
           AS granted_not_once
"""

# (d) Every write the agents reported is there, once, with its timeline event; nothing they did not report.
_WRITES = """
SELECT
    (SELECT count(*) FROM interaction WHERE id = ANY(:interactions)) AS interactions_found,
    (SELECT count(*) FROM interaction WHERE occurred_at >= :since AND agent_id = ANY(:staff)
        AND NOT id = ANY(:interactions)) AS interactions_phantom,
    (SELECT count(*) FROM (
        SELECT i.id FROM interaction i
        LEFT JOIN timeline_event t ON t.customer_id = i.customer_id AND t.source_table = 'interaction'
                                  AND t.source_id = i.id
        WHERE i.id = ANY(:interactions) GROUP BY i.id HAVING count(t.id) <> 1) x) AS interactions_without_event,
    (SELECT count(*) FROM after_sales_case WHERE id = ANY(:cases) AND kind = 'goodwill') AS cases_found,
    (SELECT count(*) FROM after_sales_case WHERE opened_at >= :since AND kind = 'goodwill'
        AND opened_by = ANY(:staff) AND NOT id = ANY(:cases)) AS cases_phantom,
    (SELECT count(*) FROM after_sales_case c WHERE c.id = ANY(:cases)
        AND (SELECT count(*) FROM decision d WHERE d.case_id = c.id) <> 1) AS cases_not_one_decision,
    (SELECT count(*) FROM after_sales_case c JOIN decision d ON d.case_id = c.id WHERE c.id = ANY(:cases)
        AND c.state <> CASE d.status WHEN 'granted' THEN 'granted' WHEN 'pending_approval' THEN 'open'
                                     WHEN 'rejected' THEN 'rejected' ELSE 'cancelled' END) AS cases_out_of_step,
    (SELECT count(*) FROM after_sales_case c JOIN decision d ON d.case_id = c.id
        JOIN unnest(CAST(:cases AS integer[]), CAST(:granted AS boolean[])) AS w(case_id, granted) ON w.case_id = c.id
        WHERE w.granted AND (d.status <> 'granted' OR d.decided_by <> d.requested_by)) AS grants_lost,
    (SELECT count(*) FROM approval_request r
        JOIN unnest(CAST(:requests AS integer[]), CAST(:states AS text[]), CAST(:deciders AS integer[]))
             AS w(request_id, state, decided_by) ON w.request_id = r.id
        WHERE r.state <> w.state OR r.decided_by IS DISTINCT FROM w.decided_by) AS decided_other_way,
    (SELECT count(*) FROM approval_request WHERE decided_at >= :since AND decided_by = ANY(:staff)
        AND state IN ('approved', 'rejected') AND NOT id = ANY(:requests)) AS decided_phantom
"""


@dataclass
class Integrity:
    """Violations found afterwards (all should be 0), and how much was checked."""

    daily_checked: int = 0
    daily_over: int = 0
    daily_fullest: float = 0.0  # the fullest day as a share of its limit (1.0: exactly at the limit)
    customer_checked: int = 0
    customer_over: int = 0
    customer_count: int = 0
    approvals: dict[str, int] = field(default_factory=dict)
    writes: dict[str, int] = field(default_factory=dict)
    reported: dict[str, int] = field(default_factory=dict)
    audit_ok: bool = True
    audit_text: str = ""

    @property
    def approval_violations(self) -> int:
        return sum(v for k, v in self.approvals.items() if k not in ("requests", "decisions"))

    @property
    def write_violations(self) -> int:
        w, r = self.writes, self.reported
        return ((r["interactions"] - w["interactions_found"]) + (r["cases"] - w["cases_found"])
                + r["duplicate_decides"] + sum(v for k, v in w.items() if not k.endswith("_found")))  # fmt: skip

    def rows(self, section: str) -> list[Row]:
        a, w, r = self.approvals, self.writes, self.reported
        return [
            Row(section, "integrity (a): agents' days over their limit", value=self.daily_over, unit="",
                target=1, note=f"{self.daily_checked:,} agent-days and kinds checked; the fullest at "
                               f"{self.daily_fullest:.0%} of its limit"),
            Row(section, "integrity (b): customers' 12 months over a cap", value=self.customer_over,
                unit="", target=1,
                note=f"{self.customer_checked:,} grants on {self.customer_count:,} customers, each against the "
                     "cap of who granted it, in the order the grants were serialised"),
            Row(section, "integrity (c): approvals not decided exactly once", value=self.approval_violations,
                unit="", target=1,
                note=f"{a['requests']:,} requests, {a['decisions']:,} decisions: {a['decided_twice']} ended twice "
                     f"or by two people, {a['audit_mismatch']} without one matching audit entry, "
                     f"{a['decision_mismatch']} out of step with their decision, {a['own_requests']} decided by "
                     f"their requester, {a['granted_not_once']} decisions not granted exactly once"),
            Row(section, "integrity (d): lost or phantom writes", value=self.write_violations, unit="", target=1,
                note=f"reported {r['interactions']:,} contacts ({w['interactions_found']:,} found, "
                     f"{w['interactions_phantom']} unreported, {w['interactions_without_event']} without one "
                     f"timeline event); {r['cases']:,} goodwill cases ({w['cases_found']:,} found, "
                     f"{w['cases_phantom']} unreported, {w['cases_not_one_decision']} without one decision, "
                     f"{w['cases_out_of_step']} out of step with it, {w['grants_lost']} grants lost); "
                     f"{r['decides']:,} decided requests ({r['duplicate_decides']} reported twice, "
                     f"{w['decided_other_way']} found otherwise, {w['decided_phantom']} unreported)"),
            Row(section, "audit chain broken after the run", value=0 if self.audit_ok else 1, unit="", target=1,
                note=self.audit_text),
        ]


def check_integrity(db: Database, ledger: Ledger, since: datetime) -> Integrity:
    """What was written since `since`, checked by SQL against the limits, the approvals and what agents reported."""
    found = Integrity()
    requests = [r for r, _, _ in ledger.decided]
    cases = sorted(ledger.goodwill)
    params: dict[str, Any] = {
        "since": since, "staff": sorted(ledger.staff_ids), "interactions": sorted(ledger.interactions),
        "cases": cases, "granted": [ledger.goodwill[c] == DecisionStatus.GRANTED for c in cases],
        "requests": requests, "states": [s.value for _, s, _ in ledger.decided],
        "deciders": [d for _, _, d in ledger.decided],
    }  # fmt: skip
    with db.read() as session:
        daily = session.execute(text(_DAILY), {"since": since}).one()
        found.daily_checked, found.daily_over, found.daily_fullest = daily.checked, daily.violations, \
            float(daily.fullest)  # fmt: skip
        customer = session.execute(text(_CUSTOMER_12M), {"since": since}).one()
        found.customer_checked, found.customer_over, found.customer_count = customer.checked, customer.violations, \
            customer.customers  # fmt: skip
        found.approvals = dict(session.execute(text(_APPROVALS), {"since": since}).one()._mapping)
        found.writes = dict(session.execute(text(_WRITES), params).one()._mapping)
    found.reported = {"interactions": len(set(ledger.interactions)), "cases": len(cases), "decides": len(requests),
                      "duplicate_decides": len(requests) - len(set(requests))}  # fmt: skip
    verdict = verify_audit_chain(db)
    found.audit_ok = verdict.ok
    found.audit_text = str(verdict) if not verdict.ok else f"{verdict.entries:,} entries verified"
    return found
