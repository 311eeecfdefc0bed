"""Engines and transactions for SQLite (embedded default) and PostgreSQL (production).

SQLite runs in WAL mode so readers never wait for the writer. Python's sqlite3 driver would
start transactions behind our back, so it is put in autocommit and this module emits `BEGIN`
itself: `BEGIN IMMEDIATE` for write transactions (the database write lock is taken up front, so
writers queue on the busy timeout instead of failing when they upgrade), a plain `BEGIN` for reads.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

_BEGIN_OPTION = "focal_sqlite_begin"


class DatabaseUrlError(ValueError):
    """The database URL is not one this server can use."""


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str, *, pool_size: int = 10, busy_timeout_ms: int = 30_000) -> Engine:
    """An engine for `url`; SQLite files (and their folder) are created when missing."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy raises ArgumentError; keep the message short
        raise DatabaseUrlError(f"“{url}” is not a database URL") from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(url, parsed.database, busy_timeout_ms)
    if backend == "postgresql":
        if parsed.get_driver_name() != "psycopg":  # psycopg 3: COPY and pipelines
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(
            parsed,
            pool_size=pool_size,
            max_overflow=pool_size,
            pool_pre_ping=True,
            hide_parameters=True,
        )
    raise DatabaseUrlError(
        f"Unsupported database “{backend}”: use sqlite:///FILE or postgresql+psycopg://…"
    )


def _sqlite_engine(url: str, database: str | None, busy_timeout_ms: int) -> Engine:
    if not database or database == ":memory:":
        raise DatabaseUrlError("The SQLite database must be a file: sqlite:///path/to/server.db")
    Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        hide_parameters=True,
        connect_args={"check_same_thread": False, "timeout": busy_timeout_ms / 1000},
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        mode = connection.get_execution_options().get(_BEGIN_OPTION, "IMMEDIATE")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """A session in a write transaction, committed on success and rolled back on error."""
    with Session(engine, expire_on_commit=False) as session, session.begin():
        yield session


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A session for reading only: one snapshot for all its queries, never taking a write lock."""
    if is_sqlite(engine):
        bind = engine.execution_options(**{_BEGIN_OPTION: "DEFERRED"})
    else:
        bind = engine.execution_options(isolation_level="REPEATABLE READ")
    with Session(bind, expire_on_commit=False) as session, session.begin():
        yield session


@contextmanager
def one_statement_session(engine: Engine) -> Iterator[Session]:
    """A session for a read of ONE statement. On PostgreSQL in autocommit: a single statement
    sees a single snapshot, so no transaction is needed, and none costs its BEGIN and COMMIT
    round trips (two of the three a request's sign-in check took). On SQLite, `read_session`."""
    if is_sqlite(engine):
        with read_session(engine) as session:
            yield session
        return
    bind = engine.execution_options(isolation_level="AUTOCOMMIT")
    with Session(bind, expire_on_commit=False) as session:
        yield session
