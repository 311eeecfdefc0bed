"""Export a list to Excel: how many records, for cases whether their personal fields go in
(left out unless the user chooses otherwise, with a warning), where to, progress, result."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.storage.listing import ListQuery

from ..bidi import ltr
from ..context import AppContext
from ..operations import export as ops

ChoosePath = Callable[[str], str | None]  # suggested file name → chosen path (None: cancelled)
WARNING_STYLE = "color: #b71c1c; background: #ffebee; border-radius: 4px; padding: 6px;"


def choose_with_dialog(parent: QWidget | None) -> ChoosePath:
    def choose(suggested: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ExportDialog", "Export to Excel"),
            suggested,
            QCoreApplication.translate("ExportDialog", "Excel workbooks (*.xlsx)"),
        )
        if not path:
            return None
        return path if path.lower().endswith(".xlsx") else path + ".xlsx"

    return choose


class ExportDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        query: ListQuery,
        parent: QWidget | None = None,
        *,
        choose_path: ChoosePath | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.query = query
        self.choose_path = choose_path or choose_with_dialog(self)
        self.result: ops.ExportResult | None = None
        self.error: BaseException | None = None
        self.total: int | None = None
        self.setWindowTitle(self.tr("Export to Excel"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Counting the records…"), self)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.personal = self.leave_out = self.warning = None
        if query.kind == "missing_case":
            self.leave_out = QRadioButton(self.tr("Leave out personal fields"), self)
            self.personal = QRadioButton(self.tr("Include personal data"), self)
            self.leave_out.setToolTip(
                self.tr("Names, dates of birth, descriptions and contacts stay out of the file")
            )
            self.leave_out.setChecked(True)
            self.warning = QLabel(
                self.tr(
                    "The file will hold the names, descriptions and family contacts of missing "
                    "people, unencrypted. Share it only as the families' consent allows, keep "
                    "it on an encrypted disk and delete it when it is no longer needed."
                ),
                self,
            )
            self.warning.setWordWrap(True)
            self.warning.setStyleSheet(WARNING_STYLE)
            self.warning.hide()
            self.personal.toggled.connect(self._show_warning)
            for widget in (self.leave_out, self.personal, self.warning):
                layout.addWidget(widget)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setEnabled(False)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.progress, self.outcome, self.buttons):
            layout.addWidget(widget)
        ops.count_records(ctx, query, on_done=self._counted, owner=self)

    def _show_warning(self, on: bool) -> None:
        self.warning.setVisible(on)
        self.adjustSize()  # room for the warning, without clipping it

    @property
    def include_personal(self) -> bool:
        return self.personal is not None and self.personal.isChecked()

    def _counted(self, total: int) -> None:
        self.total = total
        filtered = ops.is_filtered(self.query)
        if self.query.kind == "missing_case":
            text = (
                self.tr("Export the %n case(s) the list shows (its search and filters).", "", total)
                if filtered
                else self.tr("Export all %n case(s).", "", total)
            )
        elif self.query.kind == "incident":
            text = (
                self.tr(
                    "Export the %n incident(s) the list shows (its search and filters).", "", total
                )
                if filtered
                else self.tr("Export all %n incident(s).", "", total)
            )
        else:
            text = self.tr("Export all %n country report(s).", "", total)
        self.heading.setText(text)
        self.export_button.setEnabled(total > 0)
        if total == 0:
            self.outcome.setText(self.tr("There is nothing to export."))

    def suggested_name(self) -> str:
        kind = self.query.kind.replace("_", "-")
        return f"{kind}s-{date.today().isoformat()}.xlsx"

    def export(self) -> None:
        path = self.choose_path(self.suggested_name())
        if not path:
            return
        self._set_running(True)
        self.outcome.setStyleSheet("")
        self.outcome.setText(self.tr("Writing {path}…").format(path=ltr(path)))
        ops.export_xlsx(
            self.ctx,
            self.query,
            path,
            include_personal=self.include_personal,
            on_progress=self._progress,
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not running)
        for choice in (self.leave_out, self.personal):
            if choice is not None:
                choice.setEnabled(not running)
        self.progress.setVisible(True)
        if running:
            self.progress.setRange(0, 0)

    def _progress(self, done: int, total: int) -> None:
        if total and done >= total:
            self.progress.setRange(0, 0)  # every record read: the workbook is being written
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, result: ops.ExportResult) -> None:
        self.result = result
        self._set_running(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        text = self.tr("Exported %n record(s) to {path}.", "", result.count).format(
            path=ltr(result.path)
        )
        if self.query.kind == "missing_case":
            text += " " + (
                self.tr("The file contains personal data.")
                if result.include_personal
                else self.tr("Personal fields were left out.")
            )
        self.outcome.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self._set_running(False)
        self.progress.hide()
        if isinstance(exc, ops.FolderMissing):
            reason = self.tr("the folder {path} does not exist").format(path=ltr(exc.folder))
        elif isinstance(exc, OSError) and exc.strerror:
            reason = exc.strerror
        else:
            reason = str(exc)
        self.outcome.setStyleSheet("color: #c62828;")
        self.outcome.setText(
            self.tr("The file was not written: {reason}. Choose another folder or name.").format(
                reason=reason
            )
        )


def open_export(ctx: AppContext, query: ListQuery, parent: QWidget | None) -> ExportDialog:
    dialog = ExportDialog(ctx, query, parent)
    dialog.open()
    return dialog
