"""The secretariat's review of one report: read it (a resubmitted one with what changed since
its return), then accept it or return it with a comment. The decision is made on the server and
recorded here at once; Accept and Return stay disabled while it is on its way and after it."""

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
from ..labels import Labels, label
from ..messages import error_text
from ..operations import review as review_ops
from ..operations import sync as sync_ops
from ..reports.editor import ReportEditor
from .review_changes import ReviewChanges

STALE_CODES = {"conflict", "invalid_state"}  # the server says: decided or changed meanwhile


class ReviewDialog(QDialog):
    decided = Signal(str)  # "accept" or "return"

    def __init__(self, ctx: AppContext, report_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.report_id = report_id
        self.editor: ReportEditor | None = None
        self.base_rev: int | None = None
        self.in_flight = False
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
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.changes = ReviewChanges(self)
        self.changes.hide()
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
        self.layout_.addWidget(self.changes)
        self.layout_.addWidget(QLabel(self.tr("Your decision"), self))
        self.layout_.addWidget(self.comment)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.status)
        self.layout_.addLayout(buttons)
        self._set_decidable(False)
        review_ops.load_review(ctx, report_id, on_done=self._loaded, owner=self)

    def _loaded(self, review: review_ops.ReviewData) -> None:
        record, campaign = review.record, review.campaign
        if record is None or campaign is None:
            self.loading.setText(self.tr("This report is not on this computer yet; sync first."))
            return
        self.base_rev = record.rev
        self.editor = ReportEditor(self.ctx, campaign, str(record.id), review=True, parent=self)
        self.layout_.replaceWidget(self.loading, self.editor)
        self.loading.hide()
        if review.state == ReportState.RESUBMITTED:
            self.changes.show_changes(campaign.campaign.form, review.returned, record.data)
            self.changes.show()
        decidable = review.state in SECRETARIAT_MOVES
        self._set_decidable(decidable)
        if not decidable:
            state = label(Labels().report_state(), review.state.value)
            self.status.setText(
                self.tr("This report is {state}: there is nothing to decide.").format(state=state)
            )

    def _set_decidable(self, on: bool) -> None:
        for widget in (self.accept_button, self.return_button, self.comment):
            widget.setEnabled(on)

    def decide(self, action: str) -> None:
        comment = self.comment.toPlainText().strip()
        if action == "return" and not comment:
            self.error.show_message(self.tr("Say what to fix: a returned report needs a comment."))
            self.comment.setFocus()
            return
        if self.in_flight or not self.accept_button.isEnabled():
            return  # one decision only
        self.error.show_message(None)
        self.in_flight = True
        self._set_decidable(False)
        self.status.setText(self.tr("Sending your decision…"))
        review_ops.decide(
            self.ctx,
            self.report_id,
            action,
            comment,
            base_rev=self.base_rev,
            owner=self,
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, action: str) -> None:
        self.in_flight = False
        self.status.setText("")
        self.decided.emit(action)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.in_flight = False
        self.status.setText("")
        self.error.show_message(error_text(exc))
        if getattr(exc, "code", "") in STALE_CODES:
            # Decided elsewhere or changed since it was opened: deciding again cannot work.
            # A sync brings the report as it is now; opening it again shows that.
            self.status.setText(self.tr("Close this review and open the report again."))
            sync_ops.sync_now(self.ctx)
            return
        self._set_decidable(True)
