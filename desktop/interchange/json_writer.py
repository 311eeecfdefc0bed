"""Records as they travel (the sync envelope), streamed into one JSON list.

Text is written exactly as stored: JSON is read by programs, never run by a spreadsheet, so it
takes none of the formula escape of the CSV and XLSX exports (`desktop.domain.spreadsheet`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from desktop.domain.errors import field_errors
from desktop.domain.wire import RecordEnvelope

from .atomic_file import atomic_text

log = logging.getLogger(__name__)


def write_records_json(path: str | Path, envelopes: Iterable[dict[str, Any]]) -> int:
    """Write `{"id","kind","rev","owner_country","updated_at","deleted","data"}` records.

    Records are written one at a time (the iterable may be a database cursor); each is checked
    against the wire format first. Raises `ValueError` naming the record number when one is
    not an envelope; the file appears only when complete. Returns how many were written.
    """
    count = 0
    with atomic_text(path) as stream:
        stream.write("[")
        for envelope in envelopes:
            stream.write(",\n" if count else "\n")
            json.dump(_wire(envelope, count + 1), stream, ensure_ascii=False)
            count += 1
        stream.write("\n]\n" if count else "]\n")
    log.info("wrote %d records as JSON", count)
    return count


def _wire(envelope: dict[str, Any], number: int) -> dict[str, Any]:
    try:
        return RecordEnvelope.model_validate(envelope).model_dump(mode="json")
    except ValidationError as exc:
        problems = "; ".join(f"{e.field}: {e.message}" for e in field_errors(exc))
        raise ValueError(f"Record {number} is not a record envelope: {problems}") from None
