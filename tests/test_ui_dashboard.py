"""The supervisors' dashboard and the survey dialog, driving real widgets (offscreen, both databases)."""

from __future__ import annotations

import csv
from datetime import timedelta
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate

from desk import kpis
from desk.enums import CaseState, Channel
from desk.kpis import KpiFilter
from desk.models import Survey
from desk.ui.cases import open_case
from desk.ui.context import DeskContext
from desk.ui.dashboard import DashboardWindow, SurveyDialog
from desk.ui.dashboard import window as dashboard
from desk.ui.main_window import MainWindow
from desk.ui.settings import Settings
from tests.factories import Staff
from tests.test_kpis import MARCH, build
from tests.ui_fixtures import ctx, settings, wait_idle  # noqa: F401 - ctx, settings are fixtures

pytestmark = pytest.mark.gui


def as_supervisor(ctx: DeskContext, staff: Staff) -> DeskContext:
    return replace(ctx, actor=staff.supervisor)


def march_dashboard(ctx: DeskContext, qtbot) -> DashboardWindow:  # type: ignore[no-untyped-def]
    window = DashboardWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.figures is not None, timeout=5000)
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.date_from.setDate(QDate(2025, 3, 1))
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.date_to.setDate(QDate(2025, 3, 31))
    wait_idle(qtbot)
    return window


def test_filters_change_the_figures_tiles_and_charts(ctx: DeskContext, staff: Staff, qtbot) -> None:  # type: ignore[no-untyped-def]
    build(ctx.db, staff)
    window = march_dashboard(as_supervisor(ctx, staff), qtbot)
    everyone = kpis.figures(ctx.db, KpiFilter(*MARCH))
    assert window.figures == everyone
    assert window.tiles["opened"].value.text() == "5" and window.tiles["resolved"].value.text() == "4"
    assert window.tiles["fcr"].value.text() == "75 %"
    assert window.tiles["nps"].value.text() == "+0"
    goodwill = window.tiles["goodwill"]  # 65.00 of the shop's 3,100.00 and the call centre's 620.00
    assert (goodwill.value.text(), goodwill.note.text()) == ("1.75 %", "65.00 EUR of 3,720.00 EUR")
    assert window.csat.values == {"Answers": [0, 1, 1, 1, 1]}
    assert sum(window.weekly.values["Opened"]) == 5 and sum(window.weekly.values["Resolved"]) == 4

    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.store.setCurrentIndex(window.store.findData(staff.shop_id))
    assert window.figures == kpis.figures(ctx.db, KpiFilter(*MARCH, store_id=staff.shop_id))
    assert window.tiles["opened"].value.text() == "3"
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.channel.setCurrentIndex(window.channel.findData(Channel.PHONE.value))
    assert window.figures is not None and window.figures.cases_opened == 0  # phone cases are the call centre's
    assert window.tiles["median"].value.text() == "—"
    assert window.tiles["goodwill"].note.text() == "granted · budgets are per store"  # a channel has no budget
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.store.setCurrentIndex(0)
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.agent.setCurrentIndex(window.agent.findData(staff.supervisor.user_id))
    assert window.figures == kpis.figures(ctx.db, KpiFilter(*MARCH, agent_id=staff.supervisor.user_id,
                                                            channel=Channel.PHONE))  # fmt: skip
    assert window.tiles["opened"].value.text() == "2"
    wait_idle(qtbot)


