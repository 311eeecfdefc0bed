"""The scope checksum both sides compute after a sync to prove they hold the same records."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable


def scope_checksum(items: Iterable[tuple[str, int, bool]]) -> str:
    """SHA-256 over (id, rev, deleted) sorted by id: order-independent, cheap, exact."""
    digest = hashlib.sha256()
    for record_id, rev, deleted in sorted(items):
        digest.update(f"{record_id}:{rev}:{int(deleted)}\n".encode())
    return digest.hexdigest()
