"""Import an IOM file into the record store: idempotent, in chunks, bad rows reported.

Each incident has a stable record UUID, so a second import of the same file finds every
record unchanged and writes nothing; a newer export updates what changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from uuid import UUID

from .iom_raw import Place
from .iom_reader import KIND, IomRow, read_iom_file
from .record_store import RecordStore

log = logging.getLogger(__name__)

# Rows a transaction: each commit rewrites the index pages the chunk touched (random ids touch
# most of them) and waits for the disk, so larger chunks are cheaper; progress comes per chunk.
CHUNK_SIZE = 5000
# Incident fields added after the first imports, with their defaults: a record stored before
# them is unchanged when the file says the same, instead of updated (and sent) for nothing.
ADDED_LATER: dict[str, Any] = {"incident_date_precision": "day", "cause_of_death_reported": None}
Progress = Callable[[int, int], None]


@dataclass
class ImportSummary:
    """What an import did. Every row of the file is counted exactly once."""

    format: str
    total: int
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0  # rows repeating an earlier row of the same file exactly
    # (where, reason): CSV rows by line, JSON records by position and web_id (`Place`)
    rejected: list[tuple[Place, str]] = field(default_factory=list)
    warnings: list[tuple[Place, str]] = field(default_factory=list)  # kept, but changed

    def __str__(self) -> str:
        parts = [
            f"{self.added} added",
            f"{self.updated} updated",
            f"{self.unchanged} unchanged",
            f"{len(self.rejected)} rejected",
        ]
        if self.duplicates:
            parts.append(f"{self.duplicates} repeated in the file")
        return f"{self.total} records read: " + ", ".join(parts)


def import_iom_file(
    path: str | Path,
    store: RecordStore,
    *,
    owner_country: str | None,
    progress: Progress | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> ImportSummary:
    """Import an IOM CSV download or API JSON into `store` as incidents of `owner_country`.

    Raises `UnreadableFile` when the file cannot be read at all; bad rows land in
    `summary.rejected` with their place and never stop the good ones. `progress(done, total)`
    is called after each chunk.
    """
    iom_file = read_iom_file(path)
    summary = ImportSummary(iom_file.format, iom_file.total)
    importer = _Importer(store, owner_country, iom_file.fields, summary)
    done = 0
    if progress:
        progress(0, summary.total)
    for chunk in _chunks(iom_file, chunk_size):
        importer.import_chunk(chunk)
        done += len(chunk)
        if progress:
            progress(done, summary.total)
    log.info("IOM import finished: %s", summary)
    return summary


class _Importer:
    def __init__(
        self,
        store: RecordStore,
        owner_country: str | None,
        carried: frozenset[str],
        summary: ImportSummary,
    ):
        self.store = store
        self.owner_country = owner_country
        self.carried = carried
        self.summary = summary
        # record id (as int) → line (CSV) or position (JSON) of its first row. Only ints:
        # millions of rows stay cheap for the garbage collector; a repeat is compared with
        # the stored (or queued) data.
        self.first_line: dict[int, int] = {}

    def import_chunk(self, rows: list[IomRow]) -> None:
        ids = list(dict.fromkeys(row.record_id for row in rows if row.ok))
        current = self.store.existing(KIND, ids) if ids else {}
        queued: dict[UUID, dict[str, Any]] = {}
        for row in rows:
            if row.warnings:
                self.summary.warnings.extend((row.where, w.message) for w in row.warnings)
            if not row.ok:
                self.summary.rejected.append((row.where, row.reason))
            elif row.record_id.int in self.first_line:
                earlier = queued.get(row.record_id) or current.get(row.record_id) or {}
                self._repeat(row, earlier)
            else:
                self.first_line[row.record_id.int] = _position(row)
                stored = current.get(row.record_id)
                data = self._merge(row.data, stored)
                if stored is None:
                    self.summary.added += 1
                    queued[row.record_id] = data
                elif stored == data or {**ADDED_LATER, **stored} == data:
                    self.summary.unchanged += 1
                else:
                    self.summary.updated += 1
                    queued[row.record_id] = data
        if queued:
            self.store.save_many(KIND, list(queued.items()), self.owner_country)

    def _merge(self, data: dict[str, Any], stored: dict[str, Any] | None) -> dict[str, Any]:
        # A field the file's layout cannot hold (IOM's CSV has no country of incident) keeps
        # its stored value instead of being wiped by the file's silence; only where nothing
        # is stored does what the row found another way fill it (a country read from the
        # location text, a cause as reported in the cause column).
        if stored is None:
            return data
        kept = {
            name: stored[name]
            for name in data.keys() - self.carried
            if stored.get(name) is not None
        }
        return {**data, **kept} if kept else data

    def _repeat(self, row: IomRow, earlier: dict[str, Any]) -> None:
        if self._merge(row.data, earlier) == earlier:
            self.summary.duplicates += 1
            return
        first = self.first_line[row.record_id.int]
        at = f"on line {first}" if row.where.record is None else f"in record {first}"
        self.summary.rejected.append(
            (
                row.where,
                f"Incident ID {row.data['incident_id']} is already {at} "
                "with different figures; keep one of the two rows",
            )
        )


def _position(row: IomRow) -> int:
    return row.line if row.place is None else row.index


def _chunks(rows: Iterable[IomRow], size: int) -> Iterable[list[IomRow]]:
    chunk: list[IomRow] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
