"""Value widgets: each has `value()`, `set_value(v)` and a `changed` signal, and gives the
domain the raw input when it cannot be parsed, so the domain's message explains what to fix."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyle,
    QWidget,
    QWidgetAction,
)

_SPLIT = re.compile(r"[;\n]|,(?!\d)")


def _number(text: str) -> Any:
    text = text.strip()
    if not text:
        return None
    for kind in (int, float):
        try:
            return kind(text.replace(" ", "").replace("\u202f", ""))
        except ValueError:
            continue
    return text  # not a number: the domain says so in words


class TextEdit(QLineEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, upper: bool = False):
        super().__init__(parent)
        self._upper = upper
        self.setClearButtonEnabled(True)
        self.textChanged.connect(self.changed)

    def setReadOnly(self, read_only: bool) -> None:
        super().setReadOnly(read_only)
        self.setClearButtonEnabled(not read_only)

    def value(self) -> str | None:
        text = self.text().strip()
        return (text.upper() if self._upper else text) or None

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class NumberEdit(TextEdit):
    """A number, saying so before anything is typed: "Enter a number", with the range when
    there is one ("A number from 0 to 120") and "EUR" for amounts."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        minimum: float | None = None,
        maximum: float | None = None,
        money: bool = False,
    ):
        super().__init__(parent)
        self.minimum, self.maximum = minimum, maximum
        self.setPlaceholderText(self._wanted(money))
        self.setToolTip(self.placeholderText())

    def _wanted(self, money: bool) -> str:
        low, high = _shown(self.minimum), _shown(self.maximum)
        if money:
            if low is not None and high is not None:
                return self.tr("An amount in EUR from {low} to {high}").format(low=low, high=high)
            if low is not None:
                return self.tr("An amount in EUR, {low} or more").format(low=low)
            return self.tr("An amount in EUR")
        if low is not None and high is not None:
            return self.tr("A number from {low} to {high}").format(low=low, high=high)
        if low is not None:
            return self.tr("A number, {low} or more").format(low=low)
        if high is not None:
            return self.tr("A number, {high} or less").format(high=high)
        return self.tr("Enter a number")

    def value(self) -> Any:
        return _number(self.text())


def _shown(bound: float | None) -> str | None:
    if bound is None:
        return None
    return f"{bound:g}" if isinstance(bound, float) else str(bound)


class DateEdit(TextEdit):
    """ISO date as text (a date may be unknown), with a calendar to pick from."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)
        self._pick_action = QAction(icon, self.tr("Pick a date"), self)
        self._pick_action.triggered.connect(self._pick)
        self.addAction(self._pick_action, QLineEdit.ActionPosition.TrailingPosition)

    def setReadOnly(self, read_only: bool) -> None:
        super().setReadOnly(read_only)
        self._pick_action.setVisible(not read_only)

    def _pick(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        current = QDate.fromString(self.text().strip(), Qt.DateFormat.ISODate)
        if current.isValid():
            calendar.setSelectedDate(current)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)
        calendar.clicked.connect(
            lambda d: (self.setText(d.toString(Qt.DateFormat.ISODate)), menu.close())
        )
        menu.exec(self.mapToGlobal(self.rect().bottomLeft()))


class ListEdit(TextEdit):
    """A list of short texts separated by semicolons (or commas)."""

    def value(self) -> list[str]:
        return [part.strip() for part in _SPLIT.split(self.text()) if part.strip()]

    def set_value(self, value: Any) -> None:
        self.setText("; ".join(str(v) for v in value or []))


class ValueCombo(QComboBox):
    """A choice among (label, value) pairs; editable ones also accept typed text."""

    changed = Signal()

    def __init__(
        self,
        items: Iterable[tuple[str, Any]] = (),
        parent: QWidget | None = None,
        *,
        blank: str | None = None,
        editable: bool = False,
    ):
        super().__init__(parent)
        self.setEditable(editable)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        if blank is not None:
            self.addItem(blank, None)
        for text, value in items:
            self.addItem(text, value)
        if editable:
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = self.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.editTextChanged.connect(self.changed)
        self.currentIndexChanged.connect(self.changed)

    def value(self) -> Any:
        if self.isEditable():
            text = self.currentText().strip()
            index = self.findText(text, Qt.MatchFlag.MatchFixedString)
            if index >= 0:
                return self.itemData(index)
            return text or None
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)
        elif self.isEditable():
            self.setEditText("" if value is None else str(value))
        else:
            self.setCurrentIndex(0)


class CheckList(QListWidget):
    """Several choices ticked in a list. Long choices wrap onto more lines (never cut off),
    and the list is as tall as its first `ROWS` choices."""

    changed = Signal()
    ROWS = 7

    def __init__(self, items: Iterable[tuple[str, Any]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustIgnored)
        for text, value in items:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setToolTip(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        if self.count() <= self.ROWS:  # all rows shown: no scroll bar to take their width
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_height()

    def minimumSizeHint(self) -> QSize:
        return QSize(120, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the first rows at the current width (wrapped rows are taller)."""
        self.doItemsLayout()
        shown = range(min(self.count(), self.ROWS))
        rows = [self.visualItemRect(self.item(i)).height() for i in shown]
        line = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height()
        height = sum(h if h > 0 else line for h in rows) or line
        self.setFixedHeight(height + 2 * self.frameWidth() + 4)

    def value(self) -> list[Any]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for i in range(self.count()):
            item = self.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
