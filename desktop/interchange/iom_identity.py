"""Stable identities for IOM incidents, so importing the same file twice changes nothing.

The CSV download has a unique "Incident ID". The API JSON has only `web_id` (IOM's Main ID),
which several incidents share, so a local incident ID is derived: the web_id plus a short hash
of what tells incidents apart (date, coordinates, location). When even those are equal (IOM
splits one event into several incidents with different figures), later distinct incidents of
the group get "-2", "-3", … in file order; exact duplicates get the same ID as their twin.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any
from uuid import UUID

# uuid5(NAMESPACE_URL, "https://missingmigrants.iom.int/"), fixed here so it can never drift.
IOM_NAMESPACE = UUID("7d4ce0c2-ee2a-5fc4-aea6-4ee662c73534")
MAX_ID_LENGTH = 64
_HASH_LENGTH = 8


_PREFIX = hashlib.sha1(IOM_NAMESPACE.bytes + b"iom-incident:", usedforsecurity=False)


def record_id(incident_id: str) -> UUID:
    """The record UUID of an incident: the same incident always maps to the same record.

    Exactly `uuid5(IOM_NAMESPACE, "iom-incident:" + incident_id)`, with the constant prefix
    hashed once (this runs for every row of every import).
    """
    digest = _PREFIX.copy()
    digest.update(incident_id.encode("utf-8"))
    return UUID(bytes=digest.digest()[:16], version=5)


_DATE_AT = {"year": 4, "month": 7}  # a date known to the year hashes as "2019", not 1 Jan


def base_incident_id(data: dict[str, Any]) -> str:
    """web_id plus a short hash of date, coordinates and location (before any ordinal).

    A date known to the day hashes as it always did, so IDs made before dates had a
    precision stay the same; a year-only date hashes as the year alone, so it never takes
    the ID of an incident of 1 January of that year.
    """
    day = str(data.get("incident_date") or "")
    day = day[: _DATE_AT.get(data.get("incident_date_precision") or "day", len(day))]
    key = "|".join(
        [day]
        + [
            str(data.get(name) if data.get(name) is not None else "")
            for name in ("latitude", "longitude", "location")
        ]
    )
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=16).hexdigest()[:_HASH_LENGTH]
    main_id = data.get("main_id") or "iom"
    candidate = f"{main_id}-{digest}"
    if len(candidate) + 4 > MAX_ID_LENGTH:  # leave room for an ordinal suffix
        long_digest = hashlib.blake2b(f"{main_id}|{key}".encode(), digest_size=16).hexdigest()
        candidate = f"iom-{long_digest}"
    return candidate


class DerivedIds:
    """Hands out local incident IDs for one file; remembers groups across the whole file."""

    def __init__(self) -> None:
        self._groups: dict[str, dict[str, str]] = {}

    def assign(self, data: dict[str, Any]) -> str:
        """The incident ID for `data` (normalised, its `incident_id` ignored)."""
        base = base_incident_id(data)
        group = self._groups.setdefault(base, {})
        fingerprint = json.dumps(
            {k: v for k, v in data.items() if k != "incident_id"}, sort_keys=True, default=str
        )
        known = group.get(fingerprint)
        if known is not None:
            return known
        ordinal = len(group) + 1
        incident_id = base if ordinal == 1 else f"{base}-{ordinal}"
        group[fingerprint] = incident_id
        return incident_id
