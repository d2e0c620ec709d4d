"""The supervisors' figures: one read for a filter, plain dataclasses out, and export to CSV and .xlsx.

Definitions (docs/kpis.md says the same for the business):

- **Filter.** A period of whole UTC days, `date_from` to `date_to` inclusive; optionally a store, an agent and a
  channel. A case belongs to the store, channel and agent (the staff member who opened it) it was opened with.
  "Team" is a store's staff: the desk has no team of its own, so filtering by store is filtering by team.
- **Cases opened**: cases whose `opened_at` falls in the period.
- **Cases resolved**: cases that reached a final state of their kind (`closed_at` set) in the period, except
  *cancelled* (withdrawn: nothing was resolved). A rejected return or a claim handed back after a rejection is
  resolved: the matter got its answer.
- **Time to resolution**: `closed_at - opened_at` of the resolved cases; the median (the middle value, the mean of
  the two middle values for an even count) and the 90th percentile (nearest rank: the ⌈0.9·n⌉-th smallest).
- **First-contact resolution**: a resolved case on which the customer contacted us at most once (at most one
  *inbound* interaction linked to the case: the one that opened it, if it was logged). Our own outbound contacts
  (notices, "survey sent") do not count. The rate is over the resolved cases.
- **Recurrence within 30 days**: a resolved case whose customer came back within 30 days after it was closed: an
  inbound contact on any channel, or a new case opened. The rate is over the resolved cases.
- **Goodwill against budget**: *granted* = the amounts of granted goodwill gestures (BUDGETED_KINDS: not the refund
  of a return, nor a return accepted outside its window, which is an exception, not spending) decided in the
  period, on cases in the filter (agent = who requested it), in `currency`. *Budget* = the goodwill budgets set for
  the store (every store when none is chosen) over the period, each month's prorated by its days inside the period
  (desk.budgets). Budgets are per store: with an agent or a channel chosen, or no budget set for the period, there
  is none (None) and no share. The share is granted / budget.
- **Approval turnaround**: `decided_at - created_at` of approval requests approved or rejected in the period (on
  cases in the filter; agent = the requester); median and 90th percentile as above.
- **Surveys** answered in the period (on cases in the filter when a store or agent is chosen; the channel is the
  survey's). CSAT = the share of 4 and 5 among CSAT answers (and the mean); CES = the mean (1-7, higher = easier);
  NPS = % promoters (9-10) − % detractors (0-6) among NPS answers, from −100 to 100. *Surveys sent*: the
  "survey sent" contacts (desk.surveys) in the period.
- **Per week**: cases opened and resolved per ISO week (Monday, UTC) of the period.

Counts are SQL aggregates (COUNT, SUM, AVG, GROUP BY); percentiles and the per-week series are computed from the
durations and times the query returns, because SQLite has no percentile function.
"""

from __future__ import annotations

import csv
import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from pathlib import Path

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, aliased

from desk.budgets import budget_for
from desk.db import Database
from desk.enums import GOODWILL_KINDS, ApprovalState, CaseState, Channel, DecisionKind, DecisionStatus, Direction
from desk.errors import InvalidInput
from desk.messages import in_english, say
from desk.models import (
    ApprovalRequest,
    Case,
    Decision,
    Interaction,
    StaffUser,
    Store,
    Survey,
)
from desk.surveys import SURVEY_SENT_REASON
from desk.text import spreadsheet_safe

RECURRENCE = timedelta(days=30)
MAX_DAYS = 3 * 366


@dataclass(frozen=True)
class KpiFilter:
    date_from: date
    date_to: date  # inclusive
    store_id: int | None = None
    agent_id: int | None = None
    channel: Channel | None = None
    currency: str = "EUR"

    @property
    def start(self) -> datetime:
        return datetime.combine(self.date_from, time(), timezone.utc)

    @property
    def end(self) -> datetime:  # exclusive
        return datetime.combine(self.date_to + timedelta(days=1), time(), timezone.utc)

    @property
    def days(self) -> int:
        return (self.date_to - self.date_from).days + 1


@dataclass(frozen=True)
class WeekCount:
    week_start: date  # a Monday
    opened: int
    resolved: int


