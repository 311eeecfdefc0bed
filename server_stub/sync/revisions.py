"""The one increasing revision sequence, handed out in commit order.

Every transaction that writes records first locks the single counter row (`SELECT … FOR UPDATE`
on PostgreSQL; on SQLite the `BEGIN IMMEDIATE` write lock already excludes every other writer)
and keeps the lock until it commits. So a transaction holding revisions 11–20 has committed
before any other can take 21, and a puller that has seen revision N has seen everything below N.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..db.models import RevisionCounter

_COUNTER_ID = 1


class RevisionAllocator:
    """Revisions for one write transaction; create it before reading the records to change."""

    def __init__(self, session: Session):
        self._session = session
        self._start = session.execute(
            select(RevisionCounter.value).where(RevisionCounter.id == _COUNTER_ID).with_for_update()
        ).scalar_one()
        self.last = self._start

    def next(self) -> int:
        self.last += 1
        return self.last

    def span(self) -> tuple[int, int]:
        """The counter before this transaction and after it: the revisions between are its."""
        return self._start, self.last

    def save(self) -> None:
        if self.last != self._start:
            self._session.execute(
                update(RevisionCounter)
                .where(RevisionCounter.id == _COUNTER_ID)
                .values(value=self.last)
            )


def current_revision(session: Session) -> int:
    """The newest committed revision as this session's snapshot sees it."""
    return session.execute(
        select(RevisionCounter.value).where(RevisionCounter.id == _COUNTER_ID)
    ).scalar_one()
