"""Every API answer — errors and 404s too — says `Cache-Control: no-store` and
`X-Content-Type-Options: nosniff`; the update repository keeps its own caching headers. The
OpenAPI description is off unless a setting turns it on, and no docs page (which would load
scripts from another site) is ever served."""

from __future__ import annotations

import pytest

from server_stub.settings import Settings


def assert_hardened(response) -> None:
    assert response.headers["cache-control"] == "no-store", response.headers
    assert response.headers["x-content-type-options"] == "nosniff"


def test_every_kind_of_answer_is_not_stored_and_not_sniffed(harness_with, make):
    server = harness_with(max_body_bytes=4096)
    client = server.client
    person = server.person("focal.sn@example.org", "focal_point", "SN")
    login = {"email": person.email, "password": make.password, "device_name": "laptop"}
    answers = [
        client.get("/api/v1/health"),
        client.post("/api/v1/auth/login", json=login),  # the tokens themselves
        client.post("/api/v1/auth/login", json={**login, "password": "wrong password"}),
        client.get("/api/v1/sync/pull", params={"since": 0}, headers=person.headers),
        client.get("/api/v1/sync/pull", params={"since": 0}),  # 401
        client.get("/api/v1/sync/pull", params={"since": -1}, headers=person.headers),  # 422
        client.get("/api/v1/nothing-here"),  # 404
        client.put("/api/v1/sync/push"),  # 405
        client.post("/api/v1/sync/push", content=b"x" * 10_000, headers=person.headers),
    ]
    assert [a.status_code for a in answers] == [200, 200, 401, 200, 401, 422, 404, 405, 413]
    for answer in answers:
        assert_hardened(answer)


def test_update_files_keep_their_caching_headers_and_are_not_sniffed(harness_with, tmp_path):
    (tmp_path / "metadata").mkdir()
    (tmp_path / "metadata" / "timestamp.json").write_text('{"signed": {}}')
    server = harness_with(updates_dir=tmp_path)
    metadata = server.client.get("/updates/metadata/timestamp.json")
    assert metadata.headers["cache-control"] == "no-cache"
    assert metadata.headers["x-content-type-options"] == "nosniff"
    assert_hardened(server.client.get("/updates/metadata/missing.json"))


@pytest.mark.parametrize("path", ["/docs", "/redoc", "/openapi.json", "/docs/oauth2-redirect"])
def test_api_docs_are_off_by_default(sqlite_server, expect_error, path):
    assert Settings(db="sqlite:///unused.db").api_docs is False
    expect_error(sqlite_server.client.get(path), 404, "not_found")


def test_when_enabled_only_the_openapi_description_is_served(harness_with, expect_error):
    server = harness_with(api_docs=True)
    described = server.client.get("/openapi.json")
    assert described.status_code == 200
    assert "/api/v1/auth/login" in described.json()["paths"]
    assert_hardened(described)
    for page in ("/docs", "/redoc"):  # FastAPI's pages would load scripts from a CDN
        expect_error(server.client.get(page), 404)