@dataclass(frozen=True)
class Figures:
    filter: KpiFilter
    cases_opened: int
    cases_resolved: int
    resolution_median: timedelta | None
    resolution_p90: timedelta | None
    first_contact_resolved: int
    recurrent: int
    goodwill_granted: Decimal
    goodwill_budget: Decimal | None  # None: no budget applies to this filter (desk.budgets)
    approvals_decided: int
    approval_median: timedelta | None
    approval_p90: timedelta | None
    csat_answers: int
    csat_satisfied: int
    csat_mean: float | None
    csat_distribution: tuple[int, int, int, int, int]  # answers 1..5
    ces_answers: int
    ces_mean: float | None
    nps_answers: int
    promoters: int
    detractors: int
    surveys_sent: int
    weeks: tuple[WeekCount, ...] = field(default=())

    @property
    def fcr_rate(self) -> float | None:
        return _share(self.first_contact_resolved, self.cases_resolved)

    @property
    def recurrence_rate(self) -> float | None:
        return _share(self.recurrent, self.cases_resolved)

    @property
    def goodwill_share(self) -> float | None:
        return None if not self.goodwill_budget else float(self.goodwill_granted / self.goodwill_budget)

    @property
    def csat_rate(self) -> float | None:
        return _share(self.csat_satisfied, self.csat_answers)

    @property
    def nps(self) -> float | None:
        if not self.nps_answers:
            return None
        return 100.0 * (self.promoters - self.detractors) / self.nps_answers


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


@dataclass(frozen=True)
class FilterOptions:
    stores: tuple[Choice, ...]
    agents: tuple[Choice, ...]  # active staff, by name


def filter_options(db: Database) -> FilterOptions:
    with db.read() as session:
        stores = session.execute(select(Store.id, Store.name).order_by(Store.name)).all()
        people = session.execute(
            select(StaffUser.id, StaffUser.full_name).where(StaffUser.active).order_by(StaffUser.full_name)
        ).all()
    return FilterOptions(tuple(Choice(i, n) for i, n in stores), tuple(Choice(i, n) for i, n in people))


def figures(db: Database, f: KpiFilter) -> Figures:
    """Every figure of the dashboard for this filter, in one read transaction."""
    if f.date_to < f.date_from:
        raise InvalidInput(say("The period ends before it starts."))
    if f.days > MAX_DAYS:
        raise InvalidInput(say("Choose a period of three years at most."))
    with db.read() as session:
        return _figures(session, f)


