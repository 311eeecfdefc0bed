"""A list of records as a Qt table model: keyset pages fetched on the database worker as the
view scrolls (`canFetchMore`/`fetchMore`); filter and sort are a new `ListQuery` run in SQL."""

from __future__ import annotations

import time
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.storage.listing import ListQuery, ListRow, Page
from desktop.storage.storage_errors import classify

from ..context import AppContext
from ..labels import SYNC_COLOURS, server_errors_text
from ..operations import records as ops
from .columns import Column

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SYNC_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


class RecordListModel(QAbstractTableModel):
    first_page_loaded = Signal(float)  # seconds from the query to its first rows
    total_changed = Signal(int)
    loading_changed = Signal(bool)

    def __init__(
        self,
        ctx: AppContext,
        columns: list[Column],
        query: ListQuery,
        *,
        page_size: int = 200,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.columns = columns
        self.query = query
        self.page_size = page_size
        self.total: int | None = None
        self._rows: list[ListRow] = []
        self._after: tuple[str, str] | None = None
        self._more = True
        self._loading = False
        self._generation = 0
        self._asked_at = 0.0

    # Queries --------------------------------------------------------------------------------

    def set_query(self, query: ListQuery) -> None:
        """Show another filter/sort: drops the rows and fetches the first page."""
        self.query = query
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows, self._after, self._more, self._loading = [], None, True, False
        self.endResetModel()
        self._asked_at = time.perf_counter()
        self._fetch()  # the count follows the first page (see _append)

    def refresh(self) -> None:
        """Re-read what is shown (after records changed), keeping as many rows loaded."""
        generation = self._generation = self._generation + 1
        limit = max(len(self._rows), self.page_size)
        self._set_loading(True)
        ops.fetch_page(
            self.ctx,
            self.query,
            None,
            limit,
            owner=self,
            on_done=lambda page: self._replace(generation, page),
            on_error=self._load_failed,
            wanted=lambda: generation == self._generation,
        )

    # Qt model API ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._fetch()

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ID_ROLE:
            return row.id
        if role == SYNC_ROLE:
            return row.sync_state
        if column.sync_badge:
            if role == Qt.ItemDataRole.ForegroundRole:
                return SYNC_COLOURS.get(row.sync_state)
            if role == Qt.ItemDataRole.ToolTipRole and row.sync_message:
                return server_errors_text(row.sync_message, self.query.kind)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.query.sort, self.query.descending):
            self.set_query(replace(self.query, sort=key, descending=descending))

    def sort_column(self) -> int:
        return next((i for i, c in enumerate(self.columns) if c.sort == self.query.sort), -1)

    # Rows -----------------------------------------------------------------------------------

    def row_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def list_row(self, row: int) -> ListRow:
        return self._rows[row]

    @property
    def loading(self) -> bool:
        return self._loading

    # Internals ------------------------------------------------------------------------------

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _load_failed(self, exc: BaseException) -> None:
        """A page that could not be read: a damaged database is the window's to tell, once
        (the view would ask for the same page again and again)."""
        if classify(exc) is not None:
            self._more = False
            if (report := self.ctx.tasks.default_error) is not None:
                report(exc)
        self._set_loading(False)

    def _fetch(self) -> None:
        generation = self._generation
        self._set_loading(True)
        ops.fetch_page(
            self.ctx,
            self.query,
            self._after,
            self.page_size,
            owner=self,
            on_done=lambda page: self._append(generation, page),
            on_error=self._load_failed,
            wanted=lambda: generation == self._generation,
        )

    def _count(self) -> None:
        generation = self._generation

        def done(total: int | None) -> None:
            if total is not None and generation == self._generation:
                self.total = total
                self.total_changed.emit(total)

        ops.count(
            self.ctx,
            self.query,
            on_done=done,
            owner=self,
            wanted=lambda: generation == self._generation,
        )

    def _append(self, generation: int, page: Page | None) -> None:
        if page is None or generation != self._generation:
            return  # an older query's page
        first = not self._rows
        if page.rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._after, self._more = page.next_after, page.next_after is not None
        self._set_loading(False)
        if first:
            self.first_page_loaded.emit(time.perf_counter() - self._asked_at)
            self._count()

    def _replace(self, generation: int, page: Page | None) -> None:
        if page is None or generation != self._generation:
            return
        self.beginResetModel()
        self._rows = list(page.rows)
        self._after, self._more = page.next_after, page.next_after is not None
        self.endResetModel()
        self._set_loading(False)
        self._count()
