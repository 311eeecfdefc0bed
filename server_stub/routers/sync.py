"""`/api/v1/sync`: push, pull and the scope checksum (wire format v1, see docs/protocol.md)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from desktop.domain import api_paths as paths
from desktop.domain.checksum import hash_hex
from desktop.domain.wire import (
    MAX_PULL_LIMIT,
    PULL_PAGE,
    BucketPullResponse,
    BucketsResponse,
    BucketSum,
    ChecksumResponse,
    PullResponse,
    PushRequest,
    PushResponse,
)

from ..deps import AddressDep, CurrentUser, EngineDep
from ..jsonio import RawJSONResponse, dumps
from ..schemas import MAX_REVISION
from ..sync import buckets as bucket_sums
from ..sync import pull as pulling
from ..sync.push import apply_push
from . import COMMON_ERRORS, ROUTE_CLASS, error_responses

router = APIRouter(
    prefix=paths.SYNC,
    tags=["sync"],
    route_class=ROUTE_CLASS,
    responses={**COMMON_ERRORS, **error_responses(401)},
)


@router.post(paths.PUSH, response_model=PushResponse)
def push(
    body: PushRequest, principal: CurrentUser, engine: EngineDep, address: AddressDep
) -> RawJSONResponse:
    """Apply each mutation on its own: `applied` (new rev), `conflict` (the server's record) or
    `rejected` (field errors). A repeated `mutation_id` gets its first result again."""
    pushed = apply_push(engine, principal, body.mutations, address)
    return RawJSONResponse(dumps({"results": pushed.results, "revisions": pushed.revisions}))


@router.get(paths.PULL, response_model=PullResponse)
def pull(
    principal: CurrentUser,
    engine: EngineDep,
    since: Annotated[int, Query(ge=0, le=MAX_REVISION, description="The last next_cursor")] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = PULL_PAGE,
) -> RawJSONResponse:
    """Changes after `since` that the caller may see, in revision order, tombstones included."""
    return RawJSONResponse(pulling.pull_page(engine, principal, since, limit))


@router.get(paths.CHECKSUM, response_model=ChecksumResponse)
def checksum(principal: CurrentUser, engine: EngineDep) -> ChecksumResponse:
    """SHA-256 over (id, rev, deleted) of every record in the caller's scope, sorted by id
    (`desktop.domain.checksum.scope_checksum`), tombstones included."""
    return pulling.checksum(engine, principal)


# The integrity check (docs/protocol.md "Integrity check").
BUCKET_LIST = r"^[0-9a-f]{2}(,[0-9a-f]{2})*$"


@router.get(paths.BUCKETS, response_model=BucketsResponse)
def buckets(principal: CurrentUser, engine: EngineDep) -> BucketsResponse:
    """The caller's non-empty buckets of content hashes: name → count and XOR as hex. Equal
    buckets on both sides mean equal records; a bucket that differs is pulled again."""
    found = bucket_sums.caller_buckets(engine, principal)
    return BucketsResponse(
        buckets={
            name: BucketSum(count=count, hash=hash_hex(value))
            for name, (count, value) in found.items()
        }
    )


@router.get(paths.BUCKETS_PULL, response_model=BucketPullResponse)
def bucket_pull(
    principal: CurrentUser,
    engine: EngineDep,
    buckets: Annotated[
        str, Query(pattern=BUCKET_LIST, max_length=767, description="Bucket names, by commas")
    ],
    after: Annotated[
        str, Query(pattern=r"^[0-9a-f-]{0,36}$", description="The last next_after")
    ] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = PULL_PAGE,
) -> RawJSONResponse:
    """The records in the caller's scope whose ids fall in `buckets`, tombstones included, by
    id after `after`."""
    names = buckets.split(",")
    return RawJSONResponse(bucket_sums.bucket_page(engine, principal, names, after, limit))
