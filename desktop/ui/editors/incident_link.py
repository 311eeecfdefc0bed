"""The incident a case is linked to: chosen from a searchable list of incidents."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.storage.listing import ListQuery

from ..context import AppContext
from ..models.columns import ColumnSets
from ..models.record_list import ID_ROLE, RecordListModel
from ..operations.records import load_record


class IncidentPicker(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link an incident"))
        self.resize(760, 480)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by incident ID, place or country"))
        self.model = RecordListModel(
            ctx, ColumnSets().for_kind("incident"), ListQuery(kind="incident"), parent=self
        )
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(
            lambda text: self.model.set_query(ListQuery(kind="incident", search=text or None))
        )
        self.model.reload()

    def chosen(self) -> tuple[str, str] | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        row = self.model.list_row(index.row())
        return self.model.data(index.siblingAtColumn(0), ID_ROLE), row.label


class IncidentLink(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._id: str | None = None
        self.text = QLineEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlaceholderText(self.tr("No incident linked"))
        self.choose = QPushButton(self.tr("Choose…"), self)
        self.clear = QPushButton(self.tr("Clear"), self)
        self.choose.clicked.connect(self._choose)
        self.clear.clicked.connect(lambda: self._set(None, ""))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.choose)
        layout.addWidget(self.clear)

    def _choose(self) -> None:
        picker = IncidentPicker(self.ctx, self)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen():
            self._set(*picker.chosen())

    def _set(self, record_id: str | None, label: str) -> None:
        self._id = record_id
        self.text.setText(label or (record_id or ""))
        self.changed.emit()

    def value(self) -> Any:
        return self._id

    def set_value(self, value: Any) -> None:
        self._id = str(value) if value else None
        self.text.setText(self._id or "")
        if self._id:
            wanted = self._id
            load_record(self.ctx, wanted, owner=self, on_done=lambda result: self._label(
                wanted, result[0]))  # fmt: skip

    def _label(self, wanted: str, record) -> None:
        if record is not None and self._id == wanted:
            data = record.data
            self.text.setText(f"{data.get('incident_id', '')} — {data.get('location') or ''}")

    def setReadOnly(self, read_only: bool) -> None:
        self.choose.setEnabled(not read_only)
        self.clear.setEnabled(not read_only)
