"""`focal-desk --self-check`: proves this installation can keep data safely, in one run.

Opens or creates the encrypted database (running migrations), round-trips a record inside a
transaction that is rolled back, checks the file holds no plaintext header, and reports the
keyring backend and library versions.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from sqlalchemy import select

import desktop
from desktop.config.paths import ProfilePaths
from desktop.storage import migrate
from desktop.storage.keys import keyring_status
from desktop.storage.models import RecordRow
from desktop.storage.profile import open_profile
from desktop.storage.records import RecordRepository

from .errors import CommandFailed
from .prompts import passphrase_provider

_SAMPLE = {"incident_id": "SELF-CHECK", "incident_date": "2026-01-01", "number_dead": 1}


def _round_trip(repo: RecordRepository) -> None:
    record_id = uuid.uuid4()
    db = repo.db
    with db.write() as session:
        repo._write(session, "incident", record_id, dict(_SAMPLE), None)
        session.flush()
        stored = session.execute(
            select(RecordRow.data).where(RecordRow.id == str(record_id))
        ).scalar_one()
        if '"SELF-CHECK"' not in stored:
            raise CommandFailed("self-check failed: a record written could not be read back")
        session.rollback()  # leave nothing behind, not even an outbox entry


def _qt_check() -> str:
    """Qt on the offscreen platform (Qt is imported under desktop/ui only)."""
    try:
        from desktop.ui.qt_check import check_qt_offscreen

        return check_qt_offscreen().summary()
    except (ImportError, RuntimeError) as exc:
        raise CommandFailed(f"self-check failed: Qt could not start offscreen: {exc}") from exc


def run_self_check(paths: ProfilePaths, out: Callable[[str], None]) -> None:
    out(f"{desktop.APP_NAME} {desktop.__version__}")
    out(f"profile: {paths.root}")
    status = keyring_status()
    usable = "usable" if status.usable else f"not usable: {status.reason}"
    out(f"keyring: {status.backend} ({usable})")
    db = open_profile(paths, passphrase_provider)
    try:
        versions = db.versions()
        source = "the keyring" if db.key_source == "keyring" else "a passphrase"
        out(f"database key: from {source}")
        out(f"sqlite: {versions['sqlite']}; sqlcipher: {versions['sqlcipher']}")
        revision = migrate.current_revision(db.writer_engine)
        if revision != migrate.head_revision():
            raise CommandFailed(f"self-check failed: schema at {revision}, expected head")
        out(f"schema: {revision} (current); journal: {versions['journal_mode']}")
        _round_trip(RecordRepository(db))
        with paths.database.open("rb") as handle:
            if handle.read(16) == b"SQLite format 3\x00":
                raise CommandFailed("self-check failed: the database file is not encrypted")
        out("round-trip: a record was written, read back and rolled back")
        out("encryption: the database file has no plaintext header")
    finally:
        db.close()
    out(_qt_check())
    out("self-check passed")
