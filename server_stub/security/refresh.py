"""Refresh token rotation, with replay detection that survives a client crash.

Each refresh token is spent by its use and names its successor. Presenting a spent token again
means it was copied, and the device is revoked with every token it holds — with one exception:
a client killed after the server rotated, but before it stored the new pair, comes back with
the token it still has. If that happens within a short grace period and the successor has never
been used, it is a retry: the unused successor (and the device's access tokens) are cancelled
and a new pair is issued. Theft is still caught: whoever holds the cancelled successor, or the
old token after the successor was used or the grace passed, revokes the device by presenting it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ..db.models import AccessToken, Device, RefreshToken, User
from .tokens import IssuedTokens, issue_tokens, revoke_device, token_hash


@dataclass(frozen=True)
class RefreshOutcome:
    tokens: IssuedTokens | None
    user: User | None
    # Why it failed: "unknown", "expired", "revoked" or "replayed" (the device is now revoked).
    failure: str | None = None
    # The device the token belongs to, when known (for the security log; `user` is set too).
    device_id: int | None = None


@dataclass(frozen=True)
class Lifetimes:
    access: timedelta
    refresh: timedelta
    reuse_grace: timedelta


def _spend(session: Session, hashed: str, now: datetime) -> bool:
    """Mark the token used, if nobody did yet; True when this call spent it."""
    return (
        session.execute(
            update(RefreshToken)
            .where(RefreshToken.token_hash == hashed, RefreshToken.used_at.is_(None))
            .values(used_at=now)
        ).rowcount
        == 1
    )


def _is_a_retry(session: Session, hashed: str, now: datetime, grace: timedelta) -> bool:
    """A spent token shown again soon, whose successor nobody used: cancel that successor."""
    used_at, successor = session.execute(
        select(RefreshToken.used_at, RefreshToken.replaced_by).where(
            RefreshToken.token_hash == hashed
        )
    ).one()
    if successor is None or used_at is None or now - used_at > grace:
        return False
    return _spend(session, successor, now)


def _issue_successor(
    session: Session, hashed: str, device: Device, now: datetime, lifetimes: Lifetimes
) -> IssuedTokens:
    device.last_seen_at = now
    issued = issue_tokens(session, device.id, now, lifetimes.access, lifetimes.refresh)
    session.execute(
        update(RefreshToken)
        .where(RefreshToken.token_hash == hashed)
        .values(replaced_by=token_hash(issued.refresh_token))
    )
    return issued


def rotate_refresh_token(
    session: Session, refresh_token: str, now: datetime, lifetimes: Lifetimes
) -> RefreshOutcome:
    hashed = token_hash(refresh_token)
    stored = session.get(RefreshToken, hashed)
    if stored is None:
        return RefreshOutcome(None, None, "unknown")
    device = session.get(Device, stored.device_id)
    user = session.get(User, device.user_id) if device else None
    if device is None or user is None or device.revoked_at or user.disabled_at:
        return RefreshOutcome(None, user, "revoked", stored.device_id)
    if stored.expires_at <= now:
        return RefreshOutcome(None, user, "expired", device.id)
    if not _spend(session, hashed, now):
        if not _is_a_retry(session, hashed, now, lifetimes.reuse_grace):
            revoke_device(session, device.id, now)
            return RefreshOutcome(None, user, "replayed", device.id)
        session.execute(delete(AccessToken).where(AccessToken.device_id == device.id))
    issued = _issue_successor(session, hashed, device, now, lifetimes)
    return RefreshOutcome(issued, user, device_id=device.id)
