"""Push and pull throughput of the central endpoint, over real HTTP on loopback.

For SQLite (a temporary file) and PostgreSQL (a temporary database, when reachable), this starts
`focal-server serve` in a subprocess on 127.0.0.1, signs a focal point in, pushes N incidents in
batches of `PUSH_BATCH` (1000; gzip bodies, as the desktop client sends them) and pulls them back
in pages of as many. Each figure comes with a baseline from the same run: the same rows written
with a raw `executemany` into a scratch table of the same database (one transaction a batch),
and read back with a raw `SELECT` in pages of as many. Goals (issue 12): SQLite ≥ 10,000
records/s push and ≥ 20,000 pull; PostgreSQL ≥ 8,000 and ≥ 15,000.
Beside the rates (wall clock, noisy on a busy machine): the CPU the server process used per
record in each phase (and, on PostgreSQL, its database backends'), steadier under load.

    .venv/bin/python bench/server_push.py [--records 20000] [--pg-url postgresql+psycopg://…]

PostgreSQL comes from --pg-url, else FOCAL_TEST_PG_URL, else postgres@127.0.0.1:5432.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import secrets
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import httpx
import orjson
import psycopg
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from process_cpu import cpu_seconds

from desktop.domain import api_paths as paths
from desktop.domain.records import normalise
from desktop.domain.wire import PUSH_BATCH

BATCH = PUSH_BATCH
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
PASSWORD = "bench-password-1"
ROUTES = ["Central Mediterranean", "Western Mediterranean", "Atlantic route to the Canary Islands"]


def incident(n: int) -> dict:
    return {
        "incident_id": f"BENCH-{n:07d}",
        "incident_date": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}",
        "region": "Mediterranean",
        "country_of_incident": "Libya",
        "location": f"Off the coast, {n % 90} km north of Zuwara",
        "latitude": 33.0 + (n % 100) / 100,
        "longitude": 12.0 + (n % 100) / 100,
        "route": ROUTES[n % 3],
        "number_dead": n % 7,
        "number_missing": n % 11,
        "number_survivors": n % 40,
        "cause_of_death": ["Drowning"],
        "country_of_origin": "Senegal, Mali",
        "source": "NGO rescue vessel report",
        "url": f"https://example.org/incident/{n}",
        "source_quality": 1 + n % 5,
    }


def mutations(count: int) -> list[dict]:
    return [
        {
            "mutation_id": str(uuid.uuid4()),
            "kind": "incident",
            "id": str(uuid.uuid4()),
            "base_rev": None,
            # As the desktop client sends it: the normalised data it stores (every field).
            "data": normalise("incident", incident(n)),
        }
        for n in range(count)
    ]


@contextmanager
def server(db_url: str):
    env = {**os.environ, "FOCAL_SERVER_LOG_LEVEL": "WARNING"}
    run = [sys.executable, "-m", "server_stub", "--db", db_url]
    subprocess.run([*run, "init-demo"], check=True, capture_output=True, env=env)
    subprocess.run(
        [*run, "add-user", "bench@example.org", "--role", "focal_point", "--country", "SN",
         "--update"],
        input=PASSWORD + "\n", text=True, check=True, capture_output=True, env=env,
    )  # fmt: skip
    process = subprocess.Popen(
        [*run, "serve", "--port", "0"], stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = process.stderr.readline()
            found = re.search(r"serving (http://\S+)", line)
            if found:
                yield found.group(1), process.pid
                return
        raise RuntimeError("the server did not start")
    finally:
        process.terminate()
        process.wait(timeout=15)


def backend_cpu(db_url: str) -> float:
    """CPU seconds so far of the PostgreSQL processes serving `db_url` (the server's pool)."""
    url = make_url(db_url).set(drivername="postgresql")
    with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            (url.database,),
        ).fetchall()
    return sum(cpu_seconds(row[0]) for row in rows)


def http_run(base: str, batches: list[list[dict]], cpu) -> tuple[float, float, int, tuple]:
    """Push then pull over HTTP: seconds of each, records pulled, and the CPU seconds `cpu()`
    counted in each phase (the server's, the database's)."""
    with httpx.Client(base_url=base, timeout=120) as client:
        login = client.post(
            paths.AUTH_LOGIN,
            json={"email": "bench@example.org", "password": PASSWORD, "device_name": "bench"},
        )
        login.raise_for_status()
        client.headers["Authorization"] = f"Bearer {login.json()['access_token']}"
        bodies = [gzip.compress(orjson.dumps({"mutations": b}), 5) for b in batches]
        before = cpu()
        started = time.perf_counter()
        for body in bodies:
            response = client.post(
                paths.SYNC_PUSH,
                content=body,
                headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
            )
            response.raise_for_status()
            results = orjson.loads(response.content)["results"]
            assert all(r["status"] == "applied" for r in results), results[:1]
        push_seconds = time.perf_counter() - started
        pushed_cpu = cpu()
        started, cursor, pulled, more = time.perf_counter(), 0, 0, True
        while more:
            response = client.get(paths.SYNC_PULL, params={"since": cursor, "limit": BATCH})
            response.raise_for_status()
            page = orjson.loads(response.content)
            pulled += sum(1 for c in page["changes"] if c["kind"] == "incident")
            cursor, more = page["next_cursor"], page["has_more"]
        pull_seconds = time.perf_counter() - started
        pulled_cpu = cpu()
        used = tuple(
            (after - start, later - after)
            for start, after, later in zip(before, pushed_cpu, pulled_cpu, strict=True)
        )  # (push, pull) for the server, then for the database
        return push_seconds, pull_seconds, pulled, used


