"""Sign-in state: the refresh token in the OS keyring (per profile and server), the access
token in memory only. Signing out, or a refused refresh, clears both."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.config import keyring_store
from desktop.domain import api_paths as paths

from .errors import AuthFailed, NotSignedIn, RequestRefused, SessionExpired, SyncError

if TYPE_CHECKING:  # the session is handed in: who only asks who is signed in needs no HTTP
    from .http import ApiSession

log = logging.getLogger(__name__)

EXPIRY_MARGIN_SECONDS = 30


@dataclass(frozen=True)
class UserInfo:
    email: str
    role: str
    country: str | None
    server_url: str


class Credentials:
    def __init__(self, profile_id: str, server_url: str):
        self.server_url = server_url.rstrip("/")
        self._name = f"refresh-token:{profile_id}:{self.server_url}"
        self._access: str | None = None
        self._access_expires = 0.0
        self._refresh_in_memory: str | None = None

    # The refresh token ----------------------------------------------------------------------

    def refresh_token(self) -> str | None:
        return self._refresh_in_memory or keyring_store.get_secret(self._name)

    def _keep(self, body: dict[str, Any]) -> None:
        self._access = body["access_token"]
        self._access_expires = time.monotonic() + float(body.get("expires_in", 900))
        refresh = body["refresh_token"]
        if keyring_store.status().usable:
            keyring_store.set_secret(self._name, refresh)
            self._refresh_in_memory = None
        else:  # no keyring: the sign-in lasts while this process runs, never on disk
            self._refresh_in_memory = refresh

    def clear(self) -> None:
        self._access, self._access_expires, self._refresh_in_memory = None, 0.0, None
        keyring_store.delete_secret(self._name)

    # Tokens for requests --------------------------------------------------------------------

    def login(
        self,
        api: ApiSession,
        email: str,
        password: str,
        device_name: str,
        admit: Callable[[UserInfo], None] | None = None,
    ) -> UserInfo:
        """Sign in. `admit(user)` may refuse the account (by raising) before anything of the
        sign-in is kept; the server's new session is then signed out again."""
        try:
            body = api.request(
                "POST",
                paths.AUTH_LOGIN,
                json_body={"email": email, "password": password, "device_name": device_name},
                repeatable=False,
            )
        except SessionExpired as exc:  # a 401 on sign-in: the credentials themselves
            raise AuthFailed("Wrong email or password.") from exc
        user = body.get("user") or {}
        info = UserInfo(user.get("email", email), user.get("role", ""), user.get("country"),
                        self.server_url)  # fmt: skip
        if admit is not None:
            try:
                admit(info)
            except BaseException:
                self._sign_out_unkept(api, body.get("access_token"))
                raise
        self._keep(body)
        return info

    @staticmethod
    def _sign_out_unkept(api: ApiSession, access_token: str | None) -> None:
        """End a session the server opened for a sign-in that is not kept (best effort)."""
        if not access_token:
            return
        try:
            api.request("POST", paths.AUTH_LOGOUT, token=access_token, repeatable=False)
        except SyncError as exc:
            log.info("an unkept session was not signed out: %s", type(exc).__name__)

    def access_token(self, api: ApiSession, *, force_refresh: bool = False) -> str:
        if (
            self._access
            and not force_refresh
            and time.monotonic() < (self._access_expires - EXPIRY_MARGIN_SECONDS)
        ):
            return self._access
        refresh = self.refresh_token()
        if not refresh:
            raise NotSignedIn("You are not signed in: sign in first.")
        try:
            body = api.request(
                "POST", paths.AUTH_REFRESH, json_body={"refresh_token": refresh},
                repeatable=False,
            )  # fmt: skip
        except (SessionExpired, RequestRefused) as exc:
            log.info("refresh refused (%s); signing out", type(exc).__name__)
            self.clear()
            raise SessionExpired("Your session has expired or was revoked: sign in again.") from exc
        self._keep(body)
        assert self._access is not None
        return self._access

    def authorised(self, api: ApiSession, method: str, path: str, **kwargs: Any) -> Any:
        """A request with a valid access token; one refresh and retry when it gets a 401."""
        token = self.access_token(api)
        try:
            return api.request(method, path, token=token, **kwargs)
        except SessionExpired:  # the access token was revoked or expired early
            return api.request(
                method, path, token=self.access_token(api, force_refresh=True), **kwargs
            )