def test_export_writes_csv_and_xlsx_that_read_back_equal(ctx: DeskContext, staff: Staff, qtbot, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    build(ctx.db, staff)
    window = march_dashboard(as_supervisor(ctx, staff), qtbot)
    asked: list[str] = []

    def choose(parent, title, suggested, pattern):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(tmp_path / ("figures" if len(asked) == 1 else "figures.xlsx"))  # the first without a suffix

    monkeypatch.setattr(dashboard, "ask_save_path", choose)
    csv_path = window.export("csv")
    xlsx_path = window.export("xlsx")
    assert csv_path == tmp_path / "figures.csv" and xlsx_path == tmp_path / "figures.xlsx"
    with csv_path.open(newline="", encoding="utf-8") as handle:
        rows = {r[0]: r[1] for r in csv.reader(handle) if len(r) == 2}
    sheet = {r[0]: r[1] for r in load_workbook(xlsx_path)["Figures"].iter_rows(min_row=2, values_only=True)}
    fig = window.figures
    assert fig is not None
    for name, value in kpis.figure_rows(fig):
        assert sheet[name] == (float(value) if value is not None and not isinstance(value, int) else value), name
        if isinstance(value, (float, Decimal)):
            assert float(rows[name]) == float(value), name
        else:
            assert rows[name] == ("" if value is None else str(value)), name
    assert rows["Cases opened"] == "5" and sheet["Cases opened"] == 5
    assert rows["Store"] == "All stores"
    monkeypatch.setattr(dashboard, "ask_save_path", lambda *args: "")  # cancelled: nothing written
    assert window.export("csv") is None
    wait_idle(qtbot)


def test_the_main_window_offers_the_dashboard_to_supervisors_only(ctx: DeskContext, staff: Staff, settings: Settings,
                                                                   qtbot) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    agent_window = MainWindow(ctx, settings, store_label="Barcelona")
    qtbot.addWidget(agent_window)
    assert agent_window.dashboard_button is None
    boss = MainWindow(as_supervisor(ctx, staff), settings, store_label="Call centre")
    qtbot.addWidget(boss)
    assert boss.dashboard_button is not None
    boss.dashboard_button.click()
    opened = dashboard._windows[ctx.db.url]
    qtbot.waitUntil(lambda: opened.figures is not None, timeout=5000)
    assert opened.isVisible()
    opened.close()
    for window in (agent_window, boss):
        window.live.stop()
        window.session_lock.stop()
    wait_idle(qtbot)


def test_a_store_manager_starts_on_their_own_store(ctx: DeskContext, staff: Staff, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = DashboardWindow(replace(ctx, actor=staff.manager))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.figures is not None, timeout=5000)
    assert window.store.currentData() == staff.shop_id and window.figures.filter.store_id == staff.shop_id
    wait_idle(qtbot)


def test_the_survey_dialog_records_the_answers_of_a_settled_case(ctx: DeskContext, staff: Staff, qtbot) -> None:  # type: ignore[no-untyped-def]
    data = build(ctx.db, staff)
    settled, still_open = data.cases[2], data.cases[6]
    window = open_case(None, ctx, still_open)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
    assert not window.survey_button.isVisibleTo(window)
    window.close()
    wait_idle(qtbot)

    # Case 2 already has its April answer (tests.test_kpis.build): remove it to answer afresh.
    with ctx.db.write() as s:
        s.query(Survey).filter(Survey.case_id == settled).delete()
    window = open_case(None, ctx, settled)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.state == CaseState.GRANTED, timeout=5000)
    wait_idle(qtbot)
    assert window.survey_button.isVisibleTo(window)
    dialog = window.open_survey()
    assert isinstance(dialog, SurveyDialog)
    dialog.csat.setValue(0)  # below 1: "not answered"
    dialog.nps.setValue(9)
    dialog.ces.setValue(7)
    dialog.comment.setPlainText("Rápido y amable")
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.EMAIL.value))
    assert dialog.answers().csat is None
    dialog.csat.setValue(5)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save_button.click()
    wait_idle(qtbot)
    with ctx.db.read() as s:
        survey = s.query(Survey).filter(Survey.case_id == settled).one()
        assert (survey.csat, survey.ces, survey.nps, survey.comment, survey.channel) == (
            5, 7, 9, "Rápido y amable", Channel.EMAIL)
    qtbot.waitUntil(lambda: any("Survey" in row.title for row in window.detail.history), timeout=5000)

    again = window.open_survey()
    assert again is not None
    again.csat.setValue(1)
    again.save_button.click()
    qtbot.waitUntil(lambda: again.error.isVisibleTo(again), timeout=5000)
    assert "already recorded" in again.error.text()
    again.reject()
    window.close()
    wait_idle(qtbot)



def test_tile_figures_are_written_the_desk_languages_way() -> None:
    from desk.ui.formatting import number_language, set_number_language

    before = number_language()
    try:
        set_number_language("es")
        assert (dashboard.duration(timedelta(hours=115.2)), dashboard.duration(timedelta(minutes=90))) == ("4,8 d",
                                                                                                          "1,5 h")  # fmt: skip
        assert (dashboard.number(5.26), dashboard.pct(0.0175, fine=True), dashboard.pct(0.333)) == ("5,3", "1,75 %",
                                                                                                   "33 %")  # fmt: skip
        set_number_language("en")
        assert (dashboard.duration(timedelta(hours=115.2)), dashboard.number(4.0)) == ("4.8 d", "4.0")
    finally:
        set_number_language(before)
