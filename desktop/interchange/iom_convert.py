"""One record's raw values (strings from CSV, strings or numbers from JSON) to incident fields.

This runs for every row of every import, so the common cases (plain text, a count written
as digits, an empty cell) are handled inline; everything else goes through `iom_values`.
"""

from __future__ import annotations

from typing import Any

from desktop.domain.errors import FieldError

from . import iom_values
from .iom_layout import COUNT_FIELDS, TEXT_FIELDS

_TEXT, _COUNT, _OTHER = 0, 1, 2
_KINDS = {
    **dict.fromkeys(TEXT_FIELDS, _TEXT),
    **dict.fromkeys(COUNT_FIELDS, _COUNT),
    "source_quality": _OTHER,
    "incident_date": _OTHER,
    "cause_of_death": _OTHER,
    "coordinates": _OTHER,
}
_CONVERTERS = {
    **dict.fromkeys(COUNT_FIELDS, iom_values.count),
    "source_quality": iom_values.count,
    "incident_date": lambda value: iom_values.incident_date(value).isoformat(),
    "cause_of_death": iom_values.causes,
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
    if "incident_date" not in values:
        label = labels.get("incident_date", "incident_date")
        errors.append(
            FieldError("incident_date", f"{label}: missing; every incident needs its date")
        )
    return data, errors, warnings


def _negative(label: str, value: int) -> str:
    # IOM writes e.g. -1 survivors on one incident when a survivor counted in a sibling
    # incident (same Main ID) later died; incident counts here are 0 or more.
    return (
        f"{label}: {value} is IOM's correction of another incident with the same Main ID; "
        "counts here cannot be negative, so it was left empty"
    )