def _figures(session: Session, f: KpiFilter) -> Figures:
    scope = _case_scope(f)
    opened_day = _utc_day(session, Case.opened_at)
    opened_by_day = session.execute(
        select(opened_day, func.count(Case.id)).where(*scope, *_in(Case.opened_at, f)).group_by(opened_day)
    ).all()
    resolved_where = (*scope, *_in(Case.closed_at, f), Case.state != CaseState.CANCELLED)
    inbound = (
        select(func.count(Interaction.id))
        .where(Interaction.case_id == Case.id, Interaction.direction == Direction.INBOUND)
        .correlate(Case).scalar_subquery()
    )  # fmt: skip
    resolved_count, first_contact = session.execute(
        select(func.count(Case.id), func.coalesce(func.sum(case((inbound <= 1, 1), else_=0)), 0)).where(*resolved_where)
    ).one()
    resolved = session.execute(select(Case.id, Case.opened_at, Case.closed_at).where(*resolved_where)).all()
    durations = [closed - opened for _id, opened, closed in resolved]

    # Recurrence: the customer's next inbound contact and next new case after the closure (SQL MIN), within 30 days.
    later_case = aliased(Case)
    next_case = dict(session.execute(
        select(Case.id, func.min(later_case.opened_at))
        .join(later_case, and_(later_case.customer_id == Case.customer_id, later_case.id != Case.id,
                               later_case.opened_at > Case.closed_at))
        .where(*resolved_where).group_by(Case.id)
    ).tuples().all())  # fmt: skip
    next_contact = dict(session.execute(
        select(Case.id, func.min(Interaction.occurred_at))
        .join(Interaction, and_(Interaction.customer_id == Case.customer_id,
                                Interaction.direction == Direction.INBOUND,
                                Interaction.occurred_at > Case.closed_at))
        .where(*resolved_where).group_by(Case.id)
    ).tuples().all())  # fmt: skip
    recurrent = 0
    for case_id, _opened, closed in resolved:
        after = [t for t in (next_case.get(case_id), next_contact.get(case_id)) if t is not None]
        if after and min(after) - closed <= RECURRENCE:
            recurrent += 1

    granted = _goodwill_granted(session, f, scope)
    budget = None if f.agent_id is not None or f.channel is not None else budget_for(
        session, f.store_id, f.date_from, f.date_to, f.currency)  # budgets are per store, not per agent or channel

    turnarounds = [
        decided - created
        for created, decided in session.execute(
            select(ApprovalRequest.created_at, ApprovalRequest.decided_at)
            .join(Decision, Decision.id == ApprovalRequest.decision_id)
            .outerjoin(Case, Case.id == Decision.case_id)
            .where(ApprovalRequest.state.in_([ApprovalState.APPROVED, ApprovalState.REJECTED]),
                   *_in(ApprovalRequest.decided_at, f), *_case_scope(f, agent=ApprovalRequest.requested_by))
        ).all()
    ]  # fmt: skip

    survey_where = [*_in(Survey.answered_at, f)]
    if f.store_id is not None:
        survey_where.append(Case.store_id == f.store_id)
    if f.agent_id is not None:
        survey_where.append(Case.opened_by == f.agent_id)
    if f.channel is not None:
        survey_where.append(Survey.channel == f.channel)
    s = session.execute(
        select(
            func.count(Survey.csat), func.coalesce(func.sum(case((Survey.csat >= 4, 1), else_=0)), 0),
            func.avg(Survey.csat), func.count(Survey.ces), func.avg(Survey.ces), func.count(Survey.nps),
            func.coalesce(func.sum(case((Survey.nps >= 9, 1), else_=0)), 0),
            func.coalesce(func.sum(case((Survey.nps <= 6, 1), else_=0)), 0),
        ).select_from(Survey).outerjoin(Case, Case.id == Survey.case_id).where(*survey_where)
    ).one()  # fmt: skip
    distribution = dict(session.execute(
        select(Survey.csat, func.count(Survey.id)).outerjoin(Case, Case.id == Survey.case_id)
        .where(*survey_where, Survey.csat.is_not(None)).group_by(Survey.csat)
    ).tuples().all())  # fmt: skip

    sent_where = [Interaction.reason == SURVEY_SENT_REASON, Interaction.direction == Direction.OUTBOUND,
                  *_in(Interaction.occurred_at, f)]  # fmt: skip
    if f.store_id is not None:
        sent_where.append(Case.store_id == f.store_id)
    if f.agent_id is not None:
        sent_where.append(Case.opened_by == f.agent_id)
    if f.channel is not None:
        sent_where.append(Case.channel == f.channel)
    sent = session.scalar(
        select(func.count(Interaction.id)).outerjoin(Case, Case.id == Interaction.case_id).where(*sent_where)
    ) or 0

    return Figures(
        filter=f, cases_opened=sum(int(n) for _d, n in opened_by_day), cases_resolved=int(resolved_count),
        resolution_median=_median(durations), resolution_p90=_p90(durations),
        first_contact_resolved=int(first_contact), recurrent=recurrent,
        goodwill_granted=granted, goodwill_budget=budget,
        approvals_decided=len(turnarounds), approval_median=_median(turnarounds), approval_p90=_p90(turnarounds),
        csat_answers=int(s[0]), csat_satisfied=int(s[1]), csat_mean=_float(s[2]),
        csat_distribution=tuple(int(distribution.get(i, 0)) for i in range(1, 6)),  # type: ignore[arg-type]
        ces_answers=int(s[3]), ces_mean=_float(s[4]), nps_answers=int(s[5]), promoters=int(s[6]),
        detractors=int(s[7]), surveys_sent=int(sent),
        weeks=_weeks(f, [(_as_date(d), int(n)) for d, n in opened_by_day],
                     [(closed.astimezone(timezone.utc).date(), 1) for _i, _o, closed in resolved]),
    )  # fmt: skip


