"""Recording a customer's survey answers, or that a survey was sent, for a settled case (desk.surveys)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from desk import surveys
from desk.cases import add_case
from desk.db import Database
from desk.enums import CaseKind, CaseState, Channel, Direction, EventKind
from desk.errors import InvalidInput
from desk.models import AuditEntry, Interaction, Survey, TimelineEvent
from desk.surveys import SurveyAnswers
from tests.factories import Staff, make_customer

T0 = datetime(2025, 3, 3, 10, 0, tzinfo=timezone.utc)


def make_case(db: Database, staff: Staff, customer_id: int, state: CaseState = CaseState.GRANTED,
              closed: bool = True) -> int:  # fmt: skip
    with db.write() as s:
        return add_case(
            s, staff.agent, customer_id=customer_id, kind=CaseKind.GOODWILL, state=state, channel=Channel.STORE,
            store_id=staff.shop_id, summary="Voucher", opened_at=T0,
            closed_at=T0 + timedelta(hours=2) if closed else None,
        ).id  # fmt: skip


def test_answers_are_recorded_with_their_timeline_event_and_audit(db: Database, staff: Staff) -> None:
    customer = make_customer(db, staff.agent, "Begoña García")
    case_id = make_case(db, staff, customer)
    survey_id = surveys.record_answers(db, staff.agent, customer, case_id,
                                       SurveyAnswers(csat=4, ces=6, nps=9, comment="Muy bien", channel="phone"))  # fmt: skip
    with db.read() as s:
        survey = s.get(Survey, survey_id)
        assert (survey.csat, survey.ces, survey.nps, survey.comment, survey.case_id) == (4, 6, 9, "Muy bien", case_id)
        event = s.scalars(select(TimelineEvent).where(TimelineEvent.kind == EventKind.SURVEY)).one()
        assert event.case_id == case_id and "CSAT 4/5" in event.title and event.detail == "Muy bien"
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "survey.record")).one()
        assert entry.entity_id == str(survey_id) and entry.actor_name == "ana"
    status = surveys.survey_status(db, case_id)
    assert (status.csat, status.ces, status.nps) == (4, 6, 9) and status.answered_at is not None


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        (SurveyAnswers(csat=0), "from 1 to 5"),
        (SurveyAnswers(csat=6), "from 1 to 5"),
        (SurveyAnswers(ces=8), "from 1 to 7"),
        (SurveyAnswers(nps=11), "from 0 to 10"),
        (SurveyAnswers(nps=-1), "from 0 to 10"),
        (SurveyAnswers(), "at least one"),
        (SurveyAnswers(csat=3, channel="fax"), "not a channel"),
    ],
)
def test_scores_out_of_range_are_refused_without_a_database(answers: SurveyAnswers, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        surveys.check_answers(answers)


def test_a_case_must_be_the_customers_settled_and_not_cancelled(db: Database, staff: Staff) -> None:
    customer = make_customer(db, staff.agent, "Begoña García")
    other = make_customer(db, staff.agent, "Jordi Puig")
    settled = make_case(db, staff, customer)
    open_case = make_case(db, staff, customer, CaseState.OPEN, closed=False)
    cancelled = make_case(db, staff, customer, CaseState.CANCELLED)
    answers = SurveyAnswers(csat=5)
    with pytest.raises(InvalidInput, match="not this customer's"):
        surveys.record_answers(db, staff.agent, other, settled, answers)
    with pytest.raises(InvalidInput, match="still open"):
        surveys.record_answers(db, staff.agent, customer, open_case, answers)
    with pytest.raises(InvalidInput, match="cancelled"):
        surveys.mark_sent(db, staff.agent, customer, cancelled)
    with db.read() as s:
        assert s.scalar(select(func.count(Survey.id))) == 0


def test_one_survey_per_case(db: Database, staff: Staff) -> None:
    customer = make_customer(db, staff.agent, "Begoña García")
    case_id = make_case(db, staff, customer)
    surveys.record_answers(db, staff.agent, customer, case_id, SurveyAnswers(csat=5))
    with pytest.raises(InvalidInput, match="already recorded"):
        surveys.record_answers(db, staff.agent, customer, case_id, SurveyAnswers(csat=1))
    with pytest.raises(InvalidInput, match="already recorded"):
        surveys.mark_sent(db, staff.agent, customer, case_id)
    with db.read() as s:
        assert s.scalars(select(Survey.csat)).all() == [5]


def test_survey_sent_is_an_outbound_contact_on_the_case_once(db: Database, staff: Staff) -> None:
    customer = make_customer(db, staff.agent, "Begoña García")
    case_id = make_case(db, staff, customer)
    assert surveys.survey_status(db, case_id).sent_at is None
    contact_id = surveys.mark_sent(db, staff.agent, customer, case_id)
    with db.read() as s:
        contact = s.get(Interaction, contact_id)
        assert (contact.case_id, contact.direction, contact.reason) == (
            case_id, Direction.OUTBOUND, surveys.SURVEY_SENT_REASON)
        assert s.scalar(select(func.count(TimelineEvent.id)).where(TimelineEvent.source_table == "interaction",
                                                                   TimelineEvent.source_id == contact_id)) == 1
        assert s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == "interaction.create")) == 1
    assert surveys.survey_status(db, case_id).sent_at is not None
    with pytest.raises(InvalidInput, match="already sent"):
        surveys.mark_sent(db, staff.agent, customer, case_id)
    # The answers can still come back after it was sent.
    surveys.record_answers(db, staff.agent, customer, case_id, SurveyAnswers(nps=10))


def test_two_desks_recording_the_same_case_at_once_record_it_once(db: Database, staff: Staff,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """The check is slowed down so both desks would read "no answer yet" before either writes, were the case not
    locked first (PostgreSQL row lock; SQLite's writer lock)."""
    import threading
    import time

    customer = make_customer(db, staff.agent, "Begoña García")
    case_id = make_case(db, staff, customer)
    check = surveys._refuse_if_answered

    def slow_check(session, case):  # type: ignore[no-untyped-def]
        check(session, case)
        time.sleep(0.3)

    monkeypatch.setattr(surveys, "_refuse_if_answered", slow_check)
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def desk(score: int) -> None:
        start.wait()
        try:
            surveys.record_answers(db, staff.agent, customer, case_id, SurveyAnswers(csat=score))
            outcomes.append("recorded")
        except InvalidInput as exc:
            outcomes.append(str(exc))

    threads = [threading.Thread(target=desk, args=(score,)) for score in (2, 5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert sorted(o[:8] for o in outcomes) == ["The cust", "recorded"], outcomes
    with db.read() as s:
        assert s.scalar(select(func.count(Survey.id)).where(Survey.case_id == case_id)) == 1
