"""The record repository as the case importer's store: cases found by their reference."""

from __future__ import annotations

import json
from typing import Any
from uuid import UUID

from sqlalchemy import select

from .case_references import cases_by_reference
from .import_store import ImportStore
from .models import RecordRow

_CHUNK = 500


class CaseImportStore(ImportStore):
    """What `desktop.interchange.case_import.import_case_file` needs, on the encrypted store."""

    def by_reference(self, references: list[str]) -> dict[str, tuple[UUID, dict[str, Any]]]:
        found = cases_by_reference(self.repo.db, references)
        return {ref: (UUID(rid), json.loads(data)) for ref, (rid, data) in found.items()}

    def ids_in_use(self, ids: list[UUID]) -> set[UUID]:
        taken: set[UUID] = set()
        with self.repo.db.read() as session:
            for start in range(0, len(ids), _CHUNK):
                chunk = [str(i) for i in ids[start : start + _CHUNK]]
                rows = session.execute(select(RecordRow.id).where(RecordRow.id.in_(chunk)))
                taken.update(UUID(record_id) for record_id in rows.scalars())
        return taken
