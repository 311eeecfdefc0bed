"""Two clients of one country converge; another country sees nothing of theirs."""

from __future__ import annotations

import uuid

import pytest

from desktop.sync.errors import SessionExpired

from .conftest import case


def test_two_clients_of_one_country_converge_and_another_country_sees_nothing(make_client):
    first, second = make_client(), make_client("fp2.sn@example.org")
    morocco = make_client("fp.ma@example.org")
    made = [first.repo.save("missing_case", case(n), owner_country="SN") for n in range(1, 41)]
    first.repo.save(
        "incident", {"incident_id": "L-1", "incident_date": "2026-03-01"}, owner_country="SN"
    )
    summary = first.sync()
    assert (summary.pushed, summary.conflicts, summary.rejected) == (41, 0, 0)

    pulled = second.sync()
    assert pulled.pulled >= 41
    mine = {str(r.id) for r in made}
    assert mine <= set(second.records("missing_case"))
    assert second.records() == first.records()

    second.repo.save("missing_case", case(1, status="tracing"), record_id=made[0].id)
    second.repo.delete(made[1].id)
    second.sync()
    first.sync()
    assert first.records()[str(made[0].id)]["status"] == "tracing"
    assert str(made[1].id) not in first.records()
    assert first.records() == second.records()

    morocco.sync()
    assert not set(morocco.records()) & set(first.records("missing_case"))
    assert all(r.owner_country != "SN" for r in [morocco.repo.get(made[0].id)] if r)


def test_a_sync_with_nothing_to_do_pushes_and_pulls_nothing(make_client):
    client = make_client()
    client.sync()
    again = client.sync()
    assert (again.pushed, again.pulled, again.conflicts, again.rejected) == (0, 0, 0, 0)
    assert not again.repulled and again.warnings == []


def test_a_rejected_record_is_marked_failed_and_does_not_block_the_queue(make_client):
    client = make_client()
    # A report for another country is refused by the server; the records behind it still go.
    bad = client.repo.save("missing_case", case(900, "MA"), owner_country="SN")
    good = client.repo.save("missing_case", case(901), owner_country="SN")
    report = client.repo.save(
        "country_report",
        {"campaign_id": str(uuid.uuid4()), "country": "MA"},
        owner_country="SN",
    )
    summary = client.sync()
    assert summary.rejected >= 1
    failed = client.repo.get(report.id)
    assert failed.sync_state == "failed" and failed.sync_message
    assert client.repo.get(good.id).sync_state == "synced"
    assert client.repo.get(bad.id).sync_state in {"synced", "failed"}
    assert client.service.engine().outbox.pending() == 0


def test_the_same_record_edited_on_two_clients_keeps_both_versions(make_client):
    first, second = make_client(), make_client("fp2.sn@example.org")
    record = first.repo.save("missing_case", case(500), owner_country="SN")
    first.sync()
    second.sync()
    first.repo.save("missing_case", case(500, status="tracing"), record_id=record.id)
    second.repo.save("missing_case", case(500, status="closed"), record_id=record.id)
    first.sync()
    summary = second.sync()
    assert summary.conflicts == 1
    local = second.repo.get(record.id)
    assert local.sync_state == "conflict" and local.data["status"] == "closed"
    from sqlalchemy import select

    from desktop.storage.models import ConflictRow

    with second.db.read() as session:
        conflict = session.execute(select(ConflictRow)).scalar_one()
    import json

    assert json.loads(conflict.local_data)["status"] == "closed"
    assert json.loads(conflict.server_record)["data"]["status"] == "tracing"


def test_signing_out_forgets_the_tokens(make_client, memory_keyring):
    client = make_client()
    assert any("refresh-token" in name for _, name in memory_keyring.secrets)
    client.service.logout()
    assert not any("refresh-token" in name for _, name in memory_keyring.secrets)
    with pytest.raises(SessionExpired):
        client.sync()


def test_a_local_copy_that_drifted_is_repaired_by_the_next_sync(make_client):
    from desktop.storage.models import RecordRow

    client = make_client()
    record = client.repo.save("missing_case", case(777), owner_country="SN")
    client.sync()
    with client.db.write() as session:  # the local copy loses a record behind sync's back
        session.get(RecordRow, str(record.id)).deleted = True
    assert str(record.id) not in client.records()
    later = client.sync()  # nothing moved, but every sync compares the integrity buckets
    assert later.repulled and later.warnings == []
    assert client.records()[str(record.id)]["reference"] == "SN-2026-00777"
