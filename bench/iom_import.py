"""Bench: IOM CSV parse and import rates at 50,000 rows, against a plain csv.DictReader.

    .venv/bin/python bench/iom_import.py [--rows 50000] [--repeat 3] [--check]

Builds a CSV from the shared sample (Incident IDs made unique per copy), then times, best of
`--repeat`: a baseline `csv.DictReader` pass over the same file, `read_iom_file` (decode, cut,
convert, validate), and `import_iom_file` into an in-memory store, first into an empty store
and then again (everything unchanged). The goal is ≥ 20,000 rows/s for the whole import.
`make_store()` is the one place to swap in the real store. Wall-clock times: run it on a quiet
machine.
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

from desktop.interchange import import_iom_file, read_iom_file

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "interchange" / "samples" / "MissingMigrants-Global-2026-05-06.csv"
GOAL = 20_000  # rows per second, whole import


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

    from desktop.cli.interchange_commands import ImportStore
    from desktop.config.paths import ProfilePaths
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


def best_of(repeat: int, run) -> tuple[tuple[float, float], Any]:
    """((wall seconds, CPU seconds), result) of the fastest of `repeat` runs."""
    best, result = (float("inf"), float("inf")), None
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        result = run()
        best = min(best, (time.perf_counter() - wall, time.process_time() - cpu))
    return best, result


def baseline(path: Path) -> int:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return sum(1 for _ in csv.DictReader(stream))


def parse(path: Path) -> int:
    return sum(1 for row in read_iom_file(path) if row.ok)


def import_fresh(path: Path):
    return import_iom_file(path, make_store(), owner_country="SN")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--check", action="store_true", help="exit 1 when below the goal")
    parser.add_argument(
        "--store", choices=("real", "memory"), default="real",
        help="real: a fresh encrypted profile per run (default); memory: the parser alone",
    )  # fmt: skip
    args = parser.parse_args()
    STORE_KIND["value"] = args.store

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "iom-bench.csv"
        build_csv(path, args.rows)
        size_mb = path.stat().st_size / 1e6
        print(
            f"IOM import bench: {args.rows:,} rows, {size_mb:.1f} MB CSV, best of {args.repeat}, "
            f"{args.store} store"
        )

        base_s, base_n = best_of(args.repeat, lambda: baseline(path))
        parse_s, parse_n = best_of(args.repeat, lambda: parse(path))
        import_s, summary = best_of(args.repeat, lambda: import_fresh(path))
        store = make_store()
        import_iom_file(path, store, owner_country="SN")
        again_s, again = best_of(
            args.repeat, lambda: import_iom_file(path, store, owner_country="SN")
        )

    assert base_n == parse_n == summary.added == again.unchanged == args.rows, "rows lost"
    rate = args.rows / import_s[0]
    lines = [
        ("baseline csv.DictReader", base_s, ""),
        ("parse + validate (read_iom_file)", parse_s, f"{parse_s[0] / base_s[0]:.0f}× baseline"),
        ("import into empty store", import_s, f"{summary.added:,} added"),
        ("re-import (all unchanged)", again_s, f"{again.unchanged:,} unchanged"),
    ]
    print(f"  {'':<34} {'wall':>8} {'rows/s':>10}   {'CPU':>6} {'rows/s':>10}")
    for label, (wall, cpu), note in lines:
        print(
            f"  {label:<34} {wall:6.2f} s {args.rows / wall:>10,.0f}   "
            f"{cpu:5.2f} s {args.rows / cpu:>10,.0f}  {note}"
        )
    verdict = "met" if rate >= GOAL else "NOT met"
    print(f"goal ≥ {GOAL:,} rows/s for the whole import (wall): {verdict} ({rate:,.0f} rows/s)")
    return 1 if args.check and rate < GOAL else 0


if __name__ == "__main__":
    sys.exit(main())
