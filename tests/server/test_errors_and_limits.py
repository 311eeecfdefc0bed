"""Every 4xx is JSON {"error": {code, message, fields}}; bodies are limited and may be gzip."""

from __future__ import annotations

import gzip
import json

import pytest


@pytest.fixture
def assert_error(expect_error):
    return expect_error


def test_health_answers_without_auth_on_each_database(server):
    response = server.client.get("/api/v1/health")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response.json()["database"] == server.engine.dialect.name


def test_openapi_lists_every_endpoint(sqlite_server):
    paths = sqlite_server.app.openapi()["paths"]
    for path in (
        "/api/v1/health",
        "/api/v1/auth/login",
        "/api/v1/auth/refresh",
        "/api/v1/sync/push",
        "/api/v1/sync/pull",
        "/api/v1/sync/checksum",
        "/api/v1/review/campaigns/{campaign_id}/completeness",
    ):
        assert path in paths


def test_unknown_path_and_wrong_method_are_json(sqlite_server, assert_error):
    assert_error(sqlite_server.client.get("/api/v1/nothing-here"), 404, "not_found")
    error = assert_error(sqlite_server.client.put("/api/v1/sync/push"), 405, "method_not_allowed")
    assert "PUT" in error["message"]


def test_malformed_json_is_a_400_that_says_so(sqlite_server, assert_error):
    response = sqlite_server.client.post(
        "/api/v1/auth/login", content=b'{"email": ', headers={"Content-Type": "application/json"}
    )
    assert "not valid JSON" in assert_error(response, 400, "invalid_json")["message"]


@pytest.mark.parametrize("body", [b"NaN", b'{"email": "\\ud800"}', b"[1e999]"])
def test_json_that_cannot_round_trip_is_refused(sqlite_server, body, assert_error):
    response = sqlite_server.client.post(
        "/api/v1/auth/login", content=body, headers={"Content-Type": "application/json"}
    )
    assert_error(response, 400, "invalid_json")


def test_wrong_shape_names_each_field(sqlite_server, assert_error):
    response = sqlite_server.client.post("/api/v1/auth/login", json={"email": "a@b.org"})
    error = assert_error(response, 422, "invalid")
    assert {f["field"] for f in error["fields"]} == {"password", "device_name"}


def test_a_body_that_is_not_json_gets_a_clear_message(sqlite_server, assert_error):
    response = sqlite_server.client.post(
        "/api/v1/auth/login", content=b"email=a", headers={"Content-Type": "text/plain"}
    )
    assert "JSON" in assert_error(response, 422)["fields"][0]["message"]


def test_sync_needs_a_token(sqlite_server, assert_error):
    error = assert_error(sqlite_server.client.get("/api/v1/sync/pull"), 401, "not_signed_in")
    assert "Bearer" in error["message"]
    response = sqlite_server.client.get(
        "/api/v1/sync/pull", headers={"Authorization": "Bearer fpa_not-a-token"}
    )
    assert_error(response, 401, "token_invalid")
    assert response.headers["www-authenticate"].startswith("Bearer")


@pytest.fixture
def small_limit_server(harness_with):
    return harness_with(max_body_bytes=4096)


def _push_body(make, records: int) -> bytes:
    mutations = [make.mutation("incident", make.incident(n)) for n in range(records)]
    return json.dumps({"mutations": mutations}).encode()


def test_declared_size_over_the_limit_is_413(small_limit_server, make, assert_error):
    person = small_limit_server.person("fp@example.org", "focal_point", "SN")
    response = small_limit_server.client.post(
        "/api/v1/sync/push",
        content=_push_body(make, 40),
        headers={**person.headers, "Content-Type": "application/json"},
    )
    assert "send fewer records" in assert_error(response, 413, "too_large")["message"]


