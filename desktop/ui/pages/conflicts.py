"""Conflicts: the records changed both here and on the server, each resolved field by field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ..bidi import ltr
from ..conflicts.resolver import ConflictResolver
from ..context import AppContext
from ..labels import Labels, label
from ..operations import conflicts as ops


class ConflictsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.conflicts = []
        self.resolver: ConflictResolver | None = None
        splitter = QSplitter(self)
        self.list = QListWidget(splitter)
        self.list.setAccessibleName(self.tr("Open conflicts"))
        self.list.setMinimumWidth(180)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self._show)
        self.stack = QStackedWidget(splitter)
        self.empty = QLabel(
            self.tr(
                "No conflicts. When a record is changed here and on the "
                "server at the same time, it appears here."
            ),
            self.stack,
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 900])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        ctx.events.conflicts_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        ops.list_conflicts(self.ctx, on_done=self._loaded, owner=self)

    def _loaded(self, conflicts) -> None:
        self.conflicts = conflicts
        kinds = Labels().kind()
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in conflicts:
            text = f"{label(kinds, conflict.kind)}: {ltr(ops.conflict_label(conflict))}"
            when = ltr(conflict.created_at[:16].replace("T", " "))
            item = QListWidgetItem(f"{text}\n{when}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        if conflicts:
            self.list.setCurrentRow(0)
            self._show(0)
        else:
            self._drop()
            self.stack.setCurrentWidget(self.empty)

    def _drop(self) -> None:
        if self.resolver is not None:
            self.stack.removeWidget(self.resolver)
            self.resolver.deleteLater()
            self.resolver = None

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.conflicts):
            return
        self._drop()
        self.resolver = ConflictResolver(self.ctx, self.conflicts[row], self.stack)
        self.stack.addWidget(self.resolver)
        self.stack.setCurrentWidget(self.resolver)
