"""Sign-in, token refresh, sign-out and the caller's devices."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response
from sqlalchemy import select

from desktop.domain import api_paths as paths
from desktop.domain.wire import LoginRequest, RefreshRequest, TokenPair, UserPublic

from ..db.engine import read_session, write_session
from ..db.models import Device, User, utc_now
from ..deps import AddressDep, CurrentUser, EngineDep, SettingsDep
from ..errors import ApiError
from ..schemas import DevicePublic
from ..security import login as signing
from ..security.events import security_event
from ..security.tokens import IssuedTokens, revoke_device
from . import COMMON_ERRORS, ROUTE_CLASS, error_responses

router = APIRouter(
    prefix=paths.AUTH, tags=["auth"], route_class=ROUTE_CLASS, responses=COMMON_ERRORS
)
DeviceId = Annotated[int, Path(ge=1, le=2**31 - 1)]


def _device_label(name: str) -> str:
    """The device name as shown in device lists: control characters dropped, trimmed."""
    label = "".join(ch for ch in name if ch.isprintable()).strip()
    return label[:200] or "device"


def _pair(issued: IssuedTokens, user: User) -> TokenPair:
    return TokenPair(
        access_token=issued.access_token,
        refresh_token=issued.refresh_token,
        expires_in=issued.expires_in,
        user=UserPublic(email=user.email, role=user.role, country=user.country),
    )


@router.post(paths.LOGIN, response_model=TokenPair, responses=error_responses(401, 429))
def login(
    body: LoginRequest, engine: EngineDep, settings: SettingsDep, address: AddressDep
) -> TokenPair:
    device_name = _device_label(body.device_name)
    if "\x00" in body.email:
        raise ApiError(401, "wrong_credentials", signing.WRONG_CREDENTIALS)
    issued, user = signing.login(engine, settings, body.email, body.password, device_name, address)
    return _pair(issued, user)


@router.post(paths.REFRESH, response_model=TokenPair, responses=error_responses(401))
def refresh(
    body: RefreshRequest, engine: EngineDep, settings: SettingsDep, address: AddressDep
) -> TokenPair:
    issued, user = signing.refresh(engine, settings, body.refresh_token, address)
    return _pair(issued, user)


@router.post(paths.LOGOUT, status_code=204, responses=error_responses(401))
def logout(principal: CurrentUser, engine: EngineDep, address: AddressDep) -> Response:
    """Sign this device out: its access and refresh tokens stop working."""
    with write_session(engine) as session:
        revoke_device(session, principal.device_id, utc_now())
    security_event(
        "signed_out", account=principal.email, device=principal.device_id, address=address
    )
    return Response(status_code=204)


@router.get(paths.ME, response_model=UserPublic, responses=error_responses(401))
def me(principal: CurrentUser) -> UserPublic:
    return UserPublic(email=principal.email, role=principal.role, country=principal.country)


@router.get(paths.DEVICES, response_model=list[DevicePublic], responses=error_responses(401))
def my_devices(principal: CurrentUser, engine: EngineDep) -> list[DevicePublic]:
    with read_session(engine) as session:
        devices = session.scalars(
            select(Device).where(Device.user_id == principal.user_id).order_by(Device.id)
        ).all()
    return [
        DevicePublic(
            id=d.id,
            name=d.name,
            created_at=d.created_at,
            last_seen_at=d.last_seen_at,
            revoked=d.revoked_at is not None,
            current=d.id == principal.device_id,
        )
        for d in devices
    ]


@router.delete(paths.DEVICE, status_code=204, responses=error_responses(401, 404))
def revoke(
    device_id: DeviceId, principal: CurrentUser, engine: EngineDep, address: AddressDep
) -> Response:
    """Revoke one device: your own, or any device for the secretariat."""
    with write_session(engine) as session:
        device = session.get(Device, device_id)
        if device is None or not (principal.is_secretariat or device.user_id == principal.user_id):
            raise ApiError(404, "not_found", "You have no such device")
        owner = session.get(User, device.user_id)
        revoke_device(session, device_id, utc_now())
    security_event(
        "device_revoked",
        account=owner.email if owner else None,
        device=device_id,
        address=address,
        by=principal.email,
        by_role=principal.role,
    )
    return Response(status_code=204)
