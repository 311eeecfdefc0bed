"""A case reference is unique per owner and starts with the owner's country code: a clear
per-item rejection on field `reference`, never a 500 — also for two cases in one batch, for
pushes racing each other over real HTTP, and for databases that already hold duplicates."""

from __future__ import annotations

import json
import threading
import uuid

import httpx
import pytest
from alembic import command
from sqlalchemy import text

from server_stub.db.engine import make_engine
from server_stub.db.migrate import alembic_config, upgrade_to_head


def case(reference: str, family: str = "Diallo") -> dict:
    return {
        "reference": reference,
        "status": "open",
        "person": {"given_names": "Awa", "family_name": family},
        "journey": {"route": "Western Africa / Atlantic route to the Canary Islands"},
    }


@pytest.fixture
def focal(server):
    return server.person("focal.sn@example.org", "focal_point", "SN")


def refusal(result: dict) -> dict:
    assert result["status"] == "rejected", result
    [error] = result["errors"]
    assert error["field"] == "reference"
    return error


def test_a_second_case_with_a_used_reference_is_rejected(server, focal, make):
    [first] = server.push(focal, make.mutation("missing_case", case("SN-2026-0001")))
    assert first["status"] == "applied"
    [second] = server.push(focal, make.mutation("missing_case", case("sn-2026-0001 ", "Ba")))
    error = refusal(second)
    assert error["code"] == "reference_taken"
    assert "SN-2026-0001" in error["message"] and "already used by another case" in error["message"]
    assert first["id"] in error["message"]
    changes, _ = server.pull_all(focal)
    assert [c["id"] for c in changes] == [first["id"]]


def test_two_cases_with_one_reference_in_one_batch(server, focal, make):
    a = make.mutation("missing_case", case("SN-2026-0002", "Sow"))
    b = make.mutation("missing_case", case("SN-2026-0002", "Fall"))
    c = make.mutation("missing_case", case("SN-2026-0003", "Ndiaye"))
    results = server.push(focal, a, b, c)
    assert [r["status"] for r in results] == ["applied", "rejected", "applied"]
    assert refusal(results[1])["code"] == "reference_taken"


def test_a_case_keeps_its_reference_and_a_freed_reference_can_be_taken(server, focal, make):
    created = make.mutation("missing_case", case("SN-2026-0004"))
    [applied] = server.push(focal, created)
    edit = make.mutation(
        "missing_case", case("SN-2026-0004", "Diallo-Ba"), record_id=created["id"],
        base_rev=applied["rev"],
    )  # fmt: skip
    [edited] = server.push(focal, edit)
    assert edited["status"] == "applied"  # its own reference is no clash
    # In one batch: the first case moves to another reference, a new one takes the old one.
    move = make.mutation(
        "missing_case", case("SN-2026-0005"), record_id=created["id"], base_rev=edited["rev"]
    )
    take = make.mutation("missing_case", case("SN-2026-0004", "Gueye"))
    assert [r["status"] for r in server.push(focal, move, take)] == ["applied", "applied"]
    # A deleted case frees its reference.
    [moved] = [c for c in server.pull_all(focal)[0] if c["id"] == created["id"]]
    gone = make.mutation(
        "missing_case", record_id=created["id"], base_rev=moved["rev"], deleted=True
    )
    assert server.push(focal, gone)[0]["status"] == "applied"
    [again] = server.push(focal, make.mutation("missing_case", case("SN-2026-0005", "Kane")))
    assert again["status"] == "applied"


def test_the_reference_must_start_with_the_owners_country(server, focal, make):
    [result] = server.push(focal, make.mutation("missing_case", case("GM-2026-0001")))
    error = refusal(result)
    assert error["code"] == "reference_country"
    assert "must start with SN-" in error["message"]
    gambia = server.person("focal.gm@example.org", "focal_point", "GM")
    [theirs] = server.push(gambia, make.mutation("missing_case", case("GM-2026-0001")))
    assert theirs["status"] == "applied"


def test_racing_pushes_of_one_reference_apply_exactly_once(live_server, make):
    server, base_url = live_server
    focal = server.person("focal.sn@example.org", "focal_point", "SN")
    start, statuses, lock = threading.Barrier(4), [], threading.Lock()

    def push(n: int) -> None:
        body = {"mutations": [make.mutation("missing_case", case("SN-2026-0099", f"F{n}"))]}
        with httpx.Client(base_url=base_url, headers=focal.headers, timeout=30) as client:
            start.wait()
            response = client.post("/api/v1/sync/push", json=body)
        with lock:
            statuses.append((response.status_code, response.json()["results"][0]["status"]))

    threads = [threading.Thread(target=push, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(statuses) == [(200, "applied")] + [(200, "rejected")] * 3
    changes, _ = server.pull_all(focal)
    assert len(changes) == 1


def test_a_database_with_duplicates_from_before_the_rule_migrates(db_url):
    engine = make_engine(db_url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    ids = [str(uuid.uuid4()) for _ in range(3)]
    with engine.begin() as connection:
        for rev, (record_id, reference) in enumerate(
            zip(ids, ["SN-2026-0001", "SN-2026-0001", "SN-2026-0002"], strict=True), start=1
        ):
            connection.execute(
                text(
                    "INSERT INTO records (id, kind, rev, owner_country, updated_at, deleted, data)"
                    " VALUES (:id, 'missing_case', :rev, 'SN', CURRENT_TIMESTAMP, :no, :data)"
                ),
                {"id": record_id, "rev": rev, "no": False, "data": json.dumps(case(reference))},
            )
    upgrade_to_head(engine)
    with engine.connect() as connection:
        rows = dict(connection.execute(text("SELECT id, reference FROM records")).all())
    assert rows == {ids[0]: "SN-2026-0001", ids[1]: None, ids[2]: "SN-2026-0002"}
    engine.dispose()


def test_a_reference_given_up_earlier_in_a_batch_can_be_taken_later_in_it(server, focal, make):
    one = make.mutation("missing_case", case("SN-2026-0011", "Sow"))
    two = make.mutation("missing_case", case("SN-2026-0012", "Fall"))
    revs = [r["rev"] for r in server.push(focal, one, two)]
    # Judged in order: the first to take a reference still held is refused.
    early = make.mutation(
        "missing_case", case("SN-2026-0011", "Fall"), record_id=two["id"], base_rev=revs[1]
    )
    assert refusal(server.push(focal, early)[0])["code"] == "reference_taken"
    moves = [
        make.mutation("missing_case", case("SN-2026-0013", "Sow"), record_id=one["id"],
                      base_rev=revs[0]),
        make.mutation("missing_case", case("SN-2026-0011", "Fall"), record_id=two["id"],
                      base_rev=revs[1]),
        make.mutation("missing_case", case("SN-2026-0012", "Ka")),
    ]  # fmt: skip
    assert [r["status"] for r in server.push(focal, *moves)] == ["applied"] * 3
    changes, _ = server.pull_all(focal)
    assert {c["data"]["reference"]: c["id"] for c in changes} == {
        "SN-2026-0013": one["id"],
        "SN-2026-0011": two["id"],
        "SN-2026-0012": moves[2]["id"],
    }
