"""A push of incidents on PostgreSQL is judged before the revision lock, and judged again under
it when what it read moved in between: its verdicts are always those it would have reached
holding the lock from the start (server_stub/sync/push.py)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from desktop.domain.wire import Mutation
from server_stub.security.tokens import Principal
from server_stub.sync import push as pushing
from server_stub.sync.push_rules import prepare
from server_stub.sync.revisions import RevisionAllocator

# PostgreSQL only: SQLite judges every push under its write lock, taken by BEGIN IMMEDIATE.
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("db_url", ["postgresql"], indirect=True),
]


@pytest.fixture
def focal(server):
    return server.person("focal.sn@example.org", "focal_point", "SN")


def principal_of(person) -> Principal:
    return Principal(person.user_id, person.email, person.role, person.country, 0)


def push_now(server, person, *mutations):
    """A push applied directly, in a transaction of its own: its results."""
    batch = [Mutation.model_validate(m) for m in mutations]
    return pushing.apply_push(server.engine, principal_of(person), batch).results


@pytest.fixture
def meanwhile(server, monkeypatch):
    """`meanwhile(action)`: `action()` runs (committed, in a transaction of its own) once, just
    before the next push takes the revision lock; what it returns is kept in ["results"]."""
    original = RevisionAllocator.lock
    state = {"action": None, "results": None, "locks": 0}

    def lock(self):
        state["locks"] += 1
        action, state["action"] = state["action"], None
        if action is not None:
            state["results"] = action()
        return original(self)

    monkeypatch.setattr(RevisionAllocator, "lock", lock)

    def arm(action):
        state["action"] = action
        return state

    return arm


def test_a_push_of_incidents_is_judged_before_the_lock_and_reports_and_cases_are_not(
    server, focal, make
):
    def batch(*mutations):
        return [prepare(Mutation.model_validate(m)) for m in mutations]

    incident = make.mutation("incident", make.incident(1))
    with server.engine.connect() as connection:
        session = Session(connection)
        assert pushing.judged_before_lock(session, batch(incident))
        deletion = make.mutation("missing_case", base_rev=3, deleted=True)
        assert pushing.judged_before_lock(session, batch(incident, deletion))
        report = make.mutation("country_report", make.report("SN"))
        assert not pushing.judged_before_lock(session, batch(incident, report))
        case = make.mutation("missing_case", {"reference": "MC-1"})
        assert not pushing.judged_before_lock(session, batch(case))
        again = make.mutation("incident", make.incident(2), record_id=incident["id"], base_rev=1)
        assert not pushing.judged_before_lock(session, batch(incident, again))


def test_revisions_taken_before_the_lock_follow_the_counter(server, focal, make, meanwhile):
    [first] = server.push(focal, make.mutation("incident", make.incident(1)))
    other = make.mutation("incident", make.incident(2))
    state = meanwhile(lambda: push_now(server, focal, other))  # commits a revision in between
    results = server.push(focal, *(make.mutation("incident", make.incident(n)) for n in (3, 4)))
    [between] = state["results"]
    assert [r["status"] for r in results] == ["applied", "applied"]
    assert first["rev"] < between["rev"] < results[0]["rev"] < results[1]["rev"]
    changes, _ = server.pull_all(focal)
    assert [c["rev"] for c in changes] == sorted(c["rev"] for c in changes)
    assert {c["id"]: c["rev"] for c in changes}[results[1]["id"]] == results[1]["rev"]


def test_a_record_changed_while_the_push_was_judged_is_judged_again_a_conflict(
    server, focal, make, meanwhile
):
    [created] = server.push(focal, make.mutation("incident", make.incident(1)))
    record_id, rev = created["id"], created["rev"]
    theirs = make.mutation("incident", make.incident(1, number_dead=7), record_id=record_id,
                           base_rev=rev)  # fmt: skip
    state = meanwhile(lambda: push_now(server, focal, theirs))
    mine = make.mutation("incident", make.incident(1, number_dead=9), record_id=record_id,
                         base_rev=rev)  # fmt: skip
    [result] = server.push(focal, mine)
    [their_result] = state["results"]
    assert their_result["status"] == "applied"
    assert result["status"] == "conflict"  # judged before the lock it would have been applied
    assert result["record"]["rev"] == their_result["rev"]
    assert result["record"]["data"]["number_dead"] == 7
    [record], _ = server.pull_all(focal)
    assert record["data"]["number_dead"] == 7


def test_an_id_taken_while_the_push_was_judged_is_judged_again_a_conflict(
    server, focal, make, meanwhile
):
    create = make.mutation("incident", make.incident(1))
    same_id = make.mutation("incident", make.incident(2), record_id=create["id"])
    state = meanwhile(lambda: push_now(server, focal, create))
    [result] = server.push(focal, same_id)
    assert state["results"][0]["status"] == "applied"
    assert result["status"] == "conflict"
    assert result["record"]["data"]["incident_id"] == "T-00001"


def test_a_mutation_id_used_while_the_push_was_judged_is_judged_again(
    server, focal, make, meanwhile
):
    """A mutation id applied in between without taking a revision (its answer a rejection):
    the push must see it, not store the same mutation id a second time."""
    invalid = make.mutation("incident", make.incident(1, number_dead=-1))
    valid = {**make.mutation("incident", make.incident(1)), "mutation_id": invalid["mutation_id"]}
    state = meanwhile(lambda: push_now(server, focal, invalid))
    [result] = server.push(focal, valid)
    assert state["results"][0]["status"] == "rejected"
    assert result["status"] == "rejected"
    assert result["errors"][0]["code"] == "mutation_reused"
    assert server.pull_all(focal)[0] == []


def test_a_push_nothing_moved_under_is_judged_once(server, focal, make, meanwhile, monkeypatch):
    judged = []
    original = pushing.PushBatch.handle
    monkeypatch.setattr(
        pushing.PushBatch, "handle", lambda self, p: judged.append(p) or original(self, p)
    )
    state = meanwhile(lambda: None)
    results = server.push(focal, *(make.mutation("incident", make.incident(n)) for n in range(3)))
    assert [r["status"] for r in results] == ["applied"] * 3
    assert len(judged) == 3 and state["locks"] == 1


def test_a_push_judged_again_leaves_a_gap_that_pullers_pass(server, focal, make, meanwhile):
    """The revisions reserved before the check stay unused when the push is judged again:
    the new ones come after them, and a puller still gets everything, in order, once."""
    [created] = server.push(focal, make.mutation("incident", make.incident(1)))
    record_id, rev = created["id"], created["rev"]
    theirs = make.mutation("incident", make.incident(1, number_dead=7), record_id=record_id,
                           base_rev=rev)  # fmt: skip
    meanwhile(lambda: push_now(server, focal, theirs))
    stale = make.mutation("incident", make.incident(1, number_dead=9), record_id=record_id,
                          base_rev=rev)  # fmt: skip
    new = make.mutation("incident", make.incident(2))
    conflict, applied = server.push(focal, stale, new)
    assert conflict["status"] == "conflict" and applied["status"] == "applied"
    assert applied["rev"] > conflict["record"]["rev"] + 1  # two revisions reserved, unused
    changes, cursor = server.pull_all(focal)
    assert [c["id"] for c in changes] == [record_id, new["id"]]
    assert [c["rev"] for c in changes] == [conflict["record"]["rev"], applied["rev"]]
    assert cursor == applied["rev"]
