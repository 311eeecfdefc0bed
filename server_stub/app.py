"""The application factory: `create_app(settings)` gives a ready FastAPI app on a migrated
database. The OpenAPI description is served at `/openapi.json` only when the `api_docs` setting
is on; no docs page is ever served (FastAPI's loads its scripts from another site)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.middleware.gzip import GZipMiddleware

from . import __version__
from .body_limits import RequestBodyMiddleware
from .db.engine import make_engine
from .db.migrate import upgrade_to_head
from .error_handlers import install_error_handlers
from .routers import auth, health, review, sync
from .security.headers import SecurityHeadersMiddleware
from .settings import Settings
from .updates import mount_updates, updates_dir_from

log = logging.getLogger(__name__)

DESCRIPTION = """The central endpoint of Focal Point Desk: focal points sync their country's
records here; the secretariat reviews country reports. Every error is JSON
`{"error": {"code", "message", "fields"}}`. Request bodies may be gzip-compressed."""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    engine = make_engine(
        settings.db,
        pool_size=settings.db_pool_size,
        busy_timeout_ms=settings.sqlite_busy_timeout_ms,
    )
    if settings.run_migrations:
        upgrade_to_head(engine)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        engine.dispose()

    app = FastAPI(
        title="Focal Point Desk — central endpoint",
        version=__version__,
        description=DESCRIPTION,
        openapi_url="/openapi.json" if settings.api_docs else None,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    install_error_handlers(app)
    app.add_middleware(RequestBodyMiddleware, max_body_bytes=settings.max_body_bytes)
    app.add_middleware(
        GZipMiddleware, minimum_size=settings.gzip_minimum_bytes, compresslevel=settings.gzip_level
    )
    app.add_middleware(SecurityHeadersMiddleware)  # outermost: on every answer, errors too
    for module in (health, auth, sync, review):
        app.include_router(module.router)
    mount_updates(app, updates_dir_from(settings))
    log.debug("app ready on %s", engine.dialect.name)
    return app
