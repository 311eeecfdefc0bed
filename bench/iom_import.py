"""Bench: IOM import rates — a 50,000-row CSV and IOM's whole history as API JSON.

    .venv/bin/python bench/iom_import.py [--rows 50000] [--json-rows 17800] [--repeat 3]
                                         [--format both|csv|json] [--check]

CSV: builds a file from the shared sample (Incident IDs made unique per copy), then times,
best of `--repeat`: a baseline `csv.DictReader` pass over the same file, `read_iom_file`
(decode, cut, convert, validate), a baseline store (the rows `read_iom_file` gave, their search
and outbox entries written straight through the driver into a fresh encrypted profile, a
chunk a transaction: the floor of the store part), and `import_iom_file` first into an empty
store and then again (everything unchanged). The goal is ≥ 20,000 rows/s for the whole import.

JSON: synthesises IOM's API JSON for 2014–2025 (`--json-rows`, about what IOM holds), with
the free-text causes of the years before IOM's seven categories and some empty
`reported_date`s, and times a baseline `json.loads` of it beside the import of every record.

The store is a fresh encrypted profile per run (`--store memory` for the parser alone);
`make_store()` is the one place that decides. Wall-clock times: run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from uuid import UUID

from desktop.interchange import CHUNK_SIZE, import_iom_file, read_iom_file
from desktop.interchange.iom_reader import KIND

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "interchange" / "samples" / "MissingMigrants-Global-2026-05-06.csv"
SAMPLE_JSON = ROOT / "tests" / "interchange" / "samples" / "global-figures-2025-sample.json"
GOAL = 20_000  # rows per second, whole import
# Causes as IOM wrote them before 2022, mapped by the word rules at import.
LEGACY_CAUSES = (
    "Presumed drowning", "Car Accident", "Unknown (skeletal remains)", "Hypothermia", "Shot",
    "Sickness and lack of access to medicines", "Dehydration", "Hypothermia, Drowning",
    "Vehicle_Accident ", "Fell from train", "Drowning", "Violence", "Mixed",
)  # fmt: skip
EMPTY_DATE_EVERY = 40  # one record in 40 has an empty reported_date (placed by its web_id)


class MemoryStore:
    """`RecordStore` in memory, holding JSON text as a database column would.

    Text, not live dicts: a real store keeps nothing in Python memory, and 50,000 live dicts
    would make the garbage collector's passes, not the import, the thing measured.
    """

    def __init__(self) -> None:
        self.records: dict[tuple[str, UUID], str] = {}

    def existing(self, kind: str, ids: list[UUID]) -> dict[UUID, dict[str, Any]]:
        found = ((i, self.records.get((kind, i))) for i in ids)
        return {i: json.loads(text) for i, text in found if text is not None}

    def save_many(
        self, kind: str, items: list[tuple[UUID, dict[str, Any]]], owner_country: str | None
    ) -> None:
        for record_id, data in items:
            self.records[(kind, record_id)] = json.dumps(data)


STORE_KIND = {"value": "real"}
_opened: list = []


def make_store():
    """The store the import writes to: the real encrypted profile (default) or memory."""
    if STORE_KIND["value"] == "memory":
        return MemoryStore()
    import keyring
    from keyring.backends import fail

    from desktop.config.paths import ProfilePaths
    from desktop.storage.import_store import ImportStore
    from desktop.storage.profile import open_profile
    from desktop.storage.records import RecordRepository

    keyring.set_keyring(fail.Keyring())  # a passphrase profile: no keyring needed here
    root = Path(tempfile.mkdtemp(prefix="iom-bench-profile-"))
    db = open_profile(ProfilePaths(root), lambda *_: "bench passphrase 123")
    _opened.append(db)
    return ImportStore(RecordRepository(db))


def build_csv(path: Path, rows: int) -> None:
    with SAMPLE.open(encoding="utf-8", newline="") as stream:
        header, *sample = list(csv.reader(stream))
    id_column = header.index("Incident ID")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for n in range(rows):
        row = list(sample[n % len(sample)])
        row[id_column] = f"{row[id_column]}-{n // len(sample):04d}"
        writer.writerow(row)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def build_json(path: Path, rows: int) -> None:
    """IOM's API JSON for 2014–2025: `rows` records spread over the years, web_ids unique."""
    sample = json.loads(SAMPLE_JSON.read_text(encoding="utf-8"))
    records = []
    for n in range(rows):
        year = 2014 + n * 12 // rows
        record = dict(sample[n % len(sample)])
        record["web_id"] = f"{year}.MMP{n:05d}"
        empty = n % EMPTY_DATE_EVERY == 7
        record["reported_date"] = "" if empty else f"{year}-{1 + n % 12:02d}-{1 + n % 28:02d}"
        if year < 2022:
            record["cause_death"] = LEGACY_CAUSES[n % len(LEGACY_CAUSES)]
        records.append(record)
    path.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")


def json_baseline(path: Path) -> int:
    return len(json.loads(path.read_text(encoding="utf-8")))


def best_of(repeat: int, run, setup=None) -> tuple[tuple[float, float], Any]:
    """((wall seconds, CPU seconds), result) of the fastest of `repeat` runs; `setup()`, when
    given, runs untimed before each and its result is passed to `run`."""
    best, result = (float("inf"), float("inf")), None
    for _ in range(repeat):
        args = (setup(),) if setup else ()
        wall, cpu = time.perf_counter(), time.process_time()
        result = run(*args)
        best = min(best, (time.perf_counter() - wall, time.process_time() - cpu))
    return best, result


def baseline(path: Path) -> int:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return sum(1 for _ in csv.DictReader(stream))


def parse(path: Path) -> int:
    return sum(1 for row in read_iom_file(path) if row.ok)


