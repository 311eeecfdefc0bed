"""FastAPI dependencies: settings, database, the caller and their role."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine

from .db.engine import one_statement_session
from .db.models import utc_now
from .errors import ApiError
from .security.tokens import Principal, principal_for
from .settings import Settings

bearer = HTTPBearer(
    auto_error=False, description="The access token from /api/v1/auth/login or /refresh"
)


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_engine(request: Request) -> Engine:
    return request.app.state.engine


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


SettingsDep = Annotated[Settings, Depends(get_settings)]
EngineDep = Annotated[Engine, Depends(get_engine)]
AddressDep = Annotated[str, Depends(client_address)]


def current_principal(
    engine: EngineDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Principal:
    if credentials is None:
        raise ApiError(
            401,
            "not_signed_in",
            "Sign in first: send the access token as Authorization: Bearer …",
            headers={"WWW-Authenticate": "Bearer"},
        )
    with one_statement_session(engine) as session:  # principal_for is one SELECT
        principal = principal_for(session, credentials.credentials, utc_now())
    if principal is None:
        raise ApiError(
            401,
            "token_invalid",
            "The access token has expired or was revoked; refresh it or sign in again",
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        )
    return principal


CurrentUser = Annotated[Principal, Depends(current_principal)]


def require_secretariat(principal: CurrentUser) -> Principal:
    if not principal.is_secretariat:
        raise ApiError(403, "forbidden", "Only the secretariat can do this")
    return principal


Secretariat = Annotated[Principal, Depends(require_secretariat)]
