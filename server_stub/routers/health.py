"""`GET /api/v1/health`: answers without auth, and says whether the database answers."""

from __future__ import annotations

import logging

from fastapi import APIRouter
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from .. import __version__
from ..db.engine import read_session
from ..deps import EngineDep
from ..errors import ApiError
from ..schemas import HealthResponse
from . import API_PREFIX, COMMON_ERRORS, ROUTE_CLASS

log = logging.getLogger(__name__)
router = APIRouter(prefix=API_PREFIX, tags=["health"], route_class=ROUTE_CLASS)


@router.get(
    "/health",
    response_model=HealthResponse,
    responses={**COMMON_ERRORS, 503: {"description": "The database does not answer"}},
)
def health(engine: EngineDep) -> HealthResponse:
    try:
        with read_session(engine) as session:
            session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        log.warning("health check: the database does not answer")
        raise ApiError(503, "database_unavailable", "The database does not answer") from None
    return HealthResponse(status="ok", version=__version__, database=engine.dialect.name)
