"""Records as flat field paths (lists are single values) and back; titles from the domain."""

from __future__ import annotations

from typing import Any

from desktop.domain.records import MODELS


def flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in (data or {}).items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            out.update(flatten(value, path + "."))
        else:
            out[path] = value
    return out


def unflatten(flat: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for path, value in flat.items():
        if value is None:
            continue
        *parents, last = path.split(".")
        node = out
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value
    return out


def field_title(kind: str, path: str) -> str:
    """ "Person sought › Family name" from the record model's field titles."""
    model: Any = MODELS.get(kind)
    titles = []
    for part in path.split("."):
        fields = getattr(model, "model_fields", None) or {}
        info = fields.get(part)
        titles.append(info.title if info and info.title else part.replace("_", " ").capitalize())
        model = _inner_model(info.annotation) if info else None
    return " › ".join(titles)


def _inner_model(annotation: Any) -> Any:
    if hasattr(annotation, "model_fields"):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def show(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, list):
        return "; ".join(show(v) if not isinstance(v, dict) else _brief(v) for v in value)
    return str(value)


def _brief(item: dict[str, Any]) -> str:
    return ", ".join(str(v) for v in item.values() if v not in (None, "", []))[:80]
