"""A resubmitted report's changes since the secretariat returned it: one row per answer or
initiative field, with the value when returned and the value now."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.campaign import FormDefinition
from desktop.domain.reference.countries import country_name
from desktop.domain.report_changes import Change, report_changes

from .. import i18n
from ..bidi import ltr
from ..labels import Labels, label

NOTHING = "—"


class ReviewChanges(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("What changed since the report was returned"))
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Changes since the return"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("When returned"), self.tr("Now")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)  # one line a change; the tooltip has the whole text
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(self.fontMetrics().height() * 12)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        self.changes: list[Change] = []

    def show_changes(
        self, form: FormDefinition | None, returned: dict[str, Any] | None, now: dict[str, Any]
    ) -> None:
        if returned is None:
            self.changes = []
            self.note.setText(
                self.tr(
                    "Neither the server nor this computer holds the version that was returned, "
                    "so this review cannot show what changed; compare it with the comments below."
                )
            )
            self.table.hide()
            return
        self.changes = report_changes(form, returned, now)
        questions = {q.id: q for q in form.questions()} if form is not None else {}
        self.note.setText(
            self.tr("%n change(s) since the return.", "", len(self.changes))
            if self.changes
            else self.tr("Nothing changed since the report was returned.")
        )
        self.table.setVisible(bool(self.changes))
        self.table.setRowCount(len(self.changes))
        for row, change in enumerate(self.changes):
            cells = (self.what(change, questions), *self.values(change, questions))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)

    def rows(self) -> list[tuple[str, str, str]]:
        """The table's text (for tests)."""
        return [
            tuple(self.table.item(r, c).text() for c in range(3))
            for r in range(self.table.rowCount())
        ]

    # Text -----------------------------------------------------------------------------------

    def what(self, change: Change, questions: dict) -> str:
        lang = i18n.current_language()
        if change.part == "answer":
            question = questions.get(change.subject)
            return question.label_in(lang) if question else change.subject
        title = change.subject or self.tr("(untitled)")
        if change.kind == "added":
            return self.tr("Initiative added: {title}").format(title=title)
        if change.kind == "removed":
            return self.tr("Initiative removed: {title}").format(title=title)
        return self.tr("Initiative “{title}”: {field}").format(
            title=title, field=self.field_label(change.field or "")
        )

    def values(self, change: Change, questions: dict) -> tuple[str, str]:
        if change.part == "initiative" and change.field is None:
            present = self.tr("present")
            return (NOTHING if change.before is None else present), (
                NOTHING if change.after is None else present
            )
        question = questions.get(change.subject) if change.part == "answer" else None
        return self.value(change.before, question, change.field), self.value(
            change.after, question, change.field
        )

    def value(self, value: Any, question, field: str | None) -> str:
        if value is None or value == "" or value == []:
            return NOTHING
        lang = i18n.current_language()
        items = value if isinstance(value, list) else [value]
        if question is not None and getattr(question, "choices", None):
            items = [question.choice_label(str(v), lang) for v in items]
        elif field == "countries" or getattr(question, "type", None) == "country_list":
            items = [country_name(str(v), lang) for v in items]
        elif field == "type":
            items = [label(Labels().initiative_type(), str(v)) for v in items]
        elif field == "status":
            items = [label(Labels().initiative_status(), str(v)) for v in items]
        text = "; ".join(str(v) for v in items)
        return ltr(text) if field in ("link", "budget_eur", "start_date", "end_date") else text

    def field_label(self, field: str) -> str:
        labels = {
            "type": self.tr("Type"),
            "title": self.tr("Title"),
            "description": self.tr("Description"),
            "domains": self.tr("JVAP domains"),
            "priority_areas": self.tr("Priority areas"),
            "countries": self.tr("Countries covered"),
            "implementing_organisations": self.tr("Implementing organisations"),
            "partner_organisations": self.tr("Partner organisations"),
            "funding_sources": self.tr("Funding sources"),
            "budget_eur": self.tr("Budget (EUR)"),
            "start_date": self.tr("Start date"),
            "end_date": self.tr("End date"),
            "status": self.tr("Status"),
            "target_groups": self.tr("Target groups"),
            "link": self.tr("Link"),
        }
        return labels.get(field, field)
