"""Signing in and refreshing, with the rate limit and the device that tokens are bound to.

The Argon2 check runs outside any transaction: it is slow on purpose and must not hold the
database (SQLite's single write lock in particular) while it runs.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import Engine, select

from ..accounts import normalise_email
from ..db.engine import read_session, write_session
from ..db.models import User, utc_now
from ..errors import ApiError
from ..settings import Settings
from . import passwords, rate_limit, tokens
from .refresh import Lifetimes, rotate_refresh_token

log = logging.getLogger(__name__)

WRONG_CREDENTIALS = "Wrong email or password"


def _lifetimes(settings: Settings) -> Lifetimes:
    return Lifetimes(
        access=timedelta(seconds=settings.access_token_seconds),
        refresh=timedelta(days=settings.refresh_token_days),
        reuse_grace=timedelta(seconds=settings.refresh_reuse_grace_seconds),
    )


def login(
    engine: Engine, settings: Settings, email: str, password: str, device_name: str, address: str
) -> tuple[tokens.IssuedTokens, User]:
    email = normalise_email(email)
    window = timedelta(seconds=settings.login_window_seconds)
    keys = {
        rate_limit.account_key(email): settings.login_failures_per_account,
        rate_limit.address_key(address): settings.login_failures_per_address,
    }
    now = utc_now()
    with read_session(engine) as session:
        wait = rate_limit.seconds_until_allowed(session, keys, window, now)
        user = session.scalar(select(User).where(User.email == email))
    if wait is not None:
        log.info("login refused by the rate limit (retry in %ss)", wait)
        raise ApiError(
            429,
            "rate_limited",
            f"Too many failed sign-ins; try again in {wait} seconds",
            headers={"Retry-After": str(wait)},
        )
    usable = user is not None and user.disabled_at is None
    if not passwords.verify_password(user.password_hash if usable else None, password):
        with write_session(engine) as session:
            rate_limit.record_failure(session, keys, window, utc_now())
        log.info("failed sign-in")
        raise ApiError(401, "wrong_credentials", WRONG_CREDENTIALS)
    lifetimes = _lifetimes(settings)
    with write_session(engine) as session:
        user = session.get(User, user.id)
        if user is None:  # deleted meanwhile
            raise ApiError(401, "wrong_credentials", WRONG_CREDENTIALS)
        if passwords.needs_rehash(user.password_hash):
            user.password_hash = passwords.HASHER.hash(password)
        rate_limit.forget_failures(session, rate_limit.account_key(email))
        device = tokens.open_device(session, user, device_name, utc_now())
        issued = tokens.issue_tokens(
            session, device.id, utc_now(), lifetimes.access, lifetimes.refresh
        )
    log.info("user %s signed in on device %s", user.id, device.id)
    return issued, user


_REFRESH_MESSAGES = {
    "unknown": "This sign-in is not valid; sign in again",
    "expired": "This sign-in has expired; sign in again",
    "revoked": "This device has been signed out; sign in again",
    "replayed": "This refresh token was already used, so the device has been signed out for "
    "safety; sign in again",
}


def refresh(
    engine: Engine, settings: Settings, refresh_token: str
) -> tuple[tokens.IssuedTokens, User]:
    with write_session(engine) as session:
        outcome = rotate_refresh_token(session, refresh_token, utc_now(), _lifetimes(settings))
    if outcome.failure is not None:
        if outcome.failure == "replayed":
            log.warning("a spent refresh token was presented again; its device is revoked")
        raise ApiError(401, f"refresh_{outcome.failure}", _REFRESH_MESSAGES[outcome.failure])
    return outcome.tokens, outcome.user
