"""A connection to a profile's database through the SQLCipher driver, set up as the app's own.

The statements every new connection runs (the key, the page size the file was made with, WAL,
`synchronous=FULL`, foreign keys, secure delete) and the integrity triggers' functions, in one
place and without SQLAlchemy: `desktop.storage.database` runs `configure` on each connection of
its engines, and `desktop.storage.quick_look` reads a profile through `connect` without
importing SQLAlchemy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .integrity_buckets import register_functions
from .keys import DatabaseKey

try:  # the manylinux wheel and the source build install the same module name
    from sqlcipher3 import dbapi2 as sqlcipher
except ImportError as exc:  # pragma: no cover - packaging error, reported by --self-check
    raise ImportError("sqlcipher3 is not installed; the encrypted store cannot work") from exc

# Larger encrypted pages make bulk writes ~2x faster (fewer per-page HMACs); fixed for the life
# of a database file, so never change it for existing profiles.
PAGE_SIZE = 16384
CACHE_KIB = 64 * 1024
BUSY_TIMEOUT_MS = 30000

DatabaseError = sqlcipher.DatabaseError


def configure(dbapi_connection: Any, key: DatabaseKey) -> None:
    """Key a new connection and set it up (what every connection of the app runs first)."""
    dbapi_connection.isolation_level = None  # transactions are begun explicitly
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA cipher_log_level = NONE")  # wrong keys are reported by us
        cursor.execute(key.pragma())
        cursor.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        # Freed pages (a deleted case's old rows, index entries) are overwritten with zeros.
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()
    register_functions(dbapi_connection)  # the integrity triggers' hash functions (0004)


def connect(database: Path, key: DatabaseKey) -> Any:
    """A new connection to an existing database file, keyed and set up. Raises the driver's
    `DatabaseError` when the file is missing or the key does not open it."""
    # mode=rw: never create the file (a profile's lost database is not made anew, empty).
    connection = sqlcipher.connect(
        f"{database.resolve().as_uri()}?mode=rw", uri=True, check_same_thread=False
    )
    try:
        configure(connection, key)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the key opens it
    except BaseException:
        connection.close()
        raise
    return connection
