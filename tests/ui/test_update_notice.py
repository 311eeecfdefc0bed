"""The window checks for a signed update in the background and says "update available" with
the version; a refused update (expired metadata) is reported, never offered."""

from __future__ import annotations

import functools
import importlib.util
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import desktop.updates.client as update_client
from desktop.ui import status_bar

from .conftest import make_window, wait_idle

_spec = importlib.util.spec_from_file_location(
    "update_fixtures", Path(__file__).parents[1] / "updates" / "conftest.py"
)
update_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update_fixtures)
serve = update_fixtures.serve  # the loopback update server fixture


@pytest.fixture
def published(tmp_path, serve, ctx, monkeypatch):
    """A TUF repository with release 0.2.0, served; the app is 0.1.0 and ships its root."""
    repo = update_fixtures.Repo(tmp_path / "secretariat")
    repo.publish("0.2.0")
    shipped = tmp_path / "app-root.json"
    shutil.copyfile(repo.root_json, shipped)
    monkeypatch.setattr(update_client, "check_for_update", functools.partial(
        update_client.check_for_update, trusted_root=shipped, current_version="0.1.0",
        timeout_seconds=5,
    ))  # fmt: skip
    ctx.settings.check_for_updates = True
    ctx.settings.work_offline = False
    monkeypatch.setattr(status_bar, "UPDATE_CHECK_DELAY_MS", 0)  # (its wait: a test below)
    return repo, serve


def test_a_signed_newer_release_is_announced_with_its_version(qtbot, ctx, published):
    repo, serve = published
    ctx.settings.server_url = serve(repo.dir)
    bar = make_window(qtbot, ctx, idle=False).statusBar()
    qtbot.waitUntil(bar.update_button.isVisible, timeout=15_000)
    assert bar.update_button.text() == "Update available: 0.2.0"
    assert "0.2.0 is available (this is 0.1.0)" in bar.update_button.toolTip()
    wait_idle(ctx)


def test_expired_update_metadata_is_refused_and_reported(qtbot, ctx, published):
    repo, serve = published
    opened = repo.open()
    opened.roles.timestamp.signed.expires = datetime.now(UTC) - timedelta(hours=1)
    opened.roles.timestamp.signed.version += 1
    opened.threshold_sign("timestamp", [str(d) for d in repo.keys.private_dirs])
    ctx.settings.server_url = serve(repo.dir)
    bar = make_window(qtbot, ctx, idle=False).statusBar()
    qtbot.waitUntil(lambda: "refused" in bar.currentMessage(), timeout=15_000)
    assert "the update metadata expired" in bar.currentMessage()
    assert not bar.update_button.isVisible()
    wait_idle(ctx)


def test_no_check_when_switched_off(qtbot, ctx, published):
    repo, serve = published
    ctx.settings.server_url = serve(repo.dir)
    ctx.settings.check_for_updates = False
    bar = make_window(qtbot, ctx, idle=False).statusBar()
    qtbot.wait(100)  # past the check's wait
    wait_idle(ctx)
    assert not bar.update_button.isVisible()


def test_the_check_waits_until_the_window_is_up(qtbot, ctx, monkeypatch):
    """Its libraries' import would compete with the window's first paint."""
    from desktop.ui.operations import updates as update_ops

    asked = []
    monkeypatch.setattr(update_ops, "check_for_update", lambda *a, **k: asked.append(1))
    monkeypatch.setattr(status_bar, "UPDATE_CHECK_DELAY_MS", 300)
    make_window(qtbot, ctx, idle=False)
    assert asked == []
    qtbot.waitUntil(lambda: asked == [1], timeout=5_000)
