"""server_stub.updates: the repository under /updates/, with headers fit for TUF."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.middleware.gzip import GZipMiddleware

from server_stub.updates import ENV, mount_updates, updates_dir_from


def test_without_a_folder_nothing_is_mounted():
    app = FastAPI()
    mount_updates(app, None)
    assert TestClient(app).get("/updates/metadata/root.json").status_code == 404
    assert not [r for r in app.routes if getattr(r, "name", "") == "updates"]


def test_a_missing_folder_fails_at_start_up(tmp_path):
    with pytest.raises(ValueError, match="does not exist"):
        mount_updates(FastAPI(), tmp_path / "nowhere")


def test_the_folder_comes_from_settings_then_the_environment(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    assert updates_dir_from(None) is None
    monkeypatch.setenv(ENV, str(tmp_path))
    assert updates_dir_from(object()) == tmp_path

    class Settings:
        updates_dir = tmp_path / "from-settings"

    assert updates_dir_from(Settings()) == tmp_path / "from-settings"


def test_metadata_is_revalidated_and_archives_are_served_as_they_are(tmp_path):
    (tmp_path / "metadata").mkdir()
    (tmp_path / "targets").mkdir()
    (tmp_path / "metadata" / "timestamp.json").write_text('{"signed": {}}' + " " * 4096)
    (tmp_path / "targets" / "focal-desk-linux-x86_64-1.0.0.tar.gz").write_bytes(b"\x1f\x8b" * 4096)
    app = FastAPI()
    app.add_middleware(GZipMiddleware, minimum_size=100)
    mount_updates(app, tmp_path)
    client = TestClient(app)

    metadata = client.get("/updates/metadata/timestamp.json")
    assert metadata.status_code == 200 and metadata.headers["cache-control"] == "no-cache"

    archive = client.get(
        "/updates/targets/focal-desk-linux-x86_64-1.0.0.tar.gz",
        headers={"accept-encoding": "gzip"},
    )
    assert archive.status_code == 200
    assert archive.headers["content-type"] == "application/gzip"
    assert "content-encoding" not in archive.headers  # not compressed a second time
    assert "immutable" in archive.headers["cache-control"]
    assert archive.content == b"\x1f\x8b" * 4096
