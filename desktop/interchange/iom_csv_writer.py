"""Incidents in the layout of IOM's CSV download, so IOM's tools and ours read them alike.

Same header (plus "Cause of Death (reported)" beside IOM's "Cause of Death" categories, for
the free text of IOM's older records), same quoting (a value is quoted when it holds a space,
comma, quote or line break), same date ("Thu, 01/01/2026 - 12:00"), "lat, lon" coordinates,
causes joined with a bare comma, Year and Reported Month derived from the date (a date known
only to the month or year leaves the date, or the date and month, empty), "\\n" between lines
and none after the last, as in the download. A cell never starts a formula when the file is
opened in a spreadsheet (`desktop.domain.spreadsheet.inert_text`; the importer takes the quote
off again, so an export re-imports unchanged).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain.spreadsheet import inert_text

from .atomic_file import atomic_text
from .iom_layout import CSV_HEADER
from .iom_values import CAUSE_SEPARATOR, MONTHS, format_coordinates, format_iom_date

log = logging.getLogger(__name__)

_NEEDS_QUOTES = re.compile(r'[\s,"]')
_DIRECT: tuple[tuple[str, str], ...] = (
    ("Main ID", "main_id"),
    ("Incident ID", "incident_id"),
    ("Region", "region"),
    ("Number Dead", "number_dead"),
    ("Minimum Estimated Number of Missing", "number_missing"),
    ("Number of Survivors", "number_survivors"),
    ("Number of Females", "number_females"),
    ("Number of Males", "number_males"),
    ("Number of Children", "number_children"),
    ("Region of Origin", "region_of_origin"),
    ("Cause of Death (reported)", "cause_of_death_reported"),
    ("Country of Origin", "country_of_origin"),
    ("Location of death", "location"),
    ("Information Source", "source"),
    ("Migration route", "route"),
    ("URL", "url"),
    ("UNSD Geographical Grouping", "unsd_grouping"),
    ("Source Quality", "source_quality"),
)


def write_iom_csv(
    path: str | Path, incidents: Iterable[dict[str, Any]], *, excel_bom: bool = False
) -> int:
    """Write incident data dicts (`incident.data`) as IOM's CSV; returns how many rows.

    `excel_bom` starts the file with a UTF-8 byte-order mark, which Excel needs to show
    accents right; IOM's own download has none. The file appears only when complete.
    """
    count = 0
    with atomic_text(path) as stream:
        if excel_bom:
            stream.write("\ufeff")
        stream.write(_line(CSV_HEADER))
        for data in incidents:
            stream.write("\n")
            stream.write(_line(incident_cells(data)))
            count += 1
    log.info("wrote %d incidents as IOM CSV", count)
    return count


def incident_cells(data: dict[str, Any]) -> list[str]:
    """One incident as the download's cells, in `CSV_HEADER` order."""
    day = date.fromisoformat(data["incident_date"])
    precision = data.get("incident_date_precision") or "day"
    cells = {column: _cell(data.get(field)) for column, field in _DIRECT}
    # A date known only to the month or year leaves what is not known empty, as IOM does.
    cells["Incident Date"] = format_iom_date(day) if precision == "day" else ""
    cells["Year"] = str(day.year)
    cells["Reported Month"] = MONTHS[day.month - 1] if precision != "year" else ""
    cells["Cause of Death"] = CAUSE_SEPARATOR.join(data.get("cause_of_death") or ())
    cells["Coordinates"] = format_coordinates(data.get("latitude"), data.get("longitude"))
    return [cells[column] for column in CSV_HEADER]


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def _line(cells: Iterable[str]) -> str:
    return ",".join(_quote(cell) for cell in cells)


def _quote(cell: str) -> str:
    cell = inert_text(cell)
    if _NEEDS_QUOTES.search(cell):
        return '"' + cell.replace('"', '""') + '"'
    return cell
