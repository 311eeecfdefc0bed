"""The record kinds and one entry point to validate any of them."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from . import campaign, country_report, incident, missing_case
from .errors import FieldError, RecordInvalid, field_errors

MODELS: dict[str, type[BaseModel]] = {
    campaign.KIND: campaign.Campaign,
    country_report.KIND: country_report.CountryReport,
    missing_case.KIND: missing_case.MissingCase,
    incident.KIND: incident.Incident,
}
KINDS: tuple[str, ...] = tuple(MODELS)
CLIENT_WRITABLE_KINDS = frozenset({"country_report", "missing_case", "incident"})
KIND_LABELS = {
    "campaign": "campaign",
    "country_report": "country report",
    "missing_case": "missing case",
    "incident": "incident",
}


def check(kind: str, data: Any) -> list[FieldError]:
    """The problems with `data` as a record of `kind`; an empty list when it is valid."""
    model = MODELS.get(kind)
    if model is None:
        message = f"“{kind}” is not a record kind; use one of {', '.join(KINDS)}"
        return [FieldError("kind", message, "unknown_kind", {"kind": kind})]
    if not isinstance(data, dict):
        label = KIND_LABELS[kind]
        article = "An" if label[0] in "aeiou" else "A"
        message = f"{article} {label} must be an object of fields"
        return [FieldError("data", message, "not_an_object", {"kind": kind})]
    try:
        model.model_validate(data)
    except ValidationError as exc:
        return field_errors(exc, model)
    return []


def normalise(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    """Validated data in its canonical JSON shape (trimmed, codes upper-cased, dates ISO).

    Raises `RecordInvalid` with every field error when the data is not valid.
    """
    model = MODELS.get(kind)
    if model is None:
        raise RecordInvalid(check(kind, data))
    try:
        parsed = model.model_validate(data)
    except ValidationError as exc:
        raise RecordInvalid(field_errors(exc, model)) from None
    return parsed.model_dump(mode="json")
