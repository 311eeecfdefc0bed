"""User accounts and their devices, for the command line and the API."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, select

from desktop.domain.reference.countries import is_partner

from .db.engine import read_session, write_session
from .db.models import Device, User, utc_now
from .security import passwords, tokens
from .security.events import security_event

ROLES = ("focal_point", "secretariat", "contributor")
COUNTRY_ROLES = frozenset({"focal_point", "contributor"})
_CLI = "command line"  # who acted, in the security log, for changes made with focal-server
_EMAIL = re.compile(r"^[^@\s\x00-\x1f]+@[^@\s\x00-\x1f]+\.[^@\s\x00-\x1f]+$")


class AccountError(ValueError):
    """A request about accounts that cannot be carried out; the message says why."""


@dataclass(frozen=True)
class UserSummary:
    email: str
    role: str
    country: str | None
    created_at: datetime
    active_devices: int
    disabled: bool


def normalise_email(email: str) -> str:
    return email.strip().lower()


def check_email(email: str) -> str:
    email = normalise_email(email)
    if len(email) > 320 or not _EMAIL.match(email):
        raise AccountError(f"“{email}” is not an email address")
    return email


def check_role_country(role: str, country: str | None) -> str | None:
    if role not in ROLES:
        raise AccountError(f"Role must be one of {', '.join(ROLES)}")
    if role in COUNTRY_ROLES:
        if not country:
            raise AccountError(f"A {role.replace('_', ' ')} needs --country (e.g. SN)")
        code = country.strip().upper()
        if not is_partner(code):
            raise AccountError(f"“{country}” is not a partner country or organisation code")
        return code
    if country:
        raise AccountError("The secretariat sees every country; leave out --country")
    return None


@dataclass(frozen=True)
class AccountChange:
    user: User
    created: bool
    devices_signed_out: int  # an update signs the account out everywhere


def add_user(
    engine: Engine,
    email: str,
    password: str,
    role: str,
    country: str | None,
    *,
    update: bool = False,
    sign_out_devices: bool = True,
) -> AccountChange:
    """Create the account (or, with `update`, change its password, role and country, which
    signs it out on every device unless `sign_out_devices` is False: the demo's accounts)."""
    email = check_email(email)
    country = check_role_country(role, country)
    try:
        password_hash = passwords.hash_password(password, context=(email, email.split("@")[0]))
    except passwords.WeakPassword as exc:
        raise AccountError(str(exc)) from None
    with write_session(engine) as session:
        user = session.scalar(select(User).where(User.email == email))
        if user is not None and not update:
            raise AccountError(f"{email} already exists (use --update to change it)")
        created = user is None
        if user is None:
            user = User(email=email, created_at=utc_now())
            session.add(user)
        user.password_hash = password_hash
        user.role = role
        user.country = country
        user.disabled_at = None
        session.flush()
        signed_out = 0
        if not created and sign_out_devices:
            signed_out = _sign_out_everywhere(session, user.id)
    security_event(
        "account_added" if created else "account_updated",
        account=email,
        role=role,
        by=_CLI,
        devices_signed_out=signed_out or None,
    )
    return AccountChange(user, created, signed_out)


def _sign_out_everywhere(session, user_id: int) -> int:
    """A changed password, role or country signs the account out on every device (OWASP ASVS:
    sessions end when credentials change); the devices sign in again with the new password."""
    devices = session.scalars(
        select(Device.id).where(Device.user_id == user_id, Device.revoked_at.is_(None))
    ).all()
    now = utc_now()
    for device_id in devices:
        tokens.revoke_device(session, device_id, now)
    return len(devices)


def list_users(engine: Engine) -> list[UserSummary]:
    active = (
        select(Device.user_id, func.count().label("n"))
        .where(Device.revoked_at.is_(None))
        .group_by(Device.user_id)
        .subquery()
    )
    query = (
        select(User, func.coalesce(active.c.n, 0))
        .outerjoin(active, active.c.user_id == User.id)
        .order_by(User.role, User.country, User.email)
    )
    with read_session(engine) as session:
        return [
            UserSummary(u.email, u.role, u.country, u.created_at, n, u.disabled_at is not None)
            for u, n in session.execute(query).all()
        ]


def devices_of(engine: Engine, email: str) -> list[Device]:
    email = normalise_email(email)
    with read_session(engine) as session:
        user = session.scalar(select(User).where(User.email == email))
        if user is None:
            raise AccountError(f"There is no user {email}")
        return list(
            session.scalars(select(Device).where(Device.user_id == user.id).order_by(Device.id))
        )


def revoke_devices(engine: Engine, email: str, device_id: int | None = None) -> list[int]:
    """Revoke one device of `email` (or all of them when `device_id` is None)."""
    email = normalise_email(email)
    with write_session(engine) as session:
        user = session.scalar(select(User).where(User.email == email))
        if user is None:
            raise AccountError(f"There is no user {email}")
        query = select(Device.id).where(Device.user_id == user.id, Device.revoked_at.is_(None))
        if device_id is not None:
            query = query.where(Device.id == device_id)
        ids = list(session.scalars(query))
        if device_id is not None and not ids:
            raise AccountError(f"{email} has no active device {device_id}")
        now = utc_now()
        for found in ids:
            tokens.revoke_device(session, found, now)
    for found in ids:
        security_event("device_revoked", account=email, device=found, by=_CLI)
    return ids
