"""Moments as they are stored and travel: RFC 3339 in UTC with a `Z`."""

from __future__ import annotations

from datetime import UTC, datetime


def rfc3339(moment: datetime, *, timespec: str = "microseconds") -> str:
    """ "2026-03-31T09:15:00.000000Z". A fixed-width fraction keeps stored times in order as
    text; `timespec="auto"` leaves a zero fraction out (the server's wire strings)."""
    if moment.tzinfo is not UTC:
        if moment.tzinfo is None:
            raise ValueError("a moment without a time zone cannot be written as RFC 3339")
        moment = moment.astimezone(UTC)
    return moment.isoformat(timespec=timespec).replace("+00:00", "Z")


def parse_rfc3339(text: str) -> datetime:
    """The moment in an RFC 3339 (or ISO 8601) text with a `Z` or an offset; ValueError when
    the text holds no moment."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
