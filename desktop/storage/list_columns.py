"""The list columns pulled out of a record's data, per kind, for sorting, filtering and search."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from desktop.domain.local_text import english
from desktop.domain.missing_case import display_name


def _fold(*parts: Any) -> str:
    """Text for the full-text index: accents and case are handled by the FTS tokenizer."""
    return " ".join(str(p) for p in parts if p)


def _case(data: dict) -> dict[str, str]:
    person = data.get("person") or {}
    journey = data.get("journey") or {}
    contact = data.get("last_contact") or {}
    return {
        "label": data.get("reference") or "",
        "title": display_name(data),
        "status": data.get("status") or "",
        "route": journey.get("route") or "",
        "event_date": contact.get("date") or "",
        "search": _fold(
            data.get("reference"),
            person.get("given_names"),
            person.get("family_name"),
            *(person.get("other_spellings") or []),
        ),
    }


def _incident(data: dict) -> dict[str, str]:
    return {
        "label": data.get("incident_id") or "",
        "title": (data.get("location") or "")[:300],
        "status": data.get("country_of_incident") or "",
        "route": data.get("route") or "",
        "event_date": data.get("incident_date") or "",
        "search": _fold(
            data.get("incident_id"), data.get("location"), data.get("country_of_incident")
        ),
    }


def _report(data: dict) -> dict[str, str]:
    return {
        "label": data.get("country") or "",
        "title": str(data.get("campaign_id") or ""),
        "status": data.get("state") or "",
        "route": "",
        "event_date": data.get("submitted_at") or "",
        "search": _fold(data.get("country")),
    }


def _campaign(data: dict) -> dict[str, str]:
    title = english(data.get("title"))  # the list's column; the window shows its language
    return {
        "label": title,
        "title": title,
        "status": data.get("dialogue") or "",
        "route": "",
        "event_date": data.get("opens") or "",
        "search": _fold(title, data.get("period")),
    }


_EXTRACTORS = {
    "missing_case": _case,
    "incident": _incident,
    "country_report": _report,
    "campaign": _campaign,
}


def list_columns(kind: str, data: dict) -> dict[str, str]:
    return _EXTRACTORS[kind](data)


def search_query(text: str) -> str | None:
    """An FTS5 query matching every word of `text` as a prefix; None when nothing to search.

    Words are split the way the index splits them (on anything but letters and digits), so
    "SN-2026-0042" or "2026.MMP0001" find their record; quotes cannot reach the FTS syntax.
    """
    words = re.findall(r"\w+", unicodedata.normalize("NFC", text))
    terms = [f'"{word}"*' for word in words if word.replace("_", "")]
    return " AND ".join(terms) if terms else None
