"""Sign-in, sync, sign-out: network work on the network worker.

Every sync starts in `SyncRunner` (one per context): it asks the schedule
(desktop/sync/schedule.py) when the next one is due, keeps one timer for it, and runs the sync
on the network worker with a cancel event of that run's own.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from desktop.sync.errors import AuthFailed, SessionExpired
from desktop.sync.schedule import SyncSchedule

from ..events import ALL_KINDS, RecordsChanged
from .records import refresh_counts

if TYPE_CHECKING:
    from ..context import AppContext

log = logging.getLogger(__name__)
Callback = Callable[[Any], None] | None

SYNC_AFTER_EDIT_SECONDS = 5.0  # a local edit is pushed shortly after, when online


class SyncRunner(QObject):
    """Runs every sync of one context: on demand (`sync_now`), periodically, shortly after
    local edits, once more when asked during a sync, and again after a backoff while offline.
    The rules are `SyncSchedule`'s; this keeps the one timer and the running sync's cancel
    event."""

    def __init__(self, ctx: AppContext):
        super().__init__(ctx.tasks)
        self.ctx = ctx
        self.schedule = SyncSchedule(
            interval=ctx.settings.sync_interval_minutes * 60, debounce=SYNC_AFTER_EDIT_SECONDS
        )
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timer_fired)
        self._cancel: threading.Event | None = None  # the running sync's
        ctx.events.user_changed.connect(self._account_changed)
        ctx.events.settings_changed.connect(self._account_changed)
        ctx.events.records_changed.connect(self._records_changed)
        self._account_changed()

    @property
    def running(self) -> bool:
        return self.schedule.running

    def can_sync(self) -> bool:
        """Signed in, not working offline, and the app not closing."""
        ctx = self.ctx
        return ctx.user is not None and not ctx.settings.work_offline and not ctx.tasks.closed

    def sync_now(self, on_done: Callback = None, on_error: Callback = None) -> bool:
        """Start a sync now; False when none could start (offline, signed out, or one already
        running: then it goes once more as soon as that one ends)."""
        if not self.can_sync():
            return False
        self.schedule.request()
        if self.schedule.running:
            return False
        self._start(on_done, on_error)
        return True

    def cancel(self) -> None:
        """Stop the running sync at its next step (what was done stays done)."""
        if self._cancel is not None:
            self._cancel.set()

    # Internals --------------------------------------------------------------------------------

    def _start(self, on_done: Callback = None, on_error: Callback = None) -> None:
        ctx, status = self.ctx, self.ctx.sync_status
        cancel = self._cancel = threading.Event()
        self.timer.stop()
        self.schedule.started()
        status.started()
        progress = ctx.tasks.gui_callback(status.progress)

        def work():
            return ctx.sync_service().sync(progress=progress, cancel=cancel)

        def done(summary) -> None:
            self._cancel = None
            self.schedule.finished()
            status.finished()
            _announce(ctx)
            if on_done:
                on_done(summary)
            self.reschedule()

        def failed(exc: BaseException) -> None:
            self._cancel = None
            self.schedule.failed(exc)
            status.failed(exc)
            _announce(ctx)  # a sync that stopped half-way may still have pulled pages
            if isinstance(exc, SessionExpired | AuthFailed):
                ctx.set_user(None)  # signed out: the status bar offers to sign in
            if on_error:
                on_error(exc)
            self.reschedule()

        ctx.tasks.run_net(work, on_done=done, on_error=failed)

    def reschedule(self) -> None:
        """Set the one timer to when the schedule says the next sync is due."""
        wait = self.schedule.seconds_until_due() if self.can_sync() else None
        if wait is None:
            self.timer.stop()
        else:
            self.timer.start(int(wait * 1000))

    def _timer_fired(self) -> None:
        if self.can_sync() and self.schedule.is_due():
            self._start()
        else:
            self.reschedule()  # (a timer may fire a little early)

    def _account_changed(self, *_args) -> None:
        self.schedule.set_interval(self.ctx.settings.sync_interval_minutes * 60)
        self.schedule.set_active(self.can_sync())
        self.reschedule()

    def _records_changed(self, change: RecordsChanged) -> None:
        if change.source is not None:  # an edit made here (not a pull)
            self.schedule.edited()
            self.reschedule()


def load_current_user(
    ctx: AppContext, *, on_done: Callback = None, owner: QObject | None = None
) -> None:
    """Who is signed in, and when the last sync finished (the local database, no network)."""

    def work():
        service = ctx.sync_service()
        return service.current_user(), service.last_sync()

    def done(result) -> None:
        user, last = result
        if last:
            ctx.sync_status.set_last_sync(last)
        ctx.set_user(user)
        if on_done:
            on_done(user)

    def failed(exc: BaseException) -> None:
        log.info("no current user: %s", type(exc).__name__)
        ctx.set_user(None)
        if on_done:
            on_done(None)

    ctx.tasks.run_net(work, on_done=done, on_error=failed, owner=owner)


def sign_in(
    ctx: AppContext,
    server_url: str,
    email: str,
    password: str,
    device_name: str,
    *,
    switch_account: bool = False,
    on_done: Callback = None,
    on_error: Callback = None,
    owner: QObject | None = None,
) -> None:
    """Sign in, then sync at once. `switch_account`: the account has another scope than the
    profile's data, which the user agreed to remove (see desktop/storage/account_scope.py)."""

    def work():
        service = ctx.sync_service()
        return service.login(
            server_url, email, password, device_name, switch_account=switch_account
        )

    def done(user) -> None:
        if ctx.settings.work_offline:
            ctx.settings.work_offline = False
        ctx.sync_status.set_online(True)
        ctx.set_user(user)
        if switch_account:  # the old scope's records, drafts and conflicts are gone
            _announce(ctx)
            for kind in ALL_KINDS:
                ctx.events.drafts_changed.emit(kind)
        if on_done:
            on_done(user)
        sync_now(ctx)

    ctx.tasks.run_net(work, on_done=done, on_error=on_error, owner=owner)


def sign_out(ctx: AppContext, *, on_done: Callback = None, owner: QObject | None = None) -> None:
    def done(_none) -> None:
        ctx.set_user(None)
        ctx.sync_status.set_online(None)
        if on_done:
            on_done(None)

    ctx.tasks.run_net(lambda: ctx.sync_service().logout(), on_done=done, on_error=done, owner=owner)


def sync_now(ctx: AppContext, *, on_done: Callback = None, on_error: Callback = None) -> bool:
    """Push and pull in the background; False when no sync could start (offline, signed out,
    or one already running, which then goes once more)."""
    return ctx.sync_runner.sync_now(on_done, on_error)


def cancel_sync(ctx: AppContext) -> None:
    """Stop the running sync, if any."""
    ctx.sync_runner.cancel()


def _announce(ctx: AppContext) -> None:
    """Records and conflicts may all have changed: every view refreshes itself."""
    ctx.events.records_changed.emit(RecordsChanged.of(*ALL_KINDS))
    ctx.events.conflicts_changed.emit()
    refresh_counts(ctx)
