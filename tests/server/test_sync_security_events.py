"""Pushes and review decisions leave one line each on the `focal.security` logger: who, which
device, from where, and counts or the decision; never a record's data or a comment's text."""

from __future__ import annotations

import logging

import pytest


@pytest.fixture
def events(caplog):
    caplog.set_level(logging.INFO, logger="focal.security")

    def lines(event: str) -> list[str]:
        return [
            r.getMessage()
            for r in caplog.records
            if r.name == "focal.security" and r.getMessage().startswith(f"event={event} ")
        ]

    return lines


def test_a_push_batch_logs_its_counts_per_verdict(server, make, events):
    sn = server.person("focal.sn@example.org", "focal_point", "SN")
    first = make.mutation("incident", make.incident(1, location="Off Zuwara"))
    [created] = server.push(sn, first)
    stale = make.mutation("incident", make.incident(1), record_id=first["id"], base_rev=0)
    bad = make.mutation("incident", make.incident(3, number_dead=-1))
    good = make.mutation("incident", make.incident(4, location="Off Sabratha"))
    server.push(sn, stale, bad, good)
    lines = events("push")
    assert len(lines) == 2
    device = lines[1].split("device=")[1].split()[0]
    assert lines[1] == (
        f"event=push account=focal.sn@example.org device={device} address=testclient "
        "mutations=3 applied=1 conflict=1 rejected=1"
    )
    assert int(device) > 0 and created["status"] == "applied"
    assert not any("Zuwara" in line or "Sabratha" in line for line in lines)


def test_a_review_decision_logs_the_decision_without_its_comment(server, make, events):
    server.sample_campaign()
    sn = server.person("focal.sn@example.org", "focal_point", "SN")
    sec = server.person("sec@example.org", "secretariat")
    report = make.report(
        "SN", state="submitted", answers=make.answers(), initiatives=[make.initiative()]
    )
    create = make.mutation("country_report", report)
    server.push(sn, create)
    response = server.client.post(
        f"/api/v1/review/reports/{create['id']}/return",
        json={"comment": "Please add the Kolda figures"},
        headers=sec.headers,
    )
    assert response.status_code == 200, response.text
    [line] = events("review_decision")
    rev = response.json()["rev"]
    device = line.split("device=")[1].split()[0]
    assert line == (
        f"event=review_decision account=sec@example.org device={device} address=testclient "
        f"decision=return report={create['id']} rev={rev}"
    )
    assert "Kolda" not in line and "Ministry" not in line


def test_a_push_naming_other_countries_ids_says_how_many(server, make, events):
    gm = server.person("focal.gm@example.org", "focal_point", "GM")
    sn = server.person("focal.sn@example.org", "focal_point", "SN")
    theirs = make.mutation("incident", make.incident(1))
    [created] = server.push(gm, theirs)
    probe = make.mutation("incident", make.incident(1), record_id=theirs["id"], base_rev=1)
    server.push(sn, probe, make.mutation("incident", make.incident(2)))
    line = events("push")[-1]
    assert line.startswith("event=push account=focal.sn@example.org ")
    assert line.endswith(" mutations=2 applied=1 conflict=0 rejected=1 foreign_ids=1")
    assert created["status"] == "applied"
