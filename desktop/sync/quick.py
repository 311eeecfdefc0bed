"""`focal-desk sync` when there is nothing to do, found out without the sync engine.

A sync does nothing when nothing is queued, the server has no change after the pull cursor,
the integrity buckets of both sides agree (compared after every sync, even one that moved
nothing: a local copy that drifted is found this way) and the clock is right. Finding that out
needs the profile's key, the refresh of the access token, three small reads of the database
(`desktop.storage.quick_look`), one pull request that answers an empty page, the buckets
request and the local buckets. This module only decides: whenever anything is to do, or
cannot be told, `nothing_to_do` says False and the caller runs the full engine, which asks the
server again and does everything itself (the quick path pushes, stores and repairs nothing).

The session and credentials made here are handed to the engine then, so the access token is
not refreshed twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desktop.domain import api_paths as paths
from desktop.domain.checksum import differing, hash_from_hex
from desktop.domain.wire import BucketsResponse, PullResponse

from .credentials import Credentials
from .errors import RequestRefused
from .http import ApiSession, check_server_url
from .summary import CLOCK_SKEW_LIMIT_SECONDS, SyncSummary

if TYPE_CHECKING:
    from desktop.config.paths import ProfilePaths
    from desktop.config.settings import Settings
    from desktop.storage.quick_look import QuickLook

log = logging.getLogger(__name__)

NOTHING_DONE = SyncSummary().line()


@dataclass
class Connection:
    """The HTTP session and sign-in of one server, as the settings ask for them."""

    api: ApiSession
    credentials: Credentials
    wanted: tuple  # the settings it was made for (another set makes another)


def wanted_for(settings: Settings, server_url: str) -> tuple:
    """What a connection depends on. Raises `InsecureConnection` or `BadServerAddress`."""
    allow_http = settings.allow_insecure_http
    server_url = check_server_url(server_url, allow_insecure_http=allow_http)
    return (server_url, settings.ca_bundle or True, settings.request_timeout_seconds, allow_http)


def connect(settings: Settings, profile: ProfilePaths, server_url: str) -> Connection:
    """A session and credentials for `server_url`; nothing is sent yet."""
    wanted = wanted_for(settings, server_url)
    server_url, _, timeout, allow_http = wanted
    api = ApiSession(
        server_url, timeout=timeout, ca_bundle=settings.ca_bundle, allow_insecure_http=allow_http
    )
    return Connection(api, Credentials(profile.keyring_id, server_url), wanted)


def nothing_to_do(look: QuickLook, connection: Connection) -> int | None:
    """The pull cursor to keep when a sync would do nothing (the server's empty page names it:
    its revision moves with other scopes' changes); None when the engine must run. Network
    failures raise the same typed errors as the engine's requests."""
    if not look.schema_current or look.pending or look.account is None:
        return None
    api, credentials = connection.api, connection.credentials
    # One change is enough to know the engine must pull (limit=1: any server takes it).
    page = credentials.authorised(
        api, "GET", paths.SYNC_PULL, params={"since": look.cursor, "limit": 1},
        model=PullResponse,
    )  # fmt: skip
    if page.changes or page.has_more or page.next_cursor < look.cursor:
        return None
    try:
        body = credentials.authorised(api, "GET", paths.SYNC_BUCKETS, model=BucketsResponse)
    except RequestRefused as exc:
        if exc.status == 404:  # a server from before the buckets: the engine's older check
            return None
        raise
    remote = {name: (b.count, hash_from_hex(b.hash)) for name, b in body.buckets.items()}
    if differing(look.local_buckets(), remote):
        return None
    if _clock_off(api):
        return None  # the engine says so in its summary
    return page.next_cursor


def _clock_off(api: ApiSession) -> bool:
    server = api.last_server_date
    if server is None:
        return False
    return abs((datetime.now(UTC) - server).total_seconds()) > CLOCK_SKEW_LIMIT_SECONDS
