"""Login rate limit: failed attempts counted per account and per client address, in the database
so that every worker process and a restart see the same counts."""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..db.models import LoginFailure


def account_key(email: str) -> str:
    return f"account:{email}"


def address_key(address: str) -> str:
    return f"address:{address}"[:400]


def seconds_until_allowed(
    session: Session, limits: dict[str, int], window: timedelta, now: datetime
) -> int | None:
    """Seconds to wait before another attempt (None: go ahead) given {key: max failures}."""
    wait = 0.0
    for key, limit in limits.items():
        times = session.scalars(
            select(LoginFailure.at)
            .where(LoginFailure.key == key, LoginFailure.at > now - window)
            .order_by(LoginFailure.at)
        ).all()
        if len(times) >= limit:
            frees_at = times[len(times) - limit] + window
            wait = max(wait, (frees_at - now).total_seconds())
    return max(1, math.ceil(wait)) if wait > 0 else None


def record_failure(session: Session, keys: Iterable[str], window: timedelta, now: datetime) -> None:
    session.execute(delete(LoginFailure).where(LoginFailure.at <= now - window))
    session.add_all(LoginFailure(key=key, at=now) for key in keys)


def forget_failures(session: Session, key: str) -> None:
    session.execute(delete(LoginFailure).where(LoginFailure.key == key))
