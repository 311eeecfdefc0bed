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


@dataclass(frozen=True)
class IomSource:
    format: str  # CSV_FORMAT or JSON_FORMAT
    labels: dict[str, str]  # internal field name → the file's own name for it
    records: list[RawRecord] = field(default_factory=list)
