"""A client killed with SIGKILL at random points of a sync loses and duplicates nothing: after a
restart and a sync, the server and the client hold the same records."""

from __future__ import annotations

import os
import random
import signal
import time
import uuid
from pathlib import Path

import pytest

from desktop.config.paths import ProfilePaths
from desktop.config.settings import Settings, save_settings
from desktop.storage.profile import open_profile
from desktop.storage.records import RecordRepository

from .conftest import case, cli, profile_state
from .live_server import PASSWORD, LiveServer


def edit_some(root: Path, rng: random.Random, counter: list[int]) -> None:
    db = open_profile(ProfilePaths(root))
    repo = RecordRepository(db)
    try:
        items = []
        for _ in range(rng.randint(20, 120)):
            counter[0] += 1
            items.append((uuid.uuid4(), case(counter[0] + 50_000)))
        repo.save_many("missing_case", items, "SN")
        if counter[0] > 200:  # and edits of records that may be in flight
            edited = {**items[0][1], "notes": "x"}  # its own reference: unique per country
            repo.save_many("missing_case", [(items[0][0], edited)], "SN")
    finally:
        db.close()


def run_trials(root: Path, server, trials: int, seed: int) -> None:
    login = cli(root, "login", "--server", server.url, "--email", "fp.sn@example.org")
    _out, err = login.communicate(PASSWORD + "\n", timeout=60)
    assert login.returncode == 0, err
    save_settings(ProfilePaths(root).settings_file, Settings(
        server_url=server.url, email="fp.sn@example.org", push_batch_size=15,
    ))  # fmt: skip
    rng, counter, killed = random.Random(seed), [0], 0
    for _ in range(trials):
        edit_some(root, rng, counter)
        sync = cli(root, "sync")
        time.sleep(rng.uniform(0.3, 1.6))
        if sync.poll() is None:
            sync.send_signal(signal.SIGKILL)
            killed += 1
        sync.communicate(timeout=60)
    final = cli(root, "sync")
    _out, err = final.communicate(timeout=120)
    assert final.returncode == 0, err
    assert killed >= trials // 4, f"only {killed} of {trials} syncs were killed mid-way"


def check_converged(root: Path, make_client) -> None:
    local, pending = profile_state(root)
    assert pending == 0
    other = make_client()
    other.sync()
    mine = {k: v for k, v in other.records("missing_case").items() if k in local}
    assert mine == local  # same ids, same data: nothing lost, nothing twice


def test_sigkill_during_sync_loses_nothing(tmp_path, server, make_client, shared_keyring):
    root = tmp_path / "killed"
    run_trials(root, server, trials=20, seed=7)
    check_converged(root, make_client)


@pytest.mark.slow
def test_sigkill_during_sync_100_trials(tmp_path, server, make_client, shared_keyring):
    root = tmp_path / "killed"
    run_trials(root, server, trials=100, seed=11)
    check_converged(root, make_client)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """This module's server forgives a client killed between a token refresh and storing its
    answer (the grace is off by default: without it such a client must sign in again)."""
    live = LiveServer(tmp_path_factory.mktemp("server"))
    live.create_users()
    os.environ["FOCAL_SERVER_REFRESH_REUSE_GRACE_SECONDS"] = "300"
    try:
        live.start()
    finally:
        del os.environ["FOCAL_SERVER_REFRESH_REUSE_GRACE_SECONDS"]
    yield live
    live.stop()
