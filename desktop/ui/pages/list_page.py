"""A page listing records of one kind: search, filters, SQL sorting, keyset paging as the view
scrolls, unsaved drafts to resume, and editors opened on double-click."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.storage.listing import ListQuery
from desktop.storage.models import SyncState

from ..context import AppContext
from ..editors.window import open_editor
from ..events import RecordsChanged
from ..labels import Labels, term
from ..models.columns import ColumnSets
from ..models.record_list import ID_ROLE, RecordListModel
from ..operations import drafts as draft_ops
from ..operations import records as ops
from ..side_by_side import SideBySide

SEARCH_DELAY_MS = 250


class ListTexts(QObject):
    """Sentences of every list page (the pages are subclasses, whose `tr` context differs)."""

    def unsaved_drafts(self, count: int) -> str:
        return self.tr("%n record(s) with changes not saved yet.", "", count)


class RecordListPage(QWidget):
    kind = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RecordListModel(
            ctx, ColumnSets().for_kind(self.kind), ListQuery(kind=self.kind), parent=self
        )
        self._build()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.model.total_changed.connect(self._show_total)
        ctx.events.records_changed.connect(self._on_records_changed)
        ctx.events.drafts_changed.connect(self._on_drafts_changed)
        self.model.reload()
        self._load_routes()
        self._load_drafts()

    # For subclasses -------------------------------------------------------------------------

    def noun_count(self, n: int) -> str:
        return str(n)

    def new_label(self) -> str:
        return QCoreApplication.translate("RecordListPage", "New")

    def extra_filters(self, row: QHBoxLayout) -> None:
        pass

    def extra_buttons(self, row: QHBoxLayout) -> None:
        pass

    def query_filters(self) -> dict:
        return {}

    # Layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar, actions = QHBoxLayout(), QHBoxLayout()  # filters; buttons (under them if narrow)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(QCoreApplication.translate("RecordListPage", "Search"))
        self.search.setMinimumWidth(180)
        bar.addWidget(self.search, 2)
        self.extra_filters(bar)
        self.route_filter = self._combo(
            QCoreApplication.translate("RecordListPage", "All routes"),
            QCoreApplication.translate("RecordListPage", "Route filter"),
        )
        bar.addWidget(self.route_filter, 1)
        sync = Labels().sync_state()
        self.sync_filter = self._combo(
            QCoreApplication.translate("RecordListPage", "Any sync state"),
            QCoreApplication.translate("RecordListPage", "Sync state filter"),
        )
        for state in SyncState:
            self.sync_filter.addItem(sync[state], state)
        bar.addWidget(self.sync_filter)
        actions.addStretch(1)
        self.extra_buttons(actions)
        self.new_button = QPushButton(self.new_label(), self)
        self.new_button.setToolTip(QCoreApplication.translate("RecordListPage", "Ctrl+N"))
        self.new_button.clicked.connect(self.new_record)
        actions.addWidget(self.new_button)
        self.export_button = QPushButton(
            QCoreApplication.translate("RecordListPage", "Export…"), self
        )
        self.export_button.setToolTip(
            QCoreApplication.translate("RecordListPage", "Export the list to an Excel workbook")
        )
        self.export_button.clicked.connect(self.export_list)
        actions.addWidget(self.export_button)
        self.toolbar = SideBySide(bar, actions, self, stretch=(1, 0))
        layout.addWidget(self.toolbar)

        self.drafts_bar = QFrame(self)
        self.drafts_bar.setObjectName("draftsBar")
        self.drafts_bar.setStyleSheet(
            "QFrame#draftsBar { background: #fff8e1; border-radius: 4px; }"
        )
        drafts_row = QHBoxLayout(self.drafts_bar)
        self.drafts_text = QLabel(self.drafts_bar)
        self.drafts_text.setStyleSheet("color: #5d4037;")
        self.drafts_button = QToolButton(self.drafts_bar)
        self.drafts_button.setText(QCoreApplication.translate("RecordListPage", "Resume…"))
        self.drafts_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.drafts_button.setMenu(QMenu(self.drafts_button))
        drafts_row.addWidget(self.drafts_text, 1)
        drafts_row.addWidget(self.drafts_button)
        self.drafts_bar.hide()
        layout.addWidget(self.drafts_bar)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(QCoreApplication.translate("RecordListPage", "Records"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header.sortIndicatorChanged.connect(self._keep_sort_indicator)
        self.view.doubleClicked.connect(self._open_index)
        self.view.activated.connect(self._open_index)
        layout.addWidget(self.view, 1)
        self.total_label = QLabel(self)
        layout.addWidget(self.total_label)

    def _combo(self, everything: str, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(everything, None)
        combo.setAccessibleName(name)
        combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        return combo

    def set_column_widths(self, widths: list[int], stretch: int) -> None:
        """Initial widths; column `stretch` takes the room left."""
        for column, width in enumerate(widths):
            self.view.setColumnWidth(column, width)
        self.view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    # Behaviour ------------------------------------------------------------------------------

    def _keep_sort_indicator(self, column: int, _order) -> None:
        """Columns without an SQL sort key keep the indicator where the sort really is."""
        if self.model.columns[column].sort is None:
            header = self.view.horizontalHeader()
            order = (
                Qt.SortOrder.DescendingOrder
                if self.model.query.descending
                else Qt.SortOrder.AscendingOrder
            )
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), order)
            header.blockSignals(False)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_record(self) -> None:
        open_editor(self.ctx, self.kind, parent=self.window())

    def export_list(self):
        """The export dialog for what the list shows (its search and filters)."""
        from ..dialogs.export import open_export

        return open_export(self.ctx, self.model.query, self.window())

    def _open_index(self, index) -> None:
        record_id = self.model.data(index.siblingAtColumn(0), ID_ROLE)
        if record_id:
            open_editor(self.ctx, self.kind, record_id, parent=self.window())

    def _apply_filters(self) -> None:
        query = replace(
            self.model.query,
            search=self.search.text().strip() or None,
            route=self.route_filter.currentData(),
            sync_state=self.sync_filter.currentData(),
            **self.query_filters(),
        )
        if query != self.model.query:
            self.model.set_query(query)

    def _show_total(self, total: int) -> None:
        self.total_label.setText(self.noun_count(total))

    def _on_records_changed(self, change: RecordsChanged) -> None:
        if change.touches(self.kind):
            self.model.refresh()
            self._load_routes()

    def _load_routes(self) -> None:
        ops.distinct_routes(self.ctx, self.kind, on_done=self._set_routes, owner=self)

    def _set_routes(self, routes: list[str]) -> None:
        current = self.route_filter.currentData()
        self.route_filter.blockSignals(True)
        while self.route_filter.count() > 1:
            self.route_filter.removeItem(1)
        names = Labels().route()
        for route in routes:
            self.route_filter.addItem(term(names, route), route)
        index = self.route_filter.findData(current)
        self.route_filter.setCurrentIndex(max(index, 0))
        self.route_filter.blockSignals(False)

    def _on_drafts_changed(self, kind: str) -> None:
        if kind == self.kind:
            self._load_drafts()

    def _load_drafts(self) -> None:
        draft_ops.list_drafts(self.ctx, self.kind, on_done=self._show_drafts, owner=self)

    def _show_drafts(self, drafts) -> None:
        menu = self.drafts_button.menu()
        menu.clear()
        for draft in drafts:
            action = menu.addAction(self.draft_label(draft))
            action.triggered.connect(lambda _c=False, d=draft: self._resume(d))
        self.drafts_text.setText(ListTexts().unsaved_drafts(len(drafts)))
        self.drafts_bar.setVisible(bool(drafts))

    def draft_label(self, draft) -> str:
        return draft.key

    def _resume(self, draft) -> None:
        open_editor(self.ctx, self.kind, draft.record_id, draft=draft, parent=self.window())
