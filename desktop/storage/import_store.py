"""The record repository as an importer's store (`desktop.interchange.record_store.RecordStore`).

An importer validates every row with the domain before it saves, so the store saves them as
validated: each row is checked once, not again on the way in.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from .records import RecordRepository


class ImportStore:
    def __init__(self, repo: RecordRepository):
        self.repo = repo

    def existing(self, kind: str, ids: list[UUID]) -> dict[UUID, dict[str, Any]]:
        return self.repo.existing(kind, ids)

    def save_many(
        self, kind: str, items: list[tuple[UUID, dict[str, Any]]], owner_country: str | None
    ) -> None:
        self.repo.save_many(kind, items, owner_country, validated=True)
