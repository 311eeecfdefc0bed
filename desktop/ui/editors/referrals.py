"""The referrals of a case as a small editable table (organisation, date, their reference)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

_KEYS = ("organisation", "date", "reference")


class ReferralsEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Organisation"), self.tr("Date"), self.tr("Their reference")]
        )
        self.table.setAccessibleName(self.tr("Referrals"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(160)
        self.table.setMinimumWidth(120)
        self.table.horizontalHeader().setMinimumSectionSize(50)
        self.table.horizontalHeader().setDefaultSectionSize(90)
        self.table.setToolTip(self.tr("Dates as YYYY-MM-DD"))
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add referral"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0) or self._item(row, 0, ""))
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def _item(self, row: int, column: int, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        self.table.setItem(row, column, item)
        return item

    def value(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.table.rowCount()):
            texts = [
                (self.table.item(row, c).text().strip() if self.table.item(row, c) else "")
                for c in range(3)
            ]
            if any(texts):
                out.append({k: v for k, v in zip(_KEYS, texts, strict=True) if v})
        return out

    def set_value(self, value: Any) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for referral in value or []:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, key in enumerate(_KEYS):
                self._item(row, column, str(referral.get(key) or ""))
        self.table.blockSignals(False)

    def setReadOnly(self, read_only: bool) -> None:
        triggers = QTableWidget.EditTrigger
        self.table.setEditTriggers(
            triggers.NoEditTriggers if read_only else triggers.AllEditTriggers
        )
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
