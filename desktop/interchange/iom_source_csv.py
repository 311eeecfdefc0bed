"""IOM's CSV download cut into records, with the physical line where each record starts.

A cell our own export escaped so that a spreadsheet never runs it (a leading quote before "=",
"+", …) is read without that quote (`desktop.domain.spreadsheet.restore_text`).
"""

from __future__ import annotations

import csv
import io
import logging
from operator import itemgetter

from desktop.domain.spreadsheet import QUOTE, restore_text

from .errors import UnreadableFile
from .iom_layout import (
    CSV_COLUMNS,
    DERIVED_COLUMNS,
    ID_FIELDS,
    REQUIRED_FIELDS,
    column_key,
)
from .iom_raw import CSV_FORMAT, IomSource, RawRecord

log = logging.getLogger(__name__)

_DELIMITERS = (",", ";", "\t")


def read_csv_records(text: str) -> IomSource:
    delimiter = _delimiter(text.partition("\n")[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
        positions, labels = _columns(header)
        records = list(_records(reader, positions, len(header)))
    except csv.Error as exc:
        raise UnreadableFile(
            f"The CSV is malformed near line {reader.line_num}: {exc}; "
            "check for an unclosed double quote"
        ) from None
    return IomSource(CSV_FORMAT, labels, records)


def _delimiter(first_line: str) -> str:
    counts = {sep: first_line.count(sep) for sep in _DELIMITERS}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else ","


def _columns(header: list[str]) -> tuple[list[tuple[int, str]], dict[str, str]]:
    positions: list[tuple[int, str]] = []
    labels: dict[str, str] = {}
    ignored: list[str] = []
    for position, cell in enumerate(header):
        key = column_key(cell)
        name = CSV_COLUMNS.get(key)
        if name is None:
            if key and key not in DERIVED_COLUMNS:
                ignored.append(cell)
            continue
        if name not in labels:
            positions.append((position, name))
            labels[name] = cell.strip().replace("\ufeff", "")
    missing = [name for name in REQUIRED_FIELDS if name not in labels]
    if missing or not any(name in labels for name in ID_FIELDS):
        shown = ", ".join(f"“{cell.strip()}”" for cell in header[:8]) or "nothing"
        more = "…" if len(header) > 8 else ""
        raise UnreadableFile(
            "This is not IOM's Missing Migrants CSV: it needs the columns “Incident ID” "
            f"(or “Main ID”) and “Incident Date”, and its header has {shown}{more}"
        )
    if ignored:
        log.info("ignoring %d unknown CSV columns", len(ignored))
    return positions, labels


def _records(reader, positions: list[tuple[int, str]], width: int):
    names = [name for _, name in positions]
    pick = itemgetter(*(pos for pos, _ in positions))  # ≥ 2 columns (date and an ID): a tuple
    previous_line = reader.line_num
    index = 0
    for cells in reader:
        start, previous_line = previous_line + 1, reader.line_num
        if not any(cells) or (len(cells) == 1 and not cells[0].strip()):
            continue  # blank line, or a line of empty cells
        index += 1
        if len(cells) == width or (len(cells) > width and not any(cells[width:])):
            values = [restore_text(v) if v[:1] == QUOTE else v for v in pick(cells)]
            yield RawRecord(start, index, dict(zip(names, values, strict=True)))
            continue
        problem = (
            f"The row has {len(cells)} cells where the header has {width}; "
            "a value that contains a comma must be in double quotes"
        )
        values = {name: restore_text(cells[pos]) for pos, name in positions if pos < len(cells)}
        yield RawRecord(start, index, values, problem)
