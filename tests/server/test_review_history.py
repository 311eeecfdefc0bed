"""A report's review history cannot be erased or forged: comments are append-only and stamped by
the server, a report once submitted cannot be deleted by its country, and a deleted record's id
cannot be used again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

SEC_EMAIL = "sec@example.org"


@pytest.fixture
def scene(server, make):
    server.sample_campaign()
    sn = server.person("focal.sn@example.org", "focal_point", "SN")
    sec = server.person(SEC_EMAIL, "secretariat")
    report = make.report(
        "SN", state="submitted", answers=make.answers(), initiatives=[make.initiative()]
    )
    create = make.mutation("country_report", report)
    [result] = server.push(sn, create)
    assert result["status"] == "applied", result
    return {"sn": sn, "sec": sec, "report": create["id"]}


def _return(server, scene, comment: str) -> dict:
    response = server.client.post(
        f"/api/v1/review/reports/{scene['report']}/return",
        json={"comment": comment},
        headers=scene["sec"].headers,
    )
    assert response.status_code == 200, response.text
    return response.json()


def _on_server(server, scene) -> dict:
    response = server.client.get(
        f"/api/v1/review/reports/{scene['report']}", headers=scene["sec"].headers
    )
    assert response.status_code == 200, response.text
    return response.json()


def _pulled(server, person, record_id) -> dict:
    changes, _ = server.pull_all(person)
    [record] = [c for c in changes if c["id"] == record_id]
    return record


def _comment(text: str, **changes) -> dict:
    return {
        "author": "me",
        "role": "focal_point",
        "at": "2026-01-05T10:00:00Z",
        "text": text,
        **changes,
    }


def _push_report(server, person, make, record_id, base_rev, data):
    return server.push(
        person, make.mutation("country_report", data, record_id=record_id, base_rev=base_rev)
    )[0]


def test_a_resubmission_without_the_secretariats_comment_keeps_it(server, scene, make):
    returned = _return(server, scene, "Please add the 2024 figures")
    data = {**returned["data"], "state": "resubmitted", "comments": []}
    result = _push_report(server, scene["sn"], make, scene["report"], returned["rev"], data)
    assert result["status"] == "applied", result
    for record in (_on_server(server, scene), _pulled(server, scene["sn"], scene["report"])):
        [comment] = record["data"]["comments"]
        assert comment["text"] == "Please add the 2024 figures"
        assert (comment["author"], comment["role"]) == (SEC_EMAIL, "secretariat")


def test_a_comment_claiming_to_be_the_secretariats_is_the_callers(server, scene, make):
    returned = _return(server, scene, "Please add the 2024 figures")
    forged = _comment("Accepted, no changes needed", author=SEC_EMAIL, role="secretariat")
    forged["at"] = "2020-01-01T00:00:00Z"
    data = {
        **returned["data"],
        "state": "resubmitted",
        "comments": [*returned["data"]["comments"], forged],
    }
    before = datetime.now(UTC) - timedelta(seconds=5)
    result = _push_report(server, scene["sn"], make, scene["report"], returned["rev"], data)
    assert result["status"] == "applied", result
    first, added = _on_server(server, scene)["data"]["comments"]
    assert first == returned["data"]["comments"][0]
    assert added["text"] == "Accepted, no changes needed"
    assert (added["author"], added["role"]) == ("focal.sn@example.org", "focal_point")
    assert datetime.fromisoformat(added["at"]) >= before  # the server's clock, not 2020


def test_an_altered_earlier_comment_does_not_replace_it(server, scene, make):
    returned = _return(server, scene, "Please add the 2024 figures")
    [original] = returned["data"]["comments"]
    altered = {**original, "text": "Looks fine"}
    data = {**returned["data"], "state": "resubmitted", "comments": [altered]}
    result = _push_report(server, scene["sn"], make, scene["report"], returned["rev"], data)
    assert result["status"] == "applied", result
    comments = _on_server(server, scene)["data"]["comments"]
    assert comments[0] == original
    assert [(c["role"], c["text"]) for c in comments[1:]] == [("focal_point", "Looks fine")]


def test_a_client_behind_the_server_adds_its_comment_after_the_history(server, scene, make):
    """A client that never saw the secretariat's comment (it kept its own version of the
    comments in a conflict) only adds what is new; nothing is dropped and nothing doubled."""
    returned = _return(server, scene, "Please add the 2024 figures")
    reply = _comment("Figures added in domain 2")
    data = {**returned["data"], "state": "resubmitted", "comments": [reply]}
    result = _push_report(server, scene["sn"], make, scene["report"], returned["rev"], data)
    assert result["status"] == "applied", result
    comments = _on_server(server, scene)["data"]["comments"]
    assert [(c["role"], c["text"]) for c in comments] == [
        ("secretariat", "Please add the 2024 figures"),
        ("focal_point", "Figures added in domain 2"),
    ]
    # The same client sends its (unstamped) copy again with its next edit: not a new comment.
    second = _return(server, scene, "And the 2023 figures")
    again = {**second["data"], "state": "resubmitted", "comments": [reply]}
    result = _push_report(server, scene["sn"], make, scene["report"], second["rev"], again)
    assert result["status"] == "applied", result
    texts = [c["text"] for c in _on_server(server, scene)["data"]["comments"]]
    assert texts == [
        "Please add the 2024 figures",
        "Figures added in domain 2",
        "And the 2023 figures",
    ]


def test_the_secretariat_cannot_erase_comments_by_push_either(server, scene, make):
    returned = _return(server, scene, "Please add the 2024 figures")
    data = {**returned["data"], "comments": []}
    result = _push_report(server, scene["sec"], make, scene["report"], returned["rev"], data)
    assert result["status"] == "applied", result
    [comment] = _on_server(server, scene)["data"]["comments"]
    assert comment["text"] == "Please add the 2024 figures"


@pytest.mark.parametrize("decision", ["return", "accept"])
def test_a_report_once_submitted_cannot_be_deleted_by_its_country(server, scene, make, decision):
    body = {"comment": "Please add the 2024 figures"}
    response = server.client.post(
        f"/api/v1/review/reports/{scene['report']}/{decision}",
        json=body,
        headers=scene["sec"].headers,
    )
    assert response.status_code == 200, response.text
    rev = response.json()["rev"]
    delete = make.mutation("country_report", record_id=scene["report"], base_rev=rev, deleted=True)
    [result] = server.push(scene["sn"], delete)
    assert result["status"] == "rejected"
    [error] = result["errors"]
    assert error["code"] == "report_not_deletable" and "submitted" in error["message"]
    record = _on_server(server, scene)
    assert not record["deleted"] and record["rev"] == rev
    assert record["data"]["comments"][0]["text"] == "Please add the 2024 figures"


def test_a_draft_never_submitted_can_still_be_deleted(server, make):
    server.sample_campaign()
    sn = server.person("focal.sn@example.org", "focal_point", "SN")
    create = make.mutation("country_report", make.report("SN"))
    [created] = server.push(sn, create)
    delete = make.mutation(
        "country_report", record_id=create["id"], base_rev=created["rev"], deleted=True
    )
    assert server.push(sn, delete)[0]["status"] == "applied"


def _deleted_record(server, person, make, kind: str):
    data = {
        "incident": make.incident(1),
        "missing_case": {"reference": "SN-2026-0042", "person": {"given_names": "Awa"}},
        "country_report": make.report("SN"),
    }[kind]
    create = make.mutation(kind, data)
    [created] = server.push(person, create)
    assert created["status"] == "applied", created
    delete = make.mutation(kind, record_id=create["id"], base_rev=created["rev"], deleted=True)
    [deleted] = server.push(person, delete)
    assert deleted["status"] == "applied", deleted
    return create["id"], deleted["rev"], data


@pytest.mark.parametrize("kind", ["incident", "missing_case", "country_report"])
def test_a_deleted_id_cannot_be_created_again(server, make, kind):
    server.sample_campaign()
    sn = server.person("focal.sn@example.org", "focal_point", "SN")
    record_id, tombstone_rev, data = _deleted_record(server, sn, make, kind)
    again = make.mutation(kind, data, record_id=record_id)
    revived = make.mutation(kind, data, record_id=record_id, base_rev=tombstone_rev)
    for attempt in server.push(sn, again, revived):
        assert attempt["status"] == "rejected", attempt
        [error] = attempt["errors"]
        assert (error["field"], error["code"]) == ("id", "record_deleted")
        assert "deleted" in error["message"] and "new record" in error["message"]
    record = _pulled(server, sn, record_id)
    assert record["deleted"] is True and record["rev"] == tombstone_rev and record["data"] == {}


def test_the_issues_probe_cannot_erase_the_returned_comment(server, scene, make):
    """Tombstone the returned report, then bring it back under its id with no comments and
    submit it: the secretariat would accept it without seeing its own earlier comment."""
    returned = _return(server, scene, "Please add the 2024 figures")
    delete = make.mutation(
        "country_report", record_id=scene["report"], base_rev=returned["rev"], deleted=True
    )
    [deleted] = server.push(scene["sn"], delete)
    assert deleted["status"] == "rejected"
    data = {**returned["data"], "state": "submitted", "comments": []}
    tombstone_rev = returned["rev"] + 1  # what the delete would have made
    recreate = make.mutation("country_report", data, record_id=scene["report"])
    revive = make.mutation(
        "country_report", data, record_id=scene["report"], base_rev=tombstone_rev
    )
    results = server.push(scene["sn"], recreate, revive)
    assert [r["status"] for r in results] == ["conflict", "conflict"]
    record = _on_server(server, scene)
    assert record["data"]["state"] == "returned" and record["rev"] == returned["rev"]
    assert record["data"]["comments"][0]["text"] == "Please add the 2024 figures"
