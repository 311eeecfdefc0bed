"""Alembic environment: migrations run on the connection the server hands over.

`server_stub.db.migrate.upgrade_to_head` passes its connection in `config.attributes`; a
developer running `alembic -c server_stub/alembic.ini …` gets an engine from FOCAL_SERVER_DB.
"""

from __future__ import annotations

from alembic import context

from server_stub.db.models import Base

target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from server_stub.db.engine import make_engine
    from server_stub.settings import Settings

    engine = make_engine(Settings().db)
    with engine.connect() as connection:
        _run(connection)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported; run them on a database")
run_migrations_online()
