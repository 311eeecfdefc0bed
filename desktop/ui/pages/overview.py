"""Overview: cases by status and by route, incidents' dead and missing per month, and campaign
completeness, drawn with QtCharts from figures counted in SQL."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGridLayout, QWidget

from ..context import AppContext
from ..events import RecordsChanged
from ..labels import STATE_COLOURS, Labels, label, term
from ..operations.stats import Overview, load_overview

PALETTE = ["#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#c62828", "#5d4037", "#9e9d24"]
COMPLETENESS_STATES = ("accepted", "resubmitted", "submitted", "returned", "draft", "missing")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(6)
    return chart


def _view(parent: QWidget, name: str) -> QChartView:
    view = QChartView(parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(name)
    view.setMinimumSize(300, 240)
    return view


def _replace(view: QChartView, chart: QChart) -> None:
    old = view.chart()
    view.setChart(chart)  # the view releases the old chart without deleting it
    if old is not None:
        old.deleteLater()


class OverviewPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.overview: Overview | None = None
        grid = QGridLayout(self)
        self.status_view = _view(self, self.tr("Cases by status"))
        self.route_view = _view(self, self.tr("Cases by route"))
        self.month_view = _view(self, self.tr("Incidents: dead and missing per month"))
        self.campaign_view = _view(self, self.tr("Campaign completeness"))
        grid.addWidget(self.status_view, 0, 0)
        grid.addWidget(self.route_view, 0, 1)
        grid.addWidget(self.month_view, 1, 0)
        grid.addWidget(self.campaign_view, 1, 1)
        ctx.events.records_changed.connect(self._on_records_changed)
        self.reload()

    def reload(self) -> None:
        load_overview(self.ctx, on_done=self._show, owner=self)

    def _on_records_changed(self, _change: RecordsChanged) -> None:
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.reload()

    def _show(self, overview: Overview) -> None:
        self.overview = overview
        _replace(self.status_view, self._status_chart(overview))
        _replace(self.route_view, self._route_chart(overview))
        _replace(self.month_view, self._month_chart(overview))
        _replace(self.campaign_view, self._campaign_chart(overview))

    def _status_chart(self, overview: Overview) -> QChart:
        chart = _chart(self.tr("Missing cases by status"))
        series = QPieSeries()
        series.setHoleSize(0.38)
        statuses = Labels().case_status()
        for i, (status, n) in enumerate(sorted(overview.cases_by_status.items())):
            slice_ = series.append(f"{label(statuses, status)} ({n})", n)
            slice_.setColor(QColor(PALETTE[i % len(PALETTE)]))
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        return chart

    def _route_chart(self, overview: Overview) -> QChart:
        chart = _chart(self.tr("Missing cases by route"))
        bars = QBarSet(self.tr("Cases"))
        bars.setColor(QColor(PALETTE[0]))
        routes = list(reversed(overview.cases_by_route))
        for _route, n in routes:
            bars.append(n)
        series = QHorizontalBarSeries()
        series.append(bars)
        chart.addSeries(series)
        terms = Labels().route()
        names = [term(terms, route) or self.tr("(no route)") for route, _n in routes]
        self._axes(chart, series, names, horizontal=True)
        chart.legend().hide()
        return chart

    def _month_chart(self, overview: Overview) -> QChart:
        chart = _chart(self.tr("Incidents: dead and missing per month"))
        dead, missing = QBarSet(self.tr("Dead")), QBarSet(self.tr("Missing"))
        dead.setColor(QColor("#37474f"))
        missing.setColor(QColor("#ef6c00"))
        for _month, d, m in overview.incidents_by_month:
            dead.append(d)
            missing.append(m)
        series = QBarSeries()
        series.append(dead)
        series.append(missing)
        chart.addSeries(series)
        self._axes(chart, series, [m for m, _d, _x in overview.incidents_by_month])
        return chart

    def _campaign_chart(self, overview: Overview) -> QChart:
        chart = _chart(self.tr("Campaign completeness (countries)"))
        series = QHorizontalStackedBarSeries()
        states = Labels().report_state()
        for state in COMPLETENESS_STATES:
            bars = QBarSet(label(states, state))
            bars.setColor(STATE_COLOURS[state].darker(115))
            for _title, counts in overview.completeness:
                bars.append(counts.get(state, 0))
            series.append(bars)
        chart.addSeries(series)
        titles = [title for title, _c in overview.completeness]
        self._axes(chart, series, titles, horizontal=True)
        return chart

    def _axes(self, chart: QChart, series, categories: list[str], *, horizontal=False) -> None:
        category = QBarCategoryAxis()
        category.append(categories or [""])
        value = QValueAxis()
        value.setLabelFormat("%d")
        value.setMin(0)
        if horizontal:
            chart.addAxis(category, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(value, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(category, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(value, Qt.AlignmentFlag.AlignLeft)
            category.setLabelsAngle(-60)
        series.attachAxis(category)
        series.attachAxis(value)
        top, step = integer_scale(_largest(series))
        value.setRange(0, top)  # counts: whole numbers only ("0 1 2", never "0 0 0 0 1")
        value.setTickType(QValueAxis.TickType.TicksDynamic)
        value.setTickAnchor(0)
        value.setTickInterval(step)


def _largest(series) -> float:
    """The longest bar (stacked bars: the longest stack)."""
    sets = series.barSets()
    if not sets:
        return 0
    stacked = isinstance(series, QHorizontalStackedBarSeries)
    length = max(s.count() for s in sets)
    per_bar = [[s.at(i) if i < s.count() else 0 for s in sets] for i in range(length)]
    return max((sum(v) if stacked else max(v) for v in per_bar), default=0)


def integer_scale(largest: float, ticks: int = 5) -> tuple[int, int]:
    """(top, step) of a count axis from 0: whole-number steps of 1, 2 or 5 × 10ⁿ, about
    `ticks` of them, the top a multiple of the step at or above `largest` (at least 1)."""
    rough = max(largest, 1) / ticks
    magnitude = 10 ** max(len(str(int(rough))) - 1, 0)
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough)
    top = max(step, -(-int(largest) // step) * step)
    return top, step
