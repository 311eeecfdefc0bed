"""What a deleted record leaves behind: its id, kind, revision and owner, and nothing else.

A tombstone is the row sync needs to tell the server (or to remember the server's delete); its
data is empty and its list columns blank, so the search index entry goes with them (the FTS
update trigger, in the same transaction; the index runs with FTS5 `secure-delete`, so the words
leave the index's pages too). Every other copy of the record's contents goes in the same
transaction: unsaved drafts, conflicts (open or resolved), and sync facts kept under its id.
The database runs with `secure_delete`, so the freed pages are overwritten.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, or_, update
from sqlalchemy.orm import Session

from .models import ConflictRow, DraftRow, RecordRow, SyncStateRow

EMPTY_DATA = "{}"
# The row's columns that hold (or are derived from) the record's contents.
BLANK_COLUMNS = {
    "data": EMPTY_DATA,
    "sync_message": None,
    "label": "",
    "title": "",
    "status": "",
    "route": "",
    "event_date": "",
    "search": "",
}
_CHUNK = 500


def blank(row: RecordRow) -> None:
    """Empty a record row's contents (the caller marks it deleted)."""
    for name, value in BLANK_COLUMNS.items():
        setattr(row, name, value)


def tombstone_rows(session: Session, record_ids: Sequence[str], **values: object) -> None:
    """Mark the rows deleted with their contents emptied, and `values` set, in one update a
    chunk of rows."""
    for start in range(0, len(record_ids), _CHUNK):
        chunk = list(record_ids[start : start + _CHUNK])
        session.execute(
            update(RecordRow)
            .where(RecordRow.id.in_(chunk))
            .values(deleted=True, **BLANK_COLUMNS, **values)
        )


def forget_copies(session: Session, record_ids: Sequence[str], *, conflicts: bool = True) -> None:
    """Remove every copy of the records' contents kept beside their rows: drafts, conflicts
    (unless `conflicts` is False) and sync facts whose key names the record."""
    for start in range(0, len(record_ids), _CHUNK):
        chunk = list(record_ids[start : start + _CHUNK])
        session.execute(delete(DraftRow).where(DraftRow.record_id.in_(chunk)))
        if conflicts:
            session.execute(delete(ConflictRow).where(ConflictRow.record_id.in_(chunk)))
        session.execute(
            delete(SyncStateRow).where(or_(*(SyncStateRow.key.endswith(rid) for rid in chunk)))
        )
