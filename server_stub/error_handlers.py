"""FastAPI's own errors (404, 405, validation, malformed JSON) and ours, all answered as JSON
`{"error": {"code", "message", "fields"}}`; anything unforeseen becomes a JSON 500 that is logged
without its message, which may carry data."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy.exc import DataError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import CODES, ApiError, log_unexpected
from .jsonio import RawJSONResponse, dumps

log = logging.getLogger(__name__)


def error_response(
    status: int,
    code: str,
    message: str,
    fields: Iterable[Mapping[str, str]] = (),
    headers: Mapping[str, str] | None = None,
) -> RawJSONResponse:
    body = {"error": {"code": code, "message": message, "fields": [dict(f) for f in fields]}}
    return RawJSONResponse(dumps(body), status_code=status, headers=dict(headers or {}))


def _http_message(request: Request, status: int, detail: Any) -> str:
    if status == 404:
        return f"There is nothing at {request.url.path}; check the address"
    if status == 405:
        return f"{request.method} is not allowed on {request.url.path}"
    if isinstance(detail, str) and detail:
        return detail
    return CODES.get(status, "error").replace("_", " ").capitalize()


def _field_name(loc: Iterable[Any]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in {"body", "query", "path", "header", "cookie"}:
        parts = parts[1:]
    return ".".join(parts) or "body"


def _field_message(error: Mapping[str, Any]) -> str:
    kind = error.get("type", "")
    loc = tuple(error.get("loc", ()))
    if kind == "missing":
        if loc == ("body",):
            return "The request needs a JSON body"
        return "This field is required"
    if kind == "model_attributes_type" and loc == ("body",):
        return "Send the body as a JSON object with Content-Type: application/json"
    if kind == "extra_forbidden":
        return "This is not a known field; remove it"
    return str(error.get("msg", "Invalid value"))


def _field_code(error: Mapping[str, Any]) -> str:
    kind = error.get("type", "")
    return {"missing": "required", "extra_forbidden": "unknown_field"}.get(kind, "invalid")


def validation_fields(errors: Iterable[Mapping[str, Any]]) -> list[dict[str, str]]:
    return [
        {
            "field": _field_name(e.get("loc", ())),
            "message": _field_message(e),
            "code": _field_code(e),
        }
        for e in errors
    ]


async def _on_api_error(request: Request, exc: ApiError) -> RawJSONResponse:
    return error_response(exc.status, exc.code, exc.message, exc.fields, exc.headers)


async def _on_http_error(request: Request, exc: StarletteHTTPException) -> RawJSONResponse:
    status = exc.status_code
    code = getattr(exc, "code", None) or CODES.get(status, "error")  # e.g. jsonio.TooDeep
    return error_response(status, code, _http_message(request, status, exc.detail), (), exc.headers)


async def _on_validation_error(request: Request, exc: RequestValidationError) -> RawJSONResponse:
    errors = list(exc.errors())
    json_errors = [e for e in errors if e.get("type") == "json_invalid"]
    if json_errors:
        reason = (json_errors[0].get("ctx") or {}).get("error", "")
        message = f"The body is not valid JSON ({reason})" if reason else "Not valid JSON"
        return error_response(400, "invalid_json", message)
    fields = validation_fields(errors)
    first = fields[0] if fields else {"field": "request", "message": "invalid"}
    more = f" (and {len(fields) - 1} more problems)" if len(fields) > 1 else ""
    message = f"The request is not valid: {first['field']}: {first['message']}{more}"
    return error_response(422, "invalid", message, fields)


async def _on_database_down(
    request: Request, exc: OperationalError | PoolTimeout
) -> RawJSONResponse:
    kind = type(getattr(exc, "orig", None) or exc).__name__
    log.error("database unavailable on %s %s: %s", request.method, request.url.path, kind)
    return error_response(
        503, "database_unavailable", "The server cannot reach its database; try again shortly"
    )


async def _on_data_error(request: Request, exc: DataError) -> RawJSONResponse:
    log.warning("database refused a value on %s %s", request.method, request.url.path)
    return error_response(400, "bad_value", "A value in the request cannot be stored")


class CatchAllMiddleware:
    """Turns an exception no handler took into a JSON 500 (and stops it from propagating)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            log_unexpected(exc, f"{scope.get('method')} {scope.get('path')}")
            if started:
                raise
            response = error_response(
                500, "internal_error", "The server hit a problem; it has been logged"
            )
            await response(scope, receive, send)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _on_api_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(DataError, _on_data_error)
    app.add_exception_handler(OperationalError, _on_database_down)
    app.add_exception_handler(PoolTimeout, _on_database_down)
    app.add_middleware(CatchAllMiddleware)
