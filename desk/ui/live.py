"""Live updates for one signed-in desk: other desks' approval changes arrive here and are announced on the
`changes()` hub as {"approvals": {...}}, so every view refreshes itself as if the change were made here.

- PostgreSQL: a listener thread on its own psycopg connection (never the SQLAlchemy pool: a LISTEN needs one
  connection held for the whole day) runs `LISTEN desk_approvals` and waits with `conn.notifies(timeout=...)`,
  so it notices a stop request within a fraction of a second. Each NOTIFY reaches the GUI thread only through a
  queued signal; the thread never touches a widget. A dropped connection is retried with a growing pause, the
  desk polls meanwhile, and a reconnection announces once (what happened while it was away is not replayed).
- SQLite (and PostgreSQL while the listener is down): `approvals.signature` is polled through an Op every few
  seconds; a different answer is announced.
- Every minute `approvals.escalate_due` runs through an Op (safe from every desk at once: conditional updates).
- The requester's answers: on each approvals announcement, the desk asks `approvals.requests_of` for what was
  decided since it last looked and emits `answered(message, case_id)` for each new answer, announcing
  {"case", "customer"} so open case windows and the customer view reload.
Background failures (the database out of reach for a moment) are logged, never shown in a box every 5 seconds.
"""

from __future__ import annotations

import json
import logging
import threading
from datetime import datetime, timedelta, timezone
from typing import Any

import psycopg
from psycopg import sql
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from desk import approvals
from desk.approvals import ApprovalRow
from desk.enums import ApprovalState
from desk.ui.approvals.texts import answer_message
from desk.ui.context import DeskContext
from desk.ui.ops import Op, changes

log = logging.getLogger(__name__)
WAKE_S = 0.1  # how often the listener looks up from waiting, to notice a stop request
CONNECT_TIMEOUT_S = 3
MAX_BACKOFF_S = 30.0
CLOCK_SKEW = timedelta(minutes=10)  # desks' clocks differ: ask again for answers a little before the last one seen


def listener_kwargs(url: Any) -> dict[str, Any]:
    """psycopg connection arguments from the engine's URL (a SQLAlchemy URL: its driver name is not libpq's)."""
    kwargs: dict[str, Any] = {"host": url.host, "port": url.port, "dbname": url.database, "user": url.username,
                              "password": url.password}  # fmt: skip
    kwargs.update({k: v for k, v in dict(url.query).items() if isinstance(v, str)})  # sslmode and the like
    kwargs.update(application_name="posventa-desk live", keepalives=1, keepalives_idle=30, keepalives_interval=10,
                  keepalives_count=3, connect_timeout=CONNECT_TIMEOUT_S)  # fmt: skip
    return {k: v for k, v in kwargs.items() if v is not None}


class _Bridge(QObject):
    """Lives on the GUI thread; the listener thread emits, Qt queues, LiveUpdates receives on the GUI thread."""

    notified = Signal(object)  # the NOTIFY payload, parsed
    connected = Signal(bool)


