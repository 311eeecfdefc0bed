"""The one increasing revision sequence, handed out in commit order.

Every transaction that writes records first locks the single counter row (`SELECT … FOR UPDATE`
on PostgreSQL; on SQLite the `BEGIN IMMEDIATE` write lock already excludes every other writer)
and keeps the lock until it commits. So a transaction holding revisions 11–20 has committed
before any other can take 21, and a puller that has seen revision N has seen everything below N.

A push may judge its mutations before it takes the lock (`locked=False`): its revisions are then
numbered from 0 and move up by the counter's value once `lock()` takes it, so every revision is
still handed out under the lock held until the commit.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..db.models import RevisionCounter

COUNTER_ID = 1


class RevisionAllocator:
    """Revisions for one write transaction; create it before reading the records to change
    (or with `locked=False`, and call `lock()` before writing)."""

    def __init__(self, session: Session, *, locked: bool = True):
        self._session = session
        self._start = self._take_lock() if locked else 0
        self.last = self._start
        self._saved = self._start  # the counter's value as this transaction last wrote it
        self.locked = locked

    def _take_lock(self) -> int:
        return self._session.execute(
            select(RevisionCounter.value).where(RevisionCounter.id == COUNTER_ID).with_for_update()
        ).scalar_one()

    def lock(self) -> int:
        """Take the counter's lock (for an allocator made unlocked); the revisions handed out
        so far move up by the counter's value, which is returned: add it to them. The lock is
        taken by moving the counter past them, in one statement (one round trip fewer under
        the lock than taking it, then saving). Should the caller not use them after all (it
        judges again, from the counter), they stay a gap: revisions need only increase in
        commit order, and pullers pass gaps by (docs/protocol.md)."""
        if self.locked:
            return 0
        taken = self.last
        if taken:
            offset = (
                self._session.execute(
                    update(RevisionCounter)
                    .where(RevisionCounter.id == COUNTER_ID)
                    .values(value=RevisionCounter.value + taken)
                    .returning(RevisionCounter.value)
                ).scalar_one()
                - taken
            )
        else:
            offset = self._take_lock()
        self._start += offset
        self.last += offset
        self._saved = self.last
        self.locked = True
        return offset

    def next(self) -> int:
        self.last += 1
        return self.last

    def span(self) -> tuple[int, int]:
        """The counter before this transaction and after it: the revisions between are its."""
        return self._start, self.last

    def save(self) -> None:
        if not self.locked:
            raise RuntimeError("revisions are saved under the counter's lock")
        if self.last != self._saved:
            self._session.execute(
                update(RevisionCounter)
                .where(RevisionCounter.id == COUNTER_ID)
                .values(value=self.last)
            )
            self._saved = self.last


def current_revision(session: Session) -> int:
    """The newest committed revision as this session's snapshot sees it."""
    return session.execute(
        select(RevisionCounter.value).where(RevisionCounter.id == COUNTER_ID)
    ).scalar_one()
