"""Sync benchmark: 50k records pushed by one client and pulled by another through
`focal-desk sync`, against a raw sqlite3 insert of the same rows on both sides, same run.

Starts a real `focal-server` (SQLite) on 127.0.0.1, signs two profiles in, fills the first
with 50k incidents, then times `focal-desk --profile A sync` (push), `focal-desk --profile B
sync` (pull) and a sync with nothing to do (in-process, median of 9). Run:
`.venv/bin/python bench/sync.py [--records N] [--server-db postgresql+psycopg://…/DB]
[--cprofile DIR]`.

Beside the wall time it prints the CPU time each side spent (the client command's, from the
kernel's accounting of the finished child; the server's, from /proc) — steadier than wall time
on a busy machine. The two sides are separate processes: with pipelining, a quiet 2-core
machine's throughput is bounded by the side with more CPU time, printed as "CPU bound".
With `--cprofile DIR` the two commands run under cProfile (push.prof, pull.prof in DIR;
the figures are then slower, for reading the profile only; cProfile sees the main thread only,
not the network thread that encodes pushes and parses pull pages).

With `--server-db` on PostgreSQL the server runs on a scratch database created beside DB (on
the same PostgreSQL server, dropped at the end); DB itself is only used to connect.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import secrets
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests" / "support"), str(ROOT / "tests" / "sync"), str(ROOT)]
sys.path.insert(0, str(ROOT / "bench"))

import keyring  # noqa: E402
from file_keyring import FileKeyring  # noqa: E402
from live_server import PASSWORD, LiveServer  # noqa: E402
from process_cpu import cpu_seconds  # noqa: E402

from desktop.config.paths import ProfilePaths  # noqa: E402
from desktop.config.settings import load_settings  # noqa: E402
from desktop.domain.records import normalise  # noqa: E402
from desktop.storage.profile import open_profile  # noqa: E402
from desktop.storage.records import RecordRepository, dumps  # noqa: E402
from desktop.sync.service import SyncService  # noqa: E402


def incident(n: int) -> dict:
    return normalise("incident", {
        "incident_id": f"BENCH-{n:06d}", "incident_date": f"2025-{1 + n % 12:02d}-01",
        "region": "Mediterranean", "country_of_incident": "Spain", "location": f"Spot {n}",
        "latitude": 36.0, "longitude": -5.0, "route": "Western Mediterranean",
        "number_dead": n % 5, "number_missing": n % 3, "cause_of_death": ["Drowning"],
        "source": "bench", "source_quality": 3,
    })  # fmt: skip


def focal(
    profile: Path, *args: str, stdin: str | None = None, cprofile: Path | None = None
) -> float:
    start = time.perf_counter()
    runner = ["-m", "cProfile", "-o", str(cprofile)] if cprofile else []
    done = subprocess.run(
        [sys.executable, *runner, "-m", "desktop", "--profile", str(profile), *args],
        input=stdin, text=True, capture_output=True, env=os.environ,
    )  # fmt: skip
    if done.returncode:
        raise SystemExit(f"focal-desk {' '.join(args)} failed: {done.stderr.strip()}")
    return time.perf_counter() - start


def children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@dataclass
class Timed:
    wall: float
    client_cpu: float
    server_cpu: float


def timed_sync(profile: Path, server_pid: int, cprofile: Path | None) -> Timed:
    client, server = children_cpu(), cpu_seconds(server_pid)
    wall = focal(profile, "sync", cprofile=cprofile)
    return Timed(wall, children_cpu() - client, cpu_seconds(server_pid) - server)


def raw_insert(path: Path, rows: list[tuple[str, str]]) -> tuple[float, float]:
    """Wall and CPU seconds of one transaction inserting `rows`."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE records (id TEXT PRIMARY KEY, data TEXT)")
    start, cpu = time.perf_counter(), time.process_time()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO records VALUES (?, ?)", rows)
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - start, time.process_time() - cpu


