"""API errors: raised anywhere below a router, answered as JSON by `error_handlers`.

Every error the API answers is `{"error": {"code", "message", "fields"}}`.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterable, Mapping

log = logging.getLogger(__name__)

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid",
    429: "rate_limited",
    500: "internal_error",
}


class ApiError(Exception):
    """An answer other than success, raised anywhere below a router."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        fields: Iterable[Mapping[str, str]] = (),
        headers: Mapping[str, str] | None = None,
    ):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.fields = [dict(f) for f in fields]
        self.headers = dict(headers or {})


def log_unexpected(exc: BaseException, where: str) -> None:
    """Log a bug: the exception type and stack, never its message (it may hold data)."""
    stack = "".join(traceback.format_tb(exc.__traceback__))
    log.error("unexpected %s while handling %s\n%s", type(exc).__name__, where, stack)
