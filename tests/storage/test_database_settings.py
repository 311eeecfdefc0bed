"""The connection settings that keep a record's contents out of logs, errors and freed pages."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy.exc import IntegrityError

from desktop.logging_setup import setup_logging
from desktop.storage.models import RecordRow
from desktop.storage.records import dumps

DISTINCTIVE = "Quillibert Vantongeren"


def test_every_connection_zeroes_what_it_frees(db):
    with db.write() as session:
        assert session.connection().exec_driver_sql("PRAGMA secure_delete").scalar_one() == 1
    with db.read() as session:
        assert session.connection().exec_driver_sql("PRAGMA secure_delete").scalar_one() == 1


@pytest.fixture
def log_file(tmp_path):
    root = logging.getLogger()
    level = root.level
    engine_logger = logging.getLogger("sqlalchemy.engine")
    engine_level = engine_logger.level
    path = setup_logging(tmp_path / "logs")
    # Statement logging switched on (as someone diagnosing a problem would): still no values.
    engine_logger.setLevel(logging.INFO)
    yield path
    engine_logger.setLevel(engine_level)
    for handler in [h for h in root.handlers if getattr(h, "_focal_desk", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def test_a_failed_statement_shows_no_value_of_the_record(db, repo, log_file):
    saved = repo.save(
        "missing_case",
        {"reference": "SN-2026-0001", "person": {"given_names": "Awa", "family_name": "Diallo"}},
    )
    data = {"reference": "SN-2026-0002", "person": {"family_name": DISTINCTIVE}}
    with pytest.raises(IntegrityError) as failure, db.write() as session:
        session.add(
            RecordRow(
                id=str(saved.id), kind="missing_case", updated_at="now", deleted=False,
                data=dumps(data), title=DISTINCTIVE, search=DISTINCTIVE,
            )
        )  # fmt: skip
        session.flush()
    logging.getLogger("desktop.cli.main").error("unexpected error", exc_info=failure.value)
    assert "UNIQUE constraint failed" in str(failure.value)
    assert "Vantongeren" not in str(failure.value)
    text = log_file.read_text(encoding="utf-8")
    assert "INSERT INTO records" in text  # the statement was logged, its values were not
    assert "Vantongeren" not in text
