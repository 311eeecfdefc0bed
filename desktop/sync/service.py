"""What the window and the command line call: sign in, sync, sign out, review.

Plain Python (no Qt); every call may block on the network, so the window runs them on its
network worker.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any, Literal
from uuid import UUID

from desktop.config.paths import ProfilePaths
from desktop.config.settings import Settings, save_settings
from desktop.domain import api_paths
from desktop.storage.account_scope import OtherScope, admit_account
from desktop.storage.clock import utc_now
from desktop.storage.database import Database
from desktop.storage.incoming import IncomingChanges
from desktop.storage.sync_state import ACCOUNT, LAST_SYNC, SyncStateStore

from .credentials import Credentials, UserInfo
from .errors import (
    BadServerAddress,
    InsecureConnection,
    NotSignedIn,
    OtherAccount,
    RequestRefused,
)
from .summary import SyncSummary

# The engine and the HTTP stack (requests) are imported on first use: the window asks who is
# signed in (the database only) before its first paint, and syncs after it.
if TYPE_CHECKING:
    from .engine import Progress, SyncEngine
    from .http import ApiSession
    from .quick import Connection

log = logging.getLogger(__name__)

__all__ = ["SyncService", "SyncSummary", "UserInfo"]


class SyncService:
    def __init__(
        self,
        db: Database,
        paths: ProfilePaths,
        settings: Settings,
        *,
        connection: Connection | None = None,
    ):
        """`connection`: a session already made (and signed in) for the account's server, as
        `focal-desk sync` hands over the one its quick look used (`desktop.sync.quick`)."""
        self.db = db
        self.paths = paths
        self.settings = settings
        self.state = SyncStateStore(db)
        self._lock = threading.Lock()  # one sync at a time
        self._connection = connection

    def _connect(self, server_url: str) -> tuple[ApiSession, Credentials]:
        """The session for `server_url`. Raises `InsecureConnection` (plain http to another
        computer, not allowed by the settings) or `BadServerAddress` before anything is sent."""
        from .quick import connect, wanted_for

        wanted = wanted_for(self.settings, server_url)
        if self._connection is None or self._connection.wanted != wanted:
            if self._connection is not None:
                self._connection.api.close()
            self._connection = connect(self.settings, self.paths, server_url)
        return self._connection.api, self._connection.credentials

    def current_user(self) -> UserInfo | None:
        account = self.state.get(ACCOUNT)
        return UserInfo(**account) if account else None

    def last_sync(self) -> str | None:
        return self.state.get(LAST_SYNC)

    def login(
        self,
        server_url: str,
        email: str,
        password: str,
        device_name: str,
        *,
        switch_account: bool = False,
    ) -> UserInfo:
        """Sign in. An account of another scope than the profile's data raises `OtherAccount`
        (and nothing is kept); with `switch_account` that data is removed first, unless local
        changes are still unsent (`OtherAccount` again, `switching` set)."""
        api, credentials = self._connect(server_url)
        previous = self.current_user()

        def admit(user: UserInfo) -> None:
            try:
                admit_account(self.db, user.__dict__, switch=switch_account)
            except OtherScope as exc:
                held, wanted = exc.recorded, exc.wanted
                raise OtherAccount(
                    (held.role, held.country), (wanted.role, wanted.country), exc.pending,
                    exc.switching,
                ) from None  # fmt: skip

        user = credentials.login(api, email, password, device_name, admit=admit)
        if previous is not None and previous.server_url != user.server_url:
            IncomingChanges(self.db).reset_cursor()  # another server: pull its scope from 0
        self.settings.server_url, self.settings.email = user.server_url, user.email
        self.settings.device_name = device_name
        save_settings(self.paths.settings_file, self.settings)
        log.info("signed in as role %s", user.role)
        return user

    def logout(self) -> None:
        user = self.current_user()
        if user is not None:
            try:
                credentials = self._connect(user.server_url)[1]
            except (InsecureConnection, BadServerAddress):  # signing out needs no connection
                credentials = Credentials(self.paths.keyring_id, user.server_url)
            credentials.clear()
        self.state.clear(ACCOUNT)

    def engine(self) -> SyncEngine:
        user = self.current_user()
        if user is None:
            raise NotSignedIn("You are not signed in: sign in first.")
        from .engine import SyncEngine

        api, credentials = self._connect(user.server_url)
        return SyncEngine(self.db, api, credentials, batch_size=self.settings.push_batch_size)

    def sync(
        self, progress: Progress | None = None, cancel: threading.Event | None = None
    ) -> SyncSummary:
        with self._lock:
            summary = self.engine().run(progress, cancel)
            self.state.set(LAST_SYNC, utc_now())
            log.info("sync done: %s", summary.line())
            return summary

    def review(
        self,
        report_id: UUID,
        action: Literal["accept", "return"],
        comment: str,
        base_rev: int | None = None,
    ) -> dict[str, Any]:
        """Secretariat: accept or return a submitted country report with a comment. With
        `base_rev`, the server refuses (409) when the report changed since it was opened."""
        engine = self.engine()
        body: dict[str, Any] = {"comment": comment}
        if base_rev is not None:
            body["base_rev"] = base_rev
        return engine.credentials.authorised(
            engine.api, "POST", api_paths.review_decision(report_id, action), json_body=body
        )

    def returned_version(self, report_id: UUID) -> dict[str, Any] | None:
        """Secretariat: the country report as the server kept it when it was last returned
        (`rev`, `returned_at`, `answers`, `initiatives`, `comment`); None when it never was."""
        engine = self.engine()
        try:
            return engine.credentials.authorised(
                engine.api, "GET", api_paths.review_returned(report_id)
            )
        except RequestRefused as exc:
            if exc.status == 404:
                return None
            raise

    def close(self) -> None:
        if self._connection is not None:
            self._connection.api.close()
