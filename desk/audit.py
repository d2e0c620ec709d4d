"""Audit entries: who did what, when, from which workstation, to which record, before and after."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desk.actors import Actor
from desk.audit_chain import mark_unchained
from desk.models import AuditEntry, utcnow


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add an audit entry to the caller's transaction (it commits or rolls back with the change)."""
    entry = AuditEntry(
        occurred_at=utcnow(),
        actor_id=actor.user_id,
        actor_name=actor.username,
        workstation=actor.workstation,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        before=before,
        after=after,
    )
    session.add(entry)
    mark_unchained(session)
    return entry
