"""What both sides compare after a sync to prove they hold the same records.

Every record has a 64-bit content hash over its canonical bytes (`record_bytes`): id, kind,
revision, tombstone flag, owner and — for a live record — its data as key-sorted JSON
(`canonical_data`, exactly what the client stores in `records.data`). The hashes are folded
into `BUCKETS` buckets by the id's first two hex digits; a bucket is (count, XOR of its
records' hashes). XOR makes the fold incremental: a write takes the old hash out and puts the
new one in, so each side keeps its buckets up to date as it writes and a comparison reads 256
small rows, never the records. Buckets that differ name the records to pull again.

`scope_checksum` is the older whole-scope checksum over (id, rev, deleted), still served by
`GET /api/v1/sync/checksum`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from hashlib import blake2b as _blake2b
from typing import Any

import orjson

BUCKETS = 256
BUCKET_NAMES = tuple(f"{n:02x}" for n in range(BUCKETS))
_MASK = (1 << 64) - 1

# A bucket as both sides keep it: (record count, XOR of the records' hashes as signed 64 bits).
Bucket = tuple[int, int]
EMPTY: Bucket = (0, 0)


def bucket_of(record_id: str) -> str:
    """The bucket of a record: its id's first two hex digits, lower case."""
    return record_id[:2].lower()


def canonical_data(data: Any) -> bytes:
    """A record's data as key-sorted compact JSON (orjson): equal data, equal bytes."""
    return orjson.dumps(data, option=orjson.OPT_SORT_KEYS)


def record_bytes(
    record_id: str,
    kind: str,
    rev: int,
    deleted: bool,
    owner_country: str | None,
    data_json: bytes | str,
) -> bytes:
    """The canonical bytes of a record: `id␟kind␟rev␟deleted␟owner␞data`. A tombstone's data
    is not part of it (a tombstone keeps nothing; each side stores its own empty placeholder)."""
    flag = "1" if deleted else "0"
    head = f"{record_id}\x1f{kind}\x1f{int(rev)}\x1f{flag}\x1f{owner_country or ''}\x1e"
    if deleted:
        return head.encode()
    if isinstance(data_json, bytes):
        return head.encode() + data_json
    return (head + data_json).encode()


def record_hash(
    record_id: str,
    kind: str,
    rev: int,
    deleted: bool,
    owner_country: str | None,
    data_json: bytes | str,
) -> int:
    """The 64-bit BLAKE2b content hash of a record, signed (as SQLite and PostgreSQL hold a
    BIGINT). `data_json` must be the canonical data (`canonical_data`); the client passes its
    stored text, which is exactly that. Called by the client's triggers for every synced row
    written, so it stays lean."""
    raw = record_bytes(record_id, kind, rev, deleted, owner_country, data_json)
    return int.from_bytes(_blake2b(raw, digest_size=8).digest(), "big", signed=True)


def envelope_hash(envelope: Mapping[str, Any]) -> int:
    """The content hash of a record as it travels (a pulled change, a conflict's server copy)."""
    deleted = bool(envelope.get("deleted"))
    return record_hash(
        str(envelope["id"]),
        str(envelope["kind"]),
        int(envelope["rev"]),
        deleted,
        envelope.get("owner_country"),
        b"" if deleted else canonical_data(envelope.get("data") or {}),
    )


def xor(a: int, b: int) -> int:
    """XOR of two signed 64-bit values, itself one (Python's `^` on negative numbers works on
    their two's complement; SQL writes it `(a | b) - (a & b)`, which never overflows)."""
    return a ^ b


def fold(items: Iterable[tuple[str, int]]) -> dict[str, Bucket]:
    """Buckets from scratch from (record id, hash) pairs; empty buckets are left out."""
    buckets: dict[str, list[int]] = {}
    for record_id, value in items:
        entry = buckets.setdefault(bucket_of(record_id), [0, 0])
        entry[0] += 1
        entry[1] ^= value
    return {name: (count, acc) for name, (count, acc) in buckets.items() if count}


def differing(local: Mapping[str, Bucket], remote: Mapping[str, Bucket]) -> list[str]:
    """The buckets whose count or hash differ (a missing bucket is an empty one)."""
    return sorted(
        name
        for name in set(local) | set(remote)
        if tuple(local.get(name, EMPTY)) != tuple(remote.get(name, EMPTY))
    )


def hash_hex(value: int) -> str:
    """A signed 64-bit hash as 16 hex digits (how it travels: exact in every JSON library)."""
    return f"{value & _MASK:016x}"


def hash_from_hex(text: str) -> int:
    value = int(text, 16)
    return value - (1 << 64) if value >> 63 else value


def scope_checksum(items: Iterable[tuple[str, int, bool]]) -> str:
    """SHA-256 over (id, rev, deleted) sorted by id: order-independent, cheap, exact."""
    digest = hashlib.sha256()
    for record_id, rev, deleted in sorted(items):
        digest.update(f"{record_id}:{rev}:{int(deleted)}\n".encode())
    return digest.hexdigest()
