"""Records as flat rows for spreadsheets: dotted column names, lists joined, typed cells.

Columns come from the record kind's model first (a stable layout even when a record leaves
fields empty), then any free-form keys met in the data (e.g. a report's `answers.*`).
"""

from __future__ import annotations

import types
import typing
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from desktop.domain.records import MODELS

DATE, DATETIME, DECIMAL = "date", "datetime", "decimal"
LIST_SEPARATOR = "; "


def model_columns(kind: str) -> dict[str, str | None]:
    """Dotted column name → value type (DATE, DATETIME, DECIMAL or None) for a record kind."""
    return dict(_walk(MODELS[kind], ""))


def _walk(model: type[BaseModel], prefix: str):
    for name, info in model.model_fields.items():
        path = prefix + name
        annotation = _unwrap(info.annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            yield from _walk(annotation, path + ".")
        elif typing.get_origin(annotation) is dict:
            continue  # free-form: its keys become columns as they are met
        else:
            yield path, _value_type(annotation)


def _unwrap(annotation: Any) -> Any:
    """The type inside Annotated[…] and Optional[…] (first non-None member of a union)."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            members = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = members[0] if len(members) == 1 else Any
        else:
            return annotation


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
    out: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        elif isinstance(value, list | tuple):
            out[name] = join_list(value)
        else:
            out[name] = value
    return out


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
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is not None:
                moment = moment.astimezone(UTC).replace(tzinfo=None)
            return moment
        if value_type == DECIMAL:
            return Decimal(value)
    except (ValueError, ArithmeticError):
        return value
    return value
