"""Fixtures for the storage tests: a real encrypted profile on disk."""

from __future__ import annotations

import pytest

from desktop.storage.records import RecordRepository


@pytest.fixture
def repo(db) -> RecordRepository:
    return RecordRepository(db)


def case(n: int, **extra) -> dict:
    return {
        "reference": f"SN-2026-{n:05d}",
        "status": ("open", "tracing", "closed")[n % 3],
        "person": {"given_names": "Awa", "family_name": f"Family{n}"},
        "journey": {"route": ("Central Mediterranean", "Western Mediterranean")[n % 2]},
        **extra,
    }
