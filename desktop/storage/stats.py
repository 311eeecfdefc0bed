"""Figures for the overview charts, counted in SQL."""

from __future__ import annotations

from typing import Literal

from sqlalchemy import func, select

from .database import Database
from .listing import GROUP_COLUMNS
from .models import RecordRow


class RecordStats:
    def __init__(self, db: Database):
        self.db = db

    def grouped(self, kind: str, by: Literal["status", "route"]) -> list[tuple[str, int]]:
        """(value, count) of live records of `kind`, most frequent first."""
        column = GROUP_COLUMNS[by]
        stmt = (
            select(column, func.count())
            .where(RecordRow.kind == kind, RecordRow.deleted.is_(False))
            .group_by(column)
            .order_by(func.count().desc())
        )
        with self.db.read() as session:
            return [(value or "", n) for value, n in session.execute(stmt).all()]

    def incidents_per_month(self, months: int) -> list[tuple[str, int, int]]:
        """(YYYY-MM, dead, missing) for the latest `months` months with incidents, oldest first."""
        month = func.substr(RecordRow.event_date, 1, 7)
        dead = func.coalesce(func.sum(func.json_extract(RecordRow.data, "$.number_dead")), 0)
        missing = func.coalesce(func.sum(func.json_extract(RecordRow.data, "$.number_missing")), 0)
        stmt = (
            select(month, dead, missing)
            .where(RecordRow.kind == "incident", RecordRow.deleted.is_(False), month != "")
            .group_by(month)
            .order_by(month.desc())
            .limit(months)
        )
        with self.db.read() as session:
            rows = [(m, int(d), int(x)) for m, d, x in session.execute(stmt).all()]
        return list(reversed(rows))
