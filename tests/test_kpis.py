"""The supervisors' figures (desk.kpis) against direct SQL on a small known dataset, on SQLite and PostgreSQL."""

from __future__ import annotations

import calendar
import csv
import math
import statistics
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from desk import kpis, surveys
from desk.budgets import set_budget
from desk.cases import add_case, add_decision, add_survey
from desk.db import Database
from desk.enums import (
    GOODWILL_KINDS,
    ApprovalState,
    CaseKind,
    CaseState,
    Channel,
    DecisionKind,
    DecisionStatus,
    Direction,
    RoleCode,
)
from desk.errors import InvalidInput
from desk.interactions import ContactForm, add_interaction, validate
from desk.kpis import KpiFilter
from desk.models import ApprovalRequest, EmpowermentPolicy, Role
from desk.surveys import SurveyAnswers
from tests.factories import Staff, make_customer

MARCH = (date(2025, 3, 1), date(2025, 3, 31))


def at(month: int, day: int, hour: int = 9) -> datetime:
    return datetime(2025, month, day, hour, 0, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Dataset:
    cases: dict[int, int]  # our number -> case id
    customers: dict[str, int]


def build(db: Database, st: Staff) -> Dataset:
    """Seven cases around March 2025 (see the comments), contacts, decisions, approvals and surveys."""
    c = {name: make_customer(db, st.agent, name) for name in ("Ana A", "Bea B", "Carla C")}
    spec = [
        # n, customer, kind, final state (None: open), opened, closed, who, store, channel
        (1, "Ana A", CaseKind.RETURN, CaseState.REFUNDED, at(3, 3, 10), at(3, 3, 12), st.agent, st.shop_id, Channel.STORE),
        (2, "Ana A", CaseKind.GOODWILL, CaseState.GRANTED, at(3, 10), at(3, 11), st.agent, st.shop_id, Channel.STORE),
        (3, "Bea B", CaseKind.WARRANTY, CaseState.RETURNED_TO_CUSTOMER, at(3, 5), at(3, 15), st.supervisor,
         st.call_centre_id, Channel.PHONE),
        (4, "Bea B", CaseKind.RETURN, CaseState.CANCELLED, at(3, 20), at(3, 21), st.agent, st.shop_id, Channel.STORE),
        (5, "Carla C", CaseKind.RETURN, CaseState.REFUNDED, at(2, 25, 8), at(3, 2, 8), st.manager, st.shop_id,
         Channel.STORE),
        (6, "Carla C", CaseKind.GOODWILL, CaseState.OPEN, at(3, 25), None, st.supervisor, st.call_centre_id,
         Channel.PHONE),
        (7, "Ana A", CaseKind.GOODWILL, CaseState.GRANTED, at(4, 15), at(4, 16), st.agent, st.shop_id, Channel.STORE),
    ]  # fmt: skip
    ids: dict[int, int] = {}
    cases = {}
    with db.write() as s:
        for n, who, kind, state, opened, closed, actor, store, channel in spec:
            case = add_case(s, actor, customer_id=c[who], kind=kind, state=state, channel=channel, store_id=store,
                            summary=f"case {n}", opened_at=opened, closed_at=closed)  # fmt: skip
            ids[n], cases[n] = case.id, case

        def contact(n: int | None, who: str, when: datetime, direction: Direction = Direction.INBOUND) -> None:
            form = ContactForm(Channel.PHONE, "Query", "About it", "Answered", direction, when)
            add_interaction(s, st.agent, c[who], validate(form, now=at(12, 31)), case_id=ids[n] if n else None)

        contact(1, "Ana A", at(3, 3, 10))  # case 1: one inbound contact -> first contact
        contact(2, "Ana A", at(3, 10))
        contact(2, "Ana A", at(3, 10, 15))  # case 2: two -> not first contact
        contact(1, "Ana A", at(3, 4), Direction.OUTBOUND)  # outbound: never counts
        contact(None, "Bea B", at(4, 20))  # 36 days after case 3 closed: not a recurrence by itself
        contact(None, "Carla C", at(3, 20))  # 18 days after case 5 closed: recurrence

        def decision(n: int, kind: DecisionKind, amount: str, status: DecisionStatus, created: datetime,
                     decided: datetime | None) -> int:  # fmt: skip
            return add_decision(s, st.agent, case=cases[n], kind=kind, amount=Decimal(amount), currency="EUR",
                                status=status, reason_code="other", reason_text="test", created_at=created,
                                decided_by=st.manager.user_id if decided else None, decided_at=decided).id  # fmt: skip

        voucher = decision(2, DecisionKind.GOODWILL_VOUCHER, "40.00", DecisionStatus.GRANTED, at(3, 10), at(3, 11))
        waiver = decision(1, DecisionKind.FEE_WAIVER, "15.00", DecisionStatus.REJECTED, at(3, 3, 10), at(3, 3, 14))
        decision(1, DecisionKind.REFUND, "99.00", DecisionStatus.GRANTED, at(3, 3, 11), at(3, 3, 12))  # not goodwill
        decision(1, DecisionKind.RETURN_OUTSIDE_WINDOW, "99.00", DecisionStatus.GRANTED, at(3, 3, 11),
                 at(3, 3, 12))  # an exception to the rules, not goodwill spending  # fmt: skip
        pending = decision(6, DecisionKind.GOODWILL_VOUCHER, "30.00", DecisionStatus.PENDING_APPROVAL, at(3, 25), None)
        decision(7, DecisionKind.GOODWILL_REFUND, "20.00", DecisionStatus.GRANTED, at(4, 15), at(4, 15, 10))
        decision(5, DecisionKind.FREE_REPAIR, "25.00", DecisionStatus.GRANTED, at(3, 1), at(3, 1, 12))  # resolved in March
        manager_role = s.query(Role).filter(Role.code == RoleCode.STORE_MANAGER).one().id
        for decision_id, state, created, decided in (
            (voucher, ApprovalState.APPROVED, at(3, 10), at(3, 11)),  # 24 h
            (waiver, ApprovalState.REJECTED, at(3, 3, 10), at(3, 3, 14)),  # 4 h
            (pending, ApprovalState.PENDING, at(3, 25), None),
        ):
            s.add(ApprovalRequest(decision_id=decision_id, requested_by=st.agent.user_id, required_role_id=manager_role,
                                  store_id=st.shop_id, state=state, created_at=created, decided_at=decided,
                                  decided_by=st.manager.user_id if decided else None))  # fmt: skip
        # A personal override: Ana may grant 300 EUR of vouchers a day instead of her role's daily limit.
        s.add(EmpowermentPolicy(user_id=st.agent.user_id, decision_kind=DecisionKind.GOODWILL_VOUCHER, currency="EUR",
                                max_per_decision=Decimal("80"), max_per_agent_day=Decimal("300")))  # fmt: skip
        add_survey(s, customer_id=c["Ana A"], case_id=None, channel=Channel.CHAT, csat=3, ces=None, nps=None,
                   comment="", answered_at=at(3, 8))  # fmt: skip
    answers = [(1, "Ana A", SurveyAnswers(5, 6, 10, channel=Channel.STORE), at(3, 4)),
               (3, "Bea B", SurveyAnswers(2, 3, 4, channel=Channel.PHONE), at(3, 16)),
               (5, "Carla C", SurveyAnswers(csat=4, nps=8, channel=Channel.STORE), at(3, 4)),
               (2, "Ana A", SurveyAnswers(csat=1, channel=Channel.STORE), at(4, 2))]  # outside March  # fmt: skip
    surveys.mark_sent(db, st.agent, c["Ana A"], ids[2], now=at(3, 12))  # before its answer, of course
    for n, who, answer, when in answers:
        surveys.record_answers(db, st.agent, c[who], ids[n], answer, now=when)
    # Goodwill budgets: the shop 3,100 in March (100 a day) and 2,800 in February; the call centre 620 in March.
    set_budget(db, st.admin, "BCN1", "2025-03", "3100")
    set_budget(db, st.admin, "BCN1", "2025-02", "2800")
    set_budget(db, st.admin, "CC", "2025-03", "620")
    return Dataset(ids, c)


# --- the same figures, straight from SQL -------------------------------------------------------------------


def _bound(db: Database, value: datetime) -> object:
    # SQLite keeps naive-UTC text (desk.models.base.UTCDateTime); PostgreSQL timestamptz.
    return value.replace(tzinfo=None).isoformat(" ", "microseconds") if db.dialect == "sqlite" else value


def _time(value: object) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _scope(f: KpiFilter, agent: str = "c.opened_by") -> tuple[str, dict[str, object]]:
    sql, params = "", {}
    if f.store_id is not None:
        sql += " AND c.store_id = :store"
        params["store"] = f.store_id
    if f.agent_id is not None:
        sql += f" AND {agent} = :agent"
        params["agent"] = f.agent_id
    if f.channel is not None:
        sql += " AND c.channel = :channel"
        params["channel"] = f.channel.value
    return sql, params


def direct(db: Database, f: KpiFilter) -> dict[str, object]:
    scope, params = _scope(f)
    params |= {"start": _bound(db, f.start), "end": _bound(db, f.end)}
    out: dict[str, object] = {}
    with db.engine.connect() as conn:
        q = lambda sql, **extra: conn.execute(text(sql), params | extra)  # noqa: E731
        out["opened"] = q(f"SELECT COUNT(*) FROM after_sales_case c WHERE c.opened_at >= :start "
                          f"AND c.opened_at < :end{scope}").scalar()  # fmt: skip
        resolved_sql = (f"FROM after_sales_case c WHERE c.closed_at >= :start AND c.closed_at < :end "
                        f"AND c.state <> 'cancelled'{scope}")  # fmt: skip
        out["resolved"] = q(f"SELECT COUNT(*) {resolved_sql}").scalar()
        rows = q(f"SELECT c.id, c.customer_id, c.opened_at, c.closed_at {resolved_sql}").all()
        hours = sorted((_time(closed) - _time(opened)).total_seconds() / 3600 for _i, _c, opened, closed in rows)
        out["median_h"] = statistics.median(hours) if hours else None
        out["p90_h"] = hours[math.ceil(0.9 * len(hours)) - 1] if hours else None
        out["fcr"] = q(f"SELECT COUNT(*) {resolved_sql} AND (SELECT COUNT(*) FROM interaction i WHERE i.case_id = c.id "
                       "AND i.direction = 'inbound') <= 1").scalar()  # fmt: skip
        recurrent = 0
        for case_id, customer_id, _opened, closed in rows:
            later = [_time(t) for (t,) in q(
                "SELECT opened_at FROM after_sales_case WHERE customer_id = :cu AND id <> :id UNION ALL "
                "SELECT occurred_at FROM interaction WHERE customer_id = :cu AND direction = 'inbound'",
                cu=customer_id, id=case_id)]  # fmt: skip
            if any(timedelta(0) < t - _time(closed) <= timedelta(days=30) for t in later):
                recurrent += 1
        out["recurrent"] = recurrent
        kinds = ", ".join(f"'{k.value}'" for k in GOODWILL_KINDS if k != DecisionKind.RETURN_OUTSIDE_WINDOW)
        gw_scope, _ = _scope(f, agent="d.requested_by")
        out["granted"] = Decimal(str(q(
            f"SELECT COALESCE(SUM(d.amount), 0) FROM decision d LEFT JOIN after_sales_case c ON c.id = d.case_id "
            f"WHERE d.status = 'granted' AND d.kind IN ({kinds}) AND d.currency = 'EUR' AND d.decided_at >= :start "
            f"AND d.decided_at < :end{gw_scope}").scalar())).quantize(Decimal("0.01"))  # fmt: skip
        # The budget: each month's budget of the store (or every store) times its days inside the period / its days.
        if f.agent_id is not None or f.channel is not None:
            out["budget"] = None
        else:
            months = q("SELECT month, amount FROM goodwill_budget WHERE currency = 'EUR'"
                       + (" AND store_id = :store" if f.store_id is not None else "")).all()
            budget, any_month = Decimal(0), False
            for month, amount in months:
                first = month if isinstance(month, date) else date.fromisoformat(str(month))
                length = calendar.monthrange(first.year, first.month)[1]
                days = sum(1 for n in range(length) if f.date_from <= first + timedelta(days=n) <= f.date_to)
                if days:
                    budget += Decimal(str(amount)) * days / length
                    any_month = True
            out["budget"] = budget.quantize(Decimal("0.01")) if any_month else None
        ap_scope, _ = _scope(f, agent="a.requested_by")
        turn = sorted((_time(d) - _time(c)).total_seconds() / 3600 for c, d in q(
            "SELECT a.created_at, a.decided_at FROM approval_request a JOIN decision d ON d.id = a.decision_id "
            "LEFT JOIN after_sales_case c ON c.id = d.case_id WHERE a.state IN ('approved', 'rejected') "
            f"AND a.decided_at >= :start AND a.decided_at < :end{ap_scope}").all())  # fmt: skip
        out["approvals"] = len(turn)
        out["approval_median_h"] = statistics.median(turn) if turn else None
        out["approval_p90_h"] = turn[math.ceil(0.9 * len(turn)) - 1] if turn else None
        sv = " AND s.answered_at >= :start AND s.answered_at < :end"
        sv += " AND c.store_id = :store" if f.store_id is not None else ""
        sv += " AND c.opened_by = :agent" if f.agent_id is not None else ""
        sv += " AND s.channel = :channel" if f.channel is not None else ""
        base = f"FROM survey s LEFT JOIN after_sales_case c ON c.id = s.case_id WHERE 1 = 1{sv}"
        out["csat_answers"] = q(f"SELECT COUNT(*) {base} AND s.csat IS NOT NULL").scalar()
        out["csat_satisfied"] = q(f"SELECT COUNT(*) {base} AND s.csat >= 4").scalar()
        out["csat_dist"] = tuple(q(f"SELECT COUNT(*) {base} AND s.csat = :v", v=v).scalar() for v in range(1, 6))
        out["ces_answers"] = q(f"SELECT COUNT(*) {base} AND s.ces IS NOT NULL").scalar()
        ces = [v for (v,) in q(f"SELECT s.ces {base} AND s.ces IS NOT NULL").all()]
        out["ces_mean"] = statistics.mean(ces) if ces else None
        out["nps_answers"] = q(f"SELECT COUNT(*) {base} AND s.nps IS NOT NULL").scalar()
        out["promoters"] = q(f"SELECT COUNT(*) {base} AND s.nps >= 9").scalar()
        out["detractors"] = q(f"SELECT COUNT(*) {base} AND s.nps <= 6").scalar()
        out["sent"] = q(
            "SELECT COUNT(*) FROM interaction i LEFT JOIN after_sales_case c ON c.id = i.case_id WHERE i.reason = "
            f"'{surveys.SURVEY_SENT_REASON}' AND i.direction = 'outbound' AND i.occurred_at >= :start "
            f"AND i.occurred_at < :end{scope}").scalar()  # fmt: skip
    return out


def _h(value: timedelta | None) -> float | None:
    return None if value is None else value.total_seconds() / 3600


def assert_matches(fig: kpis.Figures, want: dict[str, object]) -> None:
    got = {
        "opened": fig.cases_opened, "resolved": fig.cases_resolved, "median_h": _h(fig.resolution_median),
        "p90_h": _h(fig.resolution_p90), "fcr": fig.first_contact_resolved, "recurrent": fig.recurrent,
        "granted": fig.goodwill_granted, "budget": fig.goodwill_budget, "approvals": fig.approvals_decided,
        "approval_median_h": _h(fig.approval_median), "approval_p90_h": _h(fig.approval_p90),
        "csat_answers": fig.csat_answers, "csat_satisfied": fig.csat_satisfied, "csat_dist": fig.csat_distribution,
        "ces_answers": fig.ces_answers, "ces_mean": fig.ces_mean, "nps_answers": fig.nps_answers,
        "promoters": fig.promoters, "detractors": fig.detractors, "sent": fig.surveys_sent,
    }  # fmt: skip
    assert got == want, {k: (got[k], want[k]) for k in got if got[k] != want[k]}
    assert sum(w.opened for w in fig.weeks) == want["opened"]
    assert sum(w.resolved for w in fig.weeks) == want["resolved"]


# --- the tests ----------------------------------------------------------------------------------------------------


def test_every_figure_matches_direct_sql_for_each_filter(db: Database, staff: Staff) -> None:
    build(db, staff)
    filters = [
        KpiFilter(*MARCH),
        KpiFilter(*MARCH, store_id=staff.shop_id),
        KpiFilter(*MARCH, agent_id=staff.agent.user_id),
        KpiFilter(*MARCH, agent_id=staff.supervisor.user_id),
        KpiFilter(*MARCH, channel=Channel.PHONE),
        KpiFilter(date(2025, 2, 1), date(2025, 4, 30)),
        KpiFilter(date(2025, 3, 12), date(2025, 3, 12), store_id=staff.shop_id),
    ]
    for f in filters:
        assert_matches(kpis.figures(db, f), direct(db, f))


def test_the_known_figures_of_march(db: Database, staff: Staff) -> None:
    build(db, staff)
    fig = kpis.figures(db, KpiFilter(*MARCH))
    assert (fig.cases_opened, fig.cases_resolved) == (5, 4)  # 1,2,3,4,6 opened; 1,2,3,5 resolved (4 was cancelled)
    # 2 h, 24 h, 120 h, 240 h: median (24 + 120) / 2, p90 the 4th of 4.
    assert (fig.resolution_median, fig.resolution_p90) == (timedelta(hours=72), timedelta(hours=240))
    assert fig.first_contact_resolved == 3 and fig.fcr_rate == 0.75  # case 2 had two inbound contacts
    assert fig.recurrent == 3  # 1 (case 2 a week later), 3 (case 4 five days later), 5 (a call 18 days later)
    assert fig.goodwill_granted == Decimal("65.00")  # voucher 40 + free repair 25; not the refund, nor the exception
    assert fig.goodwill_budget == Decimal("3720.00") and fig.goodwill_share == float(Decimal("65") / Decimal("3720"))
    assert (fig.approvals_decided, fig.approval_median, fig.approval_p90) == (2, timedelta(hours=14),
                                                                             timedelta(hours=24))  # fmt: skip
    assert (fig.csat_answers, fig.csat_satisfied, fig.csat_rate) == (4, 2, 0.5)
    assert fig.csat_distribution == (0, 1, 1, 1, 1) and fig.csat_mean == 3.5
    assert (fig.ces_answers, fig.ces_mean) == (2, 4.5)
    assert (fig.nps_answers, fig.promoters, fig.detractors, fig.nps) == (3, 1, 1, 0.0)
    assert fig.surveys_sent == 1
    assert [(w.week_start, w.opened, w.resolved) for w in fig.weeks] == [
        (date(2025, 2, 24), 0, 1), (date(2025, 3, 3), 2, 1), (date(2025, 3, 10), 1, 2),  # case 3 closed Sat 15th
        (date(2025, 3, 17), 1, 0), (date(2025, 3, 24), 1, 0), (date(2025, 3, 31), 0, 0),
    ]  # fmt: skip
    shop = kpis.figures(db, KpiFilter(*MARCH, store_id=staff.shop_id))
    assert (shop.cases_opened, shop.cases_resolved) == (3, 3)
    assert shop.goodwill_budget == Decimal("3100.00")
    assert kpis.figures(db, KpiFilter(date(2025, 2, 15), date(2025, 3, 10), store_id=staff.shop_id)
                        ).goodwill_budget == Decimal("2400.00")  # 14 of February's 28 days, 10 of March's 31  # fmt: skip
    agent = kpis.figures(db, KpiFilter(*MARCH, agent_id=staff.agent.user_id))
    assert agent.goodwill_budget is None and agent.goodwill_share is None  # budgets are per store


def test_a_period_in_the_wrong_order_is_refused(db: Database, staff: Staff) -> None:
    with pytest.raises(InvalidInput, match="ends before"):
        kpis.figures(db, KpiFilter(date(2025, 3, 2), date(2025, 3, 1)))
    empty = kpis.figures(db, KpiFilter(*MARCH))
    assert empty.cases_opened == 0 and empty.fcr_rate is None and empty.nps is None and empty.resolution_median is None


def test_exports_read_back_equal_and_guard_formulas(db: Database, staff: Staff, tmp_path: Path) -> None:
    build(db, staff)
    fig = kpis.figures(db, KpiFilter(*MARCH, store_id=staff.shop_id))
    names = {"store": "=HYPERLINK(\"http://x\")"}
    kpis.to_csv(fig, tmp_path / "f.csv", names)
    kpis.to_xlsx(fig, tmp_path / "f.xlsx", names)
    with (tmp_path / "f.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    book = load_workbook(tmp_path / "f.xlsx")
    sheet = [[cell for cell in row] for row in book["Figures"].iter_rows(values_only=True)]
    figures_csv = rows[: len(sheet)]
    assert [r[0] for r in figures_csv] == [r[0] for r in sheet]
    for (name, csv_value), (_n, xlsx_value) in zip(figures_csv[1:], sheet[1:], strict=True):
        if xlsx_value is None:
            assert csv_value == "", name
        elif isinstance(xlsx_value, str):
            assert csv_value == xlsx_value, name
        else:
            assert float(csv_value) == pytest.approx(float(xlsx_value)), name
    store = dict(r for r in figures_csv[1:])["Store"]
    assert store.startswith("'=")  # never a formula in a spreadsheet
    assert dict(r for r in figures_csv[1:])["Cases opened"] == str(fig.cases_opened)
    weeks = [r for r in book["Weeks"].iter_rows(min_row=2, values_only=True)]
    assert [(w[1], w[2]) for w in weeks] == [(w.opened, w.resolved) for w in fig.weeks]
    assert [r[1] for r in book["CSAT"].iter_rows(min_row=2, values_only=True)] == list(fig.csat_distribution)
