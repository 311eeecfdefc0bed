"""The push's bulk writes on PostgreSQL: few new rows go in one pipelined INSERT over arrays,
many by COPY; both store the same records and keep the buckets right, and a statement that
fails in the pipeline leaves the batch to be written record by record (server_stub/sync/bulk.py).
"""

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


@pytest.mark.parametrize("array_rows", [0, bulk.ARRAY_ROWS], ids=["copy", "arrays"])
def test_creates_updates_and_deletes_store_the_same_by_either_path(
    server, focal, make, monkeypatch, array_rows
):
    monkeypatch.setattr(bulk, "ARRAY_ROWS", array_rows)
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
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)  # SQLite has no pipeline
def test_a_statement_failing_in_the_batch_leaves_the_others_stored_one_by_one(
    server, focal, make, monkeypatch
):
    poisoned = make.mutation("incident", make.incident(2))
    original = bulk.BulkWriter._insert_statement

    def failing(self, table, columns, rows):
        statement = original(self, table, columns, rows)
        if statement and table == "records" and any(r[0] == poisoned["id"] for r in rows):
            return "INSERT INTO no_such_table SELECT 1", None  # fails when it is run
        return statement

    monkeypatch.setattr(bulk.BulkWriter, "_insert_statement", failing)
    good = [make.mutation("incident", make.incident(n)) for n in (1, 3)]
    results = server.push(focal, good[0], poisoned, good[1])
    assert [r["status"] for r in results] == ["applied", "rejected", "applied"]
    changes, _ = server.pull_all(focal)
    assert {c["id"] for c in changes} == {g["id"] for g in good}
    assert bucket_sums.caller_buckets(server.engine, everyone()) == bucket_sums.from_scratch(
        server.engine
    )
