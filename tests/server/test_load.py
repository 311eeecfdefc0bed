"""A small run of bench/load.py: devices of several countries sign in and sync at once against
`focal-server serve --workers 2` on PostgreSQL, and every record arrives exactly once."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import psycopg
import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "load.py"
DEVICES, COUNTRIES, ROUNDS, BATCH = 20, 4, 3, 50

pytestmark = pytest.mark.postgres


def bench_load():
    spec = importlib.util.spec_from_file_location("bench_load", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_devices_of_four_countries_syncing_at_once_lose_and_duplicate_nothing(pg_database):
    load = bench_load()
    args = load.options(
        ["--workers", "2", "--devices", str(DEVICES), "--countries", str(COUNTRIES),
         "--rounds", str(ROUNDS), "--batch", str(BATCH), "--seconds", "150",
         "--alone-rounds", "2"]
    )  # fmt: skip
    admin = pg_database.render_as_string(hide_password=False)
    with load.scratch_database(admin) as url:
        db_url = url.render_as_string(hide_password=False)
        result = load.run(args, db_url, say=lambda *_: None)

        assert dict(result.tally.errors) == {}
        assert result.problems == []
        [alone] = [d for d in result.devices if d.alone]  # the baseline, syncing by itself
        assert [d.rounds for d in result.devices if not d.alone] == [ROUNDS] * DEVICES
        assert alone.rounds == 2
        assert result.records == (DEVICES * ROUNDS + 2) * BATCH
        assert len(result.tally.latencies["push"]) == DEVICES * ROUNDS
        assert {d.country for d in result.devices} == set(load.COUNTRIES[:COUNTRIES])

        # The checks do see a lost record and a record pulled twice.
        lost = result.devices[0].pushed[0]
        with psycopg.connect(load.libpq(url), autocommit=True) as connection:
            connection.execute("DELETE FROM records WHERE id = %s", (lost,))
        twice = result.devices[1]
        twice.pulled.append(twice.pulled[0])
        problems = load.check(db_url, result.devices)
        assert any(f"acknowledged but not on the server, e.g. {lost}" in p for p in problems)
        assert any(f"device {twice.number} pulled a record twice" in p for p in problems)
