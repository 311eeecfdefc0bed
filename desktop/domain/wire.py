"""The sync wire format (v1): record envelope, push, pull and auth bodies.

Both sides use these models, so a request the client builds is one the server accepts.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from functools import lru_cache
from typing import Annotated, Any, Literal
from uuid import UUID

import orjson
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from .api_paths import MAX_PULL_LIMIT, MAX_PUSH_BATCH, PULL_PAGE, PUSH_BATCH
from .moments import rfc3339

__all__ = ["MAX_PULL_LIMIT", "MAX_PUSH_BATCH", "PULL_PAGE", "PUSH_BATCH"]  # and the models

Kind = Literal["incident", "missing_case", "country_report", "campaign"]
WritableKind = Literal["incident", "missing_case", "country_report"]
MAX_REV = 2**53 - 1  # revisions stay exact in every JSON library (IEEE doubles)
PASSWORD_MAX_LENGTH = 1024  # a sign-in's password; the server sets none longer
# A mutation's `data` is one record's fields (the largest kind has about 25): more, or a field
# name longer than any, is no record at all and refuses the request instead of filling its
# answer with one error per field. Each field's own bounds are the record kinds' (records.py).
MAX_DATA_FIELDS = 100
MAX_FIELD_NAME = 64


def _record_schemas(schema: dict[str, Any]) -> None:
    """Document a mutation's `data` as one of the writable kinds (or `{}` for a deletion), with
    every field's bounds, so the OpenAPI description (and the tests generated from it) state
    them. Validation stays per mutation (records.py): a bad record is `rejected`, not a 422."""
    from .country_report import CountryReport
    from .incident import Incident
    from .missing_case import MissingCase

    kinds = TypeAdapter(Incident | MissingCase | CountryReport).json_schema()
    definitions = kinds.pop("$defs", {})

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/$defs/"):
                return inline(definitions[ref.removeprefix("#/$defs/")])
            return {key: inline(value) for key, value in node.items()}
        if isinstance(node, list):
            return [inline(item) for item in node]
        return node

    schema["anyOf"] = [*inline(kinds)["anyOf"], {"type": "object", "maxProperties": 0}]


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class _Answer(BaseModel):
    """A body the server answers: fields a later server adds are ignored, so an older
    client keeps working."""

    model_config = ConfigDict(extra="ignore", defer_build=True)


class RecordEnvelope(_Wire):
    id: UUID
    kind: Kind
    rev: int = Field(ge=0, le=MAX_REV)
    owner_country: str | None = Field(None, max_length=10)
    updated_at: datetime
    deleted: bool = False
    data: dict[str, Any]

    def moment(self) -> str:
        """`updated_at` as it travels (RFC 3339 with a `Z`), as the client stores it."""
        return wire_moment(self.updated_at)

    def as_dict(self) -> dict[str, Any]:
        """The envelope as a plain dict of JSON values (see `envelope`)."""
        return envelope(
            self.id, self.kind, self.rev, self.owner_country, self.updated_at, self.deleted,
            self.data,
        )  # fmt: skip


def wire_moment(moment: datetime | str) -> str:
    """A record's `updated_at` as it travels: RFC 3339 in UTC with a `Z`, the fraction only
    when there is one (as the server writes it); a text is taken as it is."""
    return moment if isinstance(moment, str) else _wire_text(moment)


@lru_cache(maxsize=4096)  # records changed together share their moment
def _wire_text(moment: datetime) -> str:
    return rfc3339(moment, timespec="auto")


def envelope(
    record_id: UUID | str,
    kind: str,
    rev: int,
    owner_country: str | None,
    updated_at: datetime | str,
    deleted: bool,
    data: Mapping[str, Any],
) -> dict[str, Any]:
    """A record as it travels (`RecordEnvelope`'s JSON shape), as a plain dict: the one
    builder of envelopes for the server, the client's stores and the scripts."""
    return {
        "id": str(record_id),
        "kind": kind,
        "rev": rev,
        "owner_country": owner_country,
        "updated_at": wire_moment(updated_at),
        "deleted": bool(deleted),
        "data": dict(data),
    }


def envelope_json(
    record_id: str,
    kind: str,
    rev: int,
    owner_country: str | None,
    updated_at: datetime | str,
    deleted: bool,
    data_json: str,
) -> bytes:
    """The same envelope as JSON bytes, written around a record's stored `data` text (already
    JSON) without decoding it: the pull hot path."""
    return _ENVELOPE % (
        record_id.encode(),
        kind.encode(),
        rev,
        orjson.dumps(owner_country),
        wire_moment(updated_at).encode(),
        b"true" if deleted else b"false",
        data_json.encode(),
    )


_ENVELOPE = (
    b'{"id":"%s","kind":"%s","rev":%d,"owner_country":%s,"updated_at":"%s","deleted":%s,"data":%s}'
)


class Mutation(_Wire):
    mutation_id: UUID
    kind: WritableKind
    id: UUID
    base_rev: int | None = Field(None, ge=0, le=MAX_REV)
    data: dict[Annotated[str, Field(max_length=MAX_FIELD_NAME)], Any] = Field(
        default_factory=dict, max_length=MAX_DATA_FIELDS, json_schema_extra=_record_schemas
    )
    deleted: bool = False


class PushRequest(_Wire):
    mutations: list[Mutation] = Field(max_length=MAX_PUSH_BATCH)


class WireFieldError(_Wire):
    field: str
    message: str  # English; a client shows its own sentence for `code` when it knows it
    code: str | None = None
    params: dict[str, Any] | None = None


class MutationResult(_Answer):
    """One mutation's verdict. `record` is the server's record: with a conflict always; with
    `applied` when the server stored other data than was sent (review comments it merged), so
    the client's copy is the stored one."""

    mutation_id: UUID
    id: UUID
    status: Literal["applied", "conflict", "rejected"]
    rev: int | None = None
    record: RecordEnvelope | None = None
    errors: list[WireFieldError] | None = None


class PushResponse(_Answer):
    """The verdicts, one per mutation in order. `revisions` (from servers since 2026-12):
    the revision counter before and after this push; every revision in between is one of
    this push's applied mutations, so a client whose pull cursor was at `revisions[0]` has
    seen everything up to `revisions[1]` once it stored these results."""

    results: list[MutationResult]
    revisions: tuple[int, int] | None = None


class PullResponse(_Answer):
    changes: list[RecordEnvelope]
    next_cursor: int
    has_more: bool


class ChecksumResponse(_Wire):
    count: int
    checksum: str
    max_rev: int


class LoginRequest(_Wire):
    email: str = Field(min_length=3, max_length=320)
    password: str = Field(min_length=1, max_length=PASSWORD_MAX_LENGTH)
    device_name: str = Field(min_length=1, max_length=200)


class RefreshRequest(_Wire):
    refresh_token: str = Field(min_length=10, max_length=512)


class UserPublic(_Wire):
    email: str
    role: Literal["focal_point", "secretariat", "contributor"]
    country: str | None


class TokenPair(_Wire):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int
    user: UserPublic


class ErrorBody(_Wire):
    code: str
    message: str
    fields: list[WireFieldError] = Field(default_factory=list)


class ErrorResponse(_Wire):
    error: ErrorBody


# The integrity check (docs/protocol.md "Integrity check"): buckets of content hashes.
BUCKET_NAME = r"^[0-9a-f]{2}$"


class BucketSum(_Wire):
    count: int = Field(ge=0)
    hash: str = Field(pattern=r"^[0-9a-f]{16}$")  # XOR of the content hashes, 16 hex digits


class BucketsResponse(_Wire):
    """The caller's non-empty buckets by name (an id's first two hex digits): the count of its
    records and the XOR of their content hashes (`desktop.domain.checksum`)."""

    buckets: dict[Annotated[str, Field(pattern=BUCKET_NAME)], BucketSum]


class BucketPullResponse(_Wire):
    """The records in scope of some buckets, by id: pass `next_after` back while `has_more`."""

    changes: list[RecordEnvelope]
    next_after: str | None
    has_more: bool
