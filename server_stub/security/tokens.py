"""Access and refresh tokens: opaque random strings of which only a SHA-256 is stored.

An access token lives minutes; a refresh token is bound to one device and is spent when used,
with a new pair given in return (`refresh.py`).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ..db.models import AccessToken, Device, RefreshToken, User

ACCESS_PREFIX = "fpa_"
REFRESH_PREFIX = "fpr_"


@dataclass(frozen=True)
class Principal:
    """Who is calling: the user and the device their token belongs to."""

    user_id: int
    email: str
    role: str
    country: str | None
    device_id: int

    @property
    def is_secretariat(self) -> bool:
        return self.role == "secretariat"


@dataclass(frozen=True)
class IssuedTokens:
    access_token: str
    refresh_token: str
    expires_in: int


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def open_device(session: Session, user: User, name: str, now: datetime) -> Device:
    device = Device(user_id=user.id, name=name, created_at=now, last_seen_at=now)
    session.add(device)
    session.flush()
    return device


def issue_tokens(
    session: Session, device_id: int, now: datetime, access_ttl: timedelta, refresh_ttl: timedelta
) -> IssuedTokens:
    access = ACCESS_PREFIX + secrets.token_urlsafe(32)
    refresh = REFRESH_PREFIX + secrets.token_urlsafe(32)
    session.execute(
        delete(AccessToken).where(AccessToken.device_id == device_id, AccessToken.expires_at < now)
    )
    session.add(
        AccessToken(token_hash=token_hash(access), device_id=device_id, expires_at=now + access_ttl)
    )
    session.add(
        RefreshToken(
            token_hash=token_hash(refresh),
            device_id=device_id,
            created_at=now,
            expires_at=now + refresh_ttl,
        )
    )
    return IssuedTokens(access, refresh, int(access_ttl.total_seconds()))


def principal_for(session: Session, access_token: str, now: datetime) -> Principal | None:
    row = session.execute(
        select(User.id, User.email, User.role, User.country, Device.id)
        .join(Device, Device.user_id == User.id)
        .join(AccessToken, AccessToken.device_id == Device.id)
        .where(
            AccessToken.token_hash == token_hash(access_token),
            AccessToken.expires_at > now,
            Device.revoked_at.is_(None),
            User.disabled_at.is_(None),
        )
    ).first()
    return None if row is None else Principal(*row)


def revoke_device(session: Session, device_id: int, now: datetime) -> None:
    session.execute(
        update(Device)
        .where(Device.id == device_id, Device.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    session.execute(delete(AccessToken).where(AccessToken.device_id == device_id))
    session.execute(delete(RefreshToken).where(RefreshToken.device_id == device_id))
