"""The shipped Alembic migrations build exactly the schema the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from server_stub.db.engine import make_engine
from server_stub.db.migrate import upgrade_to_head
from server_stub.db.models import Base


def test_a_fresh_database_migrates_to_the_models_schema(db_url):
    engine = make_engine(db_url)
    upgrade_to_head(engine)
    upgrade_to_head(engine)  # a second run changes nothing
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        assert connection.execute(text("SELECT value FROM revision_counter")).scalar_one() == 0
        assert context.get_current_revision() == "0005"
    assert "records" in inspect(engine).get_table_names()
    engine.dispose()


def test_sqlite_runs_in_wal_mode(sqlite_url):
    engine = make_engine(sqlite_url)
    upgrade_to_head(engine)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    engine.dispose()
