"""Storage benchmark: 100k missing cases through the repository vs raw sqlite3, same run.

Prints rows/s for inserts (with and without validation), and the time of a first page and of
filtered/searched pages at full size, each beside the same on a plain `sqlite3` file with the
same rows and indexes (no encryption, no repository). Run: `make bench` or
`.venv/bin/python bench/storage.py [--rows N]`.
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
from desktop.storage.records import RecordRepository, dumps

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "support"))
from memory_keyring import MemoryKeyring

ROUTES = ("Central Mediterranean", "Western Mediterranean", "Western Africa / Atlantic route")
STATUSES = ("open", "tracing", "referred", "closed")


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
    for cols in ("kind,label,id", "kind,title,id", "kind,event_date,id", "kind,status,label,id",
                 "kind,route,label,id"):  # fmt: skip
        conn.execute(f"CREATE INDEX ix_{cols.replace(',', '_')} ON records ({cols})")
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO records VALUES (?,?,?,?,?,?,?,?,?)", rows)
    conn.execute("COMMIT")
    return time.perf_counter() - start, conn


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    n = args.rows
    keyring.set_keyring(MemoryKeyring())
    work = Path(tempfile.mkdtemp(prefix="focal-bench-"))
    cases = [(uuid.uuid4(), make_case(i)) for i in range(n)]

    db = open_profile(ProfilePaths(work / "profile"))
    repo = RecordRepository(db)
    half = n // 2
    start = time.perf_counter()
    for i in range(0, half, 10_000):
        repo.save_many("missing_case", cases[i : min(i + 10_000, half)], "SN")
    validated_s = time.perf_counter() - start
    start = time.perf_counter()
    clean = [(rid, normalise("missing_case", data)) for rid, data in cases[half:]]
    normalise_s = time.perf_counter() - start
    start = time.perf_counter()
    for i in range(0, len(clean), 10_000):
        repo.save_many("missing_case", clean[i : i + 10_000], "SN", validated=True)
    store_s = time.perf_counter() - start

    rows = []
    for rid, data in cases:
        c = list_columns("missing_case", normalise("missing_case", data))
        rows.append((str(rid), "missing_case", dumps(data), c["label"], c["title"], c["status"],
                     c["route"], c["event_date"], c["search"]))  # fmt: skip
    raw_s, raw = raw_sqlite(work / "raw.db", rows)

    listing = RecordListing(db)
    queries = {
        "first page": ListQuery("missing_case"),
        "filtered page (status)": ListQuery("missing_case", status="tracing"),
        "filtered page (route, by name)": ListQuery(
            "missing_case", route=ROUTES[1], sort="title", descending=True
        ),
        "search page (name prefix)": ListQuery("missing_case", search="family123"),
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
    }  # fmt: skip

    print(f"storage bench: {n:,} missing cases, SQLCipher profile vs plain sqlite3 (same rows)")
    print(f"  insert, repository with validation : {half / validated_s:>10,.0f} rows/s")
    print(f"  validation alone (normalise)       : {len(clean) / normalise_s:>10,.0f} rows/s")
    print(f"  insert, repository, pre-validated  : {len(clean) / store_s:>10,.0f} rows/s")
    print(f"  insert, raw sqlite3 executemany    : {n / raw_s:>10,.0f} rows/s")
    print(f"  ratio raw / repository (validated) : {(n / raw_s) / (half / validated_s):>10.1f}x")
    print(f"  ratio raw / repository (pre-valid.): {(n / raw_s) / (len(clean) / store_s):>10.1f}x")
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
    db.close()
    raw.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
