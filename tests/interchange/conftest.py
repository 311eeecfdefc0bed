"""Sample files, edge-case files built from them, and an in-memory store for the importer."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

SAMPLES = Path(__file__).resolve().parent / "samples"  # copies of shared/data/iom-mmp
SAMPLE_CSV = SAMPLES / "MissingMigrants-Global-2026-05-06.csv"
SAMPLE_JSON = SAMPLES / "global-figures-2025-sample.json"


class MemoryStore:
    """Implements `RecordStore` in memory; stores data as JSON text, as a database would."""

    def __init__(self) -> None:
        self.records: dict[tuple[str, UUID], str] = {}
        self.owners: dict[tuple[str, UUID], str | None] = {}
        self.outbox: list[tuple[str, UUID]] = []
        self.existing_calls: list[int] = []
        self.save_calls: list[int] = []

    def existing(self, kind: str, ids: list[UUID]) -> dict[UUID, dict[str, Any]]:
        self.existing_calls.append(len(ids))
        found = ((i, self.records.get((kind, i))) for i in ids)
        return {i: json.loads(text) for i, text in found if text is not None}

    def save_many(
        self, kind: str, items: list[tuple[UUID, dict[str, Any]]], owner_country: str | None
    ) -> None:
        self.save_calls.append(len(items))
        for record_id, data in items:
            self.records[(kind, record_id)] = json.dumps(data)
            self.owners[(kind, record_id)] = owner_country
            self.outbox.append((kind, record_id))

    def data(self, kind: str = "incident") -> dict[UUID, dict[str, Any]]:
        return {i: json.loads(t) for (k, i), t in self.records.items() if k == kind}


@pytest.fixture(scope="session")
def sample_csv() -> Path:
    return SAMPLE_CSV


@pytest.fixture(scope="session")
def sample_json() -> Path:
    return SAMPLE_JSON


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture(scope="session")
def sample_table() -> tuple[list[str], list[list[str]]]:
    """The CSV sample as (header, rows of cells)."""
    with SAMPLE_CSV.open(encoding="utf-8", newline="") as stream:
        header, *rows = list(csv.reader(stream))
    return header, rows


@pytest.fixture(scope="session")
def sample_records() -> list[dict[str, Any]]:
    return json.loads(SAMPLE_JSON.read_text(encoding="utf-8"))


@pytest.fixture
def make_csv(tmp_path, sample_table):
    """Write a CSV from the sample: `rows` (default: all), with `edits` {(row, column): value}."""

    def make(
        rows: list[list[str]] | None = None,
        *,
        edits: dict[tuple[int, str], str] | None = None,
        header: list[str] | None = None,
        bom: bool = False,
        name: str = "edited.csv",
    ) -> Path:
        head = header or sample_table[0]
        table = [list(row) for row in (rows if rows is not None else sample_table[1])]
        for (row, column), value in (edits or {}).items():
            table[row][sample_table[0].index(column)] = value
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(head)
        writer.writerows(table)
        path = tmp_path / name
        path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode("utf-8"))
        return path

    return make


@pytest.fixture
def make_json(tmp_path):
    def make(records: Any, *, name: str = "edited.json", indent: int | None = 1) -> Path:
        path = tmp_path / name
        path.write_text(json.dumps(records, ensure_ascii=False, indent=indent), encoding="utf-8")
        return path

    return make
