"""The audit's hash chain: each entry's hash covers its content and the hash of the entry before it, so a changed,
removed or inserted entry breaks every link after it.

PostgreSQL computes the chain itself (a trigger, migration 0005), whatever the client sends; on SQLite the desk
does it right after each insert, with the same text (`canonical`). `verify` walks the chain on either database
and reports the first broken link. The hashes are over the JSON text as stored, so both sides read the same bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Connection, Text, cast, event, select, update
from sqlalchemy.orm import Session

from desk.db import Database
from desk.messages import Said, say
from desk.models import AuditEntry

GENESIS = "0" * 64
SEPARATOR = "\x1f"
_COLUMNS = (AuditEntry.id, AuditEntry.chain_seq, AuditEntry.occurred_at, AuditEntry.actor_id, AuditEntry.actor_name,
            AuditEntry.workstation, AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id,
            cast(AuditEntry.before, Text), cast(AuditEntry.after, Text), AuditEntry.prev_hash,
            AuditEntry.entry_hash)  # fmt: skip


def canonical(seq: int, occurred_at: datetime, actor_id: int | None, actor_name: str, workstation: str, action: str,
              entity: str, entity_id: str, before: str | None, after: str | None, prev_hash: str) -> str:  # fmt: skip
    """The text an entry's hash covers (the same as desk_audit_text in the database)."""
    when = occurred_at.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
    return SEPARATOR.join((str(seq), when, "" if actor_id is None else str(actor_id), actor_name, workstation, action,
                           entity, entity_id, before or "", after or "", prev_hash))  # fmt: skip


def entry_hash(text_: str) -> str:
    return hashlib.sha256(text_.encode("utf-8")).hexdigest()


PENDING = "desk_audit_unchained"


def mark_unchained(session: Session) -> None:
    """An entry was added: on SQLite it joins the chain when the transaction commits (see below)."""
    if session.get_bind().dialect.name == "sqlite":
        session.info[PENDING] = True


@event.listens_for(Session, "before_commit")
def _chain_before_commit(session: Session) -> None:
    """SQLite: the entries this transaction added take their places in the chain just before it commits (the
    writer holds the database's one write lock, so nobody joins the chain in between)."""
    if session.info.pop(PENDING, False):
        session.flush()
        _seal(session.connection())


def seal_unchained(connection: Connection) -> None:
    """Entries without a place in the chain (written before it existed) join it in id order."""
    _seal(connection)


def _seal(connection: Connection) -> None:
    last = connection.execute(
        select(AuditEntry.chain_seq, AuditEntry.entry_hash).where(AuditEntry.chain_seq.is_not(None))
        .order_by(AuditEntry.chain_seq.desc()).limit(1)
    ).first()  # fmt: skip
    seq, prev = (last[0], last[1]) if last else (0, GENESIS)
    rows = connection.execute(select(*_COLUMNS).where(AuditEntry.chain_seq.is_(None)).order_by(AuditEntry.id)).all()
    for row in rows:
        seq += 1
        digest = entry_hash(canonical(seq, _utc(row[2]), *row[3:11], prev))
        connection.execute(update(AuditEntry).where(AuditEntry.id == row[0])
                           .values(chain_seq=seq, prev_hash=prev, entry_hash=digest))  # fmt: skip
        prev = digest


@dataclass(frozen=True)
class Verdict:
    entries: int
    head: str  # the last entry's hash: note it somewhere else to notice the newest entries being cut off
    broken_at: int | None = None  # chain position of the first entry that does not verify
    entry_id: int | None = None
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_at is None

    def __str__(self) -> Said:
        if self.ok:
            return say("Audit chain intact: {entries} entries; the last one's hash is {head}.", entries=self.entries,
                       head=self.head)  # fmt: skip
        return say("Audit chain BROKEN at position {position} (audit entry id {entry}): {problem}. "
                   "Every entry from there on is unverified; {entries} entries were checked before it.",
                   position=self.broken_at, entry=self.entry_id, problem=self.problem,
                   entries=self.entries)  # fmt: skip


def verify(db: Database, batch: int = 5000) -> Verdict:
    """Walk the whole chain in order; stop at the first entry whose content, link or position does not hold."""
    with db.read() as session:
        unchained = session.scalar(select(AuditEntry.id).where(AuditEntry.chain_seq.is_(None)).limit(1))
        rows = session.execute(select(*_COLUMNS).order_by(AuditEntry.chain_seq).execution_options(yield_per=batch))
        verdict = _walk(row for row in rows if row[1] is not None)
        if verdict.ok and unchained is not None:
            return Verdict(verdict.entries, verdict.head, verdict.entries + 1, unchained,
                           say("this entry has no place in the chain (it was added with the chain switched off)"))
        return verdict


def _walk(rows: Iterable) -> Verdict:  # type: ignore[type-arg]
    prev, count = GENESIS, 0
    for row in rows:
        entry_id, seq, stored_prev, stored_hash = row[0], row[1], row[11], row[12]
        if seq != count + 1:
            return Verdict(count, prev, count + 1, entry_id,
                           say("position {position} is missing (the next entry found is at {found}): an entry was "
                               "removed", position=count + 1, found=seq))  # fmt: skip
        if stored_prev != prev:
            return Verdict(count, prev, seq, entry_id, say("it does not link to the entry before it"))
        if entry_hash(canonical(seq, _utc(row[2]), *row[3:11], prev)) != stored_hash:
            return Verdict(count, prev, seq, entry_id, say("its content was changed after it was written"))
        prev, count = stored_hash, count + 1
    return Verdict(count, prev)


def _utc(value: datetime | str) -> datetime:
    if isinstance(value, str):  # a raw SQLite text, when read without the model's type
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value


