"""Request bodies: a size limit (declared and streamed) and gzip-compressed uploads.

The desktop client gzips its pushes. This middleware reads the body before the application does,
answers 413 when it is (or would decompress to) more than the limit, and hands the application
the plain body, so handlers never see compression or unbounded input.
"""

from __future__ import annotations

import zlib

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .error_handlers import error_response

_GZIP_WINDOW = 16 + zlib.MAX_WBITS
_CHUNK = 64 * 1024


class BodyTooLarge(Exception):
    pass


class BadEncoding(Exception):
    pass


def gunzip_limited(data: bytes, limit: int) -> bytes:
    """Decompress gzip `data`, refusing to produce more than `limit` bytes."""
    inflater = zlib.decompressobj(_GZIP_WINDOW)
    out = bytearray()
    pending = data
    try:
        while pending:
            out += inflater.decompress(pending, _CHUNK)
            if len(out) > limit:
                raise BodyTooLarge
            pending = inflater.unconsumed_tail
            if inflater.eof:
                break
        out += inflater.flush()
    except zlib.error as exc:
        raise BadEncoding from exc
    if not inflater.eof:
        raise BadEncoding
    if len(out) > limit:
        raise BodyTooLarge
    return bytes(out)


class RequestBodyMiddleware:
    def __init__(self, app: ASGIApp, max_body_bytes: int):
        self.app = app
        self.limit = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        problem = self._check_headers(headers)
        if problem is not None:
            await problem(scope, receive, send)
            return
        body, disconnected = await self._read(receive)
        if body is None:
            await self._too_large()(scope, receive, send)
            return
        if disconnected:
            return
        encoding = headers.get("content-encoding", "").strip().lower()
        if encoding in ("gzip", "x-gzip"):
            try:
                body = gunzip_limited(body, self.limit)
            except BodyTooLarge:
                await self._too_large()(scope, receive, send)
                return
            except BadEncoding:
                response = error_response(
                    400, "bad_encoding", "The body is marked gzip but is not valid gzip data"
                )
                await response(scope, receive, send)
                return
        scope = dict(scope)
        scope["headers"] = [
            (name, value)
            for name, value in scope["headers"]
            if name not in (b"content-encoding", b"content-length", b"transfer-encoding")
        ] + [(b"content-length", str(len(body)).encode())]
        await self.app(scope, _replay(body, receive), send)

    def _check_headers(self, headers: Headers):
        declared = headers.get("content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                size = -1
            if size < 0:
                return error_response(400, "bad_request", "Content-Length is not a number")
            if size > self.limit:
                return self._too_large()
        encoding = headers.get("content-encoding", "").strip().lower()
        if encoding not in ("", "identity", "gzip", "x-gzip"):
            return error_response(
                415, "unsupported_encoding", f"Send the body plain or gzip, not “{encoding}”"
            )
        return None

    def _too_large(self):
        return error_response(
            413,
            "too_large",
            f"The request body is larger than {self.limit} bytes; send fewer records per request",
        )

    async def _read(self, receive: Receive) -> tuple[bytes | None, bool]:
        """The whole body (None when over the limit) and whether the client went away."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return b"", True
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                return None, False
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks), False


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
