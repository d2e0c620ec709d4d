"""The supervisors' dashboard: filters (period, store, agent, channel), the figures as tiles, two charts, and
export to CSV and .xlsx.

The figures load through an Op (desk.kpis.figures on the database worker); every change of a filter asks again and
only the newest answer is shown. Exports write the figures on screen (no database call). The save dialog is
`ask_save_path`, a module function tests replace.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import shiboken6

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk import kpis
from desk.enums import Channel, RoleCode
from desk.kpis import Figures, FilterOptions, KpiFilter
from desk.ui.context import DeskContext
from desk.ui.dashboard import charts
from desk.ui.formatting import channel_label, format_money, format_number
from desk.ui.ops import Op, failure_text
from desk.ui.tiles import Tile
from desk.ui.wording import spoken

DEFAULT_SIZE = (1180, 820)
DEFAULT_DAYS = 90
ALLOWED = frozenset({RoleCode.STORE_MANAGER, RoleCode.SUPERVISOR, RoleCode.ADMINISTRATOR})

# (key, title, tooltip): the tiles in reading order.
TILES = [
    ("opened", QT_TRANSLATE_NOOP("DashboardWindow", "Cases opened"),
     QT_TRANSLATE_NOOP("DashboardWindow", "Cases opened in the period")),
    ("resolved", QT_TRANSLATE_NOOP("DashboardWindow", "Cases resolved"),
     QT_TRANSLATE_NOOP("DashboardWindow", "Cases that reached a final state in the period (cancelled ones excluded)")),
    ("median", QT_TRANSLATE_NOOP("DashboardWindow", "Median time to resolution"),
     QT_TRANSLATE_NOOP("DashboardWindow", "Half the cases resolved were resolved faster than this")),
    ("p90", QT_TRANSLATE_NOOP("DashboardWindow", "90th percentile"),
     QT_TRANSLATE_NOOP("DashboardWindow", "Nine in ten cases resolved were resolved at least this fast")),
    ("fcr", QT_TRANSLATE_NOOP("DashboardWindow", "First-contact resolution"),
     QT_TRANSLATE_NOOP("DashboardWindow", "Resolved cases on which the customer contacted us at most once")),
    ("recurrence", QT_TRANSLATE_NOOP("DashboardWindow", "Recurrence within 30 days"),
     QT_TRANSLATE_NOOP("DashboardWindow", "Resolved cases whose customer came back within 30 days")),
    ("goodwill", QT_TRANSLATE_NOOP("DashboardWindow", "Goodwill against budget"),
     QT_TRANSLATE_NOOP("DashboardWindow", "Goodwill granted, against what the staff may grant per day × days")),
    ("approval", QT_TRANSLATE_NOOP("DashboardWindow", "Approval turnaround"),
     QT_TRANSLATE_NOOP("DashboardWindow", "Median (and 90th percentile) time from request to decision")),
    ("csat", QT_TRANSLATE_NOOP("DashboardWindow", "CSAT"),
     QT_TRANSLATE_NOOP("DashboardWindow", "Share of answers 4 or 5, and the mean (1-5)")),
    ("ces", QT_TRANSLATE_NOOP("DashboardWindow", "Customer effort"),
     QT_TRANSLATE_NOOP("DashboardWindow", "Mean Customer Effort Score (1-7, higher is easier)")),
    ("nps", QT_TRANSLATE_NOOP("DashboardWindow", "NPS"),
     QT_TRANSLATE_NOOP("DashboardWindow", "% promoters (9-10) − % detractors (0-6)")),
    ("surveys", QT_TRANSLATE_NOOP("DashboardWindow", "Surveys"),
     QT_TRANSLATE_NOOP("DashboardWindow", "Surveys answered and sent in the period")),
]


def ask_save_path(parent: QWidget, title: str, suggested: str, pattern: str) -> str:
    """Where to save an export ("" if cancelled). Tests replace this function."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    return path


def may_open(ctx: DeskContext) -> bool:
    return ctx.actor.role in ALLOWED


_windows: dict[str, DashboardWindow] = {}