@contextlib.contextmanager
def scratch_database(url: str | None):
    """The server's database URL: None (SQLite in the work folder), or a new PostgreSQL
    database beside the one `url` names, dropped afterwards."""
    if not url or not url.startswith("postgresql"):
        yield url
        return
    import psycopg
    from sqlalchemy.engine import make_url

    given = make_url(url)
    admin = given.set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"focal_sync_bench_{secrets.token_hex(4)}"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield given.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=50_000)
    parser.add_argument("--server-db", help="the server's database (default: SQLite)")
    parser.add_argument("--cprofile", type=Path, help="folder for push.prof and pull.prof")
    args = parser.parse_args()
    if args.cprofile:
        args.cprofile.mkdir(parents=True, exist_ok=True)
    with scratch_database(args.server_db) as server_db:
        return run(args.records, server_db, args.cprofile)


def run(n: int, server_db: str | None, cprofile: Path | None = None) -> int:
    work = Path(tempfile.mkdtemp(prefix="focal-sync-bench-"))
    os.environ.update(
        FOCAL_TEST_KEYRING_FILE=str(work / "keyring.json"),
        PYTHON_KEYRING_BACKEND="file_keyring.FileKeyring",
        PYTHONPATH=os.pathsep.join(sys.path[:3]),
    )
    keyring.set_keyring(FileKeyring())
    (work / "server").mkdir()
    server = LiveServer(work / "server")
    if server_db:
        server.db_url = server_db
    backend = "PostgreSQL" if server.db_url.startswith("postgresql") else "SQLite"
    server.create_users()
    server.start()
    try:
        a, b = work / "a", work / "b"
        for profile, email in ((a, "fp.sn@example.org"), (b, "fp2.sn@example.org")):
            focal(profile, "login", "--server", server.url, "--email", email, stdin=PASSWORD)
        rows = [(uuid.uuid4(), incident(i)) for i in range(n)]
        db = open_profile(ProfilePaths(a))
        RecordRepository(db).save_many("incident", rows, "SN", validated=True)
        db.close()
        assert server.process is not None
        pid = server.process.pid
        push = timed_sync(a, pid, cprofile and cprofile / "push.prof")
        pull = timed_sync(b, pid, cprofile and cprofile / "pull.prof")
        raw_rows = [(str(rid), dumps(data)) for rid, data in rows]
        raw = [raw_insert(work / f"raw-{side}.db", raw_rows) for side in "ab"]
        raw_s, raw_cpu = sum(w for w, _ in raw), sum(c for _, c in raw)
        idle = timed_sync(b, pid, None)

        paths = ProfilePaths(b)
        db = open_profile(paths)
        service = SyncService(db, paths, load_settings(paths.settings_file))
        samples = []
        for _ in range(9):
            start = time.perf_counter()
            service.sync()
            samples.append((time.perf_counter() - start) * 1000)
        service.close()
        db.close()
    finally:
        server.stop()

    goals = (10_000, 20_000) if backend == "SQLite" else (8_000, 15_000)
    print(f"sync bench: {n:,} incidents through `focal-desk sync`, {backend} server on loopback")
    for label, t, goal in (
        ("push (client A", push, goals[0]),
        ("pull (client B", pull, goals[1]),
    ):
        verdict = "meets" if n / t.wall >= goal else "BELOW"
        print(
            f"  {label}, whole command) : {n / t.wall:>9,.0f} records/s  ({t.wall:.1f} s)"
            f"  goal {goal:,}/s: {verdict}"
        )
        bound = max(t.client_cpu, t.server_cpu)
        print(
            f"    CPU: client {t.client_cpu:.2f} s, server {t.server_cpu:.2f} s"
            f" -> CPU bound {n / bound:,.0f} records/s"
        )
    print(f"  raw sqlite3 insert, both sides : {raw_s:9.2f} s  (CPU {raw_cpu:.2f} s)")
    ratio = (push.wall + pull.wall) / raw_s
    verdict = "meets" if ratio <= 3 else "BELOW"
    print(f"  (push + pull) / raw insert     : {ratio:9.1f}x  goal 3x: {verdict}")
    cpu_ratio = max(push.client_cpu, push.server_cpu) + max(pull.client_cpu, pull.server_cpu)
    print(f"  same, CPU bound / raw CPU      : {cpu_ratio / raw_cpu:9.1f}x")
    print(f"  load average                   : {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(
        f"  nothing to do, whole command   : {idle.wall * 1000:9.0f} ms (incl. start-up;"
        f" CPU: client {idle.client_cpu * 1000:.0f} ms, server {idle.server_cpu * 1000:.0f} ms)"
    )
    print(f"  nothing to do, sync() itself   : {statistics.median(samples):9.1f} ms (median of 9)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
