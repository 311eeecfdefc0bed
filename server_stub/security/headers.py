"""Headers on every response: `Cache-Control: no-store` (answers hold case data and tokens; no
browser, proxy or disk cache may keep them) and `X-Content-Type-Options: nosniff`.

The update repository's files under /updates/ keep the caching headers `updates.py` gives them:
they are public, signed and checked by the client, and caching them is what those headers are
for. Anything else there (a 404, say) is no-store like the rest.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..updates import PREFIX as UPDATES_PREFIX


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = scope.get("path", "").startswith(UPDATES_PREFIX + "/")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if not (static and "cache-control" in headers):
                    headers["Cache-Control"] = "no-store"
                headers["X-Content-Type-Options"] = "nosniff"
            await send(message)

        await self.app(scope, receive, with_headers)
