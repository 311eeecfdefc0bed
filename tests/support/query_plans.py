"""SQLite's plan for a statement the app runs, for the tests that check lists walk an index."""

from __future__ import annotations


def plan(db, statement) -> list[str]:
    """The detail lines of `EXPLAIN QUERY PLAN` for a SQLAlchemy statement on `db`."""
    compiled = statement.compile(db.writer_engine)
    params = compiled.construct_params()
    with db.read() as session:
        rows = session.connection().exec_driver_sql(
            f"EXPLAIN QUERY PLAN {compiled}", tuple(params[name] for name in compiled.positiontup)
        )
        return [row[-1] for row in rows]