def import_fresh(path: Path, repeat: int):
    """Best of `repeat` imports, each into a store made (profile, key, schema) untimed."""
    return best_of(
        repeat, lambda store: import_iom_file(path, store, owner_country="SN"), make_store
    )


def raw_store(path: Path) -> tuple[float, float]:
    """(wall, CPU) of the baseline store: the file's rows, already read, written by the driver
    into a fresh encrypted profile, `CHUNK_SIZE` rows a transaction (`bench/storage.py`)."""
    from storage import profile_rows, raw_profile

    rows = profile_rows([(r.record_id, r.data) for r in read_iom_file(path) if r.ok], KIND)
    root = Path(tempfile.mkdtemp(prefix="iom-bench-raw-"))
    seconds, db = raw_profile(root, rows, CHUNK_SIZE, lambda *_: "bench passphrase 123")
    db.close()
    return seconds


def floor_lines(path: Path, store_kind: str, parse_s, import_s) -> tuple[list, str]:
    """The baseline store's line and the import's ratio to parse + baseline store (real
    store only; nothing for the memory store)."""
    if store_kind != "real":
        return [], ""
    store_s = raw_store(path)
    ratio = f", {import_s[0] / (parse_s[0] + store_s[0]):.2f}× parse + baseline store"
    return [("baseline store (driver, same rows)", store_s, "SQL floor of the store")], ratio


def report(rows: int, lines: list[tuple[str, tuple[float, float], str]]) -> None:
    print(f"  {'':<34} {'wall':>8} {'rows/s':>10}   {'CPU':>6} {'rows/s':>10}")
    for label, (wall, cpu), note in lines:
        print(
            f"  {label:<34} {wall:6.2f} s {rows / wall:>10,.0f}   "
            f"{cpu:5.2f} s {rows / cpu:>10,.0f}  {note}"
        )


def bench_csv(folder: Path, rows: int, repeat: int, store_kind: str) -> float:
    path = folder / "iom-bench.csv"
    build_csv(path, rows)
    size_mb = path.stat().st_size / 1e6
    print(
        f"IOM CSV import bench: {rows:,} rows, {size_mb:.1f} MB CSV, best of {repeat}, "
        f"{store_kind} store"
    )
    base_s, base_n = best_of(repeat, lambda: baseline(path))
    parse_s, parse_n = best_of(repeat, lambda: parse(path))
    import_s, summary = import_fresh(path, repeat)
    floor, ratio = floor_lines(path, store_kind, parse_s, import_s)
    store = make_store()
    import_iom_file(path, store, owner_country="SN")
    again_s, again = best_of(repeat, lambda: import_iom_file(path, store, owner_country="SN"))
    assert base_n == parse_n == summary.added == again.unchanged == rows, "rows lost"
    report(rows, [
        ("baseline csv.DictReader", base_s, ""),
        ("parse + validate (read_iom_file)", parse_s, f"{parse_s[0] / base_s[0]:.0f}× baseline"),
        *floor,
        ("import into empty store", import_s, f"{summary.added:,} added{ratio}"),
        ("re-import (all unchanged)", again_s, f"{again.unchanged:,} unchanged"),
    ])  # fmt: skip
    return rows / import_s[0]


def bench_json(folder: Path, rows: int, repeat: int, store_kind: str) -> float:
    path = folder / "iom-history.json"
    build_json(path, rows)
    size_mb = path.stat().st_size / 1e6
    print(
        f"IOM API JSON 2014–2025 import bench: {rows:,} records ({size_mb:.1f} MB; causes in "
        f"IOM's older free text before 2022, 1 in {EMPTY_DATE_EVERY} without reported_date), "
        f"best of {repeat}, {store_kind} store"
    )
    base_s, base_n = best_of(repeat, lambda: json_baseline(path))
    parse_s, parse_n = best_of(repeat, lambda: parse(path))
    import_s, summary = import_fresh(path, repeat)
    floor, ratio = floor_lines(path, store_kind, parse_s, import_s)
    assert base_n == parse_n == summary.added == rows and not summary.rejected, "rows lost"
    placed = sum("reported_date: empty" in text for _, text in summary.warnings)
    report(rows, [
        ("baseline json.loads", base_s, ""),
        ("parse + validate (read_iom_file)", parse_s, f"{parse_s[0] / base_s[0]:.0f}× baseline"),
        *floor,
        ("import into empty store", import_s,
         f"{summary.added:,} added, {placed:,} placed by year, "
         f"{len(summary.rejected)} rejected{ratio}"),
    ])  # fmt: skip
    return rows / import_s[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000, help="CSV rows")
    parser.add_argument("--json-rows", type=int, default=17_800, help="API JSON records")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--format", choices=("both", "csv", "json"), default="both")
    parser.add_argument("--check", action="store_true", help="exit 1 when below the goal")
    parser.add_argument(
        "--store", choices=("real", "memory"), default="real",
        help="real: a fresh encrypted profile per run (default); memory: the parser alone",
    )  # fmt: skip
    args = parser.parse_args()
    STORE_KIND["value"] = args.store

    rates: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        if args.format in ("both", "csv"):
            rates.append(bench_csv(Path(folder), args.rows, args.repeat, args.store))
        if args.format in ("both", "json"):
            rates.append(bench_json(Path(folder), args.json_rows, args.repeat, args.store))
    rate = min(rates)
    verdict = "met" if rate >= GOAL else "NOT met"
    print(f"goal ≥ {GOAL:,} rows/s for the whole import (wall): {verdict} ({rate:,.0f} rows/s)")
    return 1 if args.check and rate < GOAL else 0


if __name__ == "__main__":
    sys.exit(main())
