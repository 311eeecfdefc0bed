"""Read an IOM file (CSV download or API JSON) into validated incident data, row by row.

A row is either good (normalised `incident.data` and its stable record UUID) or rejected
(field errors that say what to fix); a bad row never stops the rows after it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

from desktop.domain.errors import FieldError, RecordInvalid
from desktop.domain.records import normalise

from .iom_convert import convert_values
from .iom_identity import DerivedIds, record_id
from .iom_raw import IomSource, RawRecord
from .iom_source import load_iom_source

KIND = "incident"
_PLACEHOLDER_ID = "pending"


@dataclass(frozen=True, slots=True)
class IomRow:
    """One record of the file: where it is, and its incident data or why it was refused."""

    line: int  # physical line where the record starts (JSON: the line of its "{")
    index: int  # 1-based record number in the file
    record_id: UUID | None
    data: dict[str, Any] | None
    errors: tuple[FieldError, ...] = ()
    warnings: tuple[FieldError, ...] = ()  # kept, but a value was changed to fit the record

    @property
    def ok(self) -> bool:
        return self.data is not None

    @property
    def reason(self) -> str:
        return "; ".join(error.message for error in self.errors)


class IomFile:
    """An opened IOM file: its format, how many records it holds, and its rows on demand."""

    def __init__(self, source: IomSource):
        self.format = source.format
        self.total = len(source.records)
        self.fields = carried_fields(source.labels)
        self._source = source

    def __iter__(self) -> Iterator[IomRow]:
        ids = DerivedIds()  # fresh per pass, so every pass hands out the same IDs
        labels = self._source.labels
        for raw in self._source.records:
            yield convert_record(raw, labels, ids)


def read_iom_file(path: str | Path) -> IomFile:
    """Open an IOM CSV download or API JSON (told apart by content).

    Raises `UnreadableFile` when the file cannot be read at all; rows are converted lazily
    while iterating over the result.
    """
    return IomFile(load_iom_source(path))


def carried_fields(labels: dict[str, str]) -> frozenset[str]:
    """The `incident.data` fields this file's layout has a place for (others stay unknown)."""
    names = set(labels) | {"incident_id"}
    if "coordinates" in names:
        names |= {"latitude", "longitude"}
    return frozenset(names - {"coordinates"})


def convert_record(raw: RawRecord, labels: dict[str, str], ids: DerivedIds) -> IomRow:
    if raw.problem:
        return IomRow(raw.line, raw.index, None, None, (FieldError("record", raw.problem),))
    data, errors, warnings = convert_values(raw.values, labels)
    if errors:
        return IomRow(raw.line, raw.index, None, None, tuple(errors))
    explicit_id = data.get("incident_id")
    if not explicit_id:
        data["incident_id"] = _PLACEHOLDER_ID
    try:
        clean = normalise(KIND, data)
    except RecordInvalid as exc:
        return IomRow(raw.line, raw.index, None, None, tuple(exc.errors))
    if not explicit_id:
        clean["incident_id"] = ids.assign(clean)
    row_id = record_id(clean["incident_id"])
    return IomRow(raw.line, raw.index, row_id, clean, warnings=tuple(warnings))
