"""The integrity check sees contents: a local copy changed or lost behind the app's back, at the
same revision, is found and repaired by the very next sync (real server on loopback)."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import text

from desktop.storage.integrity import from_scratch, local_buckets
from desktop.sync.integrity import IntegrityCheck

from .conftest import case

_numbers = itertools.count(5000, 100)  # case references are unique per country on the server


@pytest.fixture
def synced(make_client):
    """A client holding 30 synced cases of its own (and the server's campaigns, if any)."""
    client = make_client()
    start = next(_numbers)
    saved = [
        client.repo.save("missing_case", case(start + n), owner_country="SN") for n in range(30)
    ]
    first = client.sync()
    assert first.pushed == 30 and not first.repulled, first
    quiet = client.sync()
    assert not quiet.repulled and quiet.warnings == []  # both sides agree: nothing re-pulled
    return client, [str(r.id) for r in saved]


def behind_the_back(client, sql: str, **params) -> None:
    """SQL through the app's own database connection, as a stray tool or bug would write."""
    with client.db.write() as session:
        session.execute(text(sql), params)


def test_a_record_edited_behind_the_apps_back_at_the_same_revision_is_repaired(synced):
    client, ids = synced
    victim = ids[7]
    before = client.repo.get(victim)
    behind_the_back(
        client,
        "UPDATE records SET data = :data WHERE id = :id",
        data='{"reference": "SN-2026-99999", "person": {"family_name": "Tampered"}}',
        id=victim,
    )
    tampered = client.repo.get(victim)
    assert tampered.rev == before.rev and tampered.data["reference"] == "SN-2026-99999"

    summary = client.sync()

    assert summary.repulled and summary.warnings == []
    assert client.repo.get(victim).data == before.data  # the server's copy again
    assert client.repo.get(victim).rev == before.rev
    assert not client.sync().repulled  # and now both sides agree


def test_a_row_deleted_behind_the_apps_back_is_pulled_again(synced):
    client, ids = synced
    victim = ids[3]
    before = client.repo.get(victim)
    behind_the_back(client, "DELETE FROM records WHERE id = :id", id=victim)
    assert client.repo.get(victim) is None

    summary = client.sync()

    assert summary.repulled and summary.warnings == []
    again = client.repo.get(victim)
    assert again is not None and again.data == before.data and again.rev == before.rev
    assert again.sync_state == "synced"
    assert len(client.records("missing_case")) >= 30


def test_a_row_the_server_never_had_is_dropped_and_other_buckets_are_not_pulled(synced):
    client, _ids = synced
    stray = "00000000-0000-4000-8000-000000000001"
    behind_the_back(
        client,
        "INSERT INTO records (id, kind, rev, owner_country, updated_at, deleted, data, "
        "sync_state, label, title, status, route, event_date, search) VALUES (:id, "
        "'missing_case', 99999, 'SN', '2026-01-01T00:00:00Z', 0, '{}', 'synced', '', '', '', "
        "'', '', '')",
        id=stray,
    )
    summary = client.sync()
    assert summary.repulled and summary.warnings == []
    assert stray not in client.records()
    assert summary.pulled == 0  # only bucket 00 was pulled again, and nothing in it changed
    with client.db.write() as session:
        assert local_buckets(session) == from_scratch(session)


def test_a_local_edit_waiting_to_be_sent_counts_as_the_servers_version(synced):
    client, ids = synced
    edited = client.repo.get(ids[0])
    client.repo.save(
        "missing_case", {**edited.data, "notes": "a local edit"}, record_id=edited.id,
        owner_country="SN",
    )  # fmt: skip
    engine = client.service.engine()
    check = IntegrityCheck(engine.incoming, engine._call)
    assert check.differing() == []  # compared without pushing: the edit is no difference
    behind_the_back(client, "DELETE FROM outbox WHERE record_id = :id", id=ids[0])
    behind_the_back(client, "UPDATE records SET sync_state = 'synced' WHERE id = :id", id=ids[0])
    assert check.differing() == [ids[0][:2]]  # an edit that lost its outbox entry is one
    summary = client.sync()
    assert summary.repulled and client.repo.get(ids[0]).data == edited.data
