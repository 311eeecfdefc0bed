"""Another country's record is invisible to a focal point: pushing its id, under any kind, base
revision or as a delete, gets the answer an id the server does not have gets; nothing names its
kind, its country or whether it was deleted."""

from __future__ import annotations

import uuid

import pytest

KINDS = ("incident", "missing_case", "country_report")


@pytest.fixture
def scene(server, make):
    server.sample_campaign()
    sn = server.person("focal.sn@example.org", "focal_point", "SN")
    gm = server.person("focal.gm@example.org", "focal_point", "GM")
    foreign = {}
    for kind, data in (
        ("incident", make.incident(1)),
        ("missing_case", {"reference": "GM-2026-0001", "person": {"given_names": "Awa"}}),
        ("country_report", make.report("GM")),
    ):
        create = make.mutation(kind, data)
        [result] = server.push(gm, create)
        assert result["status"] == "applied", result
        foreign[kind] = (create["id"], result["rev"])
    gone = make.mutation("incident", make.incident(2))
    [created] = server.push(gm, gone)
    delete = make.mutation("incident", record_id=gone["id"], base_rev=created["rev"], deleted=True)
    [deleted] = server.push(gm, delete)
    foreign["tombstone"] = (gone["id"], deleted["rev"])
    return {"sn": sn, "gm": gm, "foreign": foreign}


def _data(make, kind: str) -> dict:
    return {
        "incident": make.incident(5),
        "missing_case": {"reference": "SN-2026-0005", "person": {"given_names": "Ali"}},
        "country_report": make.report("SN"),
    }[kind]


def _answer(server, person, body: dict) -> dict:
    """What a push answers, without what differs between any two mutations."""
    [result] = server.push(person, body)
    return {key: value for key, value in result.items() if key not in ("mutation_id", "id")}


def _same_answer_as_for_an_unknown_id(server, person, make, record_id, **mutation) -> dict:
    foreign = _answer(server, person, make.mutation(record_id=record_id, **mutation))
    unknown = _answer(server, person, make.mutation(record_id=str(uuid.uuid4()), **mutation))
    assert foreign == unknown
    return foreign


@pytest.mark.parametrize("target", [*KINDS, "tombstone"])
@pytest.mark.parametrize("kind", KINDS)
def test_an_update_of_a_foreign_id_is_answered_as_for_an_unknown_id(
    server, scene, make, target, kind
):
    record_id, rev = scene["foreign"][target]
    for base_rev in (rev, rev + 1, 1):
        answer = _same_answer_as_for_an_unknown_id(
            server,
            scene["sn"],
            make,
            record_id,
            kind=kind,
            data=_data(make, kind),
            base_rev=base_rev,
        )
        assert answer["status"] == "rejected" and answer["errors"][0]["code"] == "unknown_record"


@pytest.mark.parametrize("target", [*KINDS, "tombstone"])
@pytest.mark.parametrize("kind", KINDS)
def test_a_delete_of_a_foreign_id_is_answered_as_for_an_unknown_id(
    server, scene, make, target, kind
):
    record_id, rev = scene["foreign"][target]
    for base_rev in (None, rev):
        answer = _same_answer_as_for_an_unknown_id(
            server, scene["sn"], make, record_id, kind=kind, base_rev=base_rev, deleted=True
        )
        assert answer["status"] == "rejected"


@pytest.mark.parametrize("kind", KINDS)
def test_invalid_data_on_a_foreign_id_gets_the_same_field_errors(server, scene, make, kind):
    record_id, _rev = scene["foreign"]["incident"]
    bad = {"incident": make.incident(1, number_dead=-1), "missing_case": {"reference": "x"}}
    bad["country_report"] = make.report("SN", state="accepted")
    answer = _same_answer_as_for_an_unknown_id(
        server, scene["sn"], make, record_id, kind=kind, data=bad[kind]
    )
    assert answer["status"] == "rejected"


def test_creating_under_a_foreign_id_names_nothing_about_the_record(server, scene, make):
    """A new record under an id another country uses cannot be stored: the answer is one and
    the same whatever that record is (any kind, live or deleted) and says nothing of it."""
    answers = []
    for target in (*KINDS, "tombstone"):
        record_id, _rev = scene["foreign"][target]
        for kind in KINDS:
            answer = _answer(
                server, scene["sn"], make.mutation(kind, _data(make, kind), record_id=record_id)
            )
            answers.append(answer)
    assert all(answer == answers[0] for answer in answers), answers
    assert answers[0]["status"] == "rejected" and answers[0]["record"] is None
    [error] = answers[0]["errors"]
    assert (error["field"], error["code"]) == ("id", "id_unavailable")
    text = f"{error['message']} {error.get('params')}".lower()
    for word in ("incident", "case", "report", "gambia", "gm", "deleted", "country"):
        assert word not in text, word


def test_nothing_foreign_changed_and_pull_shows_nothing_of_it(server, scene, make):
    for kind in KINDS:
        record_id, rev = scene["foreign"][kind]
        server.push(
            scene["sn"],
            make.mutation(kind, _data(make, kind), record_id=record_id),
            make.mutation(kind, _data(make, kind), record_id=record_id, base_rev=rev),
            make.mutation(kind, record_id=record_id, base_rev=rev, deleted=True),
        )
    changes, _ = server.pull_all(scene["sn"])
    foreign_ids = {record_id for record_id, _rev in scene["foreign"].values()}
    assert not foreign_ids & {c["id"] for c in changes}
    theirs, _ = server.pull_all(scene["gm"])
    revs = {c["id"]: c["rev"] for c in theirs}
    assert {target: revs[rid] for target, (rid, _r) in scene["foreign"].items()} == {
        target: rev for target, (_rid, rev) in scene["foreign"].items()
    }


def test_the_secretariat_still_hears_the_kind_of_a_record(server, scene, make):
    secretariat = server.person("sec@example.org", "secretariat")
    record_id, rev = scene["foreign"]["incident"]
    update = make.mutation(
        "missing_case", _data(make, "missing_case"), record_id=record_id, base_rev=rev
    )
    [result] = server.push(secretariat, update)
    assert result["status"] == "rejected" and result["errors"][0]["code"] == "kind_mismatch"
