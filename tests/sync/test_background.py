"""The background sync: runs on start, after edits (debounced), on demand; backs off offline."""

from __future__ import annotations

import threading

from desktop.sync.background import BackgroundSync
from desktop.sync.errors import Offline

from .conftest import Client, case
from .fault_proxy import FaultProxy


def test_it_syncs_on_start_and_shortly_after_an_edit(make_client):
    client = make_client()
    done = []
    finished = threading.Event()
    phases = []

    def on_done(summary):
        done.append(summary)
        finished.set()

    background = BackgroundSync(
        client.service.sync, interval_seconds=3600, debounce_seconds=0.2,
        on_progress=lambda phase, *_: phases.append(phase), on_done=on_done,
    )  # fmt: skip
    background.start()
    try:
        assert finished.wait(30), "no sync on start"
        finished.clear()
        client.repo.save("missing_case", case(4242), owner_country="SN")
        background.records_edited()
        assert finished.wait(30), "no sync after an edit"
        assert done[-1].pushed == 1
        finished.clear()
        background.sync_now()
        assert finished.wait(30)
        assert {"push", "pull", "done"} <= set(phases)
    finally:
        background.stop()


def test_offline_backs_off_and_reports_the_error(tmp_path, server):
    errors = []
    failed = threading.Event()

    def on_error(exc):
        errors.append(exc)
        failed.set()

    with FaultProxy(server.port, faults={"reset_before": 1}) as proxy:
        proxy.enabled = False
        client = Client(tmp_path / "c", proxy.url, "fp.sn@example.org")
        proxy.enabled = True  # from now on every connection is cut: offline
        background = BackgroundSync(client.service.sync, interval_seconds=3600, on_error=on_error)
        background.start()
        try:
            assert failed.wait(60)
            assert isinstance(errors[0], Offline)
            assert "offline" in str(errors[0])
            assert background._failures == 1
        finally:
            background.stop()
            client.close()
