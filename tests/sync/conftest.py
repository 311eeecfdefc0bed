"""Fixtures for sync tests: a real server on loopback and client profiles that sign in to it."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from sqlalchemy import select

from desktop.config.paths import ProfilePaths
from desktop.config.settings import Settings
from desktop.storage.models import RecordRow
from desktop.storage.outbox import Outbox
from desktop.storage.profile import open_profile
from desktop.storage.records import RecordRepository
from desktop.sync.service import SyncService

from .live_server import PASSWORD, LiveServer

_numbers = itertools.count(1)
SUPPORT = Path(__file__).parents[1] / "support"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    live = LiveServer(tmp_path_factory.mktemp("server"))
    live.create_users()
    live.start()
    yield live
    live.stop()


class Client:
    """One desktop profile signed in to the server (in this process)."""

    def __init__(self, root, server_url: str, email: str, batch_size: int = 500):
        self.paths = ProfilePaths(root)
        self.db = open_profile(self.paths)
        self.repo = RecordRepository(self.db)
        self.service = SyncService(self.db, self.paths, Settings(push_batch_size=batch_size))
        self.user = self.service.login(server_url, email, PASSWORD, f"device-{root.name}")

    def sync(self, **kwargs):
        return self.service.sync(**kwargs)

    def records(self, kind: str | None = None) -> dict[str, dict]:
        return records_of(self.db, kind)

    def pending(self) -> int:
        return Outbox(self.db).pending()

    def close(self):
        self.service.close()
        self.db.close()


@pytest.fixture
def make_client(tmp_path, server):
    made = []

    def make(email="fp.sn@example.org", **kwargs) -> Client:
        client = Client(tmp_path / f"client-{next(_numbers)}", server.url, email, **kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def records_of(db, kind: str | None = None) -> dict[str, dict]:
    """Live (not deleted) records of a profile: id → data."""
    stmt = select(RecordRow).where(RecordRow.deleted.is_(False))
    if kind:
        stmt = stmt.where(RecordRow.kind == kind)
    with db.read() as session:
        return {row.id: json.loads(row.data) for row in session.execute(stmt).scalars()}


def profile_state(root) -> tuple[dict[str, dict], int]:
    """(live records, outbox size) of a closed profile, opened read-only for a check."""
    db = open_profile(ProfilePaths(root))
    try:
        return records_of(db, "missing_case"), Outbox(db).pending()
    finally:
        db.close()


def case(n: int, country: str = "SN", **extra) -> dict:
    return {
        "reference": f"{country}-2026-{n:05d}",
        "person": {"given_names": "Awa", "family_name": f"Family {n}"},
        **extra,
    }


@pytest.fixture
def shared_keyring(tmp_path, monkeypatch):
    """A keyring this process and its children share (a file in tmp, tests only)."""
    monkeypatch.setenv("FOCAL_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "file_keyring.FileKeyring")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(SUPPORT), str(Path.cwd())]))
    sys.path.insert(0, str(SUPPORT))
    from file_keyring import FileKeyring

    keyring.set_keyring(FileKeyring())
    yield
    sys.path.remove(str(SUPPORT))


def cli(root: Path, *args: str, stdin: str = "") -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "--profile", str(root), *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
