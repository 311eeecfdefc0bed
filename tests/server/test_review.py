"""The secretariat reviews submitted reports; decisions reach the country by pull."""

from __future__ import annotations

import pytest


@pytest.fixture
def scene(server, make):
    campaign = server.sample_campaign()
    sn = server.person("focal.sn@example.org", "focal_point", "SN")
    gm = server.person("focal.gm@example.org", "focal_point", "GM")
    sec = server.person("sec@example.org", "secretariat")
    submitted = make.report(
        "SN", state="submitted", answers=make.answers(), initiatives=[make.initiative()]
    )
    create = make.mutation("country_report", submitted)
    [result] = server.push(sn, create)
    assert result["status"] == "applied", result
    server.push(gm, make.mutation("country_report", make.report("GM")))
    return {"campaign": campaign, "sn": sn, "gm": gm, "sec": sec, "report": create["id"]}


def review(server, scene, path, **kwargs):
    method = server.client.post if "json" in kwargs else server.client.get
    return method(f"/api/v1/review{path}", headers=scene["sec"].headers, **kwargs)


def test_the_secretariat_lists_reports_waiting_for_review(server, scene):
    response = review(server, scene, f"/campaigns/{scene['campaign']}/reports")
    assert response.status_code == 200, response.text
    [item] = response.json()
    assert item["id"] == scene["report"] and item["country"] == "SN"
    assert item["country_name"] == "Senegal" and item["state"] == "submitted"
    assert item["initiatives"] == 1 and item["answers"] == 10
    drafts = review(
        server, scene, f"/campaigns/{scene['campaign']}/reports", params={"state": "draft"}
    )
    assert [d["country"] for d in drafts.json()] == ["GM"]


def test_campaigns_are_listed_with_counts_per_state(server, scene):
    [campaign] = review(server, scene, "/campaigns").json()
    assert campaign["id"] == scene["campaign"] and campaign["dialogue"] == "rabat"
    assert campaign["reports"] == {"submitted": 1, "draft": 1}


def test_accepting_makes_a_new_revision_the_country_pulls(server, scene):
    _, cursor = server.pull_all(scene["sn"])
    response = review(
        server, scene, f"/reports/{scene['report']}/accept", json={"comment": "Thank you"}
    )
    assert response.status_code == 200, response.text
    accepted = response.json()
    assert accepted["data"]["state"] == "accepted" and accepted["rev"] > cursor
    changes, _ = server.pull_all(scene["sn"], since=cursor)
    [pulled] = changes
    assert pulled == accepted
    [comment] = pulled["data"]["comments"]
    assert comment["role"] == "secretariat" and comment["text"] == "Thank you"
    assert comment["author"] == "sec@example.org"


def test_returning_needs_a_comment_and_reopens_the_report(server, scene, make, expect_error):
    path = f"/reports/{scene['report']}/return"
    expect_error(review(server, scene, path, json={}), 422)
    response = review(server, scene, path, json={"comment": "Please add 2024 figures"})
    returned = response.json()
    assert returned["data"]["state"] == "returned"
    data = {**returned["data"], "state": "resubmitted"}
    data["answers"] = {**data["answers"], "d4.victims_identified": 37}
    data["comments"] = [
        *data["comments"],
        {"author": "focal", "role": "focal_point", "at": "2026-02-01T09:00:00Z", "text": "Done"},
    ]
    [result] = server.push(
        scene["sn"],
        make.mutation("country_report", data, record_id=scene["report"], base_rev=returned["rev"]),
    )
    assert result["status"] == "applied", result
    items = review(server, scene, f"/campaigns/{scene['campaign']}/reports").json()
    assert [i["state"] for i in items] == ["resubmitted"]


def test_only_submitted_reports_can_be_decided(server, scene, expect_error):
    draft = review(
        server, scene, f"/campaigns/{scene['campaign']}/reports", params={"state": "draft"}
    )
    draft_id = draft.json()[0]["id"]
    expect_error(
        review(server, scene, f"/reports/{draft_id}/accept", json={}), 409, "invalid_state"
    )


def test_a_decision_on_an_old_revision_is_a_conflict(server, scene, expect_error):
    response = review(server, scene, f"/reports/{scene['report']}/accept", json={"base_rev": 1})
    expect_error(response, 409, "conflict")


def test_unknown_campaigns_and_reports_are_404(server, scene, make, expect_error):
    unknown = make.mutation("x")["id"]
    expect_error(review(server, scene, f"/campaigns/{unknown}/completeness"), 404)
    expect_error(review(server, scene, f"/reports/{unknown}"), 404)
    expect_error(review(server, scene, f"/reports/{unknown}/accept", json={}), 404)


