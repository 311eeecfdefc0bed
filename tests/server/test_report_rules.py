"""Country reports: their campaign's form, the review states each role may set, one per country."""

from __future__ import annotations

import pytest


@pytest.fixture
def focal(server):
    server.sample_campaign()
    return server.person("focal.sn@example.org", "focal_point", "SN")


def create_report(server, person, make, **changes):
    create = make.mutation("country_report", make.report(person.country, **changes))
    [result] = server.push(person, create)
    return create["id"], result


def change_report(server, person, make, report_id, rev, **changes):
    data = make.report(person.country, **changes)
    return server.push(
        person, make.mutation("country_report", data, record_id=report_id, base_rev=rev)
    )[0]


def test_a_draft_is_checked_against_the_campaign_form(server, focal, make):
    _id, result = create_report(
        server,
        focal,
        make,
        answers={"d1.remittance_cost": "lots", "d2.labour_partners": ["XX"], "nope": 1},
    )
    assert result["status"] == "rejected"
    fields = {e["field"] for e in result["errors"]}
    assert fields == {"answers.d1.remittance_cost", "answers.d2.labour_partners", "answers.nope"}


def test_submitting_needs_the_required_answers_and_an_initiative(server, focal, make):
    _id, result = create_report(server, focal, make, state="submitted")
    assert result["status"] == "rejected"
    fields = {e["field"] for e in result["errors"]}
    assert "answers.general.reference_date" in fields and "initiatives" in fields


def test_a_complete_report_can_be_submitted_and_is_then_frozen(server, focal, make):
    report_id, draft = create_report(server, focal, make)
    submitted = change_report(
        server,
        focal,
        make,
        report_id,
        draft["rev"],
        state="submitted",
        answers=make.answers(),
        initiatives=[make.initiative()],
    )
    assert submitted["status"] == "applied", submitted
    [report] = [c for c in server.pull_all(focal)[0] if c["id"] == report_id]
    assert report["data"]["state"] == "submitted" and report["data"]["submitted_at"]
    edit = change_report(
        server, focal, make, report_id, submitted["rev"], state="submitted", answers=make.answers()
    )
    assert edit["status"] == "rejected" and "cannot be changed" in edit["errors"][0]["message"]
    delete = make.mutation(
        "country_report", record_id=report_id, base_rev=submitted["rev"], deleted=True
    )
    assert server.push(focal, delete)[0]["status"] == "rejected"


def test_a_focal_point_cannot_accept_its_own_report(server, focal, make):
    _id, result = create_report(server, focal, make, state="accepted")
    assert result["status"] == "rejected" and result["errors"][0]["field"] == "state"


def test_a_report_is_for_the_focal_points_own_country(server, focal, make):
    create = make.mutation("country_report", make.report("GM"))
    [result] = server.push(focal, create)
    assert result["status"] == "rejected" and result["errors"][0]["field"] == "country"


def test_a_report_needs_a_campaign_on_the_server(server, focal, make):
    _id, result = create_report(server, focal, make, campaign_id=make.mutation("x")["id"])
    assert result["status"] == "rejected" and result["errors"][0]["field"] == "campaign_id"


def test_a_country_outside_the_campaigns_dialogue_cannot_report(server, make):
    server.sample_campaign()  # Rabat Process; Kenya belongs to the Khartoum Process
    kenya = server.person("focal.ke@example.org", "focal_point", "KE")
    [result] = server.push(kenya, make.mutation("country_report", make.report("KE")))
    assert result["status"] == "rejected" and "Rabat Process" in result["errors"][0]["message"]


def test_one_report_per_campaign_and_country(server, focal, make):
    first_id, first = create_report(server, focal, make)
    assert first["status"] == "applied"
    colleague = server.person("focal2.sn@example.org", "focal_point", "SN")
    _id, second = create_report(server, colleague, make)
    assert second["status"] == "rejected"
    assert first_id in second["errors"][0]["message"]


def test_earlier_comments_cannot_be_rewritten(server, focal, make):
    comment = {"author": "me", "role": "focal_point", "at": "2026-01-05T10:00:00Z", "text": "Hi"}
    report_id, draft = create_report(server, focal, make, comments=[comment])
    assert draft["status"] == "applied"
    [pulled] = [c for c in server.pull_all(focal)[0] if c["id"] == report_id]
    [stored] = pulled["data"]["comments"]
    assert (stored["author"], stored["text"]) == ("focal.sn@example.org", "Hi")
    forged = {**comment, "role": "secretariat", "text": "Accepted!"}
    result = change_report(server, focal, make, report_id, draft["rev"], comments=[forged])
    assert result["status"] == "applied", result
    result = change_report(server, focal, make, report_id, result["rev"], comments=[])
    assert result["status"] == "applied", result
    [report] = [c for c in server.pull_all(focal)[0] if c["id"] == report_id]
    assert [(c["role"], c["text"]) for c in report["data"]["comments"]] == [
        ("focal_point", "Hi"),
        ("focal_point", "Accepted!"),
    ]


def test_rejections_carry_a_code_and_params_beside_the_english_message(server, focal, make):
    _id, result = create_report(
        server, focal, make, answers={"d1.remittance_cost": 150, "general.institution": ""}
    )
    assert result["status"] == "rejected"
    [error] = result["errors"]
    assert (error["field"], error["code"], error["params"]) == (
        "answers.d1.remittance_cost",
        "answer_at_most",
        {"high": "100"},
    )
    assert error["message"] == "The answer must be at most 100"
    _id, result = create_report(server, focal, make, answers={}, state="submitted")
    assert result["status"] == "rejected"
    by_field = {e["field"]: e for e in result["errors"]}
    assert by_field["answers.general.institution"]["code"] == "answer_required"
    assert by_field["initiatives"]["code"] == "initiatives_needed"
    wrong_country = make.mutation("country_report", make.report("GM"))
    [other] = server.push(focal, wrong_country)
    [error] = other["errors"]
    assert (error["field"], error["code"], error["params"]) == (
        "country",
        "report_country",
        {"country": "SN"},
    )
