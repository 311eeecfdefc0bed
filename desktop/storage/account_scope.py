"""Which account's data a profile holds, and removing it all when another account moves in.

A profile belongs to one scope: a role and a country (a Senegal focal point sees Senegal's
cases; the secretariat sees every country's). The scope is recorded at the first sign-in and
stays through sign-out, so signing in later with an account of another scope is noticed:
refused, or — when the user chooses, and only with nothing unsent in the outbox — every local
record, outbox entry, draft, conflict, search entry and sync fact of the old scope is removed
in the same transaction that records the new account, before its first pull.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from .database import Database
from .models import ConflictRow, DraftRow, OutboxRow, RecordRow, SyncStateRow
from .sync_state import ACCOUNT, get_value, set_value

SCOPE = "account_scope"


@dataclass(frozen=True)
class Scope:
    role: str
    country: str | None

    @classmethod
    def of(cls, account: Any) -> Scope:
        """The scope of a signed-in account (anything with `role` and `country`)."""
        country = getattr(account, "country", None)
        return cls(str(getattr(account, "role", "") or ""), country.upper() if country else None)


class OtherScope(Exception):
    """The profile holds another scope's data; `pending` local changes are not sent yet."""

    def __init__(self, recorded: Scope, wanted: Scope, pending: int, *, switching: bool):
        self.recorded, self.wanted = recorded, wanted
        self.pending, self.switching = pending, switching
        what = "changes are not sent yet" if switching else "another account's data is here"
        super().__init__(f"{recorded} → {wanted}: {what} ({pending} pending)")


def _recorded(session: Session) -> Scope | None:
    value = get_value(session, SCOPE) or get_value(session, ACCOUNT)
    if value:
        return Scope(str(value.get("role") or ""), value.get("country"))
    return None


def _held_countries(session: Session) -> set[str | None]:
    """The owners of the server's records held here (for a profile older than the record of
    its scope)."""
    return set(
        session.execute(
            select(RecordRow.owner_country).where(RecordRow.rev.is_not(None)).distinct()
        ).scalars()
    )


def _fits(session: Session, recorded: Scope | None, wanted: Scope) -> bool:
    if recorded is not None:
        return recorded == wanted
    # An older profile: what it holds decides (the secretariat may see every country).
    return wanted.role == "secretariat" or _held_countries(session) - {None} <= {wanted.country}


def recorded_scope(db: Database) -> Scope | None:
    with db.read() as session:
        return _recorded(session)


def admit_account(db: Database, account: dict[str, Any], *, switch: bool = False) -> bool:
    """Record `account` (its `role` and `country`) as the profile's. Raises `OtherScope` when
    the profile holds another scope's data, unless `switch`: then that data is removed first,
    in this one transaction — refused while local changes wait in the outbox. True when
    something was removed."""
    wanted = Scope(str(account.get("role") or ""), account.get("country"))
    with db.write() as session:
        recorded = _recorded(session)
        wiped = False
        if not _fits(session, recorded, wanted):
            old = recorded or Scope("", None)
            pending = session.execute(select(func.count()).select_from(OutboxRow)).scalar_one()
            if not switch or pending:
                raise OtherScope(old, wanted, pending, switching=switch)
            _wipe(session)
            wiped = True
        set_value(session, SCOPE, asdict(wanted))
        set_value(session, ACCOUNT, account)
    return wiped


def _wipe(session: Session) -> None:
    """Every trace of the old scope: records (and so their search entries), the outbox,
    drafts, conflicts and every sync fact (cursor, last sync, review notes…)."""
    for model in (ConflictRow, OutboxRow, DraftRow, RecordRow, SyncStateRow):
        session.execute(delete(model))
    session.execute(text("INSERT INTO records_fts(records_fts) VALUES ('delete-all')"))
