"""A small run of bench/load.py: devices of several countries sign in and sync at once against
`focal-server serve --workers 2` on PostgreSQL, and every record arrives exactly once."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import psycopg
import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "load.py"
# The default run is bounded to a few seconds (CI's time is short: sign-ins dominate, each an
# Argon2 check on the server); the bigger one is marked slow (run with -m slow).
SMALL = (4, 4, 2, 20, 1)  # devices, countries, rounds, batch, rounds of the baseline device
BIGGER = (20, 4, 3, 50, 2)

pytestmark = pytest.mark.postgres


def bench_load():
    spec = importlib.util.spec_from_file_location("bench_load", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("sizes", [SMALL, pytest.param(BIGGER, marks=pytest.mark.slow)])
def test_devices_of_four_countries_syncing_at_once_lose_and_duplicate_nothing(pg_database, sizes):
    devices, countries, rounds, batch, alone_rounds = sizes
    load = bench_load()
    args = load.options(
        ["--workers", "2", "--devices", str(devices), "--countries", str(countries),
         "--rounds", str(rounds), "--batch", str(batch), "--seconds", "150",
         "--alone-rounds", str(alone_rounds)]
    )  # fmt: skip
    admin = pg_database.render_as_string(hide_password=False)
    with load.scratch_database(admin) as url:
        db_url = url.render_as_string(hide_password=False)
        result = load.run(args, db_url, say=lambda *_: None)

        assert dict(result.tally.errors) == {}
        assert result.problems == []
        [alone] = [d for d in result.devices if d.alone]  # the baseline, syncing by itself
        assert [d.rounds for d in result.devices if not d.alone] == [rounds] * devices
        assert alone.rounds == alone_rounds
        assert result.records == (devices * rounds + alone_rounds) * batch
        assert len(result.tally.latencies["push"]) == devices * rounds
        assert {d.country for d in result.devices} == set(load.COUNTRIES[:countries])

        # The checks do see a lost record and a record pulled twice.
        lost = result.devices[0].pushed[0]
        with psycopg.connect(load.libpq(url), autocommit=True) as connection:
            connection.execute("DELETE FROM records WHERE id = %s", (lost,))
        twice = result.devices[1]
        twice.pulled.append(twice.pulled[0])
        problems = load.check(db_url, result.devices)
        assert any(f"acknowledged but not on the server, e.g. {lost}" in p for p in problems)
        assert any(f"device {twice.number} pulled a record twice" in p for p in problems)
