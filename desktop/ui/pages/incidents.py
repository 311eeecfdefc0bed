"""Incidents: the list, and "Import IOM file…"."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from ..bidi import ltr
from .list_page import RecordListPage


class IncidentsPage(RecordListPage):
    kind = "incident"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.search.setPlaceholderText(self.tr("Search by incident ID, location or country"))
        self.set_column_widths([190, 100, 150, 320, 210, 90], stretch=3)

    def new_label(self) -> str:
        return self.tr("New incident")

    def noun_count(self, n: int) -> str:
        return self.tr("%n incident(s)", "", n)

    def extra_buttons(self, row: QHBoxLayout) -> None:
        self.import_button = QPushButton(self.tr("Import IOM file…"), self)
        self.import_button.clicked.connect(self.import_file)
        row.addWidget(self.import_button)

    def import_file(self) -> None:
        from ..dialogs.iom_import import IomImportDialog

        IomImportDialog.choose_and_run(self.ctx, self.window())

    def draft_label(self, draft) -> str:
        data = draft.data
        return f"{ltr(data.get('incident_id') or '…')} — {data.get('location') or ''}"
