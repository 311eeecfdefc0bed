"""IOM's cell values to incident data and back: text, counts, dates, coordinates, causes.

Readers raise `ValueError` with a message that says what to fix; callers add the column name.
"""

from __future__ import annotations

import html
import math
import re
from datetime import date
from typing import Any

from desktop.domain.reference.iom import CAUSES_OF_DEATH, canonical_cause

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
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_SEPARATORS = ",;|"
_CAUSES_LONGEST_FIRST = sorted(CAUSES_OF_DEATH, key=len, reverse=True)


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
    """IOM's "Thu, 01/01/2026 - 12:00" (month first) or an ISO date such as "2026-01-01"."""
    raw = "" if value is None else str(value).strip()
    if not raw:
        raise ValueError("missing; every incident needs its date")
    match = _ISO_DATE.fullmatch(raw)
    if match:
        year, month, day = (int(part) for part in match.groups())
    else:
        match = _IOM_DATE.fullmatch(raw)
        if not match:
            raise ValueError(
                f"“{raw}” is not a date; write it as IOM does (Thu, 01/31/2026 - 12:00) "
                "or as 2026-01-31"
            )
        month, day, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(
            f"“{raw}” is not a real date (IOM writes the month first: MM/DD/YYYY)"
        ) from None


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


def causes(value: Any) -> list[str]:
    """IOM categories from one cell that may hold several, separated by commas.

    One category itself contains commas ("…shelter, food, water"), so the cell is matched
    against IOM's list, longest category first, rather than split blindly on commas.
    """
    if isinstance(value, list):
        value = CAUSE_SEPARATOR.join(str(item) for item in value)
    single = canonical_cause(value) if isinstance(value, str) else None
    if single is not None:
        return [single]  # the common case: one category, possibly with commas inside
    rest = " ".join(str(value or "").split())
    found: list[str] = []
    unknown: list[str] = []
    while rest:
        for cause in _CAUSES_LONGEST_FIRST:
            head, tail = rest[: len(cause)], rest[len(cause) :].lstrip()
            if head.casefold() == cause.casefold() and (not tail or tail[0] in _SEPARATORS):
                found.append(cause)
                rest = tail[1:].strip()
                break
        else:
            piece, rest = _split_once(rest)
            if piece:
                unknown.append(piece)
    if unknown:
        names = ", ".join(f"“{piece}”" for piece in unknown)
        raise ValueError(
            f"{names} is not one of IOM's causes of death; use one of: "
            + "; ".join(CAUSES_OF_DEATH)
        )
    return list(dict.fromkeys(found))


def _split_once(rest: str) -> tuple[str, str]:
    positions = [i for i in (rest.find(sep) for sep in _SEPARATORS) if i >= 0]
    if not positions:
        return rest.strip(), ""
    cut = min(positions)
    return rest[:cut].strip(), rest[cut + 1 :].strip()


def format_iom_date(day: date) -> str:
    """The CSV download's date: "Thu, 01/01/2026 - 12:00" (English, month first, noon)."""
    return f"{WEEKDAYS[day.weekday()]}, {day.month:02d}/{day.day:02d}/{day.year} - 12:00"


def format_coordinates(latitude: float | None, longitude: float | None) -> str:
    if latitude is None or longitude is None:
        return ""
    return f"{_number(latitude)}, {_number(longitude)}"


def _number(value: float) -> str:
    return repr(float(value))
