"""Bulk writes for the push hot path: plain `executemany` through the driver.

The ORM's bulk helpers build and type-convert a parameter dict per row, which costs more than
the database itself on a 500-record push. Here each row is a tuple; the values that need
converting (the timestamp, booleans) are converted once per batch with SQLAlchemy's own bind
processors, so what is stored is exactly what the ORM would have stored. On PostgreSQL new rows
go in with `COPY`, several times faster than one INSERT per row.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime
from typing import Any

import psycopg
from sqlalchemy import Table
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..db.models import AppliedMutation, Record
from ..errors import log_unexpected
from .buckets import Written, integrity_row, note_writes
from .records import StoredRecord

log = logging.getLogger(__name__)

RECORD_COLUMNS = (
    "id", "kind", "rev", "owner_country", "updated_at", "deleted", "data", "campaign_id",
    "state", "updated_by", "reference",
)  # fmt: skip
MUTATION_COLUMNS = ("mutation_id", "user_id", "body_hash", "result", "created_at")
# Stored results that carry a record's contents (their JSON: mutation_id, id, status, rev,
# record, errors), as LIKE patterns for a record id.
_CARRYING_CONTENTS = (
    '%%"id":"%s","status":"conflict"%%',
    '%%"id":"%s","status":"rejected"%%',
    '%%"id":"%s","status":"applied","rev":%%,"record":{%%',
)
# COPY runs on the driver's own cursor, so its failures come as psycopg's errors.
_WRITE_ERRORS = (SQLAlchemyError, psycopg.Error)


class BulkWriter:
    def __init__(self, session: Session):
        self.connection = session.connection()
        self.dialect = self.connection.dialect
        self.mark = "?" if self.dialect.paramstyle == "qmark" else "%s"
        self._flags = {
            value: self.bind(Record.__table__, "deleted", value) for value in (True, False)
        }

    def bind(self, table: Table, column: str, value: Any) -> Any:
        """`value` as the driver should receive it for `table.column`."""
        processor = table.c[column].type._cached_bind_processor(self.dialect)
        return processor(value) if processor else value

    def moment(self, value: datetime) -> Any:
        return self.bind(Record.__table__, "updated_at", value)

    def flag(self, value: bool) -> Any:
        return self._flags[bool(value)]

    def _insert(self, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
        if not rows:
            return
        if self.dialect.name == "postgresql":
            cursor = self.connection.connection.cursor()
            try:
                with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            finally:
                cursor.close()
        else:
            marks = ", ".join([self.mark] * len(columns))
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
            self.connection.exec_driver_sql(sql, rows)

    def insert_records(self, rows: list[tuple]) -> None:
        """Rows in `RECORD_COLUMNS` order."""
        self._insert(Record.__tablename__, RECORD_COLUMNS, rows)

    def update_records(self, rows: list[tuple]) -> None:
        """Rows in `RECORD_COLUMNS` order; the id (first) says which record."""
        if rows:
            assignments = ", ".join(f"{c} = {self.mark}" for c in RECORD_COLUMNS[1:])
            sql = f"UPDATE {Record.__tablename__} SET {assignments} WHERE id = {self.mark}"
            self.connection.exec_driver_sql(sql, [(*row[1:], row[0]) for row in rows])

    def insert_mutations(self, rows: list[tuple]) -> None:
        """Rows in `MUTATION_COLUMNS` order."""
        self._insert(AppliedMutation.__tablename__, MUTATION_COLUMNS, rows)

    def write_records(
        self,
        states: list[StoredRecord],
        existing: Collection[str],
        now: datetime,
        user: int,
        replaced: Mapping[str, Written] | None = None,
    ) -> None:
        """Insert the new records and update the existing ones, as changed by `user` at `now`
        (`replaced`: the stored versions of the existing ones, when known: `note_writes`).

        Updates go first: a new case may take a reference an existing one gave up earlier in
        the batch (`case_rules` judges the mutations in order, so each step is valid)."""
        note_writes(self.connection, [integrity_row(s) for s in states], existing, replaced)
        moment = self.moment(now)
        rows = [
            (s.id, s.kind, s.rev, s.owner_country, moment, self.flag(s.deleted), s.data_json,
             s.campaign_id, s.state, user, s.reference)
            for s in states
        ]  # fmt: skip
        self.update_records([row for row in rows if row[0] in existing])
        self.insert_records([row for row in rows if row[0] not in existing])
        self.forget_results_of([s.id for s in states if s.deleted])

    def forget_results_of(self, deleted_ids: Sequence[str]) -> None:
        """A deleted record leaves nothing of its contents: the stored answers to its earlier
        mutations that carried them (a conflict's copy of the record, a rejection's messages,
        an applied one's stored record) go too. A replay of one is judged again, and meets the
        tombstone's new revision.

        The ids sit inside the result's JSON text (`{"mutation_id":…,"id":…,"status":…}`), so
        this scans the table; deletes are rare and batched a chunk of ids per statement."""
        for start in range(0, len(deleted_ids), 50):
            patterns = [
                pattern % record_id
                for record_id in deleted_ids[start : start + 50]
                for pattern in _CARRYING_CONTENTS
            ]
            matches = " OR ".join(["result LIKE " + self.mark] * len(patterns))
            self.connection.exec_driver_sql(
                f"DELETE FROM {AppliedMutation.__tablename__} WHERE {matches}", tuple(patterns)
            )


def store_records(
    session: Session,
    writer: BulkWriter,
    states: list[StoredRecord],
    existing: Collection[str],
    now: datetime,
    user: int,
    replaced: Mapping[str, Written] | None = None,
) -> set[str]:
    """Write `states` in bulk; if that fails, one by one, each in its own savepoint. The ids
    that could not be stored (none, unless something is badly wrong)."""
    try:
        with session.begin_nested():
            # The session emits SAVEPOINT when it next uses its connection: now, before the
            # writer's statements (COPY, on the driver's own cursor, would not).
            session.connection()
            writer.write_records(states, existing, now, user, replaced)
        return set()
    except _WRITE_ERRORS as exc:
        log_unexpected(exc, "a bulk push write; retrying record by record")
    failed: set[str] = set()
    for state in states:
        try:
            with session.begin_nested():
                session.connection()  # SAVEPOINT now, as above
                writer.write_records([state], existing, now, user, replaced)
        except _WRITE_ERRORS as exc:
            log_unexpected(exc, "writing one pushed record")
            failed.add(state.id)
    return failed
