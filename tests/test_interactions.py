"""Logging a contact: one transaction writing the interaction, its timeline event and its audit entry."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desk.db import Database
from desk.enums import Channel, Direction, EventKind
from desk.errors import InvalidInput, NotFound
from desk.interactions import ContactForm, log_contact
from desk.models import AuditEntry, Interaction, TimelineEvent, utcnow
from desk.timeline import timeline_page
from tests.factories import Staff, make_customer


def counts(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        return tuple(  # type: ignore[return-value]
            s.scalar(select(func.count()).select_from(m)) for m in (Interaction, TimelineEvent, AuditEntry)
        )


def test_logged_contact_is_on_top_of_the_timeline_with_audit(db: Database, staff: Staff) -> None:
    customer = make_customer(db, staff.admin, "Begoña García")
    summary = "Llama por el pedido 🙂 — 'quote' \"double\"; DROP TABLE customer; --"
    interaction_id = log_contact(
        db, staff.agent, customer,
        ContactForm(Channel.PHONE, "Delivery problem", summary, "Call back", Direction.INBOUND),
    )  # fmt: skip
    top = timeline_page(db, customer, limit=1).rows[0]
    assert (top.kind, top.channel, top.source_id) == (EventKind.INTERACTION, Channel.PHONE, interaction_id)
    assert summary in top.detail and top.actor_id == staff.agent.user_id
    with db.read() as s:
        stored = s.get(Interaction, interaction_id)
        assert stored is not None and stored.summary == summary and stored.agent_id == staff.agent.user_id
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "interaction.create")).one()
        assert audit.entity_id == str(interaction_id) and audit.actor_name == "ana"


@pytest.mark.parametrize(
    ("form", "message"),
    [
        (ContactForm("phone", "Call", "", "Resolved"), "Summary is empty"),
        (ContactForm("phone", "", "text", "Resolved"), "Reason is empty"),
        (ContactForm("pigeon", "Call", "text", "Resolved"), "not a channel"),
        (ContactForm("phone", "Call", "text", "Resolved", direction="sideways"), "not a direction"),
        (ContactForm("phone", "Call", "x" * 10_000, "Resolved"), "too long"),
        (ContactForm("phone", "Call", "nul\x00byte", "Resolved"), "control characters"),
        (ContactForm("phone", "Call", "text", "Resolved", occurred_at=utcnow() + timedelta(days=1)), "future"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_changes_nothing(
    db: Database, staff: Staff, form: ContactForm, message: str
) -> None:
    customer = make_customer(db, staff.admin, "Jordi Puig")
    before = counts(db)
    with pytest.raises(InvalidInput, match=message):
        log_contact(db, staff.agent, customer, form)
    assert counts(db) == before


def test_unknown_customer_is_refused(db: Database, staff: Staff) -> None:
    before = counts(db)
    with pytest.raises(NotFound):
        log_contact(db, staff.agent, 424242, ContactForm("email", "Question", "text", "Information given"))
    assert counts(db) == before


def test_a_failure_after_the_first_write_leaves_nothing_behind(
    db: Database, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    customer = make_customer(db, staff.admin, "Núria Martí")
    before = counts(db)

    def broken_audit(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("audit store failed")

    monkeypatch.setattr("desk.interactions.audit.record", broken_audit)
    with pytest.raises(RuntimeError):
        log_contact(db, staff.agent, customer, ContactForm("chat", "Question", "text", "Resolved"))
    assert counts(db) == before
