"""Storage benchmark: 100k missing cases through the repository vs raw inserts, same run.

Prints rows/s for inserts (with and without validation) beside two baselines: a plain `sqlite3`
file with the same rows and list indexes (no encryption, no search index, no outbox), and the
same rows, search entries and outbox entries written straight through the driver into a fresh
encrypted profile (the repository's own schema: the floor for `save_many`). Then updates of
`--updates` records through `save_many`: with the search text unchanged, and with it changed
(the FTS5 index runs with secure-delete), beside the raw UPDATE of the same rows on a profile
whose update trigger re-indexes row by row. Then the time of a first page and of
filtered/searched pages at full size, beside the plain `sqlite3` file, and of a list's count
(a filter matching nothing walks as many rows as the count). Rates are wall-clock
(CPU in brackets): other work on the machine moves them, the ratios less so.
Run: `make bench` or `.venv/bin/python bench/storage.py [--rows N] [--updates N]`.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import keyring

from desktop.config.paths import ProfilePaths
from desktop.domain.records import normalise
from desktop.storage.list_columns import list_columns
from desktop.storage.listing import ListQuery, RecordListing
from desktop.storage.profile import open_profile
from desktop.storage.records import (
    _INSERT_RECORD,
    _UPDATE_RECORD,
    RecordRepository,
    dumps,
    index_records_after,
    max_rowid,
    queue_records_after,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "support"))
from memory_keyring import MemoryKeyring

ROUTES = ("Central Mediterranean", "Western Mediterranean", "Western Africa / Atlantic route")
STATUSES = ("open", "tracing", "referred", "closed")
INSERT_GOAL = 30_000  # rows per second, the repository's pre-validated insert (issue 12)


def make_case(n: int) -> dict:
    return {
        "reference": f"SN-2026-{n:06d}",
        "status": STATUSES[n % 4],
        "person": {
            "given_names": ("Awa", "Moussa", "Fatou", "Ibrahima")[n % 4],
            "family_name": f"Family{n}",
            "sex": ("female", "male")[n % 2],
            "age": 18 + n % 40,
            "nationality": "SN",
        },
        "journey": {"route": ROUTES[n % 3], "departure_country": "SN"},
        "last_contact": {"date": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}", "country": "ES"},
        "enquirer": {"name": f"Enquirer {n}", "relationship": "sister"},
    }


def timed(fn, repeat: int = 7) -> float:
    """Median milliseconds of `repeat` runs (after one warm-up)."""
    fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def raw_sqlite(path: Path, rows: list[tuple]) -> tuple[float, sqlite3.Connection]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(
        "CREATE TABLE records (id TEXT PRIMARY KEY, kind, data, label, title, status, route, "
        "event_date, search)"
    )
    for cols in ("kind,label,id", "kind,title,id", "kind,event_date,id"):  # the profile's (0005)
        conn.execute(f"CREATE INDEX ix_{cols.replace(',', '_')} ON records ({cols})")
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO records VALUES (?,?,?,?,?,?,?,?,?)", rows)
    conn.execute("COMMIT")
    return time.perf_counter() - start, conn


def measured(fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of `fn`."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def profile_rows(cases: list[tuple[uuid.UUID, dict]], kind: str = "missing_case") -> list[tuple]:
    """`(id, kind, owner, data, now, label, title, status, route, event_date, search)` per
    record, as the repository hands them to the driver."""
    rows = []
    for rid, data in cases:
        c = list_columns(kind, data)
        rows.append((str(rid), kind, "SN", dumps(data), "2026-01-01T00:00:00Z",
                     c["label"], c["title"], c["status"], c["route"], c["event_date"],
                     c["search"]))  # fmt: skip
    return rows


def raw_profile(
    root: Path, rows: list[tuple], chunk: int, passphrase=None
) -> tuple[tuple[float, float], object]:
    """The same rows, search entries and outbox entries written straight through the driver
    into a fresh encrypted profile, `chunk` rows a transaction, as `save_many` writes them
    (`passphrase`: the profile's passphrase provider, where no keyring is set)."""
    db = open_profile(ProfilePaths(root), passphrase)

    def run() -> None:
        for i in range(0, len(rows), chunk):
            with db.write() as session:
                conn = session.connection()
                before = max_rowid(session)
                conn.exec_driver_sql(_INSERT_RECORD, rows[i : i + chunk])
                index_records_after(session, before)
                queue_records_after(session, before, rows[i][4])

    return measured(run), db


def raw_updates(db, updates: list[tuple]) -> tuple[float, float]:
    """The same UPDATE through the driver, in one transaction: the search index's trigger then
    re-indexes a changed text row by row (a secure delete, then the insert)."""

    def run() -> None:
        with db.write() as session:
            session.connection().exec_driver_sql(_UPDATE_RECORD, updates)

    return measured(run)


def update_rows(rows: list[tuple]) -> list[tuple]:
    """`_UPDATE_RECORD`'s parameters from `profile_rows` rows."""
    return [(r[3], r[4], *r[5:], r[0]) for r in rows]


def rate(count: int, seconds: tuple[float, float]) -> str:
    wall, cpu = seconds
    return f"{count / wall:>10,.0f} rows/s  (CPU {count / cpu:>8,.0f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--updates", type=int, default=10_000)
    args = parser.parse_args()
    n = args.rows
    keyring.set_keyring(MemoryKeyring())
    work = Path(tempfile.mkdtemp(prefix="focal-bench-"))
    cases = [(uuid.uuid4(), make_case(i)) for i in range(n)]

    db = open_profile(ProfilePaths(work / "profile"))
    repo = RecordRepository(db)
    half = n // 2
    chunk = 10_000

    def validated_run() -> None:
        for i in range(0, half, chunk):
            repo.save_many("missing_case", cases[i : min(i + chunk, half)], "SN")

    validated_s = measured(validated_run)
    start = time.process_time()
    clean = [(rid, normalise("missing_case", data)) for rid, data in cases[half:]]
    normalise_cpu = time.process_time() - start

    def store_run() -> None:
        for i in range(0, len(clean), chunk):
            repo.save_many("missing_case", clean[i : i + chunk], "SN", validated=True)

    store_s = measured(store_run)

    prepared = profile_rows([(rid, normalise("missing_case", d)) for rid, d in cases])
    rows = [(r[0], r[1], r[3], *r[5:]) for r in prepared]
    raw_s, raw = raw_sqlite(work / "raw.db", rows)
    raw_profile_s, raw_db = raw_profile(work / "raw-profile", prepared, chunk)

    # Updates of records written pre-validated (the second half), in both profiles.
    u = min(args.updates, len(clean))
    statuses = [(rid, {**data, "status": "closed"}) for rid, data in clean[:u]]
    renamed = [
        (rid, {**data, "person": {**data["person"], "family_name": f"Renamed{k}"}})
        for k, (rid, data) in enumerate(clean[:u])
    ]
    same_text_s = measured(lambda: repo.save_many("missing_case", statuses, "SN", validated=True))
    new_text_s = measured(lambda: repo.save_many("missing_case", renamed, "SN", validated=True))
    raw_same_s = raw_updates(raw_db, update_rows(profile_rows(statuses)))
    raw_new_s = raw_updates(raw_db, update_rows(profile_rows(renamed)))
    raw_db.close()

    repo_rate = len(clean) / store_s[0]
    print(f"storage bench: {n:,} missing cases, SQLCipher profile vs raw inserts (same rows)")
    print(f"  insert, repository with validation : {rate(half, validated_s)}")
    print(
        f"  validation alone (normalise)       : {len(clean) / normalise_cpu:>10,.0f} rows/s (CPU)"
    )
    print(f"  insert, repository, pre-validated  : {rate(len(clean), store_s)}")
    print(f"  insert, raw into a profile (driver): {rate(n, raw_profile_s)}")
    print(f"  insert, raw sqlite3 executemany    : {rate(n, (raw_s, raw_s))}")
    print(f"  ratio raw profile / repository     : {(n / raw_profile_s[0]) / repo_rate:>10.2f}x")
    print(f"  ratio raw sqlite3 / repository     : {(n / raw_s) / repo_rate:>10.2f}x")
    goal = "met" if repo_rate >= INSERT_GOAL else "NOT met"
    print(f"  goal ≥ {INSERT_GOAL:,} rows/s for the repository's insert: {goal}")
    print(f"  update {u:,}, search text unchanged: {rate(u, same_text_s)}")
    print(f"  update {u:,}, search text changed  : {rate(u, new_text_s)}")
    print(f"  raw UPDATE, search text unchanged  : {rate(u, raw_same_s)}")
    print(f"  raw UPDATE, text changed, per row  : {rate(u, raw_new_s)}")
    print(f"  time changed / unchanged (repo)    : {new_text_s[0] / same_text_s[0]:>10.2f}x")
    print(f"  time per-row trigger / repository  : {raw_new_s[0] / new_text_s[0]:>10.2f}x")
    listing = RecordListing(db)
    queries = {
        "first page": ListQuery("missing_case"),
        "filtered page (status)": ListQuery("missing_case", status="tracing"),
        "filtered page (route, by name)": ListQuery(
            "missing_case", route=ROUTES[1], sort="title", descending=True
        ),
        "search page (name prefix)": ListQuery("missing_case", search="family123"),
        "by last contact, descending": ListQuery(
            "missing_case", sort="event_date", descending=True
        ),
        # Worst case of a filter without its own index (0005): no row matches, so the walk
        # reads the whole reference index, as the count beside every list does.
        "filtered page (status none has)": ListQuery("missing_case", status="found_dead"),
    }
    raw_sql = {
        "first page": ("SELECT id,label,title FROM records WHERE kind='missing_case' "
                       "ORDER BY label, id LIMIT 101", ()),
        "filtered page (status)": ("SELECT id,label,title FROM records WHERE kind='missing_case' "
                                   "AND status=? ORDER BY label, id LIMIT 101", ("tracing",)),
        "filtered page (route, by name)": (
            "SELECT id,label,title FROM records WHERE kind='missing_case' AND route=? "
            "ORDER BY title DESC, id DESC LIMIT 101", (ROUTES[1],)),
        "search page (name prefix)": ("SELECT id,label,title FROM records WHERE "
                                      "kind='missing_case' AND search LIKE ? ORDER BY label, id "
                                      "LIMIT 101", ("%family123%",)),
        "by last contact, descending": ("SELECT id,label,title FROM records WHERE "
                                        "kind='missing_case' ORDER BY event_date DESC, id DESC "
                                        "LIMIT 101", ()),
        "filtered page (status none has)": ("SELECT id,label,title FROM records WHERE "
                                            "kind='missing_case' AND status=? ORDER BY label, id "
                                            "LIMIT 101", ("found_dead",)),
    }  # fmt: skip

    for name, query in queries.items():
        ms = timed(lambda q=query: listing.page(q, limit=100))
        sql, params = raw_sql[name]
        raw_ms = timed(lambda s=sql, p=params: raw.execute(s, p).fetchall())
        print(f"  {name:<34}: {ms:7.2f} ms   (raw sqlite3 {raw_ms:6.2f} ms)")
    deep = listing.page(queries["first page"], limit=100)
    for _ in range(200):
        deep = listing.page(queries["first page"], after=deep.next_after, limit=100)
    ms = timed(lambda: listing.page(queries["first page"], after=deep.next_after, limit=100))
    print(f"  {'page 200 (keyset)':<34}: {ms:7.2f} ms")
    ms = timed(lambda: listing.count(queries["first page"]))
    print(f"  {'count of the list (every row)':<34}: {ms:7.2f} ms")
    db.close()
    raw.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
