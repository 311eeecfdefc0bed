"""The secretariat's review of one report: read it, then accept it or return it with a
comment. The decision is made on the server; the next sync brings the new state here."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.country_report import SECRETARIAT_MOVES, ReportState

from ..context import AppContext
from ..forms.binder import ErrorLabel
from ..operations import reports as report_ops
from ..operations import sync as sync_ops
from ..reports.editor import ReportEditor


class ReviewDialog(QDialog):
    decided = Signal(str)  # "accept" or "return"

    def __init__(self, ctx: AppContext, report_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.report_id = report_id
        self.editor: ReportEditor | None = None
        self.setWindowTitle(self.tr("Review report"))
        self.resize(1080, 780)
        self.layout_ = QVBoxLayout(self)
        self.loading = QLabel(self.tr("Loading…"), self)
        self.layout_.addWidget(self.loading, 1)
        self.comment = QPlainTextEdit(self)
        self.comment.setPlaceholderText(
            self.tr("Comment to the focal point (required to return the report)")
        )
        self.comment.setAccessibleName(self.tr("Review comment"))
        self.comment.setFixedHeight(self.comment.fontMetrics().lineSpacing() * 4 + 14)
        self.error = ErrorLabel(self)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.return_button = QPushButton(self.tr("Return to the country"), self)
        close = QPushButton(self.tr("Close"), self)
        self.accept_button.clicked.connect(lambda: self.decide("accept"))
        self.return_button.clicked.connect(lambda: self.decide("return"))
        close.clicked.connect(self.reject)
        buttons.addStretch(1)
        for button in (self.accept_button, self.return_button, close):
            buttons.addWidget(button)
        self.layout_.addWidget(QLabel(self.tr("Your decision"), self))
        self.layout_.addWidget(self.comment)
        self.layout_.addWidget(self.error)
        self.layout_.addLayout(buttons)
        self._set_decidable(False)
        report_ops.load_report(ctx, report_id, on_done=self._loaded, owner=self)

    def _loaded(self, result) -> None:
        record, campaign = result
        if record is None or campaign is None:
            self.loading.setText(self.tr("This report is not on this computer yet; sync first."))
            return
        self.editor = ReportEditor(self.ctx, campaign, str(record.id), review=True, parent=self)
        self.layout_.replaceWidget(self.loading, self.editor)
        self.loading.hide()
        state = ReportState(record.data.get("state") or "draft")
        self._set_decidable(state in SECRETARIAT_MOVES)

    def _set_decidable(self, on: bool) -> None:
        for widget in (self.accept_button, self.return_button, self.comment):
            widget.setEnabled(on)

    def decide(self, action: str) -> None:
        comment = self.comment.toPlainText().strip()
        if action == "return" and not comment:
            self.error.show_message(self.tr("Say what to fix: a returned report needs a comment."))
            self.comment.setFocus()
            return
        self.error.show_message(None)
        self._set_decidable(False)
        sync_ops.review_report(
            self.ctx,
            self.report_id,
            action,
            comment,
            owner=self,
            on_done=lambda _r: self._done(action),
            on_error=self._failed,
        )

    def _done(self, action: str) -> None:
        self.decided.emit(action)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.error.show_message(str(exc))
        self._set_decidable(True)
