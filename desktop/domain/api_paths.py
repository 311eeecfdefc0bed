"""The API's paths and page sizes (wire format v1, docs/protocol.md): the one place both
sides name them. A light module (no pydantic), so settings can take their defaults from it.

Each group has a prefix (`SYNC`, …) under which the server mounts its router, and each route a
path inside its group (`PUSH`, …), so a router says `@router.post(PUSH)` under `prefix=SYNC`
and a client sends to `SYNC_PUSH`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from uuid import UUID

API = "/api/v1"

PUSH_BATCH = 1000  # mutations a client sends in one push by default
PULL_PAGE = 500  # changes in a pull page when the request names no limit
MAX_PUSH_BATCH = 1000  # the most mutations one push may carry
MAX_PULL_LIMIT = 5000  # the largest pull page a client may ask for (1000 before 2026-12)

HEALTH = f"{API}/health"

AUTH = f"{API}/auth"
LOGIN = "/login"
REFRESH = "/refresh"
LOGOUT = "/logout"
ME = "/me"
DEVICES = "/devices"
DEVICE = "/devices/{device_id}"
AUTH_LOGIN = AUTH + LOGIN
AUTH_REFRESH = AUTH + REFRESH
AUTH_LOGOUT = AUTH + LOGOUT
AUTH_ME = AUTH + ME
AUTH_DEVICES = AUTH + DEVICES

SYNC = f"{API}/sync"
PUSH = "/push"
PULL = "/pull"
CHECKSUM = "/checksum"
SYNC_PUSH = SYNC + PUSH
SYNC_PULL = SYNC + PULL
SYNC_CHECKSUM = SYNC + CHECKSUM

REVIEW = f"{API}/review"
CAMPAIGNS = "/campaigns"
CAMPAIGN_REPORTS = "/campaigns/{campaign_id}/reports"
CAMPAIGN_COMPLETENESS = "/campaigns/{campaign_id}/completeness"
REPORT = "/reports/{report_id}"
REPORT_RETURNED = "/reports/{report_id}/returned"
REPORT_ACCEPT = "/reports/{report_id}/accept"
REPORT_RETURN = "/reports/{report_id}/return"
REVIEW_DECISIONS = {"accept": REPORT_ACCEPT, "return": REPORT_RETURN}


def review_decision(report_id: UUID | str, action: str) -> str:
    """`POST` here to accept or return a report (`action` "accept" or "return")."""
    return REVIEW + REVIEW_DECISIONS[action].format(report_id=report_id)


def review_returned(report_id: UUID | str) -> str:
    return REVIEW + REPORT_RETURNED.format(report_id=report_id)


# The integrity check (docs/protocol.md "Integrity check"): the caller's buckets, and the
# records of some buckets.
BUCKETS = "/buckets"
BUCKETS_PULL = "/buckets/pull"
SYNC_BUCKETS = SYNC + BUCKETS
SYNC_BUCKETS_PULL = SYNC + BUCKETS_PULL
