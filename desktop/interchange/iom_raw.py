"""A record as cut from an IOM file, before any value is converted."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CSV_FORMAT = "iom-csv"
JSON_FORMAT = "iom-json"


@dataclass(slots=True)  # not frozen: made once per row, and frozen init costs 4× more
class RawRecord:
    """One record: values by internal field name, and where it starts in the file."""

    line: int  # physical line where the record starts (1-based)
    index: int  # record number in the file (1-based, blank lines not counted)
    values: dict[str, Any]
    problem: str | None = None  # why the record cannot even be read (wrong cell count, …)


@dataclass(frozen=True, slots=True)
class Place:
    """Where a record is, as messages name it: CSV by line, JSON by position and web_id."""

    line: int  # physical line where the record starts (JSON: the line of its "{")
    record: int | None = None  # JSON: 1-based position in the list; None for CSV
    web_id: str | None = None  # JSON: the record's web_id (IOM's Main ID), when it has one

    def __str__(self) -> str:
        if self.record is None:
            return f"line {self.line}"
        return f"record {self.record} ({self.web_id})" if self.web_id else f"record {self.record}"


@dataclass(frozen=True)
class IomSource:
    format: str  # CSV_FORMAT or JSON_FORMAT
    labels: dict[str, str]  # internal field name → the file's own name for it
    records: list[RawRecord] = field(default_factory=list)
