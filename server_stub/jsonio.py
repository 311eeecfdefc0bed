"""JSON in and out with orjson: strict parsing (no NaN, no lone surrogates) and fast output.

Requests are parsed strictly so nothing that cannot be stored or sent back as valid JSON ever
reaches a handler; the pull and push hot paths write their bodies as bytes directly.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

import orjson
from fastapi import Request, Response
from fastapi.routing import APIRoute

JSON_MEDIA_TYPE = "application/json"


def dumps(value: Any) -> bytes:
    return orjson.dumps(value)


def dumps_text(value: Any) -> str:
    return orjson.dumps(value).decode()


def canonical(value: Any) -> bytes:
    """Key-sorted JSON: equal values give equal bytes (for idempotency hashes)."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)


loads = orjson.loads
JSONError = orjson.JSONDecodeError
EncodeError = orjson.JSONEncodeError


class RawJSONResponse(Response):
    """A response whose body is already JSON bytes."""

    media_type = JSON_MEDIA_TYPE


class StrictJSONRequest(Request):
    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            self._json = orjson.loads(await self.body())
        return self._json


class StrictJSONRoute(APIRoute):
    """Routes whose JSON bodies are parsed by orjson (its errors are `json.JSONDecodeError`s)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def strict_handler(request: Request) -> Response:
            return await handler(StrictJSONRequest(request.scope, request.receive))

        return strict_handler
