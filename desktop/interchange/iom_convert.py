"""One IOM record's cells to incident fields, with errors and warnings that name the column.

Causes of death in IOM's older free text are mapped to its categories, the text kept beside
them; an empty date is placed in time from what else the record says (Year and Reported
Month, or the year its Main ID carries) with the date's precision lowered and a warning. A
piece of the URL cell that is not an http(s) web address (a "javascript:" link, a note) is left
out with a warning, and the record kept with its other addresses.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.domain.errors import FieldError
from desktop.domain.reference.iom import UNKNOWN
from desktop.domain.types import split_web_addresses

from . import iom_values
from .iom_layout import COUNT_FIELDS, TEXT_FIELDS, TIME_HINTS

_TEXT, _COUNT, _OTHER, _LATER = 0, 1, 2, 3
_KINDS = {
    **dict.fromkeys(TEXT_FIELDS, _TEXT),
    **dict.fromkeys(COUNT_FIELDS, _COUNT),
    "source_quality": _OTHER,
    "coordinates": _OTHER,
    "incident_date": _LATER,
    "cause_of_death": _LATER,
    **dict.fromkeys(TIME_HINTS, _LATER),
}
_CONVERTERS = {
    **dict.fromkeys(COUNT_FIELDS, iom_values.count),
    "source_quality": iom_values.count,
    "coordinates": iom_values.coordinates,
}


def convert_values(
    values: dict[str, Any], labels: dict[str, str]
) -> tuple[dict[str, Any], list[FieldError], list[FieldError]]:
    """(incident fields, errors, warnings); errors name the file's column and what to fix."""
    data: dict[str, Any] = {}
    errors: list[FieldError] = []
    warnings: list[FieldError] = []
    for name, raw in values.items():
        kind = _KINDS.get(name)
        if kind == _TEXT:
            if type(raw) is str and "&" not in raw:
                data[name] = raw.strip() or None
            else:
                data[name] = iom_values.text(raw)
            continue
        if kind == _COUNT and type(raw) is str and (raw == "" or raw.isdecimal()):
            data[name] = int(raw) if raw else None
            continue
        if kind == _LATER:
            continue
        try:
            value = _CONVERTERS[name](raw)
        except ValueError as exc:
            errors.append(FieldError(name, f"{labels.get(name, name)}: {exc}"))
            continue
        if name == "coordinates":
            data["latitude"], data["longitude"] = value
        elif kind == _COUNT and value is not None and value < 0:
            warnings.append(FieldError(name, _negative(labels.get(name, name), value)))
            data[name] = None
        else:
            data[name] = value
    if data.get("url"):
        _web_addresses(labels, data, warnings)
    if "cause_of_death" in values:
        _causes(values, labels, data, warnings)
    _place_in_time(values, labels, data, errors, warnings)
    return data, errors, warnings


def _web_addresses(labels, data, warnings) -> None:
    good, bad = split_web_addresses(data["url"])
    if not bad:
        return
    data["url"] = ", ".join(good) or None
    shown = ", ".join(f"“{piece[:80]}”" for piece in bad[:3]) + (", …" if len(bad) > 3 else "")
    warnings.append(
        FieldError(
            "url",
            f"{labels.get('url', 'url')}: {shown} is not a web address starting with http:// "
            "or https://; left out",
        )
    )


def _causes(values, labels, data, warnings) -> None:
    mapping = iom_values.causes(values["cause_of_death"])
    data["cause_of_death"] = list(mapping.categories)
    if not data.get("cause_of_death_reported"):  # a file's own "reported" column comes first
        data["cause_of_death_reported"] = mapping.reported
    if mapping.unmatched:
        label = labels.get("cause_of_death", "cause_of_death")
        names = ", ".join(f"“{piece}”" for piece in mapping.unmatched)
        if mapping.categories == (UNKNOWN,):
            kept = f"recorded as “{UNKNOWN}”"
        else:
            kept = "recorded under what the other words match"
        warnings.append(
            FieldError(
                "cause_of_death",
                f"{label}: {names} matches none of IOM's causes of death; {kept}, "
                "and the cause as reported is kept",
            )
        )


def _place_in_time(values, labels, data, errors, warnings) -> None:
    label = labels.get("incident_date", "incident_date")
    raw = values.get("incident_date")
    if raw is not None and str(raw).strip():
        try:
            day, precision = iom_values.incident_time(raw)
        except ValueError as exc:
            errors.append(FieldError("incident_date", f"{label}: {exc}"))
            return
        data["incident_date"], data["incident_date_precision"] = day.isoformat(), precision
        return
    year, month = iom_values.year_and_month(values.get("year"), values.get("month"))
    where = "its Year and Reported Month" if month else "its Year"
    if year is None:
        for name in ("main_id", "incident_id"):
            year = iom_values.year_in_id(values.get(name))
            if year is not None:
                where = f"its {labels.get(name, name)} {str(values[name]).strip()}"
                month = None
                break
    if year is None:
        errors.append(
            FieldError(
                "incident_date",
                f"{label}: missing, and nothing else in the record gives its year; "
                "every incident needs at least the year it happened",
            )
        )
        return
    precision = "month" if month else "year"
    data["incident_date"] = date(year, month or 1, 1).isoformat()
    data["incident_date_precision"] = precision
    known = f"{iom_values.MONTHS[month - 1]} {year}" if month else str(year)
    warnings.append(
        FieldError(
            "incident_date",
            f"{label}: empty; the incident is kept in {known}, from {where} "
            f"(date known to the {precision} only)",
        )
    )


def _negative(label: str, value: int) -> str:
    # IOM writes e.g. -1 survivors on one incident when a survivor counted in a sibling
    # incident (same Main ID) later died; incident counts here are 0 or more.
    return (
        f"{label}: {value} is IOM's correction of another incident with the same Main ID; "
        "counts here cannot be negative, so it was left empty"
    )
