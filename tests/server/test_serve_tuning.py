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


def test_the_record_and_wire_models_are_built_before_serving():
    from desktop.domain.incident import Incident
    from desktop.domain.wire import PushRequest

    serve._build_models()
    assert Incident.__pydantic_complete__ and PushRequest.__pydantic_complete__
