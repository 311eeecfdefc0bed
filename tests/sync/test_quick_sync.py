"""`focal-desk sync` decides "nothing to do" from a quick look (desktop.sync.quick) and hands
everything else to the engine, which then does what it always did (real server on loopback).

The command runs in this process on a profile that a `Client` of conftest holds open, as the
window and a scripted sync may share a profile."""

from __future__ import annotations

import argparse
import itertools
import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from desktop.cli import sync_commands
from desktop.storage import quick_look, sync_state
from desktop.storage.incoming import IncomingChanges
from desktop.storage.integrity import from_scratch, local_buckets
from desktop.storage.profile import unlock_profile
from desktop.storage.sync_state import LAST_SYNC, SyncStateStore
from desktop.sync import quick

from .conftest import case

_numbers = itertools.count(7000, 100)  # case references are unique per country on the server


@pytest.fixture
def command(monkeypatch, capsys):
    """Run `focal-desk sync` on a client's profile: (the summary line, whether the engine ran)."""
    ran = []
    full_sync = sync_commands._full_sync

    def counted(*args, **kwargs):
        ran.append(True)
        return full_sync(*args, **kwargs)

    monkeypatch.setattr(sync_commands, "_full_sync", counted)

    def run(client) -> tuple[str, bool]:
        ran.clear()
        capsys.readouterr()
        assert sync_commands.sync(argparse.Namespace(), client.paths) == 0
        out, err = capsys.readouterr()
        return out.strip(), bool(ran), err

    return run


@pytest.fixture
def synced(make_client):
    client = make_client()
    start = next(_numbers)
    for n in range(5):
        client.repo.save("missing_case", case(start + n), owner_country="SN")
    assert client.sync().pushed == 5
    client.sync()
    return client


def behind_the_back(client, sql: str, **params) -> None:
    with client.db.write() as session:
        session.execute(text(sql), params)


def test_nothing_to_do_is_found_without_the_engine_and_the_sync_time_is_kept(synced, command):
    before = SyncStateStore(synced.db).get(LAST_SYNC)
    line, engine_ran, err = command(synced)
    assert line == quick.NOTHING_DONE and not engine_ran and err == ""
    assert SyncStateStore(synced.db).get(LAST_SYNC) > before
    assert command(synced)[:2] == (quick.NOTHING_DONE, False)


def test_a_queued_change_is_pushed_by_the_engine(synced, command):
    synced.repo.save("missing_case", case(next(_numbers)), owner_country="SN")
    line, engine_ran, _ = command(synced)
    assert engine_ran and line.startswith("pushed 1,")
    assert synced.pending() == 0
    assert command(synced)[:2] == (quick.NOTHING_DONE, False)


def test_a_change_on_the_server_is_pulled_by_the_engine(synced, make_client, command):
    other = make_client("fp2.sn@example.org")
    other.sync()
    made = other.repo.save("missing_case", case(next(_numbers)), owner_country="SN")
    assert other.sync().pushed == 1
    line, engine_ran, _ = command(synced)
    assert engine_ran and "pulled 1," in line
    assert str(made.id) in synced.records("missing_case")


def test_another_scopes_changes_move_the_cursor_without_the_engine(synced, make_client, command):
    elsewhere = make_client("fp.ma@example.org")
    elsewhere.repo.save("missing_case", case(next(_numbers), "MA"), owner_country="MA")
    assert elsewhere.sync().pushed == 1
    cursor = IncomingChanges(synced.db).cursor()
    line, engine_ran, _ = command(synced)
    assert line == quick.NOTHING_DONE and not engine_ran
    moved = IncomingChanges(synced.db).cursor()
    assert moved > cursor  # as the engine stores an empty page's cursor
    synced.sync()
    assert IncomingChanges(synced.db).cursor() == moved


