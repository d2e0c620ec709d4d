"""Interactions: logging a contact with a customer on any channel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import audit, timeline
from desk.actors import Actor
from desk.db import Database
from desk.enums import Channel, Direction, EventKind
from desk.errors import InvalidInput, NotFound
from desk.messages import Said, say
from desk.models import Customer, Interaction, utcnow
from desk.text import clean_text

MAX_SUMMARY = 4000
# A contact logged "now" may carry a workstation clock a little ahead; more than this is a typing error.
CLOCK_SKEW = timedelta(minutes=5)


@dataclass(frozen=True)
class ContactForm:
    """What the agent typed in "log a contact"."""

    channel: Channel | str
    reason: str
    summary: str
    outcome: str
    direction: Direction | str = Direction.INBOUND
    occurred_at: datetime | None = None
    case_id: int | None = None
    external_ref: str | None = None


@dataclass(frozen=True)
class ValidContact:
    channel: Channel
    direction: Direction
    reason: str
    summary: str
    outcome: str
    occurred_at: datetime


def validate(form: ContactForm, now: datetime | None = None) -> ValidContact:
    """Check the form without touching the database; every problem has a message an agent can act on."""
    try:
        channel = Channel(form.channel)
    except ValueError:
        raise InvalidInput(say("'{channel}' is not a channel.", channel=str(form.channel)[:30])) from None
    try:
        direction = Direction(form.direction)
    except ValueError:
        raise InvalidInput(say("'{direction}' is not a direction (inbound or outbound).",
                               direction=str(form.direction)[:30])) from None
    now = now or utcnow()
    occurred_at = form.occurred_at or now
    if occurred_at.tzinfo is None:
        raise InvalidInput(say("The contact time has no time zone."))
    if occurred_at > now + CLOCK_SKEW:
        raise InvalidInput(say("The contact time is in the future."))
    return ValidContact(
        channel=channel,
        direction=direction,
        reason=clean_text(form.reason, say("Reason"), max_length=120),
        summary=clean_text(form.summary, say("Summary"), max_length=MAX_SUMMARY),
        outcome=clean_text(form.outcome, say("Outcome"), max_length=120),
        occurred_at=occurred_at,
    )


def add_interaction(
    session: Session, actor: Actor, customer_id: int, contact: ValidContact, *,
    case_id: int | None = None, external_ref: str | None = None,
) -> Interaction:  # fmt: skip
    """Add a validated interaction, its timeline event and its audit entry to the caller's transaction."""
    interaction = Interaction(
        customer_id=customer_id,
        channel=contact.channel,
        direction=contact.direction,
        reason=contact.reason,
        summary=contact.summary,
        outcome=contact.outcome,
        agent_id=actor.user_id,
        store_id=actor.store_id,
        case_id=case_id,
        occurred_at=contact.occurred_at,
        external_ref=external_ref,
    )
    session.add(interaction)
    session.flush()
    timeline.record_event(
        session,
        customer_id=customer_id,
        kind=EventKind.INTERACTION,
        channel=contact.channel,
        occurred_at=contact.occurred_at,
        title=_title(contact),
        detail=say("{summary}\n\nOutcome: {outcome}", summary=contact.summary, outcome=contact.outcome),
        source_table="interaction",
        source_id=interaction.id,
        store_id=actor.store_id,
        actor_id=actor.user_id,
    )
    audit.record(
        session, actor, "interaction.create", "interaction", interaction.id,
        after={"customer_id": customer_id, "channel": contact.channel.value, "reason": contact.reason},
    )  # fmt: skip
    return interaction


# A contact's timeline title: one whole sentence per channel and direction, so each language words it whole.
_IN, _OUT = Direction.INBOUND, Direction.OUTBOUND
_TITLES: dict[tuple[Channel, Direction], Callable[[str], Said]] = {
    (Channel.STORE, _IN): lambda reason: say("Customer visit: {reason}", reason=reason),
    (Channel.STORE, _OUT): lambda reason: say("In store, to the customer: {reason}", reason=reason),
    (Channel.PHONE, _IN): lambda reason: say("Phone from customer: {reason}", reason=reason),
    (Channel.PHONE, _OUT): lambda reason: say("Phone to customer: {reason}", reason=reason),
    (Channel.EMAIL, _IN): lambda reason: say("Email from customer: {reason}", reason=reason),
    (Channel.EMAIL, _OUT): lambda reason: say("Email to customer: {reason}", reason=reason),
    (Channel.CHAT, _IN): lambda reason: say("Chat from customer: {reason}", reason=reason),
    (Channel.CHAT, _OUT): lambda reason: say("Chat to customer: {reason}", reason=reason),
    (Channel.WEB, _IN): lambda reason: say("Web from customer: {reason}", reason=reason),
    (Channel.WEB, _OUT): lambda reason: say("Web to customer: {reason}", reason=reason),
    (Channel.SOCIAL, _IN): lambda reason: say("Social media from customer: {reason}", reason=reason),
    (Channel.SOCIAL, _OUT): lambda reason: say("Social media to customer: {reason}", reason=reason),
}


def _title(contact: ValidContact) -> Said:
    return _TITLES[(contact.channel, contact.direction)](contact.reason)


def log_contact(db: Database, actor: Actor, customer_id: int, form: ContactForm) -> int:
    """The "log a contact" service: validates, writes interaction + timeline event + audit, one transaction."""
    contact = validate(form)
    with db.write() as session:
        if session.scalar(select(Customer.id).where(Customer.id == customer_id)) is None:
            raise NotFound(say("This customer no longer exists."))
        return add_interaction(
            session, actor, customer_id, contact, case_id=form.case_id, external_ref=form.external_ref
        ).id
