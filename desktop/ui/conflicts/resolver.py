"""One conflict: every field with this computer's value and the server's, a choice per field
(differences first), and Save, which writes a new local edit on the server's revision."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import RecordInvalid
from desktop.domain.records import normalise
from desktop.storage.conflicts import Conflict

from ..context import AppContext
from ..forms.binder import ErrorLabel
from ..labels import Labels, label, term
from ..messages import error_text, field_message
from ..operations import conflicts as ops
from .fields import field_title, flatten, show, unflatten

LOCAL, SERVER = 0, 1


def _canonical(kind: str, data: dict) -> dict:
    """Both sides in the same shape (defaults filled in), so only real differences show."""
    try:
        return normalise(kind, data)
    except (RecordInvalid, ValueError):
        return data


DIFFERENT = QColor("#fff3e0")


class ConflictResolver(QWidget):
    resolved = Signal(int)  # conflict id

    def __init__(self, ctx: AppContext, conflict: Conflict, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.conflict = conflict
        self.local = flatten(_canonical(conflict.kind, conflict.local_data))
        self.server = flatten(_canonical(conflict.kind, conflict.server_data))
        paths = list(dict.fromkeys([*self.local, *self.server]))
        self.differing = [p for p in paths if self.local.get(p) != self.server.get(p)]
        self.paths = self.differing + [p for p in paths if p not in self.differing]
        self.groups: dict[str, QButtonGroup] = {}
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr(
                "{label} was changed here and on the server. Choose, field by "
                "field, the value to keep."
            ).format(label=ops.conflict_label(conflict)),
            self,
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.only_differences = QCheckBox(self.tr("Show only the fields that differ"), self)
        self.only_differences.setChecked(True)
        self.only_differences.toggled.connect(self._filter_rows)
        layout.addWidget(self.only_differences)
        self.table = QTableWidget(len(self.paths), 4, self)
        self.table.setAccessibleName(self.tr("Fields in conflict"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("On this computer"),
                self.tr("On the server"),
                self.tr("Keep"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, path in enumerate(self.paths):
            self._add_row(row, path)
        # The two values share what is left once the field's name and the choice are shown,
        # so on a narrow screen they wrap rather than shrink to "…".
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 200))
        layout.addWidget(self.table, 1)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        mine = QPushButton(self.tr("Keep all mine"), self)
        theirs = QPushButton(self.tr("Take all from the server"), self)
        self.save_button = QPushButton(self.tr("Save resolution"), self)
        self.save_button.setDefault(True)
        mine.clicked.connect(lambda: self.choose_all(LOCAL))
        theirs.clicked.connect(lambda: self.choose_all(SERVER))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(mine)
        buttons.addWidget(theirs)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self._filter_rows(True)

    def _add_row(self, row: int, path: str) -> None:
        differs = path in self.differing
        cells = [
            field_title(self.conflict.kind, path),
            self._show(path, self.local.get(path)),
            self._show(path, self.server.get(path)),
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if differs:
                item.setBackground(QBrush(DIFFERENT))
                item.setForeground(QBrush(QColor("#212121")))
            self.table.setItem(row, column, item)
        holder = QWidget(self.table)
        box = QHBoxLayout(holder)
        box.setContentsMargins(6, 0, 6, 0)
        group = QButtonGroup(holder)
        for choice, text in ((LOCAL, self.tr("Mine")), (SERVER, self.tr("Server's"))):
            radio = QRadioButton(text, holder)
            radio.setAccessibleName(f"{cells[0]}: {text}")
            group.addButton(radio, choice)
            box.addWidget(radio)
        group.button(LOCAL).setChecked(True)
        holder.setEnabled(differs)
        self.table.setCellWidget(row, 3, holder)
        self.groups[path] = group

    def _show(self, path: str, value) -> str:
        """Values of fixed vocabularies by their names ("Found alive", not found_alive)."""
        labels = Labels()
        vocabularies = {("missing_case", "status"): labels.case_status(),
                        ("missing_case", "person.sex"): labels.sex(),
                        ("missing_case", "last_contact.date_precision"): labels.date_precision(),
                        ("country_report", "state"): labels.report_state()}  # fmt: skip
        terms = {("missing_case", "journey.route"): labels.route(),
                 ("incident", "route"): labels.route(),
                 ("incident", "region"): labels.region(),
                 ("incident", "region_of_origin"): labels.region(),
                 ("incident", "cause_of_death"): labels.cause_of_death()}  # fmt: skip
        mapping = vocabularies.get((self.conflict.kind, path))
        if mapping and isinstance(value, str):
            return label(mapping, value)
        known = terms.get((self.conflict.kind, path))  # IOM's terms; other text as it is
        if known and isinstance(value, str):
            return term(known, value)
        if known and isinstance(value, list) and value:
            return "; ".join(term(known, str(v)) for v in value)
        return show(value)

    def _filter_rows(self, only: bool) -> None:
        for row, path in enumerate(self.paths):
            self.table.setRowHidden(row, only and path not in self.differing)
        self.table.resizeRowsToContents()

    def choose(self, path: str, choice: int) -> None:
        self.groups[path].button(choice).setChecked(True)

    def choose_all(self, choice: int) -> None:
        for path in self.differing:
            self.choose(path, choice)

    def chosen_data(self) -> dict:
        flat = {}
        for path in self.paths:
            source = self.server if self.groups[path].checkedId() == SERVER else self.local
            flat[path] = source.get(path)
        return unflatten(flat, self.conflict.kind)

    def save(self) -> None:
        self.save_button.setEnabled(False)
        ops.resolve_conflict(
            self.ctx,
            self.conflict,
            self.chosen_data(),
            owner=self,
            on_done=lambda _r: self.resolved.emit(self.conflict.id),
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, RecordInvalid):
            lines = [
                f"{field_title(self.conflict.kind, e.field)}: {field_message(e)}"
                for e in exc.errors
            ]
            self.error.show_message(
                self.tr("This combination is not valid:") + "\n" + "\n".join(lines)
            )
        else:
            self.error.show_message(error_text(exc))