def test_a_record_changed_behind_the_apps_back_is_repaired_by_the_engine(synced, command):
    victim = next(iter(synced.records("missing_case")))
    before = synced.repo.get(victim)
    behind_the_back(synced, "UPDATE records SET data = '{}' WHERE id = :id", id=victim)
    _line, engine_ran, err = command(synced)
    assert engine_ran and err == ""
    assert synced.repo.get(victim).data == before.data
    assert command(synced)[:2] == (quick.NOTHING_DONE, False)


def test_a_row_inserted_behind_the_apps_back_is_folded_in_and_seen(synced, command):
    """A row above the integrity mark (an insert the triggers do not fold) counts in the
    quick look's buckets: local_buckets folds it in first."""
    stray = "00000000-0000-4000-8000-000000000002"
    behind_the_back(
        synced,
        "INSERT INTO records (id, kind, rev, owner_country, updated_at, deleted, data, "
        "sync_state, label, title, status, route, event_date, search) VALUES (:id, "
        "'missing_case', 99999, 'SN', '2026-01-01T00:00:00Z', 0, '{}', 'synced', '', '', '', "
        "'', '', '')",
        id=stray,
    )
    _line, engine_ran, _ = command(synced)
    assert engine_ran
    assert stray not in synced.records()
    with synced.db.write() as session:
        assert local_buckets(session) == from_scratch(session)
    assert command(synced)[:2] == (quick.NOTHING_DONE, False)


def test_a_clock_far_off_the_servers_is_still_told(synced, command, monkeypatch):
    from desktop.sync import http

    off = datetime.now(UTC) - timedelta(hours=2)
    monkeypatch.setattr(http, "parsedate_to_datetime", lambda _value: off)
    line, engine_ran, err = command(synced)
    assert engine_ran and line == quick.NOTHING_DONE
    assert "clock" in err


def test_a_schema_that_is_not_the_newest_is_left_to_the_full_path(synced, command, monkeypatch):
    from desktop.storage import migrate

    monkeypatch.setattr(migrate, "is_current", lambda revision: False)
    look = quick_look.QuickLook.open(unlock_profile(synced.paths))
    try:
        assert look is not None and not look.schema_current and look.pending == 0
    finally:
        look.close()
    assert command(synced)[1]  # the engine ran (after the full opening's migration check)


def test_a_signed_out_profile_says_so(synced, command):
    synced.service.logout()
    with pytest.raises(sync_commands.CommandFailed, match="not signed in"):
        command(synced)


def test_the_quick_looks_cursor_and_time_are_read_by_the_stores(synced):
    look = quick_look.QuickLook.open(unlock_profile(synced.paths))
    assert look is not None
    try:
        assert look.cursor == IncomingChanges(synced.db).cursor()
        assert look.account == SyncStateStore(synced.db).get(sync_state.ACCOUNT)
        look.note_synced(look.cursor + 7, "2030-01-01T00:00:00.000000Z")
    finally:
        look.close()
    assert IncomingChanges(synced.db).cursor() == look.cursor + 7
    assert SyncStateStore(synced.db).get(LAST_SYNC) == "2030-01-01T00:00:00.000000Z"
    raw = SyncStateStore(synced.db).all()
    assert json.dumps(raw[LAST_SYNC]) == json.dumps("2030-01-01T00:00:00.000000Z")


PRAGMAS = (
    "cipher_page_size", "cache_size", "busy_timeout", "journal_mode", "synchronous",
    "foreign_keys", "secure_delete", "cipher_version",
)  # fmt: skip


def test_a_driver_connection_is_set_up_as_the_apps_engines_set_theirs(synced):
    from desktop.storage.connection import connect

    unlocked = unlock_profile(synced.paths)
    with synced.db.write() as session:
        conn = session.connection()
        app = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in PRAGMAS}
    driver = connect(synced.paths.database, unlocked.key)
    try:
        ours = {name: driver.execute(f"PRAGMA {name}").fetchone()[0] for name in PRAGMAS}
        assert driver.isolation_level is None
    finally:
        driver.close()
    assert ours == app
