"""Sign-in, sync, sign-out and the secretariat's review: network work on the network worker."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from desktop.sync.background import backoff_seconds

from ..context import AppContext
from ..events import ALL_KINDS, RecordsChanged
from ..sync_status import error_names
from .records import refresh_counts

log = logging.getLogger(__name__)
Callback = Callable[[Any], None] | None
_cancel = threading.Event()


def load_current_user(
    ctx: AppContext, *, on_done: Callback = None, owner: QObject | None = None
) -> None:
    """Who is signed in, and when the last sync finished (the local database, no network)."""

    def work():
        service = ctx.sync_service()
        last = service.last_sync() if hasattr(service, "last_sync") else None
        return service.current_user(), last

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
    extra = {"switch_account": True} if switch_account else {}

    def work():
        return ctx.sync_service().login(server_url, email, password, device_name, **extra)

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
    or one already running)."""
    status = ctx.sync_status
    if ctx.user is None or ctx.settings.work_offline or ctx.tasks.closed:
        return False  # (closed: a retry timer that outlived the window)
    if status.syncing:
        status.again = True  # something changed on the server meanwhile: go once more
        return False
    _cancel.clear()
    status.started()
    progress = ctx.tasks.gui_callback(status.progress)

    def work():
        return ctx.sync_service().sync(progress=progress, cancel=_cancel)

    def done(summary) -> None:
        status.offline_failures = 0
        status.finished()
        _announce(ctx)
        if on_done:
            on_done(summary)
        if status.again:
            status.again = False
            sync_now(ctx)

    def failed(exc: BaseException) -> None:
        status.failed(exc)
        names = error_names(exc)
        if names & {"Offline", "RateLimited"}:  # try again soon, backing off, not in N minutes
            status.offline_failures += 1
            hint = getattr(exc, "retry_after", None)
            delay = backoff_seconds(status.offline_failures, hint)
            QTimer.singleShot(int(delay * 1000), status, lambda: sync_now(ctx))
        _announce(ctx)  # a sync that stopped half-way may still have pulled pages
        if "SessionExpired" in error_names(exc) or "AuthFailed" in error_names(exc):
            ctx.set_user(None)
        if on_error:
            on_error(exc)

    ctx.tasks.run_net(work, on_done=done, on_error=failed)
    return True


def _announce(ctx: AppContext) -> None:
    """Records and conflicts may all have changed: every view refreshes itself."""
    ctx.events.records_changed.emit(RecordsChanged.of(*ALL_KINDS))
    ctx.events.conflicts_changed.emit()
    refresh_counts(ctx)


def cancel_sync() -> None:
    _cancel.set()
