"""The encrypted SQLite database of a profile: engines, connection set-up, transactions.

SQLCipher through `sqlcipher3`, keyed with a raw 256-bit key on every connection. WAL journal,
`synchronous=FULL`, foreign keys on. One writer at a time (`BEGIN IMMEDIATE` behind a lock);
readers run beside it on their own connections.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from desktop.config.paths import ProfilePaths

from .connection import PAGE_SIZE, configure, sqlcipher
from .keys import DatabaseKey
from .storage_errors import StorageError, WrongKey, translate_errors

log = logging.getLogger(__name__)

__all__ = ["PAGE_SIZE", "Database", "StorageError", "WrongKey"]


def _make_engine(paths: ProfilePaths, key: DatabaseKey, *, writer: bool) -> Engine:
    engine = create_engine(
        f"sqlite:///{paths.database}",
        module=sqlcipher,
        pool_size=1 if writer else 4,
        max_overflow=0 if writer else 4,
        pool_timeout=60,
        # A failed statement's message and the statement log never show the bound values (a
        # record's data): only the SQL.
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        configure(dbapi_conn, key)  # the key, WAL, synchronous, the triggers' functions…

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")

    return engine


class Database:
    """A profile's open database. Thread-safe: one writer at a time, concurrent readers."""

    def __init__(self, paths: ProfilePaths, key: DatabaseKey):
        self.paths = paths
        self.key_source = key.source  # "keyring" or "passphrase"; never the key itself
        self._writer = _make_engine(paths, key, writer=True)
        self._reader = _make_engine(paths, key, writer=False)
        self._write_sessions = sessionmaker(self._writer, expire_on_commit=False)
        self._read_sessions = sessionmaker(self._reader, expire_on_commit=False)
        self._write_lock = threading.RLock()

    @property
    def writer_engine(self) -> Engine:
        return self._writer

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: committed when the block ends, rolled back on an exception."""
        with (
            translate_errors(self.paths, self._reader),
            self._write_lock,
            self._write_sessions() as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with (
            translate_errors(self.paths, self._reader),
            self._read_sessions() as session,
            session.begin(),
        ):
            yield session

    def verify_key(self) -> None:
        """Read the schema: fails with `WrongKey` when the key does not decrypt the file."""
        try:
            with self._writer.connect() as conn:
                conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
        except DatabaseError as exc:
            self.close()
            raise WrongKey(
                "The local database could not be decrypted: the passphrase or key is wrong, "
                "or the file is not a Focal Point Desk database."
            ) from exc

    def versions(self) -> dict[str, str]:
        with self._reader.connect() as conn:
            return {
                "sqlite": conn.exec_driver_sql("SELECT sqlite_version()").scalar_one(),
                "sqlcipher": conn.exec_driver_sql("PRAGMA cipher_version").scalar_one(),
                "journal_mode": conn.exec_driver_sql("PRAGMA journal_mode").scalar_one(),
            }

    def close(self) -> None:
        self._writer.dispose()
        self._reader.dispose()
