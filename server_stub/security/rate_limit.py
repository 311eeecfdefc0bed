"""The login limit: attempts counted per key in the database, before the password is checked.

Three keys count every attempt: the (account, address) pair, the account, and the address.
Each key lets its first failures through freely; after that each further attempt waits a delay
that doubles with every failure, up to the key's maximum (`Rule`). A refused attempt counts
nothing, so hammering while refused does not lengthen the wait.

`claim_attempt` counts the attempt as a failure *before* the caller checks the password, with
the key rows locked (SQLite: the write transaction's `BEGIN IMMEDIATE`; PostgreSQL: the row
locks of `INSERT … ON CONFLICT DO UPDATE`), so parallel guesses are counted one after another
and no more of them reach the password check than the free attempts allow. A successful
sign-in then takes its failure back (`record_success`).

A pair from which the account signed in before is trusted: only its own key applies to it, so
guesses from elsewhere cannot keep the real user out, and a busy shared address does not slow
down colleagues who signed in from it before.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..db.models import LoginThrottle
from ..settings import Settings

_ADDRESS_CHARS = 64


@dataclass(frozen=True)
class Rule:
    """`free` failures pass; after failure n ≥ free the next attempt waits first_delay·2^(n−free)
    seconds, at most `max_delay`."""

    free: int
    first_delay: int
    max_delay: int

    def delay_after(self, failures: int) -> int:
        if failures < self.free:
            return 0
        return min(self.max_delay, self.first_delay * 2 ** min(failures - self.free, 40))


@dataclass(frozen=True)
class Limits:
    pair: Rule
    account: Rule
    address: Rule
    forget: timedelta
    trust: timedelta

    @classmethod
    def from_settings(cls, s: Settings) -> Limits:
        return cls(
            pair=Rule(
                s.login_failures_per_account_address,
                s.login_delay_per_account_address_seconds,
                s.login_max_delay_per_account_address_seconds,
            ),
            account=Rule(
                s.login_failures_per_account,
                s.login_delay_per_account_seconds,
                s.login_max_delay_per_account_seconds,
            ),
            address=Rule(
                s.login_failures_per_address,
                s.login_delay_per_address_seconds,
                s.login_max_delay_per_address_seconds,
            ),
            forget=timedelta(seconds=s.login_forget_failures_seconds),
            trust=timedelta(days=s.login_trusted_address_days),
        )


def account_key(email: str) -> str:
    return f"account:{email[:320]}"


def pair_key(email: str, address: str) -> str:
    return f"pair:{address[:_ADDRESS_CHARS]}/{email[:320]}"


def address_key(address: str) -> str:
    return f"address:{address[:_ADDRESS_CHARS]}"


def _insert(session: Session):
    return pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert


def _locked_rows(session: Session, keys: list[str], now: datetime) -> dict[str, LoginThrottle]:
    """The rows of `keys`, created when missing, locked until the transaction ends.

    One upsert creates or locks every row (`ON CONFLICT DO UPDATE` locks the row it finds), in
    one order for every attempt, so two attempts never wait on each other in a circle and no
    clean-up can remove a row between its creation and its lock."""
    wanted = sorted(keys)
    upsert = _insert(session)(LoginThrottle).values(
        [{"key": key, "failures": 0, "forget_at": now} for key in wanted]
    )
    session.execute(
        upsert.on_conflict_do_update(
            index_elements=[LoginThrottle.key], set_={"failures": LoginThrottle.failures}
        )
    )
    found = session.scalars(
        select(LoginThrottle)
        .where(LoginThrottle.key.in_(wanted))
        .order_by(LoginThrottle.key)
        .execution_options(populate_existing=True)
    ).all()
    return {row.key: row for row in found}


def _forget_old(session: Session, now: datetime) -> None:
    stale = (
        select(LoginThrottle.key)
        .where(LoginThrottle.forget_at < now)
        .limit(100)
        .with_for_update(skip_locked=True)  # rows another attempt holds are left for later
    )
    session.execute(delete(LoginThrottle).where(LoginThrottle.key.in_(stale.scalar_subquery())))


def _failures(row: LoginThrottle, now: datetime, forget: timedelta) -> int:
    """The row's failures, unless its last one is old enough to be forgotten."""
    recent = row.last_failure_at is not None and row.last_failure_at + forget > now
    return row.failures if recent else 0


def _trusted(row: LoginThrottle, now: datetime, trust: timedelta) -> bool:
    return row.last_success_at is not None and row.last_success_at + trust > now


def claim_attempt(
    session: Session, limits: Limits, email: str, address: str, now: datetime
) -> int | None:
    """Count this attempt as a failed one, before its password is checked; or, when it must
    wait, the seconds until it may be made (and nothing is counted)."""
    _forget_old(session, now)
    pair, account, place = pair_key(email, address), account_key(email), address_key(address)
    rows = _locked_rows(session, [pair, account, place], now)
    rules = {pair: limits.pair}
    if not _trusted(rows[pair], now, limits.trust):
        rules |= {account: limits.account, place: limits.address}
    wait = 0.0
    for key, rule in rules.items():
        row = rows[key]
        delay = rule.delay_after(_failures(row, now, limits.forget))
        if delay and row.last_failure_at is not None:
            wait = max(wait, (row.last_failure_at + timedelta(seconds=delay) - now).total_seconds())
    if wait > 0:
        return max(1, math.ceil(wait))
    for row in rows.values():
        row.failures = _failures(row, now, limits.forget) + 1
        row.last_failure_at = now
        row.forget_at = max(now + limits.forget, row.forget_at)
    return None


def record_success(
    session: Session, limits: Limits, email: str, address: str, now: datetime
) -> None:
    """The password was right: the pair and the account start afresh and the pair is trusted;
    the address only takes back this attempt (its colleagues' failures stay counted)."""
    pair, account, place = pair_key(email, address), account_key(email), address_key(address)
    rows = _locked_rows(session, [pair, account, place], now)
    rows[account].failures = 0
    rows[pair].failures = 0
    rows[pair].last_success_at = now
    rows[pair].forget_at = max(rows[pair].forget_at, now + limits.trust)
    rows[place].failures = max(0, _failures(rows[place], now, limits.forget) - 1)
