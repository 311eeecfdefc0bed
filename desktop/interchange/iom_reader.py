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
from .iom_country import country_from_location
from .iom_identity import DerivedIds, record_id
from .iom_raw import JSON_FORMAT, IomSource, Place, RawRecord
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
    place: Place | None = None  # how messages name the record: "line 12", "record 37 (…)"

    @property
    def where(self) -> Place:
        return self.place or Place(self.line)

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
        by_position = self.format == JSON_FORMAT
        for raw in self._source.records:
            yield convert_record(raw, labels, ids, by_position=by_position)


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
    if "incident_date" in names:
        names.add("incident_date_precision")
    return frozenset(names - {"coordinates", "year", "month"})


def convert_record(
    raw: RawRecord, labels: dict[str, str], ids: DerivedIds, *, by_position: bool = False
) -> IomRow:
    place = _place(raw) if by_position else None
    if raw.problem:
        problem = (FieldError("record", raw.problem),)
        return IomRow(raw.line, raw.index, None, None, problem, place=place)
    data, errors, warnings = convert_values(raw.values, labels)
    if errors:
        return IomRow(raw.line, raw.index, None, None, tuple(errors), place=place)
    if "country_of_incident" not in labels:  # IOM's CSV: the location ends with the country
        data["country_of_incident"] = country_from_location(data.get("location"))
    explicit_id = data.get("incident_id")
    if not explicit_id:
        data["incident_id"] = _PLACEHOLDER_ID
    try:
        clean = normalise(KIND, data)
    except RecordInvalid as exc:
        return IomRow(raw.line, raw.index, None, None, tuple(exc.errors), place=place)
    if not explicit_id:
        clean["incident_id"] = ids.assign(clean)
    row_id = record_id(clean["incident_id"])
    return IomRow(raw.line, raw.index, row_id, clean, warnings=tuple(warnings), place=place)


def _place(raw: RawRecord) -> Place:
    web_id = raw.values.get("main_id")
    web_id = str(web_id).strip() if web_id is not None else ""
    return Place(raw.line, raw.index, web_id[:64] or None)
