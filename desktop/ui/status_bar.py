"""The status bar: online/offline, pending changes, conflicts, last sync, a progress bar while
syncing, and "Sync now" (F5). A view of `SyncStatus`; it asks for nothing but counts."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QProgressBar,
    QStatusBar,
    QToolButton,
    QWidget,
)

from desktop.sync.errors import AuthFailed, SessionExpired

from .bidi import ltr
from .context import AppContext
from .events import RecordsChanged
from .labels import Labels, label
from .messages import error_text
from .operations import records as record_ops
from .operations import sync as sync_ops
from .operations import updates as update_ops

UPDATE_CHECK_DELAY_MS = 3000


class SyncStatusBar(QStatusBar):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.connection = QLabel(self)
        self.connection.setAccessibleName(self.tr("Connection"))
        self.pending = QLabel(self)
        self.pending.setAccessibleName(self.tr("Changes waiting to be sent"))
        self.last = QLabel(self)
        self.last.setAccessibleName(self.tr("Last sync"))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setMaximumWidth(260)  # room for "Receiving changes… 3/10"
        self.progress.setMaximumHeight(16)
        self.progress.hide()
        self.sync_button = QToolButton(self)
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Send and receive changes (F5)"))
        self.sync_button.setAutoRaise(True)
        self.sync_button.clicked.connect(self.sync_now)
        self.sign_in_button = QToolButton(self)  # shown while signed out and not offline
        self.sign_in_button.setText(self.tr("Sign in…"))
        self.sign_in_button.setAutoRaise(True)
        self.sign_in_button.clicked.connect(self.ask_to_sign_in)
        self.update_button = QToolButton(self)
        self.update_button.setAccessibleName(self.tr("Update available"))
        self.update_button.setAutoRaise(True)
        self.update_button.hide()
        self.update_button.clicked.connect(self._show_update)
        self._update_message = ""
        widgets = (self.connection, self.sign_in_button, self.pending, self.last, self.progress,
                   self.sync_button)  # fmt: skip
        for widget in (*widgets, self.update_button):
            self.addPermanentWidget(widget)
        ctx.sync_status.changed.connect(self.update_view)
        ctx.events.user_changed.connect(self.update_view)
        ctx.events.settings_changed.connect(self.update_view)
        ctx.events.records_changed.connect(self._on_records_changed)
        record_ops.refresh_counts(ctx, owner=self)
        self.update_view()
        # The update check (TUF metadata; its libraries take about 300 ms of CPU to import) waits
        # until the window is up and its first sync under way.
        self._update_timer = QTimer(self)
        self._update_timer.setSingleShot(True)
        self._update_timer.timeout.connect(self.check_for_update)
        self._update_timer.start(UPDATE_CHECK_DELAY_MS)

    def check_for_update(self) -> None:
        update_ops.check_for_update(
            self.ctx, on_found=self.update_found, on_refused=self._update_refused, owner=self
        )

    def update_found(self, info) -> None:
        """A signed, verified newer release exists: say so, with its version."""
        self.update_button.setText(self.tr("Update available: {version}").format(
            version=info.version))  # fmt: skip
        self._update_message = self.tr(
            "Focal Point Desk {version} is available (this is {current})."
        ).format(version=info.version, current=info.current_version)
        self.update_button.setToolTip(self._update_message)
        self.update_button.show()

    def _show_update(self) -> None:
        QMessageBox.information(self.window(), self.tr("Update available"), self._update_message)

    def _update_refused(self, exc: BaseException) -> None:
        self.showMessage(self.tr("An update was refused: {reason}").format(reason=exc), 15000)

    def sync_now(self) -> None:
        if not sync_ops.sync_now(self.ctx, on_done=self._synced, on_error=self._sync_failed):
            if self.ctx.user is None:
                self.showMessage(self.tr("Sign in (Settings) to sync."), 5000)
            elif self.ctx.settings.work_offline:
                self.showMessage(self.tr("Working offline: turn it off in Settings to sync."), 5000)

    def _synced(self, summary) -> None:
        text = self.tr("Sync done: {sent} sent, {received} received.").format(
            sent=getattr(summary, "pushed", 0), received=getattr(summary, "pulled", 0)
        )
        conflicts = getattr(summary, "conflicts", 0)
        if conflicts:
            text += " " + self.tr("%n new conflict(s) to resolve.", "", conflicts)
        self.showMessage(text, 8000)

    def _sync_failed(self, exc: BaseException) -> None:
        self.showMessage(self.tr("Sync stopped: {reason}").format(reason=error_text(exc)), 10000)
        if isinstance(exc, SessionExpired | AuthFailed):  # signed out: ask again
            self.ask_to_sign_in()

    def ask_to_sign_in(self) -> None:
        from .dialogs.sign_in import SignInDialog

        SignInDialog(self.ctx, self.window(), first_run=False).open()

    def _on_records_changed(self, _change: RecordsChanged) -> None:
        record_ops.refresh_counts(self.ctx, owner=self)

    def update_view(self, *_args) -> None:
        status, ctx = self.ctx.sync_status, self.ctx
        if ctx.settings.work_offline:
            text, colour = self.tr("Working offline"), "#757575"
        elif ctx.user is None:
            text, colour = self.tr("Not signed in"), "#757575"
        elif status.online is False:
            text, colour = self.tr("Offline"), "#c62828"
        elif status.online:
            text, colour = self.tr("Online"), "#2e7d32"
        else:
            text, colour = self.tr("Not connected yet"), "#757575"
        self.connection.setText(f'<span style="color:{colour}">●</span> {text}')
        parts = [self.tr("%n change(s) to send", "", status.pending)]
        if status.conflicts:
            parts.append(self.tr("%n conflict(s)", "", status.conflicts))
        self.pending.setText(" · ".join(parts))
        if status.last_sync is not None:
            when = QLocale().toString(status.last_sync.time(), QLocale.FormatType.ShortFormat)
            self.last.setText(self.tr("Last sync {time}").format(time=ltr(when)))
        else:
            self.last.setText(self.tr("Never synced"))
        if status.last_error and not status.syncing:
            self.last.setToolTip(status.last_error)
        self.progress.setVisible(status.syncing)
        if status.syncing:
            self.progress.setRange(0, status.total or 0)
            self.progress.setValue(status.done)
            phase = label(Labels().sync_phase(), status.step) or self.tr("Syncing…")
            self.progress.setFormat(f"{phase} %v/%m" if status.total > 1 else phase)
        self.sync_button.setEnabled(not status.syncing)
        self.sign_in_button.setVisible(ctx.user is None and not ctx.settings.work_offline)
