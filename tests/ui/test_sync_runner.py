"""One runner starts every sync of the window: shortly after a local edit, periodically, once
more when asked during a sync; "Stop sync" stops the running sync only, through that run's own
cancel event; nothing is due while signed out or working offline."""

from __future__ import annotations

import threading

from desktop.config.settings import Settings
from desktop.sync.errors import Cancelled
from desktop.ui.events import RecordsChanged
from desktop.ui.operations import sync as sync_ops

from .conftest import User, wait_idle


def syncs(fake_sync) -> int:
    return fake_sync.calls.count(("sync",))


def test_a_local_edit_is_sent_shortly_after_and_a_pull_does_not_count_as_one(qtbot, ctx, fake_sync):
    ctx.set_user(User())
    ctx.sync_runner.schedule.debounce = 0.2
    ctx.events.records_changed.emit(RecordsChanged.of("missing_case"))  # a pull, say
    qtbot.wait(400)
    assert syncs(fake_sync) == 0
    ctx.events.records_changed.emit(RecordsChanged.of("missing_case", source=object()))
    qtbot.waitUntil(lambda: syncs(fake_sync) == 1, timeout=3_000)
    wait_idle(ctx)
    assert ctx.sync_status.online is True and not ctx.sync_runner.running


def test_the_periodic_sync_follows_the_interval(qtbot, ctx, fake_sync):
    ctx.set_user(User())
    ctx.sync_runner.schedule.set_interval(0.3)
    ctx.sync_runner.reschedule()
    qtbot.waitUntil(lambda: syncs(fake_sync) >= 2, timeout=5_000)


def test_asked_during_a_sync_it_goes_once_more_right_after(qtbot, ctx, fake_sync):
    ctx.set_user(User())
    fake_sync.hold = threading.Event()
    assert sync_ops.sync_now(ctx)
    qtbot.waitUntil(lambda: syncs(fake_sync) == 1, timeout=3_000)
    assert not sync_ops.sync_now(ctx)  # one at a time...
    assert not sync_ops.sync_now(ctx)
    assert ctx.sync_runner.schedule.again
    fake_sync.hold.set()
    qtbot.waitUntil(lambda: syncs(fake_sync) == 2, timeout=3_000)  # ...and once more after
    wait_idle(ctx)
    qtbot.wait(300)
    assert syncs(fake_sync) == 2 and not ctx.sync_runner.schedule.again


def test_stop_sync_cancels_the_running_sync_with_its_own_event(qtbot, ctx, fake_sync):
    ctx.set_user(User())
    fake_sync.hold = threading.Event()
    failures = []
    assert sync_ops.sync_now(ctx, on_error=failures.append)
    qtbot.waitUntil(lambda: syncs(fake_sync) == 1, timeout=3_000)
    sync_ops.cancel_sync(ctx)
    wait_idle(ctx)
    assert len(failures) == 1 and isinstance(failures[0], Cancelled)
    assert fake_sync.cancels[0].is_set() and not ctx.sync_status.syncing
    fake_sync.hold.set()
    assert sync_ops.sync_now(ctx)  # the next run is not born cancelled
    wait_idle(ctx)
    assert fake_sync.cancels[1] is not fake_sync.cancels[0]
    assert not fake_sync.cancels[1].is_set() and not failures[1:]
    sync_ops.cancel_sync(ctx)  # nothing runs: nothing to stop, no error
    assert not fake_sync.cancels[1].is_set()


def test_nothing_syncs_signed_out_or_working_offline(qtbot, qapp, paths, db, fake_sync):
    from desktop.ui.context import AppContext
    from desktop.ui.events import AppEvents
    from desktop.ui.tasks import TaskManager

    ctx = AppContext(
        paths,
        Settings(work_offline=True),
        db,
        tasks=TaskManager(),
        events=AppEvents(),
        sync_factory=lambda *_a: fake_sync,
    )
    try:
        ctx.sync_runner.schedule.debounce = 0.1
        ctx.events.records_changed.emit(RecordsChanged.of("incident", source=object()))
        assert not sync_ops.sync_now(ctx)
        ctx.set_user(User())  # signed in, still working offline
        ctx.events.records_changed.emit(RecordsChanged.of("incident", source=object()))
        assert not sync_ops.sync_now(ctx)
        qtbot.wait(300)
        assert syncs(fake_sync) == 0 and not ctx.sync_runner.timer.isActive()
        ctx.settings.work_offline = False
        ctx.events.settings_changed.emit()
        ctx.events.records_changed.emit(RecordsChanged.of("incident", source=object()))
        qtbot.waitUntil(lambda: syncs(fake_sync) == 1, timeout=3_000)
    finally:
        ctx.tasks.wait_idle(10)
        ctx.tasks.shutdown(wait=True)
