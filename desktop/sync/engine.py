"""One sync run: push the outbox, pull what is new, then prove both sides agree.

Each step is resumable: the outbox keeps entries until their answers are parsed, and each
pulled page is stored with its cursor in one transaction. Progress goes to a callback as
(phase, done, total); a `threading.Event` cancels between batches.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime

from desktop.domain import api_paths as paths
from desktop.domain.checksum import scope_checksum
from desktop.domain.wire import (
    MAX_PULL_LIMIT,
    PUSH_BATCH,
    PullResponse,
    PushRequest,
    PushResponse,
)
from desktop.storage.database import Database
from desktop.storage.incoming import IncomingChanges
from desktop.storage.outbox import Outbox, OutgoingMutation

from .collector import collection_paused
from .credentials import Credentials
from .errors import RequestRefused, ServerError, check_cancel
from .http import ApiSession
from .integrity import STILL_DIFFERENT, IntegrityCheck
from .summary import CLOCK_SKEW_LIMIT_SECONDS, SyncSummary

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
OLD_MAX_PULL_LIMIT = 1000  # the largest page servers before 2026-12 give


class SyncEngine:
    def __init__(
        self,
        db: Database,
        api: ApiSession,
        credentials: Credentials,
        *,
        batch_size: int = PUSH_BATCH,
        pull_limit: int = MAX_PULL_LIMIT,
    ):
        self.outbox = Outbox(db)
        self.incoming = IncomingChanges(db)
        self.api = api
        self.credentials = credentials
        self.batch_size = batch_size
        self.pull_limit = pull_limit

    def run(
        self,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> SyncSummary:
        report = progress or (lambda *_: None)
        summary = SyncSummary()
        with collection_paused():  # see sync/collector.py
            self._push(summary, report, cancel)
            self._pull(summary, report, cancel, since=self.incoming.cursor())
            # Every sync compares the content-hash buckets (one small request): a local copy
            # that drifted or lost a row is found and repaired by the next sync (see
            # sync/integrity.py).
            self._verify(summary, report, cancel)
        self._check_clock(summary)
        report("done", 1, 1)
        return summary

    def _call(self, method: str, path: str, **kwargs):
        return self.credentials.authorised(self.api, method, path, **kwargs)

    def _push(self, summary: SyncSummary, report: Progress, cancel) -> None:
        """Batches go one after another and are settled in order. While one is on the server,
        the next is frozen; when its answer comes, the next goes out at once and this thread
        stores the answer and freezes the one after, in one transaction. One network thread,
        so the server judges the batches in the order they were frozen."""
        total = self.outbox.pending()
        done = 0
        report("push", 0, total)
        check_cancel(cancel)
        batch = self.outbox.freeze_batch(self.batch_size)
        if not batch:
            return
        with ThreadPoolExecutor(1, thread_name_prefix="sync-push") as network:
            answer = network.submit(self._send, batch)
            following = self.outbox.freeze_batch(self.batch_size, in_flight=batch)
            while batch:
                body = answer.result()  # raises the typed error of a failed request
                stopping = cancel is not None and cancel.is_set()
                if following and not stopping:
                    answer = network.submit(self._send, following)
                counts, later = self.outbox.settle_and_freeze(
                    batch, body.results, self.batch_size, revisions=body.revisions,
                    in_flight=following,
                )  # fmt: skip
                check_cancel(cancel)  # the answers are kept; the rest waits
                summary.pushed += counts["applied"]
                summary.conflicts += counts["conflict"]
                summary.rejected += counts["rejected"]
                if not any(counts.values()):
                    raise ServerError("The server answered a push without any result; try later.")
                done += len(batch)
                report("push", done, max(total, done))
                if following:
                    batch, following = following, later
                elif later:  # nothing could go beside this batch; the next goes now
                    answer = network.submit(self._send, later)
                    batch = later
                    following = self.outbox.freeze_batch(self.batch_size, in_flight=later)
                else:
                    batch = later

    def _send(self, batch: list[OutgoingMutation]) -> PushResponse:
        request = PushRequest.model_construct(mutations=[m.mutation for m in batch])
        return self._call(
            "POST", paths.SYNC_PUSH, json_body=request, gzip_body=True, model=PushResponse
        )

    def _fetch(self, since: int) -> PullResponse:
        try:
            return self._call(
                "GET", paths.SYNC_PULL, params={"since": since, "limit": self.pull_limit},
                model=PullResponse,
            )  # fmt: skip
        except RequestRefused as exc:
            if exc.status != 422 or self.pull_limit <= OLD_MAX_PULL_LIMIT:
                raise
            self.pull_limit = OLD_MAX_PULL_LIMIT  # a server from before larger pages
            return self._fetch(since)

    def _pull(
        self, summary: SyncSummary, report: Progress, cancel, *, since: int, repair: bool = False
    ) -> set[str]:
        """Pages in order, each stored with its cursor; the next page is on its way while
        this thread stores one. With `repair`, the ids of the records pulled."""
        seen: set[str] = set()
        cursor = since
        report("pull", 0, 0)
        check_cancel(cancel)
        with ThreadPoolExecutor(1, thread_name_prefix="sync-pull") as network:
            answer: Future[PullResponse] = network.submit(self._fetch, cursor)
            while True:
                page = answer.result()
                more = page.has_more and page.next_cursor > cursor
                if more and not (cancel is not None and cancel.is_set()):
                    answer = network.submit(self._fetch, page.next_cursor)
                counts = self.incoming.apply_page(page.changes, page.next_cursor, repair=repair)
                if repair:  # only a full re-pull needs the ids it saw (see _verify_whole_scope)
                    seen.update(str(change.id) for change in page.changes)
                summary.pulled += counts["new"] + counts["updated"]
                summary.conflicts += counts["conflict"]
                report("pull", summary.pulled, summary.pulled + (1 if page.has_more else 0))
                if not more:
                    return seen
                check_cancel(cancel)
                cursor = page.next_cursor

    def _verify(self, summary: SyncSummary, report: Progress, cancel) -> None:
        report("verify", 0, 1)
        check = IntegrityCheck(self.incoming, self._call, page=self.pull_limit)
        buckets = check.differing()
        if buckets is None:  # a server from before the buckets: the whole-scope checksum
            self._verify_whole_scope(summary, report, cancel)
            return
        if not buckets:
            return
        log.warning("%d integrity buckets differ from the server's; pulling again", len(buckets))
        summary.repulled = True
        repair = check.repull(buckets, cancel)
        summary.pulled += repair.pulled
        summary.conflicts += repair.conflicts
        if check.differing():
            summary.warnings.append(STILL_DIFFERENT)

    def _verify_whole_scope(self, summary: SyncSummary, report: Progress, cancel) -> None:
        if self._checksum_matches():
            return
        log.warning("scope checksum differs from the server's; pulling the whole scope again")
        summary.repulled = True
        seen = self._pull(summary, report, cancel, since=0, repair=True)
        self.incoming.forget_unseen(seen)
        if not self._checksum_matches():
            summary.warnings.append(STILL_DIFFERENT)

    def _checksum_matches(self) -> bool:
        """The older whole-scope checksum over (id, rev, deleted), for older servers."""
        remote = self._call("GET", paths.SYNC_CHECKSUM)
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