def test_streamed_body_over_the_limit_is_413(small_limit_server, make, assert_error):
    person = small_limit_server.person("fp@example.org", "focal_point", "SN")
    body = _push_body(make, 40)

    def chunks():  # no Content-Length: the limit must hold on the stream itself
        for start in range(0, len(body), 1000):
            yield body[start : start + 1000]

    response = small_limit_server.client.post(
        "/api/v1/sync/push",
        content=chunks(),
        headers={**person.headers, "Content-Type": "application/json"},
    )
    assert_error(response, 413, "too_large")


def test_gzip_push_is_accepted(small_limit_server, make):
    person = small_limit_server.person("fp@example.org", "focal_point", "SN")
    body = gzip.compress(_push_body(make, 3))
    response = small_limit_server.client.post(
        "/api/v1/sync/push",
        content=body,
        headers={**person.headers, "Content-Type": "application/json", "Content-Encoding": "gzip"},
    )
    assert response.status_code == 200, response.text
    assert [r["status"] for r in response.json()["results"]] == ["applied"] * 3


def test_gzip_that_inflates_past_the_limit_is_413(small_limit_server, assert_error):
    person = small_limit_server.person("fp@example.org", "focal_point", "SN")
    bomb = gzip.compress(b'{"mutations": [' + b" " * 1_000_000 + b"]}")
    assert len(bomb) < 4096
    response = small_limit_server.client.post(
        "/api/v1/sync/push",
        content=bomb,
        headers={**person.headers, "Content-Type": "application/json", "Content-Encoding": "gzip"},
    )
    assert_error(response, 413, "too_large")


def test_broken_gzip_and_unknown_encodings_are_refused(small_limit_server, assert_error):
    person = small_limit_server.person("fp@example.org", "focal_point", "SN")
    headers = {**person.headers, "Content-Type": "application/json"}
    response = small_limit_server.client.post(
        "/api/v1/sync/push", content=b"not gzip", headers={**headers, "Content-Encoding": "gzip"}
    )
    assert_error(response, 400, "bad_encoding")
    response = small_limit_server.client.post(
        "/api/v1/sync/push", content=b"{}", headers={**headers, "Content-Encoding": "br"}
    )
    assert_error(response, 415, "unsupported_encoding")


def test_large_pull_responses_are_gzipped_for_clients_that_accept_it(sqlite_server, make):
    person = sqlite_server.person("fp@example.org", "focal_point", "SN")
    sqlite_server.push(person, *(make.mutation("incident", make.incident(n)) for n in range(30)))
    response = sqlite_server.client.get(
        "/api/v1/sync/pull", headers={**person.headers, "Accept-Encoding": "gzip"}
    )
    assert response.headers.get("content-encoding") == "gzip"
    assert len(response.json()["changes"]) == 30


def test_a_bug_becomes_a_json_500_logged_without_its_message(sqlite_server, monkeypatch, caplog):
    from server_stub.sync import pull

    secret = "-".join(["Awa", "Diop"])  # built at run time: the logged stack shows source lines

    def broken(*_args, **_kwargs):
        raise RuntimeError(f"{secret}, last seen off Zuwara")  # data that must not be logged

    monkeypatch.setattr(pull, "pull_page", broken)
    person = sqlite_server.person("fp@example.org", "focal_point", "SN")
    response = sqlite_server.client.get("/api/v1/sync/pull", headers=person.headers)
    assert response.status_code == 500
    assert response.json()["error"]["code"] == "internal_error"
    assert "RuntimeError" in caplog.text and secret not in caplog.text


def test_a_database_that_does_not_answer_is_a_503(sqlite_server, monkeypatch, expect_error):
    from sqlalchemy.exc import OperationalError

    from server_stub.sync import pull

    def unreachable(*_args, **_kwargs):
        raise OperationalError("SELECT", {}, ConnectionRefusedError("connection refused"))

    monkeypatch.setattr(pull, "pull_page", unreachable)
    person = sqlite_server.person("fp@example.org", "focal_point", "SN")
    response = sqlite_server.client.get("/api/v1/sync/pull", headers=person.headers)
    expect_error(response, 503, "database_unavailable")
