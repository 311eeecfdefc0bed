"""The integrity check after every sync: compare content-hash buckets, re-pull those that differ.

Both sides keep, per bucket (an id's first two hex digits), the count and XOR of the content
hashes of the records in the caller's scope (`desktop.domain.checksum`; the client's are kept
by triggers, `desktop.storage.integrity`). A comparison is one small request and one small
local read. Buckets that differ are pulled again with repair semantics: a record without local
changes takes the server's copy even at the same revision, a synced record the server no
longer has in those buckets is dropped. Then the buckets are compared once more; a difference
left means records with local changes (unsent, refused or in conflict) and becomes a warning.

A server from before the buckets (404) gets the older whole-scope checksum and full re-pull.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from desktop.domain import api_paths as paths
from desktop.domain.checksum import Bucket, differing, hash_from_hex
from desktop.domain.wire import MAX_PULL_LIMIT, BucketPullResponse, BucketsResponse
from desktop.storage.incoming import IncomingChanges
from desktop.storage.integrity import forget_unseen_in, local_buckets

from .errors import RequestRefused, check_cancel

log = logging.getLogger(__name__)

Call = Callable[..., object]
STILL_DIFFERENT = (
    "The local copy still differs from the server after pulling the differing records again; "
    "records with unsent changes or conflicts may explain it."
)


@dataclass
class Repair:
    buckets: int = 0  # buckets that differed
    pulled: int = 0  # records stored anew (new, newer or rewritten at the same revision)
    conflicts: int = 0
    dropped: int = 0  # synced records the server no longer has


class IntegrityCheck:
    def __init__(self, incoming: IncomingChanges, call: Call, *, page: int = MAX_PULL_LIMIT):
        self.db = incoming.db
        self.incoming = incoming
        self.call = call
        self.page = page

    def local(self) -> dict[str, Bucket]:
        with self.db.write() as session:
            return local_buckets(session)

    def remote(self) -> dict[str, Bucket] | None:
        """The server's buckets of our scope; None from a server without them."""
        try:
            body = self.call("GET", paths.SYNC_BUCKETS, model=BucketsResponse)
        except RequestRefused as exc:
            if exc.status == 404:
                return None
            raise
        return {name: (b.count, hash_from_hex(b.hash)) for name, b in body.buckets.items()}

    def differing(self) -> list[str] | None:
        """The buckets that differ (none: both sides agree); None without server buckets."""
        remote = self.remote()
        return None if remote is None else differing(self.local(), remote)

    def repull(self, buckets: list[str], cancel: threading.Event | None = None) -> Repair:
        """Pull `buckets` again, page by page, with repair semantics (the pull cursor stays)."""
        repair = Repair(buckets=len(buckets))
        cursor = self.incoming.cursor()
        seen: set[str] = set()
        after = ""
        while True:
            check_cancel(cancel)
            page = self.call(
                "GET", paths.SYNC_BUCKETS_PULL, model=BucketPullResponse,
                params={"buckets": ",".join(buckets), "after": after, "limit": self.page},
            )  # fmt: skip
            counts = self.incoming.apply_page(page.changes, cursor, repair=True)
            seen.update(str(change.id) for change in page.changes)
            repair.pulled += counts["new"] + counts["updated"]
            repair.conflicts += counts["conflict"]
            if not page.has_more or not page.next_after or page.next_after <= after:
                break
            after = page.next_after
        with self.db.write() as session:
            repair.dropped = forget_unseen_in(session, buckets, seen)
        return repair
