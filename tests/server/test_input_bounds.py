"""Bad input never makes a 500: JSON nested too deep is a 400 that says so (plain or gzip, on
every JSON endpoint), and a value over a field's bound is refused at the field.

Per the wire contract a mutation with bad data is `rejected` with field errors inside a 200
(a bad item never sinks the batch); the request as a whole gets a 4xx only when its own shape
is wrong."""

from __future__ import annotations

import gzip

import pytest

from desktop.domain.wire import ErrorResponse
from server_stub.jsonio import MAX_JSON_DEPTH


def nested(depth: int) -> str:
    """A JSON value `depth` levels deep: {"n": {"n": … 1 …}}."""
    return '{"n": ' * (depth - 1) + "1" + "}" * (depth - 1)


def push_body(make, data_json: str) -> bytes:
    mutation = make.mutation("incident", {"incident_id": "T-1"})
    head = '{"mutations": [{"mutation_id": "%s", "kind": "incident", "id": "%s", "base_rev": null, '
    text = head % (mutation["mutation_id"], mutation["id"]) + f'"data": {data_json}' + "}]}"
    return text.encode()


def assert_too_deep(response) -> None:
    assert response.status_code == 400, response.text
    assert response.headers["content-type"].startswith("application/json")
    error = ErrorResponse.model_validate(response.json()).error
    assert error.code == "too_deep"
    assert f"{MAX_JSON_DEPTH} levels" in error.message


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 254, 300, 5000])
def test_data_nested_too_deep_is_a_400_that_says_so(sqlite_server, make, depth):
    focal = sqlite_server.person("focal.sn@example.org", "focal_point", "SN")
    headers = {**focal.headers, "Content-Type": "application/json"}
    body = push_body(make, '{"incident_id": "T-1", "x": ' + nested(depth) + "}")
    assert_too_deep(sqlite_server.client.post("/api/v1/sync/push", content=body, headers=headers))
    gzipped = {**headers, "Content-Encoding": "gzip"}
    response = sqlite_server.client.post(
        "/api/v1/sync/push", content=gzip.compress(body), headers=gzipped
    )
    assert_too_deep(response)


def test_a_deep_body_on_a_public_endpoint_is_a_400_too(sqlite_server):
    body = '{"email": "a@b.org", "password": "x", "device_name": ' + nested(300) + "}"
    response = sqlite_server.client.post(
        "/api/v1/auth/login", content=body, headers={"Content-Type": "application/json"}
    )
    assert_too_deep(response)


def test_nesting_within_the_limit_is_judged_field_by_field(sqlite_server, make):
    focal = sqlite_server.person("focal.sn@example.org", "focal_point", "SN")
    headers = {**focal.headers, "Content-Type": "application/json"}
    # The body's own levels (object, mutations list, mutation, data) count too.
    body = push_body(make, '{"incident_id": "T-1", "x": ' + nested(MAX_JSON_DEPTH - 5) + "}")
    response = sqlite_server.client.post("/api/v1/sync/push", content=body, headers=headers)
    assert response.status_code == 200, response.text
    [result] = response.json()["results"]
    assert result["status"] == "rejected"
    assert "x" in {e["field"] for e in result["errors"]}


CASE = {"reference": "SN-2026-0042", "person": {"family_name": "Diallo"}}


@pytest.mark.parametrize(
    ("kind", "data", "field", "code"),
    [
        ("missing_case", {**CASE, "enquirer": {"relationship": "x" * 1_000_000}},
         "enquirer.relationship", "too_long"),
        ("missing_case", {**CASE, "person": {"family_name": "D", "other_spellings": ["a"] * 1000}},
         "person.other_spellings", "too_many"),
        ("incident", {"incident_id": "T-1", "incident_date": "2025-01-01",
                      "number_dead": 2**64 - 1}, "number_dead", "between"),
        ("incident", {"incident_id": "T-1", "incident_date": "9999-12-31"}, "incident_date",
         "date_in_future"),
        ("incident", {"incident_id": "T-1", "incident_date": "2025-01-01",
                      "url": "javascript:alert(document.cookie)"}, "url", "url"),
    ],
)  # fmt: skip
def test_a_value_over_its_bound_is_rejected_at_its_field(server, make, kind, data, field, code):
    focal = server.person("focal.sn@example.org", "focal_point", "SN")
    [result] = server.push(focal, make.mutation(kind, data))
    assert result["status"] == "rejected"
    errors = {e["field"]: e for e in result["errors"]}
    assert errors[field]["code"] == code, errors
    assert errors[field]["message"] and len(errors[field]["message"]) < 300
    changes, _ = server.pull_all(focal)
    assert [c for c in changes if c["kind"] == kind] == []  # nothing stored


def test_a_mutation_with_more_fields_than_any_record_is_refused_whole(sqlite_server, make):
    focal = sqlite_server.person("focal.sn@example.org", "focal_point", "SN")
    data = {f"field_{n}": n for n in range(10_000)}
    response = sqlite_server.client.post(
        "/api/v1/sync/push",
        json={"mutations": [make.mutation("incident", data)]},
        headers=focal.headers,
    )
    assert response.status_code == 422, response.text
    assert response.json()["error"]["fields"][0]["field"] == "mutations.0.data"


def test_the_openapi_schema_states_the_wire_bounds(sqlite_server):
    schemas = sqlite_server.app.openapi()["components"]["schemas"]
    mutation = schemas["Mutation"]["properties"]
    assert mutation["data"]["maxProperties"] >= 50
    # Each writable kind's fields, with their bounds, for schemathesis to generate from.
    incident, case, report, deletion = mutation["data"]["anyOf"]
    assert incident["properties"]["number_dead"]["anyOf"][0]["maximum"] == 100_000
    enquirer = case["properties"]["enquirer"]["properties"]
    assert enquirer["relationship"]["anyOf"][0]["maxLength"] == 200
    assert case["properties"]["person"]["properties"]["other_spellings"]["maxItems"] == 100
    assert report["properties"]["initiatives"]["maxItems"] == 500
    assert deletion == {"type": "object", "maxProperties": 0}
    assert mutation["base_rev"]["anyOf"][0]["maximum"] == 2**53 - 1
    assert schemas["PushRequest"]["properties"]["mutations"]["maxItems"] == 1000
    login = schemas["LoginRequest"]["properties"]
    assert all("maxLength" in login[name] for name in ("email", "password", "device_name"))
