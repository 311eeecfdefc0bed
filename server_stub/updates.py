"""Serves the TUF update repository that `make release` builds, under `/updates/`.

    /updates/metadata/root.json, N.root.json, timestamp.json, snapshot.json, targets.json
    /updates/targets/focal-desk-<platform>-<version>.tar.gz

Plain static files: every byte is signed by the release keys and checked by the client, so the
server needs no keys and no authentication here. The folder comes from the `updates_dir`
setting or `FOCAL_SERVER_UPDATES_DIR`; without one nothing is mounted.

Wiring (in the app factory): `mount_updates(app, updates_dir_from(settings))`.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

log = logging.getLogger(__name__)

ENV = "FOCAL_SERVER_UPDATES_DIR"
PREFIX = "/updates"

# Metadata changes whenever the timestamp is re-signed: caches (ministry proxies too) must ask
# again each time. A published target never changes, so it may be kept for good.
METADATA_CACHE = "no-cache"
TARGET_CACHE = "public, max-age=31536000, immutable"


class UpdateFiles(StaticFiles):
    """Static files with caching headers fit for TUF, and archives served as they are."""

    def file_response(self, full_path: Any, stat_result: os.stat_result, scope: Scope,
                      status_code: int = 200) -> Response:  # fmt: skip
        response = super().file_response(full_path, stat_result, scope, status_code)
        name = os.path.basename(full_path)
        metadata = name.endswith(".json")
        response.headers["cache-control"] = METADATA_CACHE if metadata else TARGET_CACHE
        if name.endswith(".tar.gz"):
            # Already compressed: application/gzip keeps GZipMiddleware from compressing again.
            response.headers["content-type"] = "application/gzip"
        return response


def updates_dir_from(settings: object | None = None) -> Path | None:
    """The repository folder: the settings' `updates_dir` if it has one, else the environment."""
    value = getattr(settings, "updates_dir", None) or os.environ.get(ENV)
    return Path(value) if value else None


def mount_updates(app: FastAPI, directory: Path | None) -> None:
    """Serve `directory` (a TUF repository) under /updates/; nothing when it is None.

    A folder that does not exist is an error at start-up, not a stream of 404s later.
    """
    if directory is None:
        return
    if not directory.is_dir():
        raise ValueError(f"the updates folder {directory} does not exist (check {ENV})")
    app.mount(PREFIX, UpdateFiles(directory=directory), name="updates")
    log.info("serving updates from %s at %s/", directory, PREFIX)
