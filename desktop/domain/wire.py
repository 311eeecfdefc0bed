"""The sync wire format (v1): record envelope, push, pull and auth bodies.

Both sides use these models, so a request the client builds is one the server accepts.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

Kind = Literal["incident", "missing_case", "country_report", "campaign"]
WritableKind = Literal["incident", "missing_case", "country_report"]
MAX_PUSH_BATCH = 1000
MAX_PULL_LIMIT = 1000
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
    model_config = ConfigDict(extra="forbid")


class RecordEnvelope(_Wire):
    id: UUID
    kind: Kind
    rev: int = Field(ge=0, le=MAX_REV)
    owner_country: str | None = Field(None, max_length=10)
    updated_at: datetime
    deleted: bool = False
    data: dict[str, Any]


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


class MutationResult(_Wire):
    mutation_id: UUID
    id: UUID
    status: Literal["applied", "conflict", "rejected"]
    rev: int | None = None
    record: RecordEnvelope | None = None
    errors: list[WireFieldError] | None = None


class PushResponse(_Wire):
    results: list[MutationResult]


class PullResponse(_Wire):
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
