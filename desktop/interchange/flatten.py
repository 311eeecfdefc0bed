"""Records as flat rows for spreadsheets: dotted column names, lists joined, typed cells.

Columns come from the record kind's model first (a stable layout even when a record leaves
fields empty), then any free-form keys met in the data (e.g. a report's `answers.*`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from desktop.domain import fields
from desktop.domain.moments import parse_rfc3339
from desktop.domain.records import MODELS

DATE, DATETIME, DECIMAL = "date", "datetime", "decimal"
LIST_SEPARATOR = "; "


def model_columns(kind: str) -> dict[str, str | None]:
    """Dotted column name → value type (DATE, DATETIME, DECIMAL or None) for a record kind."""
    return {path: _value_type(annotation) for path, annotation in fields.leaves(MODELS[kind])}


def _value_type(annotation: Any) -> str | None:
    if annotation is datetime:
        return DATETIME
    if annotation is date:
        return DATE
    if annotation is Decimal:
        return DECIMAL
    return None


def flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """{"person": {"family_name": "X"}} → {"person.family_name": "X"}; lists become text."""
    return {
        name: join_list(value) if isinstance(value, list | tuple) else value
        for name, value in fields.flat(data, prefix)
    }


def join_list(values: list | tuple) -> str | None:
    """Scalars joined with "; "; objects as "field: value; …", one per line."""
    if not values:
        return None
    if not any(isinstance(value, dict) for value in values):
        return LIST_SEPARATOR.join(_text(value) for value in values)
    lines = []
    for value in values:
        if isinstance(value, dict):
            pairs = flatten(value).items()
            lines.append(
                LIST_SEPARATOR.join(f"{k}: {_text(v)}" for k, v in pairs if v not in (None, ""))
            )
        else:
            lines.append(_text(value))
    return "\n".join(lines)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else str(value)


def typed(value: Any, value_type: str | None) -> Any:
    """A JSON value as the cell value Excel should hold (real dates, UTC times, decimals)."""
    if value is None or value == "":
        return None
    if value_type is None or not isinstance(value, str):
        return value
    try:
        if value_type == DATE:
            return date.fromisoformat(value)
        if value_type == DATETIME:
            moment = parse_rfc3339(value)
            if moment.tzinfo is not None:
                moment = moment.astimezone(UTC).replace(tzinfo=None)
            return moment
        if value_type == DECIMAL:
            return Decimal(value)
    except (ValueError, ArithmeticError):
        return value
    return value
