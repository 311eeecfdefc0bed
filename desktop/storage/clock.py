"""Timestamps as stored and sent: RFC 3339 in UTC."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.domain.moments import rfc3339


def utc_now() -> str:
    return rfc3339(datetime.now(UTC))
