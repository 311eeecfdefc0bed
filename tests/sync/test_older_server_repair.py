"""Against a server from before the integrity buckets (their endpoint answers 404) the client
falls back to the whole-scope checksum: on a mismatch it pulls its whole scope again and drops
the synced records the server did not send, and only those (real server on loopback)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.sync import integrity

from .conftest import case

STRAY = "00000000-0000-4000-8000-0000000000aa"


@pytest.fixture
def older_server(monkeypatch):
    monkeypatch.setattr(integrity.IntegrityCheck, "remote", lambda self: None)


def test_a_full_repull_drops_only_the_records_the_server_did_not_send(make_client, older_server):
    client = make_client()
    saved = [client.repo.save("missing_case", case(n), owner_country="SN") for n in range(12)]
    first = client.sync()
    assert first.pushed == 12 and not first.repulled, first
    with client.db.write() as session:
        session.execute(
            text(
                "INSERT INTO records (id, kind, rev, owner_country, updated_at, deleted, data, "
                "sync_state, label, title, status, route, event_date, search) VALUES (:id, "
                "'missing_case', 99999, 'SN', '2026-01-01T00:00:00Z', 0, '{}', 'synced', '', "
                "'', '', '', '', '')"
            ),
            {"id": STRAY},
        )

    summary = client.sync()

    assert summary.repulled and summary.warnings == []
    held = client.records("missing_case")
    assert STRAY not in held
    assert {str(r.id) for r in saved} <= set(held)  # every record the server sent is kept
    assert not client.sync().repulled  # and now both sides agree
