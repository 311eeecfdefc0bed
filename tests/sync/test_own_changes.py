"""What a client pushed it does not pull back, and what the server stored is what it keeps."""

from __future__ import annotations

import uuid

import pytest

from desktop.domain.wire import MAX_PULL_LIMIT, PullResponse
from desktop.sync.engine import OLD_MAX_PULL_LIMIT
from desktop.sync.http import ApiSession

from .conftest import case


@pytest.fixture
def pulled_changes(monkeypatch):
    """Every change the server sent in pull pages, by record id, as they came."""
    seen: list[str] = []
    real_request = ApiSession.request

    def request(self, method, path, **kwargs):
        answer = real_request(self, method, path, **kwargs)
        if isinstance(answer, PullResponse):
            seen.extend(str(change.id) for change in answer.changes)
        return answer

    monkeypatch.setattr(ApiSession, "request", request)
    return seen


def save_cases(client, first: int, count: int) -> list[str]:
    return [
        str(client.repo.save("missing_case", case(n), owner_country="SN").id)
        for n in range(first, first + count)
    ]


def test_a_push_in_batches_is_not_pulled_back(make_client, pulled_changes):
    sender = make_client(batch_size=4)
    ids = save_cases(sender, 81_001, 11)
    summary = sender.sync()
    assert summary.pushed == 11 and summary.pulled == 0 and sender.pending() == 0
    assert pulled_changes == []
    receiver = make_client("fp2.sn@example.org")
    receiver.sync()
    assert set(receiver.records("missing_case")) >= set(ids)
    assert sorted(set(pulled_changes) & set(ids)) == sorted(ids)


def test_changes_made_elsewhere_meanwhile_still_arrive(make_client):
    """When another device pushed between two syncs, the cursor cannot skip this client's
    push: it pulls from where it was, and gets the other device's change as well."""
    first, second = make_client(batch_size=3), make_client("fp2.sn@example.org", batch_size=3)
    [shared] = save_cases(first, 82_001, 1)
    first.sync()
    second.sync()
    edited = {**second.records("missing_case")[shared], "notes": "Family called again"}
    second.repo.save("missing_case", edited, record_id=uuid.UUID(shared))
    second.sync()
    mine = save_cases(first, 82_002, 5)
    first.sync()
    held = first.records("missing_case")
    assert held[shared]["notes"] == "Family called again"
    assert set(mine) <= set(held)
    second.sync()
    assert set(mine) <= set(second.records("missing_case"))


def test_a_record_the_server_stored_otherwise_is_kept_as_stored(make_client, monkeypatch):
    """The server answers `applied` with its record when it stored other data than was sent
    (it trims and normalises; it merges a report's comments): the client keeps that copy."""
    from desktop.storage import outbox as outbox_module

    client = make_client()
    [record_id] = save_cases(client, 83_001, 1)
    real_freeze = outbox_module.Outbox._freeze

    def freeze(session, limit, in_flight=None):  # as an older client would send it
        frozen = real_freeze(session, limit, in_flight)
        for entry in frozen:
            entry.mutation.data["notes"] = "  sent with spaces  "
        return frozen

    monkeypatch.setattr(outbox_module.Outbox, "_freeze", staticmethod(freeze))
    client.sync()
    assert client.records("missing_case")[record_id]["notes"] == "sent with spaces"
    assert client.pending() == 0


def test_a_server_refusing_large_pages_is_asked_for_the_old_largest(make_client):
    """A server from before larger pull pages answers 422 to a limit above 1000; the client
    asks again for pages of 1000 and pulls everything."""
    sender = make_client()
    ids = save_cases(sender, 84_001, 3)
    sender.sync()
    reader = make_client("fp2.sn@example.org")
    engine = reader.service.engine()
    engine.pull_limit = MAX_PULL_LIMIT + 1  # what such a server refuses, as this one does
    engine.run()
    assert engine.pull_limit == OLD_MAX_PULL_LIMIT
    assert set(ids) <= set(reader.records("missing_case"))
