"""Field errors with messages a person understands, made from pydantic's validation errors.

Every error carries a stable `code` and its `params` beside the English `message`: the server
and the logs use the message, the window turns the code into a sentence in its own language
(`desktop/ui/messages.py`). A validator that raises `Invalid` gives its own code.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from pydantic import BaseModel, ValidationError

from . import fields


@dataclass(frozen=True)
class FieldError:
    """One problem with one field: `field` is a dotted path ("person.family_name")."""

    field: str
    message: str
    code: str = "invalid"
    params: dict[str, Any] = dataclass_field(default_factory=dict, compare=False, hash=False)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"field": self.field, "message": self.message, "code": self.code}
        if self.params:
            out["params"] = dict(self.params)
        return out

    @classmethod
    def from_dict(cls, item: dict[str, Any]) -> FieldError:
        """From `as_dict`'s shape (a push rejection, a stored one); older ones lack the code."""
        params = item.get("params")
        return cls(
            str(item.get("field") or "record"),
            str(item.get("message") or ""),
            str(item.get("code") or "invalid"),
            dict(params) if isinstance(params, dict) else {},
        )


class Invalid(ValueError):
    """Raised by a validator: the English message, a stable code and the message's params."""

    def __init__(self, code: str, message: str, **params: Any):
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params


class RecordInvalid(ValueError):
    """A record failed validation; `errors` says which fields and why."""

    def __init__(self, errors: list[FieldError]):
        self.errors = errors
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors) or "invalid record")


def _field(model: type[BaseModel] | None, loc: tuple[Any, ...]) -> tuple[str, dict[str, Any]]:
    """The human label of the field at `loc` and the numeric bounds declared on it (ge/le), so
    a range message can name both ends."""
    named = fields.last_field(model, loc)
    return fields.title(model, loc), fields.bounds(named[1]) if named else {}


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _message(error: dict[str, Any], label: str, bounds: dict[str, Any]) -> FieldError:
    """The error as (code, English message, params); the field path is filled in by the caller."""
    kind = error["type"]
    ctx = {**bounds, **(error.get("ctx") or {})}

    def made(code: str, message: str, **params: Any) -> FieldError:
        return FieldError("", message, code, {"label": label, **params})

    if kind == "missing":
        return made("required", f"{label} is required")
    if kind == "extra_forbidden":
        return made("unknown_field", f"{label} is not a field of this record; remove it")
    if kind in {"int_parsing", "int_type", "int_from_float", "greater_than_equal"} and ctx.get(
        "ge", 0
    ) in (0, None):
        return made("whole_number", f"{label} must be a whole number, 0 or more")
    if kind in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}:
        low, high = ctx.get("ge", ctx.get("gt")), ctx.get("le", ctx.get("lt"))
        if low is not None and high is not None:
            low, high = _number(low), _number(high)
            return made("between", f"{label} must be between {low} and {high}", low=low, high=high)
        if low is not None:
            return made("at_least", f"{label} must be at least {_number(low)}", low=_number(low))
        return made("at_most", f"{label} must be at most {_number(high)}", high=_number(high))
    if kind in {"float_parsing", "float_type", "decimal_parsing", "decimal_type"}:
        return made("number", f"{label} must be a number")
    if kind.startswith("decimal_"):  # too many digits or decimal places
        return made("decimal_size", f"{label}: {error['msg']}", detail=error["msg"])
    if kind.startswith("date") or kind.startswith("datetime"):
        return made("date", f"{label} must be a date written as YYYY-MM-DD, for example 2026-03-31")
    if kind in {"literal_error", "enum"}:
        expected = str(ctx.get("expected", "")).replace("'", "")
        return made("one_of", f"{label} must be one of: {expected}", expected=expected)
    if kind == "string_too_long":
        limit = ctx.get("max_length")
        return made("too_long", f"{label} must be at most {limit} characters", max=limit)
    if kind == "string_too_short":
        return made("empty", f"{label} cannot be empty")
    if kind == "too_short":
        least = ctx.get("min_length", 1)
        return made("too_few", f"{label}: give at least {least}", min=least)
    if kind == "too_long":
        most = ctx.get("max_length")
        return made("too_many", f"{label}: give at most {most}", max=most)
    if kind == "string_pattern_mismatch":
        return made("pattern", f"{label}: {error['msg']}", detail=error["msg"])
    if kind in {"string_type", "list_type", "bool_type", "bool_parsing", "dict_type", "model_type"}:
        code, wanted = {
            "string_type": ("text", "text"),
            "list_type": ("list", "a list"),
            "bool_type": ("yes_no", "yes or no"),
            "bool_parsing": ("yes_no", "yes or no"),
        }.get(kind, ("group", "a group of fields"))
        return made(code, f"{label} must be {wanted}")
    if kind == "uuid_parsing" or kind == "uuid_type":
        return made("uuid", f"{label} must be a record identifier (UUID)")
    if kind == "value_error":
        raised = ctx.get("error")
        if isinstance(raised, Invalid):  # "{field}" in its message is the field's title
            return made(raised.code, raised.message.replace("{field}", label), **raised.params)
        return made("invalid", str(raised if raised is not None else error["msg"]))
    if kind == "assertion_error":
        return made("invalid", error["msg"].removeprefix("Assertion failed, "))
    return made("invalid", f"{label}: {error['msg']}")


def field_errors(exc: ValidationError, model: type[BaseModel] | None = None) -> list[FieldError]:
    """Turn pydantic's errors into `FieldError`s, one per problem, with readable messages."""
    out: list[FieldError] = []
    for error in exc.errors(include_url=False):
        loc = tuple(error["loc"])
        # Drop union/function tags pydantic adds to the location (e.g. "function-after[...]").
        loc = tuple(p for p in loc if not (isinstance(p, str) and "[" in p))
        label, bounds = _field(model, loc)
        made = _message(error, label, bounds)
        out.append(FieldError(fields.path(loc) or "record", made.message, made.code, made.params))
    return out
