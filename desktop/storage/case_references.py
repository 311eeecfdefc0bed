"""Case references in the local store: which case holds one, and the next free one.

A reference is unique per owner (the server enforces it); the editor checks here first so a
focal point hears of a clash before saving, and proposes `CC-YYYY-NNNN`, the number after the
highest of that country and year held locally.
"""

from __future__ import annotations

import re

from sqlalchemy import select

from .database import Database
from .models import RecordRow

KIND = "missing_case"
_NUMBER = re.compile(r"-(\d+)$")


def case_with_reference(db: Database, reference: str, record_id: str) -> tuple[str, str] | None:
    """(id, title) of another live local case with `reference`, or None."""
    wanted = reference.strip().upper()
    with db.read() as session:
        row = session.execute(
            select(RecordRow.id, RecordRow.title)
            .where(
                RecordRow.kind == KIND,
                RecordRow.label == wanted,
                RecordRow.deleted.is_(False),
                RecordRow.id != str(record_id),
            )
            .limit(1)
        ).first()
    return (row.id, row.title) if row else None


def next_reference(db: Database, country: str, year: int) -> str:
    """The next free reference of `country` in `year`: `SN-2026-0043` after `SN-2026-0042`."""
    prefix = f"{country.upper()}-{year}-"
    with db.read() as session:
        labels = session.execute(
            select(RecordRow.label).where(
                RecordRow.kind == KIND,
                RecordRow.label >= prefix,
                RecordRow.label < prefix + "\uffff",
            )
        ).scalars()
        numbers = [int(m.group(1)) for label in labels if (m := _NUMBER.search(label))]
    return f"{prefix}{max(numbers, default=0) + 1:04d}"


def cases_by_reference(db: Database, references: list[str]) -> dict[str, tuple[str, str]]:
    """reference → (id, data as JSON text) of the live local cases holding these references."""
    found: dict[str, tuple[str, str]] = {}
    with db.read() as session:
        for start in range(0, len(references), 500):
            rows = session.execute(
                select(RecordRow.label, RecordRow.id, RecordRow.data)
                .where(
                    RecordRow.kind == KIND,
                    RecordRow.label.in_(references[start : start + 500]),
                    RecordRow.deleted.is_(False),
                )
                .order_by(RecordRow.id)
            )
            for label, record_id, data in rows:
                found.setdefault(label, (record_id, data))
    return found
