"""One router per resource: health, auth, sync, review."""

from __future__ import annotations

from typing import Any

from desktop.domain.api_paths import API
from desktop.domain.wire import ErrorResponse

from ..jsonio import StrictJSONRoute

API_PREFIX = API
ROUTE_CLASS = StrictJSONRoute

_DESCRIPTIONS = {
    400: "Malformed request (not JSON, bad Content-Length or encoding)",
    401: "Not signed in, or the token is no longer valid",
    403: "Signed in, but this role may not do this",
    404: "No such thing",
    409: "The thing changed meanwhile, or is in the wrong state",
    413: "The request body is too large",
    415: "Unsupported Content-Encoding",
    422: "The request does not have the expected shape",
    429: "Too many attempts; wait Retry-After seconds",
}


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the JSON errors an operation may answer."""
    return {code: {"model": ErrorResponse, "description": _DESCRIPTIONS[code]} for code in codes}


COMMON_ERRORS = error_responses(400, 413, 415, 422)
