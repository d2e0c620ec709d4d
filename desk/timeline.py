"""The customer timeline: every writer records an event here; the 360 screen reads it newest first.

Paging is keyset on (occurred_at, id) descending: a page never repeats or skips an event, even while
new events arrive above it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, bindparam, select, tuple_
from sqlalchemy.orm import Session

from desk.db import Database
from desk.enums import Channel, EventKind
from desk.errors import InvalidInput
from desk.messages import say, stored
from desk.models import StaffUser, TimelineEvent, utcnow

PAGE_SIZE = 50


@dataclass(frozen=True)
class TimelineCursor:
    """Where the next page starts: strictly older than this event."""

    occurred_at: datetime
    event_id: int


@dataclass(frozen=True)
class TimelineRow:
    id: int
    occurred_at: datetime
    kind: EventKind
    channel: Channel | None
    title: str
    detail: str
    source_table: str
    source_id: int
    store_id: int | None
    actor_id: int | None
    case_id: int | None = None
    actor_name: str | None = None  # the staff member who did it

    @property
    def cursor(self) -> TimelineCursor:
        return TimelineCursor(self.occurred_at, self.id)


@dataclass(frozen=True)
class TimelinePage:
    rows: list[TimelineRow]
    next_cursor: TimelineCursor | None  # None: this was the last page


def record_event(
    session: Session,
    *,
    customer_id: int,
    kind: EventKind,
    title: str,
    source_table: str,
    source_id: int,
    occurred_at: datetime | None = None,
    channel: Channel | None = None,
    detail: str = "",
    case_id: int | None = None,
    store_id: int | None = None,
    actor_id: int | None = None,
) -> TimelineEvent:
    """Add a timeline event to the caller's transaction."""
    event = TimelineEvent(
        customer_id=customer_id,
        occurred_at=occurred_at or utcnow(),
        kind=kind,
        channel=channel,
        title=title,  # a Said keeps its wording (desk.models.wording caps the English to the column)
        detail=detail,
        source_table=source_table,
        source_id=source_id,
        case_id=case_id,
        store_id=store_id,
        actor_id=actor_id,
    )
    session.add(event)
    return event


def timeline_page(
    db: Database,
    customer_id: int,
    *,
    kinds: frozenset[EventKind] | None = None,
    channels: frozenset[Channel] | None = None,
    after: TimelineCursor | None = None,
    limit: int = PAGE_SIZE,
) -> TimelinePage:
    """One page of a customer's history, newest first, optionally filtered by kind and channel."""
    if not 1 <= limit <= 500:
        raise InvalidInput(say("A timeline page holds between 1 and 500 events."))
    query = _page_statement(bool(kinds), bool(channels), after is not None)
    params: dict[str, object] = {"customer_id": customer_id, "limit": limit + 1}
    if kinds:
        params["kinds"] = sorted(kinds)
    if channels:
        params["channels"] = sorted(channels)
    if after is not None:
        params["after_at"], params["after_id"] = after.occurred_at, after.event_id
    with db.read() as session:
        events = session.execute(query, params).all()
        rows = [_row(e, e.full_name) for e in events[:limit]]
    next_cursor = rows[-1].cursor if len(events) > limit else None
    return TimelinePage(rows, next_cursor)


_PAGES: dict[tuple[bool, bool, bool], Select] = {}
_ROW_COLUMNS = (TimelineEvent.id, TimelineEvent.occurred_at, TimelineEvent.kind, TimelineEvent.channel,
                TimelineEvent.title, TimelineEvent.title_wording, TimelineEvent.detail, TimelineEvent.detail_wording, TimelineEvent.source_table, TimelineEvent.source_id,
                TimelineEvent.store_id, TimelineEvent.actor_id, TimelineEvent.case_id)  # what _row reads


def _page_statement(kinds: bool, channels: bool, after: bool) -> Select:
    """One statement per shape of page, built once (every scroll and every customer opened reads one)."""
    key = (kinds, channels, after)
    if key not in _PAGES:
        t = TimelineEvent
        # Plain columns, not ORM objects: a page is read-only, and building 51 objects costs more than the query.
        query = select(*_ROW_COLUMNS, StaffUser.full_name).outerjoin(StaffUser, StaffUser.id == t.actor_id).where(
            t.customer_id == bindparam("customer_id"))  # fmt: skip
        if kinds:
            query = query.where(t.kind.in_(bindparam("kinds", expanding=True)))
        if channels:
            query = query.where(t.channel.in_(bindparam("channels", expanding=True)))
        if after:
            # A row-value comparison: the index (customer_id, occurred_at, id) is read from the cursor on.
            query = query.where(tuple_(t.occurred_at, t.id) < tuple_(bindparam("after_at", type_=t.occurred_at.type),
                                                                    bindparam("after_id")))  # fmt: skip
        _PAGES[key] = query.order_by(t.occurred_at.desc(), t.id.desc()).limit(bindparam("limit"))
    return _PAGES[key]


def case_events(session: Session, case_id: int, limit: int = 500) -> list[TimelineRow]:
    """A case's own history (every event recorded on it), newest first, read in the caller's transaction."""
    t = TimelineEvent
    query = (
        select(t, StaffUser.full_name).outerjoin(StaffUser, StaffUser.id == t.actor_id).where(t.case_id == case_id)
        .order_by(t.occurred_at.desc(), t.id.desc()).limit(limit)
    )  # fmt: skip
    return [_row(e, name) for e, name in session.execute(query)]


def _row(e: Any, actor_name: str | None = None) -> TimelineRow:
    """From an event, or a row of _ROW_COLUMNS (the same names)."""
    return TimelineRow(
        id=e.id,
        occurred_at=e.occurred_at,
        kind=EventKind(e.kind),
        channel=Channel(e.channel) if e.channel else None,
        title=stored(e.title, e.title_wording),
        detail=stored(e.detail, e.detail_wording),
        source_table=e.source_table,
        source_id=e.source_id,
        store_id=e.store_id,
        actor_id=e.actor_id,
        case_id=e.case_id,
        actor_name=actor_name,
    )
