"""The push's bulk writes: a batch of creates, updates and deletes keeps the buckets right, and
on PostgreSQL a COPY (on the driver's own cursor) that fails leaves the batch to be written
record by record, inside the savepoint (server_stub/sync/bulk.py)."""

from __future__ import annotations

import pytest

from server_stub.security.tokens import Principal
from server_stub.sync import buckets as bucket_sums
from server_stub.sync import bulk


@pytest.fixture
def focal(server):
    return server.person("focal.sn@example.org", "focal_point", "SN")


def everyone() -> Principal:
    return Principal(0, "sec@example.org", "secretariat", None, 0)


def test_creates_updates_and_deletes_in_one_batch_keep_the_buckets(server, focal, make):
    created = server.push(focal, *(make.mutation("incident", make.incident(n)) for n in range(6)))
    assert [r["status"] for r in created] == ["applied"] * 6
    changes = [
        make.mutation(
            "incident", make.incident(n, number_dead=40 + n), record_id=r["id"], base_rev=r["rev"]
        )
        for n, r in enumerate(created[:3])
    ]
    changes.append(
        make.mutation("incident", record_id=created[3]["id"], base_rev=created[3]["rev"],
                      deleted=True)
    )  # fmt: skip
    changes += [make.mutation("incident", make.incident(n)) for n in (10, 11)]
    results = server.push(focal, *changes)
    assert [r["status"] for r in results] == ["applied"] * 6
    records, _ = server.pull_all(focal)
    by_id = {c["id"]: c for c in records}
    assert len(by_id) == 8
    assert [by_id[r["id"]]["data"]["number_dead"] for r in created[:3]] == [40, 41, 42]
    assert by_id[created[3]["id"]]["deleted"] and by_id[created[3]["id"]]["data"] == {}
    assert {by_id[r["id"]]["rev"] for r in results} == {r["rev"] for r in results}
    assert bucket_sums.caller_buckets(server.engine, everyone()) == bucket_sums.from_scratch(
        server.engine
    )


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)  # SQLite has no COPY
def test_a_copy_failing_in_the_batch_leaves_the_others_stored_one_by_one(
    server, focal, make, monkeypatch
):
    poisoned = make.mutation("incident", make.incident(2))
    original = bulk.BulkWriter._insert

    def failing(self, table, columns, rows):
        if table == "records" and any(r[0] == poisoned["id"] for r in rows):
            table = "no_such_table"  # the COPY fails on the server, inside the transaction
        return original(self, table, columns, rows)

    monkeypatch.setattr(bulk.BulkWriter, "_insert", failing)
    good = [make.mutation("incident", make.incident(n)) for n in (1, 3)]
    results = server.push(focal, good[0], poisoned, good[1])
    assert [r["status"] for r in results] == ["applied", "rejected", "applied"]
    changes, _ = server.pull_all(focal)
    assert {c["id"] for c in changes} == {g["id"] for g in good}
    assert bucket_sums.caller_buckets(server.engine, everyone()) == bucket_sums.from_scratch(
        server.engine
    )


def test_ids_are_looked_up_exactly_even_with_a_comma(server):
    """`records.pg_any` sends ids as one text cut at commas; a value holding a comma goes as an
    array instead, so it never matches the pieces it would be cut into."""
    from server_stub.db.engine import write_session
    from server_stub.db.models import utc_now
    from server_stub.sync.bulk import RECORD_COLUMNS, BulkWriter
    from server_stub.sync.records import load_records

    with write_session(server.engine) as session:
        writer = BulkWriter(session)
        now, live = writer.moment(utc_now()), writer.flag(False)
        rows = [(rid, "incident", rev, "SN", now, live, "{}") for rev, rid in enumerate("xy", 1)]
        writer.insert_records([row + (None,) * (len(RECORD_COLUMNS) - len(row)) for row in rows])
    with write_session(server.engine) as session:
        assert set(load_records(session, ["x", "y", "z"])) == {"x", "y"}
        assert set(load_records(session, ["x,y"])) == set()
        assert set(load_records(session, ["x,y", "y"])) == {"y"}
