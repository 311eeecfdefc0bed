"""Import an IOM Missing Migrants Project file: progress while it runs, then a summary with
the rejected rows and the warnings (rows kept with a value changed), each with its place in
the file: a CSV line, or a JSON record's position and web_id. The import itself is
`desktop.interchange`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ..bidi import ltr
from ..context import AppContext
from ..messages import error_text
from ..operations.iom import import_iom


class IomImportDialog(QDialog):
    def __init__(self, ctx: AppContext, path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.summary = None
        self.error: BaseException | None = None
        self.setWindowTitle(self.tr("Import IOM file"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Importing {name}…").format(name=self.path.name), self)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setRange(0, 0)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.problems_heading = QLabel(self.tr("Rejected:"), self)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Rejected rows"))
        self.warnings_heading = QLabel(self.tr("Kept with a warning:"), self)
        self.warnings = QListWidget(self)
        self.warnings.setAccessibleName(self.tr("Rows kept with a warning"))
        for widget in (self.problems, self.warnings):
            widget.setWordWrap(True)
        for widget in (self.problems_heading, self.problems, self.warnings_heading, self.warnings):
            widget.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)
        for widget in (
            self.heading,
            self.progress,
            self.result,
            self.problems_heading,
            self.problems,
            self.warnings_heading,
            self.warnings,
            self.buttons,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)

    @classmethod
    def file_choice(cls) -> tuple[str, str]:
        """The title and the name filter of the file dialog that chooses what to import."""
        return (
            QCoreApplication.translate("IomImportDialog", "Import IOM file"),
            QCoreApplication.translate(
                "IomImportDialog", "IOM Missing Migrants files (*.csv *.json);;All files (*)"
            ),
        )

    @classmethod
    def choose_and_run(cls, ctx: AppContext, parent: QWidget | None) -> IomImportDialog | None:
        title, name_filter = cls.file_choice()
        path, _filter = QFileDialog.getOpenFileName(parent, title, "", name_filter)
        if not path:
            return None
        return cls.run(ctx, path, parent)

    @classmethod
    def run(cls, ctx: AppContext, path: str | Path, parent: QWidget | None) -> IomImportDialog:
        """Open the dialog on `path` and start the import."""
        dialog = cls(ctx, path, parent)
        dialog.start()
        dialog.open()
        return dialog

    def start(self) -> None:
        import_iom(
            self.ctx,
            self.path,
            on_progress=self._progress,
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.heading.setText(
            self.tr("Importing {name}: {done} of {total} rows").format(
                name=self.path.name, done=done, total=total
            )
        )

    def _done(self, summary) -> None:
        self.summary = summary
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.heading.setText(self.tr("Imported {name}").format(name=self.path.name))
        lines = [
            self.tr("{total} rows read ({format}).").format(
                total=summary.total, format=summary.format
            ),
            self.tr("Added: {n}").format(n=summary.added),
            self.tr("Updated: {n}").format(n=summary.updated),
            self.tr("Unchanged: {n}").format(n=summary.unchanged),
            self.tr("Rejected: {n}").format(n=len(summary.rejected)),
        ]
        if summary.warnings:
            lines.append(self.tr("Warnings: {n}").format(n=len(summary.warnings)))
        if summary.duplicates:
            lines.append(self.tr("Repeated rows skipped: {n}").format(n=summary.duplicates))
        self.result.setText("\n".join(lines))
        if summary.rejected:
            for place, reason in summary.rejected:
                self.problems.addItem(self._at(place, reason))
            self.problems_heading.show()
            self.problems.show()
        if summary.warnings:
            for place, warning in summary.warnings:
                self.warnings.addItem(self._at(place, warning))
            self.warnings_heading.show()
            self.warnings.show()
        self.buttons.setEnabled(True)

    def _at(self, place, message: str) -> str:
        """A message with its place: a CSV line, or a JSON record's position and web_id."""
        if place.record is None:
            return self.tr("Line {line}: {reason}").format(line=place.line, reason=message)
        if place.web_id:
            return self.tr("Record {n} ({web_id}): {reason}").format(
                n=place.record, web_id=ltr(place.web_id), reason=message
            )
        return self.tr("Record {n}: {reason}").format(n=place.record, reason=message)

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.heading.setText(self.tr("The file was not imported"))
        self.result.setText(error_text(exc))  # a full disk: what to do, translated
        self.result.setStyleSheet("color: #c62828;")
        self.buttons.setEnabled(True)
