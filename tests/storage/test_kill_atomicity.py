"""A process killed with SIGKILL mid-write leaves every committed record with its outbox entry
and nothing half-written."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import text

from desktop.config.paths import ProfilePaths
from desktop.storage.profile import open_profile

CHILD = Path(__file__).with_name("write_loop.py")
PASSPHRASE = "kill test passphrase 1234"


def run_and_kill(root: Path, seconds: float) -> set[str]:
    env = {**os.environ, "PYTHONPATH": str(Path.cwd())}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(root)], stdout=subprocess.PIPE, env=env, text=True
    )
    committed: set[str] = set()
    deadline = time.monotonic() + 60
    first_line = child.stdout.readline()  # wait until it is writing
    assert first_line, "the writer did not start"
    committed.add(first_line.strip())
    time.sleep(seconds)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    for line in child.stdout:
        if line.endswith("\n"):  # only fully printed ids were surely committed
            committed.add(line.strip())
    assert time.monotonic() < deadline
    return committed


@pytest.mark.parametrize("trial", range(4))
def test_sigkill_in_a_write_loop_loses_nothing_committed(tmp_path, trial):
    root = tmp_path / "profile"
    committed = run_and_kill(root, random.uniform(0.3, 1.5))
    keyring.set_keyring(fail.Keyring())
    db = open_profile(ProfilePaths(root), lambda *_: PASSPHRASE)
    with db.read() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        records = set(session.execute(text("SELECT id FROM records")).scalars())
        queued = list(session.execute(text("SELECT record_id FROM outbox")).scalars())
        empty = session.execute(text("SELECT count(*) FROM records WHERE data = ''")).scalar_one()
        indexed = session.execute(
            text("SELECT count(*) FROM records_fts WHERE records_fts MATCH 'name*'")
        ).scalar_one()
        cases = session.execute(
            text("SELECT count(*) FROM records WHERE kind = 'missing_case'")
        ).scalar_one()
    db.close()
    assert committed <= records, "a committed record was lost"
    assert set(queued) == records and len(queued) == len(records), "record without outbox entry"
    assert empty == 0
    assert indexed == cases  # the search index is as complete as the records
