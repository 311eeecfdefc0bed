"""The same IOM file imported on two devices of one country: both create the same incident
ids, and the second device's push meets records the server already holds with the very same
data. That is not a conflict: the device takes the server's revision and nothing is left to
resolve; a record whose data does differ is still a conflict."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from desktop.interchange import import_iom_file
from desktop.storage.import_store import ImportStore
from desktop.storage.models import ConflictRow, RecordRow

SAMPLES = Path(__file__).resolve().parents[1] / "interchange" / "samples"
CSV_SAMPLE = SAMPLES / "MissingMigrants-Global-2026-05-06.csv"


def conflicts(client) -> int:
    with client.db.read() as session:
        return session.execute(select(func.count()).select_from(ConflictRow)).scalar_one()


def states(client) -> set[str]:
    with client.db.read() as session:
        rows = session.execute(select(RecordRow.sync_state).where(RecordRow.kind == "incident"))
        return {str(state) for state in rows.scalars()}


def test_the_same_file_on_a_second_device_syncs_without_conflicts(make_client):
    first, second = make_client(), make_client("fp2.sn@example.org")
    for client in (first, second):
        summary = import_iom_file(CSV_SAMPLE, ImportStore(client.repo), owner_country="SN")
        assert summary.added == 238
    assert first.sync().pushed == 238

    result = second.sync()
    assert (result.conflicts, result.rejected) == (0, 0)
    assert conflicts(second) == 0 and second.pending() == 0
    assert states(second) == {"synced"}
    assert not result.repulled and result.warnings == []  # both sides hold the same revisions
    assert second.records("incident") == first.records("incident")

    # The next edit on the second device goes to the server as an update of that revision.
    record_id, data = next(iter(second.records("incident").items()))
    second.repo.save("incident", dict(data, number_dead=99), record_id=record_id)
    assert second.sync().pushed == 1
    first.sync()
    assert first.records("incident")[record_id]["number_dead"] == 99


def test_a_create_that_meets_different_data_is_still_a_conflict(make_client):
    first, second = make_client(), make_client("fp2.sn@example.org")
    for client, dead in ((first, "1"), (second, "2")):
        path = client.paths.root / "iom.csv"
        lines = CSV_SAMPLE.read_text(encoding="utf-8").split("\n")[:3]
        lines = [line.replace("2026.MMP000", "2026.OTHER") for line in lines]  # fresh ids
        lines[1] = lines[1].replace("January,1,0,", f"January,{dead},0,", 1)
        path.write_text("\n".join(lines), encoding="utf-8")
        import_iom_file(path, ImportStore(client.repo), owner_country="SN")
    assert first.sync().pushed == 2
    result = second.sync()
    assert result.conflicts == 1 and conflicts(second) == 1  # the other row was the same
    with second.db.read() as session:
        (kept,) = session.execute(select(ConflictRow)).scalars()
        assert json.loads(kept.server_record)["data"]["number_dead"] == 1
        assert json.loads(kept.local_data)["number_dead"] == 2
