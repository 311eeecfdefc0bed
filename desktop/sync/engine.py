"""One sync run: push the outbox, pull what is new, then prove both sides agree.

Each step is resumable: the outbox keeps entries until their answers are parsed, and each
pulled page is stored with its cursor in one transaction. Progress goes to a callback as
(phase, done, total); a `threading.Event` cancels between batches.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop.domain.checksum import scope_checksum
from desktop.domain.wire import MAX_PULL_LIMIT
from desktop.storage.database import Database
from desktop.storage.incoming import IncomingChanges
from desktop.storage.outbox import Outbox
from desktop.storage.sync_state import SyncStateStore

from .credentials import Credentials
from .errors import Cancelled, ServerError
from .http import ApiSession

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
CLOCK_SKEW_LIMIT_SECONDS = 300
VERIFY_EVERY_SECONDS = 3600
LAST_VERIFY = "last_verify"


@dataclass
class SyncSummary:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    rejected: int = 0
    repulled: bool = False
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"pushed {self.pushed}, pulled {self.pulled}, {self.conflicts} conflicts, "
            f"{self.rejected} rejected"
        )


class SyncEngine:
    def __init__(
        self,
        db: Database,
        api: ApiSession,
        credentials: Credentials,
        *,
        batch_size: int = 500,
        pull_limit: int = MAX_PULL_LIMIT,
    ):
        self.outbox = Outbox(db)
        self.incoming = IncomingChanges(db)
        self.state = SyncStateStore(db)
        self.api = api
        self.credentials = credentials
        self.batch_size = batch_size
        self.pull_limit = pull_limit

    def run(
        self,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        *,
        verify: bool = False,
    ) -> SyncSummary:
        report = progress or (lambda *_: None)
        summary = SyncSummary()
        self._push(summary, report, cancel)
        self._pull(summary, report, cancel, since=self.incoming.cursor())
        moved = summary.pushed or summary.pulled or summary.conflicts or summary.rejected
        # A sync with nothing to do stays two small requests; the scope is still compared at
        # least every VERIFY_EVERY, so a local copy that drifted is found without any edit.
        if moved or verify or self._verify_due():
            self._verify(summary, report, cancel)
            self.state.set(LAST_VERIFY, time.time())
        self._check_clock(summary)
        report("done", 1, 1)
        return summary

    def _call(self, method: str, path: str, **kwargs):
        return self.credentials.authorised(self.api, method, path, **kwargs)

    @staticmethod
    def _check_cancel(cancel: threading.Event | None) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled("Sync cancelled; it will resume where it stopped.")

    def _push(self, summary: SyncSummary, report: Progress, cancel) -> None:
        total = self.outbox.pending()
        done = 0
        report("push", 0, total)
        self._check_cancel(cancel)
        batch = self.outbox.freeze_batch(self.batch_size)
        while batch:
            body = self._call(
                "POST", "/api/v1/sync/push", json_body={"mutations": [m.wire() for m in batch]},
                gzip_body=True,
            )  # fmt: skip
            results = body.get("results") if isinstance(body, dict) else None
            if not isinstance(results, list):
                raise ServerError("The server's answer to a push was not understood.")
            if cancel is not None and cancel.is_set():
                self.outbox.apply_results(batch, results)  # keep the answers, then stop
                self._check_cancel(cancel)
            # This batch's answers and the next batch's freeze share one transaction.
            counts, following = self.outbox.settle_and_freeze(batch, results, self.batch_size)
            summary.pushed += counts["applied"]
            summary.conflicts += counts["conflict"]
            summary.rejected += counts["rejected"]
            if not any(counts.values()):
                raise ServerError("The server answered a push without any result; try later.")
            done += len(batch)
            report("push", done, max(total, done))
            batch = following

    def _pull(
        self, summary: SyncSummary, report: Progress, cancel, *, since: int, repair: bool = False
    ) -> set[str]:
        seen: set[str] = set()
        cursor = since
        report("pull", 0, 0)
        while True:
            self._check_cancel(cancel)
            page = self._call(
                "GET", "/api/v1/sync/pull", params={"since": cursor, "limit": self.pull_limit}
            )
            changes, next_cursor = page.get("changes"), page.get("next_cursor")
            if not isinstance(changes, list) or not isinstance(next_cursor, int):
                raise ServerError("The server's answer to a pull was not understood.")
            counts = self.incoming.apply_page(changes, next_cursor, repair=repair)
            seen.update(str(c["id"]) for c in changes)
            summary.pulled += counts["new"] + counts["updated"]
            summary.conflicts += counts["conflict"]
            report("pull", summary.pulled, summary.pulled + (1 if page.get("has_more") else 0))
            if not page.get("has_more") or next_cursor <= cursor:
                return seen
            cursor = next_cursor

    def _verify_due(self) -> bool:
        return time.time() - float(self.state.get(LAST_VERIFY, 0)) > VERIFY_EVERY_SECONDS

    def _verify(self, summary: SyncSummary, report: Progress, cancel) -> None:
        report("verify", 0, 1)
        if self._checksum_matches():
            return
        log.warning("scope checksum differs from the server's; pulling the whole scope again")
        summary.repulled = True
        seen = self._pull(summary, report, cancel, since=0, repair=True)
        self.incoming.forget_unseen(seen)
        if not self._checksum_matches():
            summary.warnings.append(
                "The local copy still differs from the server after a full pull; "
                "records with unsent changes or conflicts may explain it."
            )

    def _checksum_matches(self) -> bool:
        remote = self._call("GET", "/api/v1/sync/checksum")
        return remote.get("checksum") == scope_checksum(self.incoming.scope_items())

    def _check_clock(self, summary: SyncSummary) -> None:
        server = self.api.last_server_date
        if server is None:
            return
        skew = abs((datetime.now(UTC) - server).total_seconds())
        if skew > CLOCK_SKEW_LIMIT_SECONDS:
            summary.warnings.append(
                f"This computer's clock is {int(skew // 60)} minutes off the server's; "
                "correct it so dates on records are right."
            )
