"""Signing in and refreshing, with the rate limit and the device that tokens are bound to.

Each attempt is counted by the rate limit before its password is checked (`rate_limit.py`). The
Argon2 check runs outside any transaction: it is slow on purpose and must not hold the database
(SQLite's single write lock in particular) while it runs. Every outcome is a security event.
"""

from __future__ import annotations

from datetime import timedelta
from logging import WARNING

from sqlalchemy import Engine, select

from ..accounts import normalise_email
from ..db.engine import write_session
from ..db.models import User, utc_now
from ..errors import ApiError
from ..settings import Settings
from . import passwords, rate_limit, tokens
from .events import security_event
from .refresh import Lifetimes, rotate_refresh_token

WRONG_CREDENTIALS = "Wrong email or password"


def _lifetimes(settings: Settings) -> Lifetimes:
    return Lifetimes(
        access=timedelta(seconds=settings.access_token_seconds),
        refresh=timedelta(days=settings.refresh_token_days),
        reuse_grace=timedelta(seconds=settings.refresh_reuse_grace_seconds),
    )


def _throttled(email: str, address: str, wait: int) -> ApiError:
    security_event(
        "sign_in_throttled", account=email, address=address, retry_after=wait, level=WARNING
    )
    return ApiError(
        429,
        "rate_limited",
        f"Too many failed sign-ins; try again in {wait} seconds",
        headers={"Retry-After": str(wait)},
    )


def login(
    engine: Engine, settings: Settings, email: str, password: str, device_name: str, address: str
) -> tuple[tokens.IssuedTokens, User]:
    email = normalise_email(email)
    limits = rate_limit.Limits.from_settings(settings)
    # Counted first, as a failure, with the counters locked; the check runs after the commit.
    with write_session(engine) as session:
        wait = rate_limit.claim_attempt(session, limits, email, address, utc_now())
        user = None if wait else session.scalar(select(User).where(User.email == email))
    if wait is not None:
        raise _throttled(email, address, wait)
    usable = user is not None and user.disabled_at is None
    if not passwords.verify_password(user.password_hash if usable else None, password):
        why = "wrong_password" if usable else "disabled" if user else "unknown_account"
        security_event("sign_in_failed", account=email, address=address, reason=why, level=WARNING)
        raise ApiError(401, "wrong_credentials", WRONG_CREDENTIALS)
    lifetimes = _lifetimes(settings)
    with write_session(engine) as session:
        user = session.get(User, user.id)
        if user is None:  # deleted meanwhile
            raise ApiError(401, "wrong_credentials", WRONG_CREDENTIALS)
        if passwords.needs_rehash(user.password_hash):
            user.password_hash = passwords.HASHER.hash(password)
        rate_limit.record_success(session, limits, email, address, utc_now())
        device = tokens.open_device(session, user, device_name, utc_now())
        issued = tokens.issue_tokens(
            session, device.id, utc_now(), lifetimes.access, lifetimes.refresh
        )
    security_event("sign_in_ok", account=email, device=device.id, address=address)
    return issued, user


_REFRESH_MESSAGES = {
    "unknown": "This sign-in is not valid; sign in again",
    "expired": "This sign-in has expired; sign in again",
    "revoked": "This device has been signed out; sign in again",
    "replayed": "This refresh token was already used, so the device has been signed out for "
    "safety; sign in again",
}


def refresh(
    engine: Engine, settings: Settings, refresh_token: str, address: str
) -> tuple[tokens.IssuedTokens, User]:
    with write_session(engine) as session:
        outcome = rotate_refresh_token(session, refresh_token, utc_now(), _lifetimes(settings))
    account = outcome.user.email if outcome.user else None
    if outcome.failure is not None:
        replayed = outcome.failure == "replayed"
        security_event(
            "refresh_replayed_device_revoked" if replayed else "refresh_refused",
            account=account,
            device=outcome.device_id,
            address=address,
            reason=None if replayed else outcome.failure,
            level=WARNING,
        )
        raise ApiError(401, f"refresh_{outcome.failure}", _REFRESH_MESSAGES[outcome.failure])
    security_event("refresh_rotated", account=account, device=outcome.device_id, address=address)
    return outcome.tokens, outcome.user