def test_completeness_lists_every_dialogue_member(server, scene):
    body = review(server, scene, f"/campaigns/{scene['campaign']}/completeness").json()
    states = {c["country"]: c["state"] for c in body["countries"]}
    assert states["SN"] == "submitted" and states["GM"] == "draft" and states["ES"] == "missing"
    assert "KE" not in states  # Khartoum Process only
    assert body["totals"]["submitted"] == 1 and body["totals"]["draft"] == 1
    assert body["totals"]["missing"] == len(states) - 2


def test_the_secretariat_reads_one_report(server, scene):
    response = review(server, scene, f"/reports/{scene['report']}")
    assert response.status_code == 200 and response.json()["owner_country"] == "SN"


def _return(server, scene, comment, base_rev=None):
    body = {"comment": comment, **({"base_rev": base_rev} if base_rev else {})}
    response = review(server, scene, f"/reports/{scene['report']}/return", json=body)
    assert response.status_code == 200, response.text
    return response.json()


def _resubmit(server, scene, make, returned, **answers):
    data = {**returned["data"], "state": "resubmitted"}
    data["answers"] = {**data["answers"], **answers}
    [result] = server.push(
        scene["sn"],
        make.mutation("country_report", data, record_id=scene["report"], base_rev=returned["rev"]),
    )
    assert result["status"] == "applied", result
    return result


def test_the_server_keeps_the_version_it_returned(server, scene, make):
    returned = _return(server, scene, "Please add 2024 figures")
    _resubmit(server, scene, make, returned, **{"d1.remittance_cost": 4.0})
    response = review(server, scene, f"/reports/{scene['report']}/returned")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["report_id"] == scene["report"] and body["rev"] == returned["rev"]
    assert body["answers"] == returned["data"]["answers"]
    assert body["answers"]["d1.remittance_cost"] == 6.5  # as returned, not as resubmitted
    assert body["initiatives"] == returned["data"]["initiatives"]
    assert body["comment"] == "Please add 2024 figures" and body["returned_at"]
    current = review(server, scene, f"/reports/{scene['report']}").json()
    assert current["data"]["answers"]["d1.remittance_cost"] == 4.0


def test_after_two_returns_the_latest_counts(server, scene, make):
    first = _return(server, scene, "Add 2024 figures")
    _resubmit(server, scene, make, first, **{"d1.remittance_cost": 5.0})
    current = review(server, scene, f"/reports/{scene['report']}").json()
    second = _return(server, scene, "The cost looks wrong", base_rev=current["rev"])
    _resubmit(server, scene, make, second, **{"d1.remittance_cost": 5.5})
    body = review(server, scene, f"/reports/{scene['report']}/returned").json()
    assert body["rev"] == second["rev"] > first["rev"]
    assert body["answers"]["d1.remittance_cost"] == 5.0
    assert body["comment"] == "The cost looks wrong"


def test_a_report_never_returned_has_no_returned_version(server, scene, make, expect_error):
    path = f"/reports/{scene['report']}/returned"
    error = expect_error(review(server, scene, path), 404, "not_found")
    assert "not been returned" in error["message"]
    review(server, scene, f"/reports/{scene['report']}/accept", json={})
    expect_error(review(server, scene, path), 404, "not_found")  # accepting keeps nothing
    unknown = make.mutation("x")["id"]
    expect_error(review(server, scene, f"/reports/{unknown}/returned"), 404, "not_found")


def test_focal_points_cannot_read_returned_versions(server, scene, expect_error):
    _return(server, scene, "Please add 2024 figures")
    path = f"/api/v1/review/reports/{scene['report']}/returned"
    expect_error(server.client.get(path, headers=scene["sn"].headers), 403)
    expect_error(server.client.get(path), 401)


def test_the_return_comment_schema_refuses_what_the_server_refuses():
    """The published schema, and the validation that applies it (pydantic's own regex engine,
    not Python's), refuse a comment the server strips to nothing: a space, a separator control
    character, a no-break space. Only then does a request the schema allows never get a 422."""
    from pydantic import ValidationError

    from server_stub.schemas import ReturnDecision

    for blank in (" ", "\x1d", "\x1c\x1f", "\x85", "\u00a0", "\u2003\t", "\x00"):
        assert blank.strip("".join(map(chr, range(33)))) == "" or blank.strip() == ""
        with pytest.raises(ValidationError):
            ReturnDecision(comment=blank)
    assert ReturnDecision(comment=" Add 2024 figures ").comment
