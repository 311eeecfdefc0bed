"""A quick look at a profile's sync state through the driver: is anything queued, where is the
pull cursor, which account, is the schema current, the local integrity buckets.

What `focal-desk sync` reads to decide that there is nothing to do (`desktop.sync.quick`)
without building the database engines, the ORM or the sync engine. It decides nothing itself
and repairs nothing: a database it cannot read this way (a wrong key, a damaged file, a schema
that is not the newest) is simply not looked at (`QuickLook.open` gives None), and the full
path opens it and says what is wrong, or migrates it.

The keys of `sync_state` and its format (JSON values) are `desktop.storage.sync_state`'s.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from desktop.domain.checksum import Bucket

from . import migrate
from .connection import DatabaseError, connect
from .integrity_buckets import local_buckets
from .profile import Unlocked
from .sync_keys import ACCOUNT, CURSOR, LAST_SYNC

log = logging.getLogger(__name__)


_STATE = "SELECT key, value FROM sync_state WHERE key IN (?, ?)"
_SET = (
    "INSERT INTO sync_state (key, value) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


class QuickLook:
    """Read once when opened (one read transaction); folding new rows into the buckets and
    `note_synced` are its only writes."""

    def __init__(self, unlocked: Unlocked, connection: Any):
        self.unlocked = unlocked
        self._conn = connection
        self._conn.execute("BEGIN")
        try:
            self.revision = _revision(connection)
            self.schema_current = migrate.is_current(self.revision)
            if self.schema_current:
                self.pending = connection.execute("SELECT count(*) FROM outbox").fetchone()[0]
                state = dict(connection.execute(_STATE, (CURSOR, ACCOUNT)).fetchall())
            else:  # an older schema: the full path migrates it first
                self.pending, state = 0, {}
        finally:
            self._conn.execute("COMMIT")
        self.cursor = int(json.loads(state[CURSOR])) if CURSOR in state else 0
        self.account: dict[str, Any] | None = (
            json.loads(state[ACCOUNT]) if ACCOUNT in state else None
        )

    @classmethod
    def open(cls, unlocked: Unlocked) -> QuickLook | None:
        """A look at the profile's database, or None when it cannot be had this way (not made
        yet, not opened by the key, damaged, busy beyond the timeout, a table missing)."""
        database = unlocked.paths.database
        if not unlocked.recorded or not database.exists():
            return None  # a new profile, or profile.json to complete: the full path does it
        try:
            connection = connect(database, unlocked.key)
        except DatabaseError as exc:
            log.info(
                "quick look not possible (%s); opening the database in full", type(exc).__name__
            )
            return None
        try:
            return cls(unlocked, connection)
        except DatabaseError as exc:
            connection.close()
            log.info(
                "quick look not possible (%s); opening the database in full", type(exc).__name__
            )
            return None

    def local_buckets(self) -> dict[str, Bucket]:
        """The local integrity buckets, rows inserted since they were last read folded in
        first (a write: `desktop.storage.integrity_buckets.local_buckets`, the one reading of
        them)."""
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            buckets = local_buckets(conn)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return buckets

    def note_synced(self, cursor: int, moment: str) -> None:
        """After a sync that found nothing to do: the cursor the server gave its empty page
        (its revision moves with other scopes' changes) and the time, in one transaction."""
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.executemany(
                _SET, [(CURSOR, json.dumps(int(cursor))), (LAST_SYNC, json.dumps(moment))]
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        self._conn.close()


def _revision(connection: Any) -> str | None:
    """The schema revision stored in the database (as `migrate.current_revision` reads it)."""
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if found is None:
        return None
    rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    return rows[0][0] if len(rows) == 1 else None
