"""IOM's cell values to incident data and back: text, counts, dates, coordinates, causes.

Readers raise `ValueError` with a message that says what to fix; callers add the column name.
"""

from __future__ import annotations

import html
import math
import re
from datetime import date
from typing import Any

from desktop.domain.reference.iom import CauseMapping, canonical_cause, map_causes

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip
CAUSE_SEPARATOR = ","  # the CSV download joins several causes with a bare comma

# Only complete entities ("&amp;", "&#039;"): a bare "&" or "&copy=1" in a URL stays as it is.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_IOM_DATE = re.compile(
    r"(?:[A-Za-z]{3,9},?\s*)?(\d{1,2})/(\d{1,2})/(\d{4})(?:\s*-?\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_MONTH_FIRST = re.compile(r"(?:[A-Za-z]{3,9},?\s+)??([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})")
_DAY_FIRST = re.compile(r"(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})")
_MONTH_NUMBERS = {name[:3].casefold(): n for n, name in enumerate(MONTHS, 1)}
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_YEAR_IN_ID = re.compile(r"\s*((?:19|20)\d{2})\.")


def text(value: Any) -> str | None:
    """Trimmed text with HTML entities decoded; None when empty."""
    if value is None:
        return None
    if type(value) is not str:
        value = str(value)
    if "&" in value:
        value = _ENTITY.sub(lambda m: html.unescape(m.group(0)), value)
    value = value.strip()
    return value or None


def count(value: Any) -> int | None:
    """A whole number from "12", "1,200", "3.0" or 12; None for "" (unknown)."""
    if type(value) is str and value.isdecimal():
        return int(value)  # the common case, first
    if value is None:
        return None
    raw = str(value).strip()
    if isinstance(value, bool):  # JSON true/false is not a count
        raise ValueError(f"“{raw}” is not a whole number")
    if isinstance(value, int):
        return value
    if not raw:
        return None
    if raw.isdecimal():
        return int(raw)
    if _THOUSANDS.fullmatch(raw):
        return int(raw.replace(",", ""))
    try:
        number = float(raw)
    except ValueError:
        number = math.nan
    if number.is_integer():
        return int(number)
    raise ValueError(f"“{raw}” is not a whole number; write digits, or leave it empty if unknown")


def incident_date(value: Any) -> date:
    """IOM's "Thu, 01/01/2026 - 12:00" (month first), an ISO date such as "2026-01-01", or
    the month in words as older downloads wrote it ("January 05, 2016", "5 January 2016")."""
    raw = "" if value is None else str(value).strip()
    if not raw:
        raise ValueError("missing; every incident needs its date")
    match = _ISO_DATE.fullmatch(raw)
    if match:
        year, month, day = (int(part) for part in match.groups())
    elif match := _IOM_DATE.fullmatch(raw):
        month, day, year = (int(part) for part in match.groups())
    elif words := _worded_date(raw):
        year, month, day = words
    else:
        raise ValueError(
            f"“{raw}” is not a date; write it as IOM does (Thu, 01/31/2026 - 12:00) "
            "or as 2026-01-31"
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(
            f"“{raw}” is not a real date (IOM writes the month first: MM/DD/YYYY)"
        ) from None


def _worded_date(raw: str) -> tuple[int, int, int] | None:
    match = _MONTH_FIRST.fullmatch(raw)
    if match:
        name, day, year = match.groups()
    else:
        match = _DAY_FIRST.fullmatch(raw)
        if not match:
            return None
        day, name, year = match.groups()
    month = _MONTH_NUMBERS.get(name[:3].casefold())
    return (int(year), month, int(day)) if month else None


def coordinates(value: Any) -> tuple[float | None, float | None]:
    """(latitude, longitude) from IOM's "lat, lon" text; (None, None) when empty."""
    raw = "" if value is None else str(value).strip()
    if not raw:
        return None, None
    parts = raw.split(",")
    try:
        if len(parts) != 2:
            raise ValueError
        lat, lon = float(parts[0]), float(parts[1])
    except ValueError:
        raise ValueError(
            f"“{raw}” is not “latitude, longitude”; write two numbers such as 35.87, -5.34"
        ) from None
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise ValueError(f"“{raw}” is not “latitude, longitude”")
    return lat, lon


def causes(value: Any) -> CauseMapping:
    """IOM categories from one cell, which may hold several causes separated by commas.

    Current cells hold IOM's categories (one contains commas: "…shelter, food, water");
    older ones free text, mapped by the word rules of `desktop.domain.reference.iom`.
    """
    if isinstance(value, list):
        value = CAUSE_SEPARATOR.join(str(item) for item in value)
    if value is not None and type(value) is not str:
        value = str(value)
    single = canonical_cause(value) if value else None
    if single is not None:
        return CauseMapping((single,), None, ())  # the common case: one current category
    return map_causes(text(value))


def incident_time(value: Any) -> tuple[date, str]:
    """(date, precision) from a full date (see `incident_date`), "2019-03" or "2019"."""
    raw = "" if value is None else str(value).strip()
    if len(raw) > 7:  # the common case: a full date
        return incident_date(raw), "day"
    match = _YEAR_MONTH.fullmatch(raw)
    if match:
        year, month = int(match.group(1)), int(match.group(2))
        if not 1 <= month <= 12:
            raise ValueError(f"“{raw}” is not a real month")
        return date(year, month, 1), "month"
    if _YEAR.fullmatch(raw):
        return date(int(raw), 1, 1), "year"
    return incident_date(raw), "day"


def year_in_id(value: Any) -> int | None:
    """The year an IOM ID starts with ("2019.MMP01859" → 2019), or None."""
    match = _YEAR_IN_ID.match(str(value or ""))
    return int(match.group(1)) if match else None


def year_and_month(year: Any, month: Any) -> tuple[int | None, int | None]:
    """IOM's Year and Reported Month cells ("2019", "March" or "3"); None where unusable."""
    year_text = str(year or "").strip()
    number = int(year_text) if _YEAR.fullmatch(year_text) else None
    month_text = str(month or "").strip().casefold()
    by_name = {name.casefold(): n for n, name in enumerate(MONTHS, 1)}
    by_short = {name[:3].casefold(): n for n, name in enumerate(MONTHS, 1)}
    if month_text.isdecimal() and 1 <= int(month_text) <= 12:
        return number, int(month_text)
    return number, by_name.get(month_text) or by_short.get(month_text)


def format_iom_date(day: date) -> str:
    """The CSV download's date: "Thu, 01/01/2026 - 12:00" (English, month first, noon)."""
    return f"{WEEKDAYS[day.weekday()]}, {day.month:02d}/{day.day:02d}/{day.year} - 12:00"


def format_coordinates(latitude: float | None, longitude: float | None) -> str:
    if latitude is None or longitude is None:
        return ""
    return f"{_number(latitude)}, {_number(longitude)}"


def _number(value: float) -> str:
    return repr(float(value))
