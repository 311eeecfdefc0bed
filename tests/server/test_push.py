"""Push: applied, conflict or rejected per mutation; idempotent; scoped by country."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from server_stub.sync import bulk


@pytest.fixture
def focal(server):
    return server.person("focal.sn@example.org", "focal_point", "SN")


def test_a_new_record_is_applied_with_a_revision_and_owned_by_the_pushers_country(
    server, focal, make
):
    create = make.mutation("incident", make.incident(1, location="  Off Zuwara  "))
    [result] = server.push(focal, create)
    assert result["status"] == "applied"
    assert result["mutation_id"] == create["mutation_id"] and result["id"] == create["id"]
    assert result["rev"] >= 1
    [record], _ = server.pull_all(focal)
    assert record["id"] == create["id"] and record["rev"] == result["rev"]
    assert record["owner_country"] == "SN" and record["kind"] == "incident"
    assert record["data"]["location"] == "Off Zuwara"  # normalised by desktop.domain
    assert record["updated_at"].endswith("Z")


def test_every_applied_change_gets_a_higher_revision(server, focal, make):
    results = server.push(focal, *(make.mutation("incident", make.incident(n)) for n in range(5)))
    revs = [r["rev"] for r in results]
    assert revs == sorted(revs) and len(set(revs)) == 5
    [again] = server.push(focal, make.mutation("incident", make.incident(9)))
    assert again["rev"] > revs[-1]


def test_a_repeated_mutation_gets_its_first_result_and_changes_nothing(server, focal, make):
    create = make.mutation("incident", make.incident(1))
    first = server.push(focal, create)
    again = server.push(focal, create)
    assert again == first
    changes, cursor = server.pull_all(focal)
    assert len(changes) == 1 and cursor == first[0]["rev"]


def test_a_repeated_mutation_id_with_another_body_is_rejected(server, focal, make):
    create = make.mutation("incident", make.incident(1))
    server.push(focal, create)
    changed = {**create, "data": make.incident(1, number_dead=40)}
    [result] = server.push(focal, changed)
    assert result["status"] == "rejected"
    assert result["errors"][0]["field"] == "mutation_id"
    assert "already used" in result["errors"][0]["message"]
    [record], _ = server.pull_all(focal)
    assert record["data"]["number_dead"] == 2


def test_another_user_cannot_replay_someone_elses_mutation_id(server, focal, make):
    create = make.mutation("incident", make.incident(1))
    server.push(focal, create)
    colleague = server.person("focal2.sn@example.org", "focal_point", "SN")
    [result] = server.push(colleague, create)
    assert result["status"] == "rejected" and result["errors"][0]["field"] == "mutation_id"


def test_the_same_mutation_twice_in_one_batch_is_applied_once(server, focal, make):
    create = make.mutation("incident", make.incident(1))
    first, second = server.push(focal, create, create)
    assert first == second and first["status"] == "applied"


def test_an_update_on_a_stale_base_rev_is_a_conflict_with_the_servers_record(server, focal, make):
    create = make.mutation("incident", make.incident(1))
    [created] = server.push(focal, create)
    update = make.mutation(
        "incident", make.incident(1, number_dead=3), record_id=create["id"], base_rev=created["rev"]
    )
    [updated] = server.push(focal, update)
    assert updated["status"] == "applied" and updated["rev"] > created["rev"]
    stale = make.mutation(
        "incident", make.incident(1, number_dead=9), record_id=create["id"], base_rev=created["rev"]
    )
    [conflict] = server.push(focal, stale)
    assert conflict["status"] == "conflict"
    assert conflict["record"]["rev"] == updated["rev"]
    assert conflict["record"]["data"]["number_dead"] == 3


def test_creating_an_id_that_exists_is_a_conflict(server, focal, make):
    create = make.mutation("incident", make.incident(1))
    server.push(focal, create)
    [result] = server.push(
        focal, make.mutation("incident", make.incident(2), record_id=create["id"])
    )
    assert result["status"] == "conflict" and result["record"]["id"] == create["id"]


def test_an_update_of_a_record_the_server_lacks_is_rejected(server, focal, make):
    [result] = server.push(focal, make.mutation("incident", make.incident(1), base_rev=4))
    assert result["status"] == "rejected" and result["errors"][0]["field"] == "base_rev"


def test_invalid_data_is_rejected_with_field_errors_and_the_rest_of_the_batch_applies(
    server, focal, make
):
    good = make.mutation("incident", make.incident(1))
    bad = make.mutation("incident", make.incident(2, incident_date="31/02/2025", number_dead=-1))
    also_good = make.mutation("incident", make.incident(3))
    results = server.push(focal, good, bad, also_good)
    assert [r["status"] for r in results] == ["applied", "rejected", "applied"]
    fields = {e["field"]: e["message"] for e in results[1]["errors"]}
    assert "YYYY-MM-DD" in fields["incident_date"]
    assert "0 or more" in fields["number_dead"]
    changes, _ = server.pull_all(focal)
    assert {c["id"] for c in changes} == {good["id"], also_good["id"]}


def test_a_delete_leaves_a_tombstone_without_the_data(server, focal, make):
    case = {"reference": "SN-2026-0042", "person": {"given_names": "Awa", "family_name": "Diop"}}
    create = make.mutation("missing_case", case)
    [created] = server.push(focal, create)
    delete = make.mutation(
        "missing_case", record_id=create["id"], base_rev=created["rev"], deleted=True
    )
    [deleted] = server.push(focal, delete)
    assert deleted["status"] == "applied"
    [tombstone], _ = server.pull_all(focal)
    assert tombstone["deleted"] is True and tombstone["data"] == {}
    assert tombstone["rev"] == deleted["rev"]


def test_deleting_what_is_not_there_is_rejected(server, focal, make):
    [result] = server.push(focal, make.mutation("incident", deleted=True))
    assert result["status"] == "rejected"


def test_campaigns_cannot_be_pushed(server, focal, make, expect_error):
    response = server.client.post(
        "/api/v1/sync/push",
        json={"mutations": [make.mutation("campaign", {"title": "x"})]},
        headers=focal.headers,
    )
    error = expect_error(response, 422, "invalid")
    assert error["fields"][0]["field"] == "mutations.0.kind"


def test_a_focal_point_cannot_change_another_countrys_record(server, focal, make):
    gambia = server.person("focal.gm@example.org", "focal_point", "GM")
    create = make.mutation("incident", make.incident(1))
    [created] = server.push(gambia, create)
    takeover = make.mutation(
        "incident", make.incident(1, number_dead=0), record_id=create["id"], base_rev=created["rev"]
    )
    [result] = server.push(focal, takeover)
    # Answered as for an id the server does not have: nothing says the record exists.
    assert result["status"] == "rejected" and result["errors"][0]["code"] == "unknown_record"
    [conflict] = server.push(
        focal, make.mutation("incident", make.incident(1), record_id=create["id"])
    )
    assert conflict["status"] == "rejected" and conflict["record"] is None  # nothing leaks
    assert conflict["errors"][0]["code"] == "id_unavailable"
    [record], _ = server.pull_all(gambia)
    assert record["rev"] == created["rev"] and record["data"]["number_dead"] == 2


def test_the_secretariat_may_correct_any_countrys_record(server, focal, make):
    secretariat = server.person("sec@example.org", "secretariat")
    create = make.mutation("incident", make.incident(1))
    [created] = server.push(focal, create)
    fix = make.mutation(
        "incident", make.incident(1, number_dead=4), record_id=create["id"], base_rev=created["rev"]
    )
    [fixed] = server.push(secretariat, fix)
    assert fixed["status"] == "applied"
    [record], _ = server.pull_all(focal)
    assert record["owner_country"] == "SN" and record["data"]["number_dead"] == 4


def test_the_kind_of_a_record_cannot_change(server, focal, make):
    create = make.mutation("incident", make.incident(1))
    [created] = server.push(focal, create)
    case = {"reference": "SN-2026-0001", "person": {"given_names": "Awa"}}
    [result] = server.push(
        focal,
        make.mutation("missing_case", case, record_id=create["id"], base_rev=created["rev"]),
    )
    assert result["status"] == "rejected" and result["errors"][0]["field"] == "kind"


def test_results_are_stored_even_when_a_bulk_write_fails(server, focal, make, monkeypatch):
    """If the bulk write fails, each record is written in its own savepoint: only the one that
    cannot be stored is rejected."""
    poisoned = make.mutation("incident", make.incident(2))
    original = bulk.BulkWriter.write_records

    def failing(self, states, *args):
        if any(s.id == poisoned["id"] for s in states):
            raise IntegrityError("INSERT", {}, Exception("simulated"))
        return original(self, states, *args)

    monkeypatch.setattr(bulk.BulkWriter, "write_records", failing)
    good = [make.mutation("incident", make.incident(n)) for n in (1, 3)]
    results = server.push(focal, good[0], poisoned, good[1])
    assert [r["status"] for r in results] == ["applied", "rejected", "applied"]
    changes, _ = server.pull_all(focal)
    assert {c["id"] for c in changes} == {g["id"] for g in good}
    monkeypatch.undo()
    assert server.push(focal, poisoned)[0]["status"] == "rejected"  # its first result stands


def test_field_errors_of_a_rejection_carry_their_codes(server, focal, make):
    bad = make.mutation("incident", make.incident(2, incident_date="31/02/2025", number_dead=-1))
    [result] = server.push(focal, bad)
    codes = {e["field"]: (e["code"], e["params"]["label"]) for e in result["errors"]}
    assert codes == {
        "incident_date": ("date", "Incident date"),
        "number_dead": ("whole_number", "Number dead"),
    }


def _push_body(server, person, *mutations):
    response = server.client.post(
        "/api/v1/sync/push", json={"mutations": list(mutations)}, headers=person.headers
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_a_push_names_the_revisions_it_took(server, focal, make):
    """Every revision between `revisions[0]` and `revisions[1]` is one of the push's applied
    mutations, so a client at the first has seen everything up to the second."""
    first = _push_body(
        server, focal, *(make.mutation("incident", make.incident(n)) for n in (1, 2))
    )
    before, after = first["revisions"]
    assert after - before == 2 and [r["rev"] for r in first["results"]] == [before + 1, after]
    conflict = make.mutation("incident", make.incident(3), record_id=first["results"][0]["id"])
    second = _push_body(server, focal, conflict, make.mutation("incident", make.incident(4)))
    assert [r["status"] for r in second["results"]] == ["conflict", "applied"]
    assert second["revisions"] == [after, after + 1]


def test_an_applied_result_carries_the_record_only_when_stored_otherwise(server, focal, make):
    from desktop.domain.records import normalise

    as_stored = normalise("incident", make.incident(1))
    [same] = server.push(focal, make.mutation("incident", as_stored))
    assert same["status"] == "applied" and same["record"] is None
    [trimmed] = server.push(focal, make.mutation("incident", make.incident(2, location=" Zuwara ")))
    assert trimmed["status"] == "applied"
    assert trimmed["record"]["rev"] == trimmed["rev"]
    assert trimmed["record"]["data"]["location"] == "Zuwara"


def test_a_reports_applied_result_carries_the_comments_the_server_stamped(server, focal, make):
    server.sample_campaign()
    comment = {
        "text": "Figures",
        "author": "me",
        "role": "secretariat",
        "at": "2020-01-05T10:00:00Z",
    }
    report = make.mutation("country_report", make.report("SN", comments=[comment]))
    [result] = server.push(focal, report)
    assert result["status"] == "applied", result
    [stamped] = result["record"]["data"]["comments"]
    assert (stamped["author"], stamped["role"]) == ("focal.sn@example.org", "focal_point")
    changes, _ = server.pull_all(focal)
    [pulled] = [c for c in changes if c["kind"] == "country_report"]
    assert pulled == result["record"]


def test_a_deleted_records_applied_results_keep_none_of_its_contents(server, focal, make):
    create = make.mutation("incident", make.incident(1, location=" Zuwara "))
    [created] = server.push(focal, create)
    assert created["record"] is not None
    delete = make.mutation(
        "incident", record_id=create["id"], base_rev=created["rev"], deleted=True
    )
    assert server.push(focal, delete)[0]["status"] == "applied"
    with server.engine.connect() as connection:
        kept = [row[0] for row in connection.exec_driver_sql("SELECT result FROM mutations")]
    assert not any("Zuwara" in text for text in kept)
