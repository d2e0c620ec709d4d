"""Satisfaction after a case: the customer's answers (CSAT 1-5, Customer Effort Score 1-7, NPS 0-10, a comment),
recorded by the agent, or the note that a survey was sent.

- Only a settled case takes a survey: one with a closing time that was not cancelled (a cancelled case was
  withdrawn, there is nothing to rate). The case must be the customer's.
- **One survey per case**: a second answer for the same case is refused (the first one stays, with when it was
  given). Sending a survey again after it was sent, or after it was answered, is refused too.
- "Survey sent" needs no schema of its own: it is what happened, an outbound contact with the customer, recorded
  as an interaction on the case with the reason `SURVEY_SENT_REASON` (so it joins the timeline like any contact).
  Outbound contacts never count as the customer contacting us in the figures (desk.kpis).
- Each call is one transaction: the survey (or the contact), its timeline event and an audit entry naming the agent
  who typed it. The case row is locked first (PostgreSQL; SQLite's writer holds the write lock), so two desks
  recording the same case's answers at once cannot both succeed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import audit
from desk.actors import Actor
from desk.cases import add_survey
from desk.db import Database
from desk.enums import CaseState, Channel, Direction
from desk.errors import InvalidInput, NotFound
from desk.interactions import ContactForm, add_interaction, validate
from desk.messages import say
from desk.models import Case, Interaction, Survey, utcnow

SURVEY_SENT_REASON = "Satisfaction survey"
SURVEY_SENT_OUTCOME = "Survey sent"


@dataclass(frozen=True)
class SurveyAnswers:
    """What the customer answered; a score left out is None. At least one score is needed."""

    csat: int | None = None
    ces: int | None = None
    nps: int | None = None
    comment: str = ""
    channel: Channel | str = Channel.PHONE  # how the answers reached us


@dataclass(frozen=True)
class SurveyStatus:
    """A case's survey as the case screen shows it."""

    answered_at: datetime | None
    sent_at: datetime | None
    csat: int | None = None
    ces: int | None = None
    nps: int | None = None


RANGES = (
    ("csat", 1, 5, say("Satisfaction (CSAT)")),
    ("ces", 1, 7, say("Effort score (CES)")),
    ("nps", 0, 10, say("Recommendation (NPS)")),
)


def check_answers(answers: SurveyAnswers) -> None:
    """Every problem with the scores, in words an agent can act on (no database needed)."""
    for field, low, high, label in RANGES:
        value = getattr(answers, field)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput(say("{label} must be a whole number from {low} to {high}.", label=label, low=low,
                                   high=high))
        if not low <= value <= high:
            raise InvalidInput(say("{label} must be from {low} to {high}; {value} was given.", label=label, low=low,
                                   high=high, value=value))
    if answers.csat is None and answers.ces is None and answers.nps is None:
        raise InvalidInput(say("Give at least one of the customer's scores (satisfaction, effort or recommendation)."))
    try:
        Channel(answers.channel)
    except ValueError:
        raise InvalidInput(say("'{channel}' is not a channel.", channel=str(answers.channel)[:30])) from None


def record_answers(db: Database, actor: Actor, customer_id: int, case_id: int, answers: SurveyAnswers,
                   now: datetime | None = None) -> int:  # fmt: skip
    """Record the customer's answers for a settled case; returns the survey's id."""
    check_answers(answers)
    now = now or utcnow()
    with db.write() as session:
        case = _settled_case(session, customer_id, case_id)
        _refuse_if_answered(session, case)
        survey = add_survey(
            session, customer_id=customer_id, case_id=case.id, channel=Channel(answers.channel), csat=answers.csat,
            ces=answers.ces, nps=answers.nps, comment=answers.comment, answered_at=now,
        )  # fmt: skip
        audit.record(
            session, actor, "survey.record", "survey", survey.id,
            after={"case": case.case_number, "csat": answers.csat, "ces": answers.ces, "nps": answers.nps,
                   "channel": Channel(answers.channel).value},
        )  # fmt: skip
        return survey.id


def mark_sent(db: Database, actor: Actor, customer_id: int, case_id: int, channel: Channel | str = Channel.EMAIL,
              now: datetime | None = None) -> int:  # fmt: skip
    """Note that a survey was sent for a settled case (an outbound contact on the case); returns its id."""
    contact = validate(ContactForm(channel, SURVEY_SENT_REASON, say("Satisfaction survey sent to the customer."),
                                   SURVEY_SENT_OUTCOME, Direction.OUTBOUND, now))  # fmt: skip
    with db.write() as session:
        case = _settled_case(session, customer_id, case_id)
        _refuse_if_answered(session, case)
        sent = _sent_at(session, case.id)
        if sent is not None:
            raise InvalidInput(say("A survey for {case} was already sent on {sent:%Y-%m-%d %H:%M} UTC.",
                                   case=case.case_number, sent=sent))
        contact = replace(contact, summary=say("Satisfaction survey about {case} sent to the customer.",
                                               case=case.case_number))
        return add_interaction(session, actor, customer_id, contact, case_id=case.id).id


def survey_status(db: Database, case_id: int) -> SurveyStatus:
    """Whether this case's survey was sent and answered (and the scores)."""
    with db.read() as session:
        row = session.execute(
            select(Survey.answered_at, Survey.csat, Survey.ces, Survey.nps).where(Survey.case_id == case_id)
            .order_by(Survey.id).limit(1)
        ).first()  # fmt: skip
        sent = _sent_at(session, case_id)
    if row is None:
        return SurveyStatus(None, sent)
    return SurveyStatus(row.answered_at, sent, row.csat, row.ces, row.nps)


# --- inside the transaction ---------------------------------------------------------------------------


def _settled_case(session: Session, customer_id: int, case_id: int) -> Case:
    case = session.scalar(select(Case).where(Case.id == case_id).with_for_update())
    if case is None:
        raise NotFound(say("This case does not exist (any more)."))
    if case.customer_id != customer_id:
        raise InvalidInput(say("Case {case} is not this customer's: a survey belongs to their own case.",
                               case=case.case_number))
    if case.closed_at is None:
        raise InvalidInput(say("Case {case} is still open: ask for the survey once it is settled.",
                               case=case.case_number))
    if CaseState(case.state) == CaseState.CANCELLED:
        raise InvalidInput(say("Case {case} was cancelled: there is nothing for the customer to rate.",
                               case=case.case_number))
    return case


def _refuse_if_answered(session: Session, case: Case) -> None:
    answered = session.scalar(select(Survey.answered_at).where(Survey.case_id == case.id).limit(1))
    if answered is not None:
        raise InvalidInput(say("The customer's answers for {case} were already recorded on {answered:%Y-%m-%d %H:%M} "
                               "UTC; a case has one survey.", case=case.case_number, answered=answered))


def _sent_at(session: Session, case_id: int) -> datetime | None:
    return session.scalar(
        select(Interaction.occurred_at).where(
            Interaction.case_id == case_id, Interaction.reason == SURVEY_SENT_REASON,
            Interaction.direction == Direction.OUTBOUND,
        ).order_by(Interaction.occurred_at).limit(1)
    )  # fmt: skip
