"""Missing cases: the list (search by name or reference, filter by status and route),
"Import cases…" from a spreadsheet or JSON file and "Download template…"."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton

from desktop.domain.missing_case import display_name

from ..bidi import ltr
from ..labels import Labels
from .list_page import RecordListPage


class CasesPage(RecordListPage):
    kind = "missing_case"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.search.setPlaceholderText(self.tr("Search by name, other spelling or reference"))
        self.set_column_widths([130, 240, 140, 250, 105, 105, 90], stretch=1)

    def new_label(self) -> str:
        return self.tr("New case")

    def noun_count(self, n: int) -> str:
        return self.tr("%n case(s)", "", n)

    def extra_filters(self, row: QHBoxLayout) -> None:
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for value, text in Labels().case_status().items():
            self.status_filter.addItem(text, value)
        self.status_filter.currentIndexChanged.connect(lambda _i: self._apply_filters())
        row.addWidget(self.status_filter, 1)

    def extra_buttons(self, row: QHBoxLayout) -> None:
        self.import_button = QPushButton(self.tr("Import cases…"), self)
        self.import_button.setToolTip(
            self.tr("Import cases from the spreadsheet template (.xlsx, .csv) or a JSON export")
        )
        self.import_button.clicked.connect(lambda: self.import_file())
        row.addWidget(self.import_button)
        self.template_button = QPushButton(self.tr("Download template…"), self)
        self.template_button.setToolTip(self.tr("Save the empty spreadsheet template for cases"))
        self.template_button.clicked.connect(lambda: self.download_template())
        row.addWidget(self.template_button)

    def import_file(self, path: str | None = None):
        """Choose a file (or import `path`) and show the import's progress and summary."""
        from ..dialogs.case_import import CaseImportDialog

        if path:
            return CaseImportDialog.run(self.ctx, path, self.window())
        return CaseImportDialog.choose_and_run(self.ctx, self.window())

    def download_template(self, path: str | None = None) -> None:
        from ..dialogs.case_import import download_template

        download_template(self.ctx, self.window(), path)

    def query_filters(self) -> dict:
        return {"status": self.status_filter.currentData()}

    def draft_label(self, draft) -> str:
        reference = draft.data.get("reference") or "…"
        return f"{ltr(reference)} — {display_name(draft.data)}"
