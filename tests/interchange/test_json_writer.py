"""JSON export: a list of records as they travel, streamed from any iterable."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from uuid import uuid4

import pytest

from desktop.domain.wire import RecordEnvelope
from desktop.interchange import read_iom_file, write_records_json


def envelopes(rows):
    for row in rows:
        yield {
            "id": row.record_id,
            "kind": "incident",
            "rev": row.index,
            "owner_country": "SN",
            "updated_at": datetime(2026, 5, 6, 12, 0, tzinfo=UTC),
            "deleted": False,
            "data": row.data,
        }


def test_records_are_written_as_they_travel(tmp_path, sample_csv):
    rows = list(read_iom_file(sample_csv))
    out = tmp_path / "incidents.json"
    assert write_records_json(out, envelopes(rows)) == 238  # a generator: streamed
    written = json.loads(out.read_text(encoding="utf-8"))
    assert len(written) == 238
    first = written[0]
    assert set(first) == {"id", "kind", "rev", "owner_country", "updated_at", "deleted", "data"}
    assert first["id"] == str(rows[0].record_id)
    assert first["updated_at"] == "2026-05-06T12:00:00Z"
    assert first["data"] == rows[0].data
    assert all(RecordEnvelope.model_validate(record) for record in written)
    assert "Türkiye" in out.read_text(encoding="utf-8")  # UTF-8, not \\u escapes


def test_a_tombstone_travels_too(tmp_path):
    out = tmp_path / "deleted.json"
    record = {
        "id": str(uuid4()),
        "kind": "missing_case",
        "rev": 3,
        "owner_country": "GM",
        "updated_at": "2026-01-01T00:00:00+00:00",
        "deleted": True,
        "data": {},
    }
    write_records_json(out, [record])
    assert json.loads(out.read_text(encoding="utf-8"))[0]["deleted"] is True


def test_nothing_to_export_is_an_empty_list(tmp_path):
    out = tmp_path / "none.json"
    assert write_records_json(out, iter(())) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == []


def test_a_malformed_record_stops_the_export_and_leaves_no_file(tmp_path):
    out = tmp_path / "bad.json"
    good = {
        "id": str(uuid4()),
        "kind": "incident",
        "rev": 1,
        "owner_country": "SN",
        "updated_at": "2026-01-01T00:00:00Z",
        "data": {},
    }
    with pytest.raises(ValueError, match="Record 2 is not a record envelope: kind"):
        write_records_json(out, [good, dict(good, kind="person")])
    assert not out.exists() and list(tmp_path.iterdir()) == []
