"""What `focal-server serve` sets up in each serving process before the first request."""

from __future__ import annotations

import sys

from server_stub.cli import serve


def test_a_worker_takes_short_gil_turns(monkeypatch):
    """A push under the revision lock waits for the database several times; each time it must
    win the GIL back from threads busy with other requests: turns shorter than Python's 5 ms."""
    monkeypatch.setattr(sys, "setswitchinterval", lambda seconds: calls.append(seconds))
    calls: list[float] = []
    serve._short_gil_turns()
    assert calls == [serve.GIL_TURN_SECONDS] and serve.GIL_TURN_SECONDS < 0.005