def baseline_rows(batches: list[list[dict]]) -> list[list[tuple]]:
    now = "2026-01-01 00:00:00"
    return [
        [(m["id"], "incident", 0, "SN", now, False, orjson.dumps(m["data"]).decode()) for m in b]
        for b in batches
    ]


SCRATCH = (
    "CREATE TABLE bench_scratch (id VARCHAR(36) PRIMARY KEY, kind VARCHAR(20), rev BIGINT, "
    "owner_country VARCHAR(10), updated_at TIMESTAMP, deleted BOOLEAN, data TEXT)"
)
INSERT = "INSERT INTO bench_scratch VALUES ({0},{0},{0},{0},{0},{0},{0})"


def baseline(connect, mark: str, batches: list[list[tuple]]) -> tuple[float, float]:
    """Raw executemany inserts and paged SELECTs of the same rows; seconds for each."""
    connection = connect()
    cursor = connection.cursor()
    cursor.execute(SCRATCH)
    connection.commit()
    started = time.perf_counter()
    for rows in batches:
        cursor.executemany(INSERT.format(mark), rows)
        connection.commit()
    write_seconds = time.perf_counter() - started
    started, last = time.perf_counter(), ""
    while True:
        cursor.execute(
            f"SELECT * FROM bench_scratch WHERE id > {mark} ORDER BY id LIMIT {BATCH}", (last,)
        )
        page = cursor.fetchall()
        connection.commit()
        if not page:
            break
        last = page[-1][0]
    read_seconds = time.perf_counter() - started
    cursor.execute("DROP TABLE bench_scratch")
    connection.commit()
    connection.close()
    return write_seconds, read_seconds


def report(name: str, count: int, api: tuple, raw: tuple, goals: tuple[int, int]) -> None:
    push_s, pull_s, pulled, used = api
    raw_write_s, raw_read_s = raw
    assert pulled == count, f"pulled {pulled} of {count}"
    print(f"\n{name}: {count} records, batches of {BATCH}")
    for label, seconds, raw_seconds, goal in (
        ("push", push_s, raw_write_s, goals[0]),
        ("pull", pull_s, raw_read_s, goals[1]),
    ):
        rate, raw_rate = count / seconds, count / raw_seconds
        verdict = "meets" if rate >= goal else "BELOW"
        print(
            f"  {label}: {rate:10,.0f} records/s over HTTP  | raw baseline {raw_rate:10,.0f}/s"
            f"  | ratio {rate / raw_rate:5.2f}  | goal {goal:,}/s: {verdict}"
        )
    (server_push, server_pull), (db_push, db_pull) = used
    phases = (("push", server_push, db_push), ("pull", server_pull, db_pull))
    for label, server_cpu, db_cpu in phases:
        database = f", database {db_cpu / count * 1e6:5.1f} µs" if db_cpu else ""
        print(f"  {label} CPU per record: server {server_cpu / count * 1e6:6.1f} µs{database}")


def bench_sqlite(count: int, batches: list[list[dict]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        with server(f"sqlite:///{db}") as (base, pid):
            api = http_run(base, batches, lambda: (cpu_seconds(pid), 0.0))
        raw = baseline(lambda: sqlite3.connect(db), "?", baseline_rows(batches))
    report("SQLite (WAL, synchronous=FULL)", count, api, raw, (10_000, 20_000))


def bench_postgres(count: int, batches: list[list[dict]], pg_url: str) -> None:
    url = make_url(pg_url).set(drivername="postgresql")
    admin = url.render_as_string(hide_password=False)
    name = f"focal_bench_{secrets.token_hex(4)}"
    try:
        with psycopg.connect(admin, autocommit=True, connect_timeout=3) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error as exc:
        print(f"\nPostgreSQL: skipped ({str(exc).splitlines()[0]})")
        return
    try:
        target = make_url(pg_url).set(database=name)
        target_url = target.render_as_string(hide_password=False)
        with server(target_url) as (base, pid):
            api = http_run(base, batches, lambda: (cpu_seconds(pid), backend_cpu(target_url)))
        plain = target.set(drivername="postgresql").render_as_string(hide_password=False)
        raw = baseline(lambda: psycopg.connect(plain), "%s", baseline_rows(batches))
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    report("PostgreSQL", count, api, raw, (8_000, 15_000))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--pg-url", default=os.environ.get("FOCAL_TEST_PG_URL", DEFAULT_PG))
    parser.add_argument("--skip-pg", action="store_true")
    args = parser.parse_args()
    all_mutations = mutations(args.records)
    batches = [all_mutations[i : i + BATCH] for i in range(0, len(all_mutations), BATCH)]
    print(f"server push/pull bench on {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    bench_sqlite(args.records, batches)
    if not args.skip_pg:
        bench_postgres(args.records, batches, args.pg_url)


if __name__ == "__main__":
    main()
