"""Offline, the window tries again after a short backoff (5 s, doubling), not only at the next
periodic sync; a success resets it. (The backoff is the schedule's, desktop/sync/schedule.py.)"""

from __future__ import annotations

from desktop.ui.operations import sync as sync_ops

from .conftest import Offline, User, wait_idle


def test_an_offline_sync_is_retried_after_a_backoff(qtbot, ctx, fake_sync):
    ctx.set_user(User())
    fake_sync.sync_error = Offline("no route to host")
    assert sync_ops.sync_now(ctx)
    qtbot.waitUntil(lambda: ctx.sync_runner.schedule.failures == 1, timeout=5_000)
    assert ctx.sync_status.online is False
    fake_sync.sync_error = None  # the connection is back
    qtbot.waitUntil(lambda: len([c for c in fake_sync.calls if c == ("sync",)]) == 2, timeout=9_000)
    wait_idle(ctx)
    qtbot.waitUntil(lambda: ctx.sync_runner.schedule.failures == 0, timeout=5_000)
    assert ctx.sync_status.online is True
