"""What an import needs from the record store; the storage layer implements it."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable
from uuid import UUID


@runtime_checkable
class RecordStore(Protocol):
    def existing(self, kind: str, ids: list[UUID]) -> dict[UUID, dict[str, Any]]:
        """Current data of those of `ids` that exist and are not deleted."""
        ...

    def save_many(
        self, kind: str, items: list[tuple[UUID, dict[str, Any]]], owner_country: str | None
    ) -> None:
        """Create or replace these records and write their outbox entries, in one transaction."""
        ...
