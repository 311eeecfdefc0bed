"""The initiatives table of a report (a value widget for the binder's "initiatives" path)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .initiative_dialog import InitiativeDialog
from .initiatives_model import CHOICE_COLUMNS, COLUMNS, InitiativesModel

TITLE_COLUMN = [key for key, _editable in COLUMNS].index("title")


class _ChoiceDelegate(QStyledItemDelegate):
    """Type and status are picked from their lists, never typed."""

    def createEditor(self, parent, option, index):
        model: InitiativesModel = index.model()
        if COLUMNS[index.column()][0] not in CHOICE_COLUMNS:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for text, value in model.choices(index.column()):
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor, index):
        if isinstance(editor, QComboBox):
            key = COLUMNS[index.column()][0]
            position = editor.findData(index.model().items[index.row()].get(key))
            editor.setCurrentIndex(max(position, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


class InitiativesTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = InitiativesModel(self)
        self.model.edited.connect(self.changed)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(_ChoiceDelegate(self.view))
        self.view.setAccessibleName(self.tr("Initiatives"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # the user may widen
        header.setStretchLastSection(True)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.dataChanged):
            signal.connect(self._fit_columns)
        self.view.setWordWrap(True)  # a long title wraps in its row instead of being cut
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().hide()
        self.view.doubleClicked.connect(lambda index: self.edit_row(index.row()))
        self.add_button = QPushButton(self.tr("Add initiative…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(lambda: self.edit_row(self.view.currentIndex().row()))
        self.remove_button.clicked.connect(
            lambda: self.model.remove(self.view.currentIndex().row())
        )
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def _fit_columns(self, *_args) -> None:
        """Short columns as wide as their contents; the title wide enough to read, wrapped."""
        self.view.resizeColumnsToContents()
        title = self.view.columnWidth(TITLE_COLUMN)
        self.view.setColumnWidth(TITLE_COLUMN, min(max(title, 220), 360))
        self.view.resizeRowsToContents()

    def add(self) -> None:
        dialog = InitiativeDialog(parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.model.append(dialog.value())

    def edit_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        dialog = InitiativeDialog(self.model.items[row], self, read_only=self.model.read_only)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.model.replace(row, dialog.value())

    def value(self) -> list[dict[str, Any]]:
        return [dict(item) for item in self.model.items]

    def set_value(self, value: Any) -> None:
        self.model.set_items(value or [])

    def setReadOnly(self, read_only: bool) -> None:
        self.model.read_only = read_only
        for button in (self.add_button, self.remove_button):
            button.setEnabled(not read_only)
        self.edit_button.setText(self.tr("View…") if read_only else self.tr("Edit…"))
