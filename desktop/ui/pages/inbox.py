"""The secretariat's inbox: a country × campaign grid coloured by each report's state; a
double-click opens the report to accept it or return it with a comment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.reference.countries import country_name
from desktop.domain.reference.dialogues import DIALOGUES

from .. import i18n
from ..context import AppContext
from ..events import RecordsChanged
from ..labels import STATE_COLOURS, Labels, label
from ..operations import reports as ops

REPORT_ROLE = Qt.ItemDataRole.UserRole + 1
COUNTRY_ROLE = Qt.ItemDataRole.UserRole + 2
LEGEND = ("missing", "draft", "submitted", "resubmitted", "returned", "accepted")


class InboxPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.grid_data: ops.ReviewGrid | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Reports of every partner country, by campaign. Double-click a "
                "submitted report to accept it or return it."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        legend = QHBoxLayout()
        states = Labels().report_state()
        for state in LEGEND:
            chip = QLabel(label(states, state), self)
            chip.setStyleSheet(
                f"background: {STATE_COLOURS[state].name()}; color: #212121;"
                " border-radius: 8px; padding: 2px 10px;"
            )
            legend.addWidget(chip)
        legend.addStretch(1)
        layout.addLayout(legend)
        self.table = QTableWidget(self)
        self.table.setAccessibleName(self.tr("Reports by country and campaign"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.cellDoubleClicked.connect(self._open)
        self.table.cellActivated.connect(self._open)
        layout.addWidget(self.table, 1)
        self.totals = QLabel(self)
        layout.addWidget(self.totals)
        ctx.events.records_changed.connect(self._on_records_changed)
        self.reload()

    def reload(self) -> None:
        ops.load_review_grid(self.ctx, on_done=self._show, owner=self)

    def _on_records_changed(self, change: RecordsChanged) -> None:
        if change.touches("country_report") or change.touches("campaign"):
            self.reload()

    def _show(self, grid: ops.ReviewGrid) -> None:
        self.grid_data = grid
        lang = i18n.current_language()
        countries = sorted(
            {code for c in grid.campaigns for code in DIALOGUES[c.campaign.dialogue].members},
            key=lambda code: country_name(code, lang).casefold(),
        )
        states = Labels().report_state()
        self.table.clear()
        self.table.setRowCount(len(countries))
        self.table.setColumnCount(len(grid.campaigns))
        self.table.setHorizontalHeaderLabels(
            [f"{c.campaign.title_in(lang)}\n{c.campaign.period}" for c in grid.campaigns]
        )
        self.table.setVerticalHeaderLabels([country_name(code, lang) for code in countries])
        counts: dict[str, int] = {}
        for column, info in enumerate(grid.campaigns):
            members = DIALOGUES[info.campaign.dialogue].members
            for row, code in enumerate(countries):
                if code not in members:
                    item = QTableWidgetItem("")
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    item.setBackground(QBrush(QColor("#fafafa")))
                    self.table.setItem(row, column, item)
                    continue
                state, report_id = grid.cells.get((info.id, code), ("missing", None))
                counts[state] = counts.get(state, 0) + 1
                item = QTableWidgetItem(label(states, state))
                item.setBackground(QBrush(STATE_COLOURS.get(state, QColor("#ffffff"))))
                item.setForeground(QBrush(QColor("#212121")))
                item.setData(REPORT_ROLE, report_id)
                item.setData(COUNTRY_ROLE, code)
                item.setToolTip(f"{country_name(code, lang)} — {label(states, state)}")
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.totals.setText(
            " · ".join(f"{label(states, s)}: {counts[s]}" for s in LEGEND if counts.get(s))
        )

    def cell(self, campaign_id: str, country: str) -> tuple[int, int]:
        """The grid position of a country's report (for tests and keyboard navigation)."""
        assert self.grid_data is not None
        column = [c.id for c in self.grid_data.campaigns].index(campaign_id)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, column)
            if item and item.data(COUNTRY_ROLE) == country:
                return row, column
        raise LookupError(country)

    def _open(self, row: int, column: int) -> None:
        item = self.table.item(row, column)
        report_id = item.data(REPORT_ROLE) if item else None
        if report_id:
            from ..dialogs.review import ReviewDialog

            dialog = ReviewDialog(self.ctx, report_id, self.window())
            dialog.open()
