"""A record's fields by path, their titles, and the walk through the models' annotations.

A path names a nested field the way errors, conflicts and spreadsheet columns do: its steps
joined with dots, a list item by its index (`initiatives.3.title`) and a free-form entry by its
key (`answers.q1`). A step's title is the `title` its model declares (`Field(title=…)`, English;
the window translates it), else its name made readable. Only the models are read here: nothing
of Qt, and the caller says which model a record kind has.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

Step = str | int  # a field's name, a list item's index or a free-form key


def path(steps: Iterable[Step]) -> str:
    """("initiatives", 3, "title") → "initiatives.3.title"."""
    return ".".join(str(step) for step in steps)


def parts(dotted: str) -> list[str]:
    """A path's dotted pieces, read without a model ("answers.d1.budget" is three)."""
    return dotted.split(".")


def steps(model: type[BaseModel] | None, dotted: str) -> list[str]:
    """A path's steps as its model reads them: under a free-form dict the rest of the path is
    one key, as a report's question IDs hold dots ("answers.d1.budget" is two steps)."""
    pieces = parts(dotted)
    current: Any = model
    for index, piece in enumerate(pieces):
        info = (getattr(current, "model_fields", None) or {}).get(piece)
        if info is None:
            continue
        current = model_in(info.annotation)
        if current is None and is_mapping(info.annotation) and index + 1 < len(pieces):
            return [*pieces[: index + 1], ".".join(pieces[index + 1 :])]
    return pieces


def readable(name: Step) -> str:
    """A name as a title when its model declares none: "family_name" → "Family name"."""
    return str(name).replace("_", " ").capitalize()


# Annotations -------------------------------------------------------------------------------


def is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def is_mapping(annotation: Any) -> bool:
    """A dict field (Optional or Annotated too): its keys are data, not field names."""
    return typing.get_origin(unwrap(annotation)) is dict


def model_in(annotation: Any) -> type[BaseModel] | None:
    """The first model inside an annotation (through Optional, Annotated, list and dict)."""
    if is_model(annotation):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = model_in(arg)
        if found is not None:
            return found
    return None


def unwrap(annotation: Any) -> Any:
    """The type inside Annotated[…] and Optional[…]; `Any` for a union of several types."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            members = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = members[0] if len(members) == 1 else Any
        else:
            return annotation


def bounds(info: FieldInfo) -> dict[str, Any]:
    """The numeric bounds (ge, le, gt, lt) declared on a field or on the types inside it (a
    list's items, an Optional's value), the outermost first."""
    return _bounds([*info.metadata, info.annotation])


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


# Walking a path through the models ---------------------------------------------------------


def walk(
    model: type[BaseModel] | None, steps: Iterable[Step]
) -> list[tuple[Step, FieldInfo | None]]:
    """Each step with the field it names (None for an index, a key or an unknown name, which
    leave the walk in the same model: `referrals.0.organisation` reaches Referral's field)."""
    out: list[tuple[Step, FieldInfo | None]] = []
    current: Any = model
    for step in steps:
        known = getattr(current, "model_fields", None) or {}
        info = known.get(step) if isinstance(step, str) else None
        if info is not None:
            current = model_in(info.annotation)
        out.append((step, info))
    return out


def titles(
    model: type[BaseModel] | None,
    steps: Iterable[Step],
    translate: Callable[[str], str] | None = None,
) -> list[str]:
    """A title for every step: "Person sought", "Family name". `translate` is applied to the
    titles the models declare (the window's language); other steps are read as they are."""
    out = []
    for step, info in walk(model, steps):
        if info is not None and info.title:
            out.append(translate(info.title) if translate else info.title)
        else:
            out.append(readable(step))
    return out


def last_field(
    model: type[BaseModel] | None, steps: Iterable[Step]
) -> tuple[str, FieldInfo] | None:
    """The deepest step that names a field, with its FieldInfo."""
    named = [(str(step), info) for step, info in walk(model, steps) if info is not None]
    return named[-1] if named else None


def title(model: type[BaseModel] | None, steps: Iterable[Step]) -> str:
    """What a message calls the field at `steps`: the title of the deepest field named, else
    the last name in the path made readable ("Value" when there is none)."""
    steps = tuple(steps)
    named = last_field(model, steps)
    if named is not None:
        return named[1].title or readable(named[0])
    return readable(next((s for s in reversed(steps) if isinstance(s, str)), "value"))


def leaves(model: type[BaseModel], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """(path, type) of every field that holds a value, nested models walked into (a list of
    models is one value). A free-form dict is left out: its keys are data, not fields."""
    for name, info in model.model_fields.items():
        annotation = unwrap(info.annotation)
        if is_model(annotation):
            yield from leaves(annotation, f"{prefix}{name}.")
        elif not is_mapping(annotation):
            yield prefix + name, annotation


# Data by path ------------------------------------------------------------------------------


def flat(
    data: dict[str, Any] | None, prefix: str = "", *, keep_empty: bool = False
) -> Iterator[tuple[str, Any]]:
    """{"person": {"family_name": "X"}} → ("person.family_name", "X"); lists are one value.
    An empty group yields nothing, or itself as a value with `keep_empty`."""
    for key, value in (data or {}).items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and (value or not keep_empty):
            yield from flat(value, name + ".", keep_empty=keep_empty)
        else:
            yield name, value


def unflatten(values: dict[str, Any], model: type[BaseModel] | None = None) -> dict[str, Any]:
    """Paths back to nested data, split as `model` reads them (see `steps`); a None value is
    left out (the record's default applies)."""
    out: dict[str, Any] = {}
    for dotted, value in values.items():
        if value is not None:
            put_at(out, steps(model, dotted), value)
    return out


def value_at(data: dict[str, Any], keys: Iterable[str]) -> Any:
    """The value under `keys` in nested data, None where a group is missing."""
    current: Any = data
    for key in keys:
        if not isinstance(current, dict):
            return None
        current = current.get(key)
    return current


def put_at(data: dict[str, Any], keys: Iterable[str], value: Any) -> None:
    """`value` under `keys` in nested data, the groups on the way made as needed."""
    *parents, last = keys
    for key in parents:
        data = data.setdefault(key, {})
    data[last] = value
