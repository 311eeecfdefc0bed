"""Field errors with messages a person understands, made from pydantic's validation errors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError


@dataclass(frozen=True)
class FieldError:
    """One problem with one field: `field` is a dotted path ("person.family_name")."""

    field: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "message": self.message}


class RecordInvalid(ValueError):
    """A record failed validation; `errors` says which fields and why."""

    def __init__(self, errors: list[FieldError]):
        self.errors = errors
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors) or "invalid record")


def _path(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc)


def _field(model: type[BaseModel] | None, loc: tuple[Any, ...]) -> tuple[str, dict[str, Any]]:
    """The human label of the field at `loc` (its `title`, else its name made readable) and
    the numeric bounds declared on it (ge/le), so a range message can name both ends."""
    current: Any = model
    title, bounds = None, {}
    for part in loc:
        fields = getattr(current, "model_fields", None)
        if isinstance(part, int) or fields is None or part not in fields:
            continue
        info = fields[part]
        title = info.title or str(part).replace("_", " ").capitalize()
        bounds = _bounds([*info.metadata, info.annotation])
        current = _model_in(info.annotation)
    if not title:
        last = next((p for p in reversed(loc) if isinstance(p, str)), "value")
        title = last.replace("_", " ").capitalize()
    return title, bounds


def _bounds(items: list[Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for item in items:
        for name in ("ge", "le", "gt", "lt"):
            value = getattr(item, name, None)
            if isinstance(value, int | float) and not isinstance(value, bool):
                found.setdefault(name, value)
        nested = [*getattr(item, "__metadata__", ()), *(getattr(item, "__args__", ()) or ())]
        if isinstance(getattr(item, "metadata", None), list):  # a FieldInfo inside Annotated
            nested.extend(item.metadata)
        for key, value in _bounds(nested).items():
            found.setdefault(key, value)
    return found


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _model_in(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _message(error: dict[str, Any], label: str, bounds: dict[str, Any]) -> str:
    kind = error["type"]
    ctx = {**bounds, **(error.get("ctx") or {})}
    if kind == "missing":
        return f"{label} is required"
    if kind == "extra_forbidden":
        return f"{label} is not a field of this record; remove it"
    if kind in {"int_parsing", "int_type", "int_from_float", "greater_than_equal"} and ctx.get(
        "ge", 0
    ) in (0, None):
        return f"{label} must be a whole number, 0 or more"
    if kind in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}:
        low, high = ctx.get("ge", ctx.get("gt")), ctx.get("le", ctx.get("lt"))
        if low is not None and high is not None:
            return f"{label} must be between {_number(low)} and {_number(high)}"
        if low is not None:
            return f"{label} must be at least {_number(low)}"
        return f"{label} must be at most {_number(high)}"
    if kind in {"float_parsing", "float_type", "decimal_parsing", "decimal_type"}:
        return f"{label} must be a number"
    if kind.startswith("date") or kind.startswith("datetime"):
        return f"{label} must be a date written as YYYY-MM-DD, for example 2026-03-31"
    if kind in {"literal_error", "enum"}:
        expected = ctx.get("expected", "")
        return f"{label} must be one of: {expected}".replace("'", "")
    if kind == "string_too_long":
        return f"{label} must be at most {ctx.get('max_length')} characters"
    if kind == "string_too_short":
        return f"{label} cannot be empty"
    if kind in {"string_type", "list_type", "bool_type", "bool_parsing", "dict_type", "model_type"}:
        wanted = {
            "string_type": "text",
            "list_type": "a list",
            "bool_type": "yes or no",
            "bool_parsing": "yes or no",
        }.get(kind, "a group of fields")
        return f"{label} must be {wanted}"
    if kind == "uuid_parsing" or kind == "uuid_type":
        return f"{label} must be a record identifier (UUID)"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    if kind == "assertion_error":
        return error["msg"].removeprefix("Assertion failed, ")
    return f"{label}: {error['msg']}"


def field_errors(exc: ValidationError, model: type[BaseModel] | None = None) -> list[FieldError]:
    """Turn pydantic's errors into `FieldError`s, one per problem, with readable messages."""
    out: list[FieldError] = []
    for error in exc.errors(include_url=False):
        loc = tuple(error["loc"])
        # Drop union/function tags pydantic adds to the location (e.g. "function-after[...]").
        loc = tuple(p for p in loc if not (isinstance(p, str) and "[" in p))
        label, bounds = _field(model, loc)
        out.append(FieldError(_path(loc) or "record", _message(error, label, bounds)))
    return out
