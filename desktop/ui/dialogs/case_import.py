"""Import missing cases from the template (.xlsx, .csv) or the app's JSON, and download the
template. The dialog is the IOM import's (progress, then the summary with the rejected rows),
with the rows named as the spreadsheet numbers them and the column each problem is in."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.domain.errors import FieldError

from .. import i18n
from ..bidi import ltr
from ..context import AppContext
from ..messages import field_message
from ..operations.case_import import import_cases, write_case_template
from .iom_import import IomImportDialog


class CaseImportDialog(IomImportDialog):
    def __init__(self, ctx: AppContext, path: str | Path, parent: QWidget | None = None):
        super().__init__(ctx, path, parent)
        self.setWindowTitle(self.tr("Import cases"))
        self.problems.setAccessibleName(self.tr("Rejected rows"))
        self.case_summary = None

    @classmethod
    def file_choice(cls) -> tuple[str, str]:
        return (
            QCoreApplication.translate("CaseImportDialog", "Import cases"),
            QCoreApplication.translate(
                "CaseImportDialog", "Cases (*.xlsx *.csv *.json);;All files (*)"
            ),
        )

    def start(self) -> None:
        import_cases(
            self.ctx,
            self.path,
            on_progress=self._progress,
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _done(self, summary) -> None:
        """The IOM summary's layout, fed with this import's rows (one list line a problem)."""
        self.case_summary = summary
        view = SimpleNamespace(
            total=summary.total,
            format=summary.format,
            added=summary.added,
            updated=summary.updated,
            unchanged=summary.unchanged,
            duplicates=summary.duplicates,
            rejected=[(rejected, None) for rejected in summary.rejected],
            warnings=[(position, warning) for position, warning in summary.warnings],
        )
        super()._done(view)
        self.summary = summary

    def _at(self, place, message) -> str:
        if isinstance(place, int):  # a warning about the file's columns (row 1)
            return self.tr("Row {n}: {reason}").format(n=place, reason=self.reason(message))
        json = place.unit == "record"
        lines = []
        for column, error in place.problems:
            if column and json:
                text = self.tr("Record {n}, {column}: {reason}")
            elif column:
                text = self.tr("Row {n}, {column}: {reason}")
            elif json:
                text = self.tr("Record {n}: {reason}")
            else:
                text = self.tr("Row {n}: {reason}")
            reason = self.reason(error)
            lines.append(text.format(n=place.position, column=column, reason=reason))
        return "\n".join(lines)

    def reason(self, error: FieldError) -> str:
        """The problem in the interface language: the import's own codes here, the domain's
        through desktop.ui.messages; the English text when a code is not known."""
        template = self.import_messages().get(error.code)
        if template is None:
            return field_message(error)
        try:
            return template.format_map({k: ltr(v) for k, v in error.params.items()})
        except (KeyError, IndexError, ValueError):
            return error.message

    def import_messages(self) -> dict[str, str]:
        return {
            "cell_date": self.tr(
                "“{value}” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31"
            ),
            "cell_number": self.tr("“{value}” is not a number"),
            "cell_whole_number": self.tr("“{value}” must be a whole number"),
            "cell_yes_no": self.tr("“{value}” must be Yes or No"),
            "cell_choice": self.tr("“{value}” must be one of: {allowed}"),
            "cell_country": self.tr(
                "“{value}” is not a country; write its two-letter code, such as SN"
            ),
            "import_not_object": self.tr("This item is not an object of fields"),
            "import_other_kind": self.tr("This record is not a missing case ({kind})"),
            "import_deleted": self.tr("This case is deleted; it is not imported"),
            "import_repeated": self.tr(
                "{value} is already on row {row} with other values; keep one of the two"
            ),
            "import_unknown_column": self.tr(
                "The column “{column}” is not in the template; it was not read"
            ),
        }


def download_template(ctx: AppContext, parent: QWidget | None, path: str | None = None) -> None:
    """Ask where to save the empty template (unless `path` is given) and write it."""
    if path is None:
        path, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("CaseImportDialog", "Download the case template"),
            QCoreApplication.translate("CaseImportDialog", "missing-cases-template.xlsx"),
            QCoreApplication.translate("CaseImportDialog", "Excel workbook (*.xlsx)"),
        )
        if not path:
            return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    language = "fr" if i18n.current_language() == "fr" else "en"

    def saved(target: Path) -> None:
        text = QCoreApplication.translate(
            "CaseImportDialog", "The template was saved as {path}."
        ).format(path=target)
        _notice(parent, QMessageBox.Icon.Information, text)

    def failed(exc: BaseException) -> None:
        reason = getattr(exc, "strerror", None) or exc
        text = QCoreApplication.translate(
            "CaseImportDialog", "The template could not be saved: {reason}"
        ).format(reason=reason)
        _notice(parent, QMessageBox.Icon.Warning, text)

    write_case_template(ctx, path, language=language, on_done=saved, on_error=failed, owner=parent)


def _notice(parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> None:
    box = QMessageBox(
        icon,
        QCoreApplication.translate("CaseImportDialog", "Case template"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("case-template-notice")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