class _Listener:
    """The thread that holds the LISTEN connection. Plain Python: it may outlive nothing and touches no widget."""

    def __init__(self, kwargs: dict[str, Any], channel: str, bridge: _Bridge, backoff_s: float) -> None:
        self._kwargs, self._channel, self._bridge, self._backoff = kwargs, channel, bridge, backoff_s
        self._stop = threading.Event()
        self._state: bool | None = None
        self._thread = threading.Thread(target=self._run, name="desk-live-listener", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Ask the thread to end and wait for it (it looks up every WAKE_S; a connection attempt takes longer)."""
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(CONNECT_TIMEOUT_S + 1)

    def _run(self) -> None:
        delay = self._backoff
        while not self._stop.is_set():
            try:
                with psycopg.connect(autocommit=True, **self._kwargs) as conn:
                    conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(self._channel)))
                    self._say_state(True)
                    delay = self._backoff
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=WAKE_S):
                            self._say(self._bridge.notified, _payload(note.payload))
            except psycopg.Error as exc:
                if self._state is not False:  # once per outage: a server away for an hour is not 120 log lines
                    log.info("Live updates: the listener lost or could not open its connection (%s)", exc)
            self._say_state(False)
            if self._stop.wait(delay):
                break
            delay = min(delay * 2, MAX_BACKOFF_S)

    def _say_state(self, connected: bool) -> None:
        if self._state != connected:
            self._state = connected
            self._say(self._bridge.connected, connected)

    def _say(self, signal: Any, value: object) -> None:
        if self._stop.is_set():
            return  # the desk is closing: nobody is listening any more
        try:
            signal.emit(value)
        except RuntimeError:  # the bridge is gone (its desk was destroyed without stop()): end quietly
            self._stop.set()


def _payload(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {"what": "changed", "raw": text[:200]}
    return value if isinstance(value, dict) else {"what": "changed", "raw": value}


class LiveUpdates(QObject):
    answered = Signal(str, int)  # a request of the signed-in person was answered: message, case id (0: none)
    listening = Signal(bool)  # PostgreSQL: the listener connected (True) or lost its connection (False)

    def __init__(self, ctx: DeskContext, parent: QObject | None = None, *, poll_ms: int = 5000,
                 escalate_ms: int = 60_000, backoff_s: float = 1.0, notify: bool | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._ctx = ctx
        self._notify = ctx.db.dialect == "postgresql" if notify is None else notify
        self._backoff = backoff_s
        self._running = False
        self.connected = False
        self._was_connected = False
        self._listener: _Listener | None = None
        self._bridge = _Bridge(self)
        self._bridge.notified.connect(self._notified, Qt.ConnectionType.QueuedConnection)
        self._bridge.connected.connect(self._connection, Qt.ConnectionType.QueuedConnection)
        self._poll = self._timer(poll_ms, self.poll)
        self._escalate = self._timer(escalate_ms, self.escalate)
        self._busy: set[str] = set()  # ops under way, one of each kind at a time
        self._signature: tuple[object, ...] | None = None
        self._known: set[int] | None = None  # answered requests already seen (None: not looked yet)
        self._since: datetime | None = None
        self._look_again = False
        self._warned: set[str] = set()
        changes().changed.connect(self._changed)

    def _timer(self, interval: int, slot: Any) -> QTimer:
        timer = QTimer(self)  # setters, not keywords: PySide6 6.12 crashes on QTimer(parent, interval=...)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        self._look_for_answers()  # first look: remembers what is already answered, tells nothing
        self._escalate.start()
        if self._notify:
            self._listener = _Listener(listener_kwargs(self._ctx.db.engine.url), approvals.CHANNEL, self._bridge,
                                       self._backoff)  # fmt: skip
            self.destroyed.connect(self._listener.stop)  # a desk destroyed without stop() still ends its thread
            self._listener.start()
        else:
            self._poll.start()
            self.poll()

    def stop(self) -> None:
        """Stop timers and the listener; the thread is joined and its connection closed before this returns."""
        self._running = False
        self._poll.stop()
        self._escalate.stop()
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        self.connected = False

    # --- what changed elsewhere ----------------------------------------------------------------------------

    def _notified(self, payload: dict[str, Any]) -> None:
        if self._running:
            changes().changed.emit({"approvals": payload})

    def _connection(self, connected: bool) -> None:
        if not self._running:
            return
        self.connected = connected
        if connected:
            self._poll.stop()
            if self._was_connected or self._signature is not None:  # back after a gap: look at everything once
                changes().changed.emit({"approvals": {"what": "reconnected"}})
            self._was_connected = True
        else:
            self._poll.start()  # meanwhile, poll like an embedded desk
        self.listening.emit(connected)

    def poll(self) -> None:
        db = self._ctx.db
        self._run_once("poll", lambda: approvals.signature(db), self._signed)

    def _signed(self, signature: tuple[object, ...]) -> None:
        changed = self._signature is not None and signature != self._signature
        self._signature = signature
        if changed and self._running:
            changes().changed.emit({"approvals": {"what": "changed"}})

    def escalate(self) -> None:
        db = self._ctx.db
        self._run_once("escalate", lambda: approvals.escalate_due(db), self._escalated)

    def _escalated(self, count: int) -> None:
        if count and self._running:
            changes().changed.emit({"approvals": {"what": "escalated", "count": count}})

    def _run_once(self, kind: str, fn: Any, then: Any) -> None:
        """One op of each kind at a time: a slow database does not pile up polls behind it."""
        if kind in self._busy:
            return
        self._busy.add(kind)

        def arrived(result: Any) -> None:
            self._busy.discard(kind)
            self._warned.discard(kind)
            then(result)

        Op(self, fn).success(arrived).failure(lambda exc: self._failed(kind, exc)).run()

    def _failed(self, kind: str, exc: BaseException) -> None:
        self._busy.discard(kind)
        if kind not in self._warned:  # once per outage, not every 5 seconds
            self._warned.add(kind)
            log.warning("Live updates: %s failed (%s); trying again later", kind, exc)
        if kind == "answers":
            self._look_again = False

    # --- the requester's answers ---------------------------------------------------------------------------

    def _changed(self, what: dict[str, Any]) -> None:
        if not self._running or "approvals" not in what:
            return
        payload = what["approvals"]
        mine = self._ctx.actor.user_id
        if isinstance(payload, dict) and payload.get("requested_by") not in (None, mine):
            return  # someone else's request: nothing to tell this person
        self._look_for_answers()

    def _look_for_answers(self) -> None:
        if "answers" in self._busy:
            self._look_again = True  # an answer may have landed after that look began
            return
        db, user_id, since = self._ctx.db, self._ctx.actor.user_id, self._since
        if user_id is None:
            return
        self._run_once("answers", lambda: approvals.requests_of(db, user_id, since=since), self._answers)

    def _answers(self, rows: list[ApprovalRow]) -> None:
        first = self._known is None
        known = self._known if self._known is not None else set()
        answered = sorted((r for r in rows if r.state != ApprovalState.PENDING and r.decided_at is not None),
                          key=lambda r: r.decided_at)  # type: ignore[arg-type, return-value]  # fmt: skip
        for row in answered:
            if row.id in known:
                continue
            known.add(row.id)
            if first or row.state == ApprovalState.WITHDRAWN or not self._running:
                continue  # already answered before this desk started, or withdrawn by this very person
            self.answered.emit(answer_message(row), row.case_id or 0)
            if row.case_id is not None:
                changes().changed.emit({"case": row.case_id, "customer": row.customer_id})
        self._known = known
        latest = max((r.decided_at for r in answered), default=None)  # type: ignore[type-var]
        if latest is not None and (self._since is None or latest - CLOCK_SKEW > self._since):
            self._since = latest - CLOCK_SKEW
        elif self._since is None:
            self._since = datetime.now(timezone.utc) - CLOCK_SKEW
        if self._look_again:
            self._look_again = False
            self._look_for_answers()
