"""The dashboard's two charts (Qt Charts): cases opened and resolved per week, and the CSAT answers 1 to 5."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from desk.kpis import WeekCount


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


class BarChart(QChartView):
    """A bar chart that is rebuilt from plain numbers each time the figures arrive."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.values: dict[str, list[int]] = {}  # what is drawn, by series name (tests read it)

    def show_bars(self, categories: Sequence[str], series: Sequence[tuple[str, Sequence[int], str]]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSeries()
        self.values = {}
        for name, values, colour in series:
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            bar_set.setColor(QColor(colour))
            bars.append(bar_set)
            self.values[name] = list(values)
        chart.addSeries(bars)
        x = QBarCategoryAxis()
        x.append(list(categories))
        small = x.labelsFont()
        small.setPointSizeF(small.pointSizeF() * 0.85)  # thirteen weeks fit under the bars without "…"
        x.setLabelsFont(small)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(x)
        y = QValueAxis()
        top = max((max(v, default=0) for _n, v, _c in series), default=0)
        y.setRange(0, max(top, 4))
        y.applyNiceNumbers()  # whole, round steps: 0, 5, 10 ... rather than 0, 1.8, 3.6
        y.setLabelFormat("%d")
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(y)
        chart.legend().setVisible(len(series) > 1)


def weekly_chart(parent: QWidget | None = None) -> BarChart:
    return BarChart(translate("dashboard", "Cases per week"), parent)


def show_weeks(chart: BarChart, weeks: Sequence[WeekCount]) -> None:
    chart.show_bars(
        [f"{w.week_start.day}/{w.week_start.month}" for w in weeks],  # the Monday of each week
        [(translate("dashboard", "Opened"), [w.opened for w in weeks], "#2f6fb2"),
         (translate("dashboard", "Resolved"), [w.resolved for w in weeks], "#3a9a5b")],
    )


def csat_chart(parent: QWidget | None = None) -> BarChart:
    return BarChart(translate("dashboard", "CSAT answers"), parent)


def show_csat(chart: BarChart, distribution: Sequence[int]) -> None:
    chart.show_bars(["1", "2", "3", "4", "5"], [(translate("dashboard", "Answers"), list(distribution), "#c98a1b")])