def open_dashboard(parent: QWidget | None, ctx: DeskContext) -> DashboardWindow:
    """The dashboard window: the one already open, raised, or a new one."""
    window = _windows.get(ctx.db.url)
    if window is None or not shiboken6.isValid(window):
        window = DashboardWindow(ctx, parent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _windows[ctx.db.url] = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def add_entry_point(window: QMainWindow, ctx: DeskContext) -> QToolButton | None:
    """For store managers, supervisors and administrators: a "Service figures" button in the status bar, and
    Ctrl+Shift+D. None for anyone else."""
    if not may_open(ctx):
        return None
    button = QToolButton(window)
    button.setObjectName("dashboardButton")
    button.setText(QCoreApplication.translate("dashboard", "Service figures"))
    button.setToolTip(QCoreApplication.translate("dashboard", "The team's figures: cases, resolution times, goodwill, surveys (Ctrl+Shift+D)"))
    button.setAutoRaise(True)
    button.clicked.connect(lambda: open_dashboard(window, ctx))
    QShortcut(QKeySequence("Ctrl+Shift+D"), window, activated=lambda: open_dashboard(window, ctx))
    window.statusBar().addPermanentWidget(button)
    return button


class DashboardWindow(QMainWindow):
    loaded = Signal()  # the figures on screen are the ones of the current filter

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle(self.tr("Service figures"))
        self._ctx = ctx
        self._seq = 0
        self._ready = False  # the filter lists have arrived
        self.figures: Figures | None = None

        today = date.today()
        self.date_from = self._date_edit(today - timedelta(days=DEFAULT_DAYS - 1))
        self.date_to = self._date_edit(today)
        self.store = QComboBox(self)
        self.agent = QComboBox(self)
        self.channel = QComboBox(self)
        self.store.addItem(self.tr("All stores"), None)
        self.agent.addItem(self.tr("All staff"), None)
        self.channel.addItem(self.tr("All channels"), None)
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.export_csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_xlsx_button = QPushButton(self.tr("Export Excel…"), self)
        self.export_csv_button.clicked.connect(lambda: self.export("csv"))
        self.export_xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        filters = QHBoxLayout()
        for label, widget in ((self.tr("From"), self.date_from), (self.tr("to"), self.date_to),
                              (self.tr("Store / team"), self.store), (self.tr("Agent"), self.agent),
                              (self.tr("Channel"), self.channel)):  # fmt: skip
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.export_csv_button)
        filters.addWidget(self.export_xlsx_button)

        self.tiles: dict[str, Tile] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        for index, (key, title, tip) in enumerate(TILES):
            tile = Tile(self.tr(title), self)
            tile.setToolTip(self.tr(tip))
            self.tiles[key] = tile
            grid.addWidget(tile, index // 4, index % 4)

        self.weekly = charts.weekly_chart(self)
        self.csat = charts.csat_chart(self)
        chart_row = QHBoxLayout()
        chart_row.addWidget(self.weekly, 3)
        chart_row.addWidget(self.csat, 2)

        self.message = QLabel(self)
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.hide()

        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 10)
        layout.setSpacing(10)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addLayout(grid)
        layout.addLayout(chart_row, 1)
        self.setCentralWidget(page)
        self.resize(*DEFAULT_SIZE)
        self._set_export_enabled()

        for combo in (self.store, self.agent, self.channel):
            combo.currentIndexChanged.connect(self.reload)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.reload)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.reload)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        db = ctx.db
        Op(self, lambda: kpis.filter_options(db)).success(self._options).failure(self._failed).run()

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    # --- loading -------------------------------------------------------------------------------------------

    def _options(self, options: FilterOptions) -> None:
        for combo, choices in ((self.store, options.stores), (self.agent, options.agents)):
            combo.blockSignals(True)
            for choice in choices:
                combo.addItem(choice.name, choice.id)
            combo.blockSignals(False)
        if self._ctx.actor.role == RoleCode.STORE_MANAGER and self._ctx.actor.store_id is not None:
            index = self.store.findData(self._ctx.actor.store_id)  # a manager starts with their own store
            if index >= 0:
                self.store.blockSignals(True)
                self.store.setCurrentIndex(index)
                self.store.blockSignals(False)
        self._ready = True
        self.reload()

    def current_filter(self) -> KpiFilter:
        channel = self.channel.currentData()
        return KpiFilter(
            self.date_from.date().toPython(), self.date_to.date().toPython(), store_id=self.store.currentData(),
            agent_id=self.agent.currentData(), channel=Channel(channel) if channel else None,
        )  # fmt: skip

    def reload(self) -> None:
        if not self._ready:
            return
        self._seq += 1
        seq, db, wanted = self._seq, self._ctx.db, self.current_filter()
        self.statusBar().showMessage(self.tr("Loading…"))
        Op(self, lambda: kpis.figures(db, wanted)).success(lambda fig: self._arrived(seq, fig)).failure(
            lambda exc: self._failed(exc, seq)
        ).run()

    def _arrived(self, seq: int, fig: Figures) -> None:
        if seq != self._seq:
            return  # an older filter's answer
        self.figures = fig
        self.message.hide()
        self._show(fig)
        self._set_export_enabled()
        self.statusBar().showMessage(self.tr("Figures from {start} to {end} (UTC days) · F5 reloads").format(
            start=fig.filter.date_from.strftime("%d/%m/%Y"), end=fig.filter.date_to.strftime("%d/%m/%Y")))  # fmt: skip
        self.loaded.emit()

    def _failed(self, exc: BaseException, seq: int | None = None) -> None:
        if seq is not None and seq != self._seq:
            return
        self.statusBar().clearMessage()
        self.message.setText(failure_text(exc))
        self.message.show()

    def _show(self, fig: Figures) -> None:
        t = self.tiles
        t["opened"].set(str(fig.cases_opened))
        t["resolved"].set(str(fig.cases_resolved))
        t["median"].set(duration(fig.resolution_median))
        t["p90"].set(duration(fig.resolution_p90), self.tr("time to resolution"))
        t["fcr"].set(pct(fig.fcr_rate), self.tr("{n} of {total} resolved").format(
            n=fig.first_contact_resolved, total=fig.cases_resolved))  # fmt: skip
        t["recurrence"].set(pct(fig.recurrence_rate), self.tr("{n} cases").format(n=fig.recurrent))
        cur = fig.filter.currency
        granted = format_money(fig.goodwill_granted, cur)
        if fig.goodwill_budget is not None:
            t["goodwill"].set(pct(fig.goodwill_share, fine=True), self.tr("{granted} of {budget}").format(
                granted=granted, budget=format_money(fig.goodwill_budget, cur)))  # fmt: skip
        elif fig.filter.agent_id is not None or fig.filter.channel is not None:
            t["goodwill"].set(granted, self.tr("granted · budgets are per store"))
        else:
            t["goodwill"].set(granted, self.tr("granted · no budget set (desk-admin set-budget)"))
        t["approval"].set(duration(fig.approval_median), self.tr("p90 {p90} · {n} decided").format(
            p90=duration(fig.approval_p90), n=fig.approvals_decided))  # fmt: skip
        t["csat"].set(pct(fig.csat_rate), self.tr("mean {mean} · {n} answers").format(
            mean=number(fig.csat_mean), n=fig.csat_answers))  # fmt: skip
        t["ces"].set(number(fig.ces_mean), self.tr("{n} answers").format(n=fig.ces_answers))
        t["nps"].set("—" if fig.nps is None else f"{fig.nps:+.0f}", self.tr("{p} promoters · {d} detractors").format(
            p=fig.promoters, d=fig.detractors))  # fmt: skip
        answered = max(fig.csat_answers, fig.ces_answers, fig.nps_answers)
        t["surveys"].set(str(answered), self.tr("answered · {n} sent").format(n=fig.surveys_sent))
        charts.show_weeks(self.weekly, fig.weeks)
        charts.show_csat(self.csat, fig.csat_distribution)

    # --- export --------------------------------------------------------------------------------------------

    def _set_export_enabled(self) -> None:
        for button in (self.export_csv_button, self.export_xlsx_button):
            button.setEnabled(self.figures is not None)

    def export(self, kind: str) -> Path | None:
        """Save the figures on screen as CSV or .xlsx, where the person chooses."""
        if self.figures is None:
            return None
        f = self.figures.filter
        suggested = str(self._ctx.config.data_dir / f"service-figures-{f.date_from}-{f.date_to}.{kind}")
        pattern = self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("Excel workbooks (*.xlsx)")
        chosen = ask_save_path(self, self.tr("Export the figures"), suggested, pattern)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        names = {"store": self.store.currentText(), "agent": self.agent.currentText()}
        try:
            (kpis.to_csv if kind == "csv" else kpis.to_xlsx)(self.figures, path, names, spoken)
        except OSError as exc:
            self.message.setText(self.tr("{name} could not be written ({why}).").format(
                name=path.name, why=exc.strerror or exc))  # fmt: skip
            self.message.show()
            return None
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 10000)
        return path


def pct(value: float | None, fine: bool = False) -> str:
    """A share as a percentage; `fine` keeps two decimals below 10 % (goodwill is a small share of its ceiling)."""
    if value is None:
        return "—"
    places = 2 if fine and value < 0.1 else 0
    return f"{_local(100 * value, places)} %"


def number(value: float | None) -> str:
    return "—" if value is None else _local(value, 1)


def duration(value: timedelta | None) -> str:
    if value is None:
        return "—"
    hours = value.total_seconds() / 3600
    return f"{_local(hours, 1)} h" if hours < 48 else f"{_local(hours / 24, 1)} d"


def _local(value: float, places: int) -> str:
    """4.8 in English, 4,8 in Spanish and Catalan (the desk's number language)."""
    return format_number(Decimal(str(round(value, places))), places)