def _case_scope(f: KpiFilter, agent=None) -> list:  # type: ignore[no-untyped-def]
    where = []
    if f.store_id is not None:
        where.append(Case.store_id == f.store_id)
    if f.agent_id is not None:
        where.append((agent if agent is not None else Case.opened_by) == f.agent_id)
    if f.channel is not None:
        where.append(Case.channel == f.channel)
    return where


def _in(column, f: KpiFilter) -> tuple:  # type: ignore[no-untyped-def]
    return column >= f.start, column < f.end


def _goodwill_granted(session: Session, f: KpiFilter, scope: list) -> Decimal:  # type: ignore[type-arg]
    where = [Decision.status == DecisionStatus.GRANTED, Decision.kind.in_(sorted(BUDGETED_KINDS)),
             Decision.currency == f.currency.upper(), *_in(Decision.decided_at, f),
             *_case_scope(f, agent=Decision.requested_by)]  # fmt: skip
    total = session.scalar(
        select(func.coalesce(func.sum(Decision.amount), 0)).outerjoin(Case, Case.id == Decision.case_id).where(*where)
    )
    return Decimal(str(total or 0)).quantize(Decimal("0.01"))


def _utc_day(session: Session, column):  # type: ignore[no-untyped-def]
    """The UTC calendar day of a stored time, in SQL (SQLite keeps naive-UTC text; PostgreSQL timestamptz)."""
    if session.get_bind().dialect.name == "postgresql":
        return func.date(func.timezone("UTC", column))
    return func.date(column)


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _weeks(f: KpiFilter, opened: Sequence[tuple[date, int]],
           resolved: Sequence[tuple[date, int]]) -> tuple[WeekCount, ...]:  # fmt: skip
    """Counts per day (from SQL) summed into the weeks (Monday to Sunday) that the period touches."""
    first = f.date_from - timedelta(days=f.date_from.weekday())
    count = (f.date_to - first).days // 7 + 1
    o, r = [0] * count, [0] * count
    for day, n in opened:
        o[(day - first).days // 7] += n
    for day, n in resolved:
        r[(day - first).days // 7] += n
    return tuple(WeekCount(first + timedelta(weeks=i), o[i], r[i]) for i in range(count))


def _median(values: Sequence[timedelta]) -> timedelta | None:
    return statistics.median(sorted(values)) if values else None  # type: ignore[type-var]


def _p90(values: Sequence[timedelta]) -> timedelta | None:
    """Nearest rank: the ⌈0.9·n⌉-th smallest value."""
    if not values:
        return None
    return sorted(values)[math.ceil(0.9 * len(values)) - 1]


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _float(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]


# --- export ----------------------------------------------------------------------------------------------


def hours(value: timedelta | None) -> float | None:
    return None if value is None else round(value.total_seconds() / 3600, 1)


def percent(value: float | None) -> float | None:
    return None if value is None else round(100 * value, 1)


# What the goodwill budget pays for: the gestures. A return accepted outside its window is an exception to the
# rules, not spending: the item comes back, and its refund is not what the gesture cost.
BUDGETED_KINDS = GOODWILL_KINDS - {DecisionKind.RETURN_OUTSIDE_WINDOW}

Word = Callable[[object], str]  # a label (a Said, an enum) in the words of whoever reads the file


def figure_rows(fig: Figures) -> list[tuple[str, object]]:
    """The figures as (name, value) rows: what both exports write. Times in hours, rates in percent."""
    cur = fig.filter.currency.upper()
    return [
        (say("Cases opened"), fig.cases_opened),
        (say("Cases resolved"), fig.cases_resolved),
        (say("Median time to resolution (hours)"), hours(fig.resolution_median)),
        (say("90th percentile time to resolution (hours)"), hours(fig.resolution_p90)),
        (say("First-contact resolution (%)"), percent(fig.fcr_rate)),
        (say("Recurrence within 30 days (%)"), percent(fig.recurrence_rate)),
        (say("Goodwill granted ({currency})", currency=cur), fig.goodwill_granted),
        (say("Goodwill budget ({currency})", currency=cur), fig.goodwill_budget),
        (say("Goodwill granted against budget (%)"), percent(fig.goodwill_share)),
        (say("Approvals decided"), fig.approvals_decided),
        (say("Median approval turnaround (hours)"), hours(fig.approval_median)),
        (say("90th percentile approval turnaround (hours)"), hours(fig.approval_p90)),
        (say("CSAT answers"), fig.csat_answers),
        (say("CSAT satisfied, 4-5 (%)"), percent(fig.csat_rate)),
        (say("CSAT mean (1-5)"), None if fig.csat_mean is None else round(fig.csat_mean, 2)),
        (say("CES answers"), fig.ces_answers),
        (say("CES mean (1-7)"), None if fig.ces_mean is None else round(fig.ces_mean, 2)),
        (say("NPS answers"), fig.nps_answers),
        (say("NPS (-100 to 100)"), None if fig.nps is None else round(fig.nps, 1)),
        (say("Surveys sent"), fig.surveys_sent),
    ]


def _filter_rows(fig: Figures, names: dict[str, str] | None, word: Word) -> list[tuple[str, object]]:
    f, names = fig.filter, names or {}
    return [
        (say("Period from"), f.date_from.isoformat()),
        (say("Period to"), f.date_to.isoformat()),
        (say("Store"), names.get("store") or (word(say("all")) if f.store_id is None else str(f.store_id))),
        (say("Agent"), names.get("agent") or (word(say("all")) if f.agent_id is None else str(f.agent_id))),
        (say("Channel"), word(f.channel) if f.channel else word(say("all"))),
    ]


def _cell(value: object) -> str:
    """As text for CSV: numbers plainly, nothing for a missing figure, text guarded against formulas."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}" if value == int(value) else str(value)
    return spreadsheet_safe(value) if isinstance(value, str) else str(value)


def to_csv(fig: Figures, path: str | Path, names: dict[str, str] | None = None, word: Word = in_english) -> Path:
    """Write the figures, the filter, the weekly counts and the CSAT distribution as one CSV file.

    `word` says each label in the reader's language (the desk passes desk.ui.wording.spoken); English by default.
    """
    path = Path(path)
    with path.open("w", newline="", encoding="utf-8") as handle:
        w = csv.writer(handle)
        w.writerow([word(say("Figure")), word(say("Value"))])
        for name, value in [*_filter_rows(fig, names, word), *figure_rows(fig)]:
            w.writerow([_cell(word(name)), _cell(value)])
        w.writerow([])
        w.writerow([word(say("Week starting")), word(say("Cases opened")), word(say("Cases resolved"))])
        for week in fig.weeks:
            w.writerow([week.week_start.isoformat(), week.opened, week.resolved])
        w.writerow([])
        w.writerow([word(say("CSAT answer")), word(say("Answers"))])
        for score, count in enumerate(fig.csat_distribution, start=1):
            w.writerow([score, count])
    return path


def to_xlsx(fig: Figures, path: str | Path, names: dict[str, str] | None = None, word: Word = in_english) -> Path:
    """The same as to_csv, as a workbook: sheets Figures, Weeks and CSAT; numbers stay numbers."""
    from openpyxl import Workbook

    path = Path(path)
    book = Workbook()
    sheet = book.active
    sheet.title = word(say("Figures"))[:31]
    sheet.append([word(say("Figure")), word(say("Value"))])
    for name, value in [*_filter_rows(fig, names, word), *figure_rows(fig)]:
        sheet.append([_cell(word(name)), _xlsx_value(value)])
    sheet.column_dimensions["A"].width = 46
    weeks = book.create_sheet(word(say("Weeks"))[:31])
    weeks.append([word(say("Week starting")), word(say("Cases opened")), word(say("Cases resolved"))])
    for week in fig.weeks:
        weeks.append([week.week_start, week.opened, week.resolved])
    csat = book.create_sheet(word(say("CSAT"))[:31])
    csat.append([word(say("CSAT answer")), word(say("Answers"))])
    for score, count in enumerate(fig.csat_distribution, start=1):
        csat.append([score, count])
    book.save(path)
    return path


def _xlsx_value(value: object) -> object:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, str):
        return _cell(value)  # text from people (names) is guarded like the CSV
    return value
