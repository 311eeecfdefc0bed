"""The secretariat's inbox: a country × campaign grid coloured by each report's state, sorted
by country name in the interface language. The state chips are filters (the countries with a
report in any ticked state; none ticked: every country) and a search box finds countries by
name. A double-click opens the report to accept it or return it with a comment; Export…
writes every country report to an Excel workbook."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.reference.countries import country_name
from desktop.domain.reference.dialogues import DIALOGUES
from desktop.storage.listing import ListQuery

from .. import i18n
from ..collation import matches, sorted_by_name
from ..context import AppContext
from ..events import RecordsChanged
from ..labels import STATE_COLOURS, Labels, label
from ..operations import reports as ops

REPORT_ROLE = Qt.ItemDataRole.UserRole + 1
COUNTRY_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_ROLE = Qt.ItemDataRole.UserRole + 3
LEGEND = ("missing", "draft", "submitted", "resubmitted", "returned", "accepted")


class InboxPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.grid_data: ops.ReviewGrid | None = None
        self.countries: list[str] = []
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
        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a country"))
        self.search.setAccessibleName(self.tr("Find a country"))
        self.search.textChanged.connect(lambda _t: self.apply_filters())
        bar.addWidget(self.search, 1)
        self.chips: dict[str, QPushButton] = {}
        states = Labels().report_state()
        for state in LEGEND:
            chip = QPushButton(label(states, state), self)
            chip.setCheckable(True)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setToolTip(self.tr("Show only the countries with a report in this state"))
            chip.setStyleSheet(_chip_style(STATE_COLOURS[state].name()))
            chip.toggled.connect(lambda _on: self.apply_filters())
            self.chips[state] = chip
            bar.addWidget(chip)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Export every country report to an Excel workbook"))
        self.export_button.clicked.connect(self.export_reports)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
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
        codes = {code for c in grid.campaigns for code in DIALOGUES[c.campaign.dialogue].members}
        countries = sorted_by_name(codes, lambda code: country_name(code, lang), lang)
        self.countries = countries
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
                item.setData(STATE_ROLE, state)
                item.setToolTip(f"{country_name(code, lang)} — {label(states, state)}")
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for state, chip in self.chips.items():
            chip.setText(f"{label(states, state)} ({counts.get(state, 0)})")
        self.apply_filters()

    # Filters --------------------------------------------------------------------------------

    def ticked_states(self) -> set[str]:
        return {state for state, chip in self.chips.items() if chip.isChecked()}

    def apply_filters(self) -> None:
        """Hide the countries that match neither the search nor a ticked state."""
        lang = i18n.current_language()
        wanted, typed = self.ticked_states(), self.search.text()
        shown = 0
        for row, code in enumerate(self.countries):
            states = self._row_states(row)
            visible = (not wanted or bool(states & wanted)) and (
                not typed.strip() or _country_matches(typed, code, lang)
            )
            self.table.setRowHidden(row, not visible)
            shown += visible
        total = len(self.countries)
        self.totals.setText(
            self.tr("{shown} of {total} countries shown").format(shown=shown, total=total)
            if total
            else ""
        )

    def _row_states(self, row: int) -> set[str]:
        items = (self.table.item(row, column) for column in range(self.table.columnCount()))
        return {item.data(STATE_ROLE) for item in items if item and item.data(STATE_ROLE)}

    def visible_countries(self) -> list[str]:
        """The countries shown, top to bottom (for tests and keyboard navigation)."""
        return [c for row, c in enumerate(self.countries) if not self.table.isRowHidden(row)]

    # Cells ----------------------------------------------------------------------------------

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

    def export_reports(self):
        from ..dialogs.export import open_export

        return open_export(self.ctx, ListQuery(kind="country_report"), self.window())


def _country_matches(typed: str, code: str, lang: str) -> bool:
    """By its name in the interface language, its English name or its ISO code."""
    if typed.strip().upper() == code:
        return True
    return matches(typed, country_name(code, lang)) or matches(typed, country_name(code, "en"))


def _chip_style(colour: str) -> str:
    return (
        f"QPushButton {{ background: {colour}; color: #212121; border: 1px solid {colour};"
        " border-radius: 10px; padding: 3px 10px; }"
        " QPushButton:checked { border: 2px solid #263238; }"
        " QPushButton:hover { border-color: #607d8b; }"
    )
