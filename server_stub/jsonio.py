"""JSON in and out with orjson: strict parsing (no NaN, no lone surrogates) and fast output.

Requests are parsed strictly so nothing that cannot be stored or sent back as valid JSON ever
reaches a handler; the pull and push hot paths write their bodies as bytes directly. A request
body nested deeper than `MAX_JSON_DEPTH` levels is refused (400 `too_deep`) before any handler
sees it: no record needs a tenth of that, and orjson cannot write back data nested 254 levels
deep (it would fail when the push is hashed or stored).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine
from typing import Any

import orjson
from fastapi import Request, Response
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException

JSON_MEDIA_TYPE = "application/json"
MAX_JSON_DEPTH = 64  # objects and lists inside one another, the body itself counting as 1


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


class TooDeep(HTTPException):
    """A request body nested deeper than `MAX_JSON_DEPTH` (answered by `error_handlers`)."""

    code = "too_deep"

    def __init__(self) -> None:
        super().__init__(
            400,
            f"The body nests objects or lists more than {MAX_JSON_DEPTH} levels deep; "
            "no request needs that many, send the records as they are",
        )


def nested_deeper_than(value: Any, limit: int) -> bool:
    """Whether objects and lists in `value` go more than `limit` levels deep (no recursion)."""
    stack = [(value, 1)] if isinstance(value, dict | list) else []
    while stack:
        current, depth = stack.pop()
        if depth > limit:
            return True
        for item in current.values() if isinstance(current, dict) else current:
            if isinstance(item, dict | list):
                stack.append((item, depth + 1))
    return False


_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_OPENING = bytes.maketrans(b"[{]}", b"(())")  # what brackets become, for counting levels
_NOT_BRACKETS = bytes(set(range(256)) - set(b"[]{}"))


def _outside_strings(body: bytes) -> bytes:
    if b"\\" in body:  # escapes (perhaps of quotes) inside strings: find the strings' ends
        return _JSON_STRING.sub(b"", body)
    return b"".join(body.split(b'"')[::2])  # each quote opens or closes a string


def text_nested_deeper_than(body: bytes, limit: int) -> bool:
    """`nested_deeper_than` on the text of a valid JSON document, without walking its values:
    outside strings, each round of dropping adjacent "()" (brackets of either kind) peels one
    level off, so a text deeper than `limit` levels still holds brackets after `limit` rounds.
    A push of a thousand records has a few thousand brackets: this takes a few milliseconds
    where the walk over every value took tens."""
    brackets = _outside_strings(body).translate(_OPENING, _NOT_BRACKETS)
    if brackets.count(b"(") <= limit:
        return False
    for _ in range(limit):
        if not brackets:
            return False
        brackets = brackets.replace(b"()", b"")
    return bool(brackets)


def loads_request(body: bytes) -> Any:
    """A request body parsed strictly; `TooDeep` when it nests too deep (orjson itself stops
    at 1024 levels with an error of its own, which says the same thing)."""
    try:
        value = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        if str(exc).startswith("depth limit exceeded"):
            raise TooDeep from None
        raise
    if text_nested_deeper_than(body, MAX_JSON_DEPTH):
        raise TooDeep
    return value


class StrictJSONRequest(Request):
    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            self._json = loads_request(await self.body())
        return self._json


class StrictJSONRoute(APIRoute):
    """Routes whose JSON bodies are parsed by orjson (its errors are `json.JSONDecodeError`s)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def strict_handler(request: Request) -> Response:
            return await handler(StrictJSONRequest(request.scope, request.receive))

        return strict_handler
