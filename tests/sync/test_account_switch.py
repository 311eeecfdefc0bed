"""`focal-desk login` with an account of another scope than the profile's data, against the
real server on loopback: refused by default with a one-line reason; with --switch-account the
old data is removed before the first pull, unless changes are still unsent."""

from __future__ import annotations

import os
import subprocess
import sys

import keyring
import pytest
from keyring.backends import fail

from desktop.config.paths import ProfilePaths
from desktop.config.settings import Settings
from desktop.storage.outbox import Outbox
from desktop.storage.profile import open_profile
from desktop.storage.records import RecordRepository
from desktop.storage.sync_state import ACCOUNT, SyncStateStore
from desktop.sync.service import SyncService

from .conftest import case, records_of
from .live_server import PASSWORD

PASSPHRASE = "a long enough passphrase"


@pytest.fixture
def no_keyring():
    keyring.set_keyring(fail.Keyring())  # as the subprocesses below: a passphrase profile


def focal(profile, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "FOCAL_DESK_PASSPHRASE": PASSPHRASE}  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--profile", str(profile), *args],
        input=PASSWORD + "\n", capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip


def senegal_profile(root, server, base: int, *, unsent: int = 0):
    """A profile that synced Senegal's cases as fp.sn, with `unsent` changes left over."""
    paths = ProfilePaths(root)
    db = open_profile(paths, lambda _reason, _confirm: PASSPHRASE)
    service = SyncService(db, paths, Settings())
    try:
        service.login(server.url, "fp.sn@example.org", PASSWORD, "dakar laptop")
        repo = RecordRepository(db)
        for n in range(3):
            repo.save("missing_case", case(base + n), owner_country="SN")
        service.sync()
        for n in range(unsent):
            repo.save("missing_case", case(base + 50 + n), owner_country="SN")
        return len(records_of(db, "missing_case"))
    finally:
        service.close()
        db.close()


def state(root) -> tuple[int, int, dict]:
    db = open_profile(ProfilePaths(root), lambda _reason, _confirm: PASSPHRASE)
    try:
        cases = len(records_of(db, "missing_case"))
        return cases, Outbox(db).pending(), SyncStateStore(db).get(ACCOUNT) or {}
    finally:
        db.close()


def test_another_countrys_account_is_refused_then_switched_on_request(tmp_path, server, no_keyring):
    root = tmp_path / "profile"
    held = senegal_profile(root, server, 7000)
    assert held >= 3
    login = ("login", "--server", server.url, "--email", "fp.ma@example.org")

    refused = focal(root, *login)
    assert refused.returncode == 2, refused.stderr
    [line] = refused.stderr.strip().splitlines()
    assert "focal point of SN" in line and "focal point of MA" in line
    assert "--profile DIR" in line and "--switch-account" in line
    assert state(root)[0] == held and state(root)[2]["country"] == "SN"  # nothing changed

    switched = focal(root, *login, "--switch-account")
    assert switched.returncode == 0, switched.stderr
    assert "as fp.ma@example.org (focal_point for MA)" in switched.stdout
    cases, pending, account = state(root)
    assert (cases, pending, account["country"]) == (0, 0, "MA")  # Senegal's cases are gone


def test_switching_is_refused_while_changes_are_unsent(tmp_path, server, no_keyring):
    root = tmp_path / "profile"
    held = senegal_profile(root, server, 7100, unsent=2)
    result = focal(
        root, "login", "--server", server.url, "--email", "fp.ma@example.org", "--switch-account"
    )
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert "2 change(s) of the previous account are not sent yet" in line
    assert state(root)[:2] == (held, 2)


def test_an_account_of_the_same_country_signs_in_and_keeps_the_data(tmp_path, server, no_keyring):
    root = tmp_path / "profile"
    held = senegal_profile(root, server, 7200)
    result = focal(root, "login", "--server", server.url, "--email", "fp2.sn@example.org")
    assert result.returncode == 0, result.stderr
    assert state(root)[0] == held
