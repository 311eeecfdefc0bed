"""The server killed in the middle of a push and started again: the next sync completes and
nothing is lost or duplicated."""

from __future__ import annotations

import threading
import time
import uuid

from desktop.sync.errors import SyncError

from .conftest import Client, case
from .live_server import LiveServer


def test_server_killed_mid_push_then_restarted(tmp_path):
    server = LiveServer(tmp_path / "server-home")
    server.folder.mkdir()
    server.create_users()
    server.start()
    client = other = None
    try:
        client = Client(tmp_path / "pusher", server.url, "fp.sn@example.org", batch_size=20)
        made = [(uuid.uuid4(), case(n)) for n in range(3000)]
        client.repo.save_many("missing_case", made, "SN")
        failures: list[Exception] = []

        def push() -> None:
            try:
                client.sync()
            except SyncError as exc:
                failures.append(exc)

        worker = threading.Thread(target=push)
        worker.start()
        deadline = time.monotonic() + 60
        while client.pending() == len(made) and time.monotonic() < deadline:
            time.sleep(0.01)  # kill as soon as the first batches were applied
        server.kill()
        worker.join(timeout=120)
        assert not worker.is_alive()
        assert failures, "the push finished before the server was killed; push more records"
        assert 0 < client.pending() < len(made)

        server.start()
        client.sync()
        assert client.pending() == 0
        other = Client(tmp_path / "reader", server.url, "fp2.sn@example.org")
        other.sync()
        assert other.records("missing_case") == client.records("missing_case")
        assert len(other.records("missing_case")) == len(made)
    finally:
        for each in (client, other):
            if each is not None:
                each.close()
        server.stop()
