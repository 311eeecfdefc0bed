"""What `create_app` puts together besides the API: the update repository under /updates/."""

from __future__ import annotations


def test_the_update_repository_is_served_when_configured(harness_with, tmp_path):
    (tmp_path / "metadata").mkdir()
    (tmp_path / "metadata" / "root.json").write_text('{"signed": {}}')
    server = harness_with(updates_dir=tmp_path)
    response = server.client.get("/updates/metadata/root.json")
    assert response.status_code == 200 and response.json() == {"signed": {}}
    assert response.headers["cache-control"] == "no-cache"
    assert "/updates/metadata/root.json" not in server.app.openapi()["paths"]


def test_without_an_update_repository_there_is_nothing_at_updates(sqlite_server, expect_error):
    expect_error(sqlite_server.client.get("/updates/metadata/root.json"), 404, "not_found")
