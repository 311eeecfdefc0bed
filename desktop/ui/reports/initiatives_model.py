"""The initiatives of a report as an editable table: title, dates and budget edit in place;
type and status from a list; every field in the initiative dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.domain.reference.jvap import DOMAINS

from ..labels import Labels, label

_Index = QModelIndex | QPersistentModelIndex
# (key, editable in place)
COLUMNS = (
    ("type", True),
    ("title", True),
    ("domains", False),
    ("status", True),
    ("budget_eur", True),
    ("start_date", True),
    ("end_date", True),
)
CHOICE_COLUMNS = {"type": ("project", "policy"), "status": ("planned", "ongoing", "completed")}


class InitiativesModel(QAbstractTableModel):
    edited = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.items: list[dict[str, Any]] = []
        self.read_only = False
        labels = Labels()
        self._choices = {"type": labels.initiative_type(), "status": labels.initiative_status()}
        self._titles = [
            self.tr("Type"),
            self.tr("Title"),
            self.tr("JVAP domains"),
            self.tr("Status"),
            self.tr("Budget (EUR)"),
            self.tr("Start"),
            self.tr("End"),
        ]

    def set_items(self, items: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.items = [dict(item) for item in items]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and COLUMNS[index.column()][1] and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = COLUMNS[index.column()][0]
        value = self.items[index.row()].get(key)
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text, whatever the column's width
            if key == "domains":
                return "\n".join(f"{d}. {DOMAINS[d].title}" for d in value or [] if d in DOMAINS)
            return self.data(index, Qt.ItemDataRole.DisplayRole) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if key in self._choices:
            return label(self._choices[key], value)
        if key == "domains":
            return ", ".join(str(d) for d in value or [])
        if key == "budget_eur" and value not in (None, ""):
            try:
                return f"{float(value):,.0f}"
            except ValueError:
                return str(value)
        return "" if value is None else str(value)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key = COLUMNS[index.column()][0]
        text = str(value).strip()
        item = self.items[index.row()]
        if text:
            item[key] = _budget(text) if key == "budget_eur" else text
        else:
            item.pop(key, None)
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def choices(self, column: int) -> list[tuple[str, str]]:
        key = COLUMNS[column][0]
        values = CHOICE_COLUMNS.get(key, ())
        return [(label(self._choices[key], v), v) for v in values]

    def replace(self, row: int, item: dict[str, Any]) -> None:
        self.items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.edited.emit()

    def append(self, item: dict[str, Any]) -> None:
        row = len(self.items)
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.append(item)
        self.endInsertRows()
        self.edited.emit()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            self.endRemoveRows()
            self.edited.emit()


def _budget(text: str) -> Any:
    cleaned = text.replace(",", "").replace(" ", "")
    try:
        return float(cleaned) if "." in cleaned else int(cleaned)
    except ValueError:
        return text
