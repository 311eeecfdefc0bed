"""Pull: ordered, resumable pages of what the caller may see; and the scope checksum."""

from __future__ import annotations

import pytest

from desktop.domain.checksum import scope_checksum
from desktop.domain.wire import MAX_PULL_LIMIT


@pytest.fixture
def people(server):
    server.sample_campaign()
    return {
        "sn": server.person("focal.sn@example.org", "focal_point", "SN"),
        "gm": server.person("focal.gm@example.org", "focal_point", "GM"),
        "sec": server.person("sec@example.org", "secretariat"),
    }


def page(server, person, since, limit):
    response = server.client.get(
        "/api/v1/sync/pull", params={"since": since, "limit": limit}, headers=person.headers
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_pages_follow_the_cursor_in_revision_order(server, people, make):
    sn = people["sn"]
    server.push(sn, *(make.mutation("incident", make.incident(n)) for n in range(7)))
    first = page(server, sn, 0, 3)
    assert first["has_more"] is True and len(first["changes"]) == 3
    assert first["next_cursor"] == first["changes"][-1]["rev"]
    seen = list(first["changes"])
    cursor = first["next_cursor"]
    while True:
        more = page(server, sn, cursor, 3)
        seen += more["changes"]
        cursor = more["next_cursor"]
        if not more["has_more"]:
            break
    revs = [c["rev"] for c in seen]
    assert revs == sorted(revs) and len(set(revs)) == 8  # 7 incidents and the campaign
    assert page(server, sn, cursor, 3) == {"changes": [], "next_cursor": cursor, "has_more": False}


def test_a_focal_point_sees_its_country_and_the_campaigns_only(server, people, make):
    sn_incident = make.mutation("incident", make.incident(1))
    gm_incident = make.mutation("incident", make.incident(2))
    server.push(people["sn"], sn_incident)
    server.push(people["gm"], gm_incident)
    sn_view, _ = server.pull_all(people["sn"])
    assert {(c["kind"], c["owner_country"]) for c in sn_view} == {
        ("campaign", None),
        ("incident", "SN"),
    }
    everything, _ = server.pull_all(people["sec"])
    assert {c["id"] for c in everything} >= {sn_incident["id"], gm_incident["id"]}


def test_the_cursor_moves_past_changes_the_caller_cannot_see(server, people, make):
    _, cursor = server.pull_all(people["sn"])
    results = server.push(
        people["gm"], *(make.mutation("incident", make.incident(n)) for n in range(4))
    )
    after = page(server, people["sn"], cursor, 500)
    assert after["changes"] == [] and after["next_cursor"] == results[-1]["rev"]


def test_tombstones_reach_everyone_in_scope(server, people, make):
    create = make.mutation("incident", make.incident(1))
    [created] = server.push(people["sn"], create)
    _, cursor = server.pull_all(people["sec"])
    server.push(
        people["sn"],
        make.mutation("incident", record_id=create["id"], base_rev=created["rev"], deleted=True),
    )
    changes, _ = server.pull_all(people["sec"], since=cursor)
    assert [(c["id"], c["deleted"]) for c in changes] == [(create["id"], True)]


@pytest.mark.parametrize(
    "params",
    [{"limit": MAX_PULL_LIMIT + 1}, {"limit": 0}, {"since": -1}, {"since": "x"}, {"since": 2**70}],
)
def test_bad_cursor_or_limit_is_a_422(server, people, params, expect_error):
    response = server.client.get("/api/v1/sync/pull", params=params, headers=people["sn"].headers)
    expect_error(response, 422, "invalid")


def test_the_checksum_matches_what_the_caller_pulled(server, people, make):
    sn, gm = people["sn"], people["gm"]
    server.push(sn, *(make.mutation("incident", make.incident(n)) for n in range(3)))
    server.push(gm, make.mutation("incident", make.incident(9)))
    for person in (sn, gm, people["sec"]):
        changes, _ = server.pull_all(person)
        expected = scope_checksum((c["id"], c["rev"], c["deleted"]) for c in changes)
        response = server.client.get("/api/v1/sync/checksum", headers=person.headers)
        assert response.status_code == 200
        body = response.json()
        assert body == {
            "count": len(changes),
            "checksum": expected,
            "max_rev": max(c["rev"] for c in changes),
        }


def test_the_checksum_changes_when_a_record_changes(server, people, make):
    sn = people["sn"]
    create = make.mutation("incident", make.incident(1))
    [created] = server.push(sn, create)
    before = server.client.get("/api/v1/sync/checksum", headers=sn.headers).json()
    server.push(
        sn,
        make.mutation(
            "incident",
            make.incident(1, number_dead=1),
            record_id=create["id"],
            base_rev=created["rev"],
        ),
    )
    after = server.client.get("/api/v1/sync/checksum", headers=sn.headers).json()
    assert after["count"] == before["count"] and after["checksum"] != before["checksum"]
