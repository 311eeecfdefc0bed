"""The integrity buckets stay equal to the records through every server write path.

After each step every caller's `GET /api/v1/sync/buckets` must equal the buckets a client
computes from scratch from what it pulls (`envelope_hash` of each pulled envelope), on SQLite
and PostgreSQL: pushes (creates, updates, deletes), review decisions and campaign publishing.
"""

from __future__ import annotations

import random
import uuid

from desktop.domain.checksum import envelope_hash, fold, hash_from_hex
from server_stub import campaigns
from server_stub.security.tokens import Principal
from server_stub.sync import buckets as bucket_sums


def served(server, person) -> dict[str, tuple[int, int]]:
    response = server.client.get("/api/v1/sync/buckets", headers=person.headers)
    assert response.status_code == 200, response.text
    found = response.json()["buckets"]
    return {name: (b["count"], hash_from_hex(b["hash"])) for name, b in found.items()}


def pulled(server, person) -> dict[str, tuple[int, int]]:
    changes, _ = server.pull_all(person)
    return fold((c["id"], envelope_hash(c)) for c in changes)


def assert_buckets_right(server, *people) -> None:
    for person in people:
        assert served(server, person) == pulled(server, person), person.email
    assert bucket_sums.caller_buckets(server.engine, _everyone()) == bucket_sums.from_scratch(
        server.engine
    )


def _everyone() -> Principal:
    return Principal(user_id=0, email="", role="secretariat", country=None, device_id=0)


def test_buckets_follow_pushes_deletes_reviews_and_campaigns(server, make):
    sn = server.person("fp.sn@example.org", "focal_point", "SN")
    gm = server.person("fp.gm@example.org", "focal_point", "GM")
    sec = server.person("sec@example.org", "secretariat")
    people = (sn, gm, sec)
    assert served(server, sn) == {}

    campaign = server.sample_campaign()  # a new campaign: everyone's scope
    assert_buckets_right(server, *people)

    created = [make.mutation("incident", make.incident(n)) for n in range(40)]
    results = server.push(sn, *created)
    assert {r["status"] for r in results} == {"applied"}
    server.push(gm, *[make.mutation("incident", make.incident(n)) for n in range(40, 50)])
    assert_buckets_right(server, *people)
    assert sum(count for count, _ in served(server, sn).values()) == 41  # 40 + the campaign

    first, second = created[0], created[1]
    edit = make.mutation(
        "incident",
        make.incident(0, number_dead=9),
        record_id=first["id"],
        base_rev=results[0]["rev"],
    )
    [edited] = server.push(sn, edit)
    gone = make.mutation(
        "incident", record_id=second["id"], base_rev=results[1]["rev"], deleted=True
    )
    [deleted] = server.push(sn, gone)
    assert edited["status"] == deleted["status"] == "applied"
    assert_buckets_right(server, *people)

    report = make.mutation(
        "country_report",
        make.report(
            "SN", state="submitted", answers=make.answers(), initiatives=[make.initiative()]
        ),
    )
    [sent] = server.push(sn, report)
    assert sent["status"] == "applied", sent
    assert_buckets_right(server, *people)
    response = server.client.post(
        f"/api/v1/review/reports/{report['id']}/return",
        json={"comment": "Add the budget"},
        headers=sec.headers,
    )
    assert response.status_code == 200, response.text
    assert_buckets_right(server, *people)

    _id, data = campaigns.read_campaign_file(campaigns.SAMPLE_CAMPAIGN)
    data["title"] = {lang: f"{text} (revised)" for lang, text in data["title"].items()}
    assert campaigns.put_campaign(server.engine, campaign, data)[2]  # republished: a new rev
    assert_buckets_right(server, *people)


def test_a_bucket_pull_sends_the_records_of_those_buckets_in_scope_by_id(server, make):
    sn = server.person("fp.sn@example.org", "focal_point", "SN")
    gm = server.person("fp.gm@example.org", "focal_point", "GM")
    mine = [make.mutation("incident", make.incident(n)) for n in range(60)]
    server.push(sn, *mine)
    server.push(gm, *[make.mutation("incident", make.incident(n)) for n in range(60)])
    wanted = sorted({m["id"][:2] for m in mine[:5]})
    got, after = [], ""
    while True:
        response = server.client.get(
            "/api/v1/sync/buckets/pull",
            params={"buckets": ",".join(wanted), "after": after, "limit": 2},
            headers=sn.headers,
        )
        assert response.status_code == 200, response.text
        page = response.json()
        got += page["changes"]
        if not page["has_more"]:
            assert page["next_after"] is None
            break
        after = page["next_after"]
    expected = sorted(m["id"] for m in mine if m["id"][:2] in wanted)
    assert [c["id"] for c in got] == expected  # only SN's, only those buckets, by id
    refused = server.client.get(
        "/api/v1/sync/buckets/pull", params={"buckets": "zz"}, headers=sn.headers
    )
    assert refused.status_code == 422


def test_random_writes_keep_the_buckets_equal_to_a_computation_from_scratch(server, make):
    """A seeded random mix of creates, edits and deletes by three countries."""
    rng = random.Random(12)
    people = [
        server.person(f"fp.{c.lower()}@example.org", "focal_point", c) for c in ("SN", "GM", "ML")
    ]
    sec = server.person("sec@example.org", "secretariat")
    live: dict[str, tuple[object, int]] = {}  # id → (owner, rev)
    for step in range(12):
        person = rng.choice(people)
        batch = []
        for _ in range(rng.randint(1, 15)):
            own = [rid for rid, (owner, _rev) in live.items() if owner is person]
            choice = rng.random()
            if own and choice < 0.3:
                rid = rng.choice(own)
                batch.append(
                    make.mutation(
                        "incident",
                        make.incident(rng.randint(0, 999), number_dead=rng.randint(0, 9)),
                        record_id=rid,
                        base_rev=live[rid][1],
                    )
                )
            elif own and choice < 0.45:
                rid = rng.choice(own)
                batch.append(
                    make.mutation("incident", record_id=rid, base_rev=live[rid][1], deleted=True)
                )
            else:
                batch.append(make.mutation("incident", make.incident(rng.randint(0, 999))))
            if batch[-1]["id"] in {m["id"] for m in batch[:-1]}:
                batch.pop()  # one mutation per record in a batch keeps base_revs simple
        for m, result in zip(batch, server.push(person, *batch), strict=True):
            assert result["status"] == "applied", result
            if m.get("deleted"):
                live.pop(m["id"])
            else:
                live[m["id"]] = (person, result["rev"])
        assert bucket_sums.caller_buckets(server.engine, _everyone()) == bucket_sums.from_scratch(
            server.engine
        ), step
    assert_buckets_right(server, *people, sec)
    assert uuid.UUID(next(iter(live)))  # the scene had records
