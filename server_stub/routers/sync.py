"""`/api/v1/sync`: push, pull and the scope checksum (wire format v1, see docs/protocol.md)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from desktop.domain.wire import (
    MAX_PULL_LIMIT,
    ChecksumResponse,
    PullResponse,
    PushRequest,
    PushResponse,
)

from ..deps import AddressDep, CurrentUser, EngineDep
from ..jsonio import RawJSONResponse, dumps
from ..schemas import MAX_REVISION
from ..sync import pull as pulling
from ..sync.push import apply_push
from . import API_PREFIX, COMMON_ERRORS, ROUTE_CLASS, error_responses

router = APIRouter(
    prefix=f"{API_PREFIX}/sync",
    tags=["sync"],
    route_class=ROUTE_CLASS,
    responses={**COMMON_ERRORS, **error_responses(401)},
)


@router.post("/push", response_model=PushResponse)
def push(
    body: PushRequest, principal: CurrentUser, engine: EngineDep, address: AddressDep
) -> RawJSONResponse:
    """Apply each mutation on its own: `applied` (new rev), `conflict` (the server's record) or
    `rejected` (field errors). A repeated `mutation_id` gets its first result again."""
    results = apply_push(engine, principal, body.mutations, address)
    return RawJSONResponse(dumps({"results": results}))


@router.get("/pull", response_model=PullResponse)
def pull(
    principal: CurrentUser,
    engine: EngineDep,
    since: Annotated[int, Query(ge=0, le=MAX_REVISION, description="The last next_cursor")] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = 500,
) -> RawJSONResponse:
    """Changes after `since` that the caller may see, in revision order, tombstones included."""
    return RawJSONResponse(pulling.pull_page(engine, principal, since, limit))


@router.get("/checksum", response_model=ChecksumResponse)
def checksum(principal: CurrentUser, engine: EngineDep) -> ChecksumResponse:
    """SHA-256 over (id, rev, deleted) of every record in the caller's scope, sorted by id
    (`desktop.domain.checksum.scope_checksum`), tombstones included."""
    return pulling.checksum(engine, principal)
