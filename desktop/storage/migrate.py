"""Applies the Alembic migrations to a profile's database when it opens.

Opening a profile that is already at the newest schema runs no Alembic at all (importing it
and loading its script directory cost more than the rest of a `focal-desk sync` with nothing to
do): the revision the database stores is read with one SELECT, and the head is read from the
migration files' `revision` / `down_revision` lines. Alembic runs only when they differ, or
when the files cannot be read that way (then it decides).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSIONS_DIR = MIGRATIONS_DIR / "versions"

# `revision = "0003"`, `down_revision: str | None = "0002"`, `down_revision = ("a", "b")`.
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\b[^=\n]*=(.*)$", re.MULTILINE)
_QUOTED = re.compile(r"""["']([^"']+)["']""")


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


@cache
def known_head() -> str | None:
    """The newest revision, read from the migration files without Alembic; None when they
    do not show exactly one (two heads, an unreadable file): Alembic decides then."""
    return head_in(VERSIONS_DIR)


def head_in(folder: Path) -> str | None:
    """The one revision of the migrations in `folder` that no other revises, or None."""
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        for path in sorted(folder.glob("*.py")):
            found = dict.fromkeys(("revision", "down_revision"), "")
            for name, value in _ASSIGNMENT.findall(path.read_text("utf-8")):
                found[name] = found[name] or value
            if not found["revision"]:
                continue  # __init__.py, a helper
            names = _QUOTED.findall(found["revision"])
            if len(names) != 1:
                return None
            revisions.add(names[0])
            parents.update(_QUOTED.findall(found["down_revision"]))
    except (OSError, UnicodeDecodeError):
        return None
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def head_revision() -> str:
    """The newest revision, as Alembic's script directory sees it."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for a new, empty one): one SELECT, no Alembic."""
    with engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if found is None:
            return None
        rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all()
    return rows[0] if len(rows) == 1 else None  # none, or several heads: Alembic decides


def is_current(revision: str | None) -> bool:
    """Whether a database at `revision` needs no migration (without importing Alembic)."""
    return revision is not None and revision == known_head()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database to `revision` (the newest by default); a no-op when it is there."""
    from alembic import command

    config = alembic_config(engine)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def upgrade_if_needed(engine: Engine) -> tuple[str | None, str | None]:
    """Bring the database to the newest schema, running Alembic only when it is not there
    already. Returns (revision before, revision after)."""
    before = current_revision(engine)
    if is_current(before):
        return before, before
    upgrade(engine)
    return before, current_revision(engine)
