"""The secretariat's review: the report with the version it returned (to show what changed
since), and the decision (accept / return) made on the server and recorded here at once.

Where "the version as returned" comes from: the server keeps only a report's current version
(server_stub/review/decisions.py writes the returned state over it, no history), so this
computer keeps it. Whenever it holds a report in state `returned` — the server's answer to its
own Return, or a pull of a report another reviewer returned — it keeps a copy of that version's
answers and initiatives (in the encrypted database, keyed by report). When the resubmitted
version arrives, the review compares the two. A report returned and resubmitted while this
computer never saw it returned has no such copy, and the review says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from PySide6.QtCore import QObject

from desktop.domain.country_report import ReportState
from desktop.storage.incoming import IncomingChanges
from desktop.storage.records import LocalRecord
from desktop.storage.sync_state import SyncStateStore

from ..context import AppContext
from ..events import RecordsChanged
from .reports import CampaignInfo, stored_campaigns

Callback = Callable[[Any], None] | None
_PREFIX = "review.returned:"


@dataclass(frozen=True)
class ReviewData:
    record: LocalRecord | None
    campaign: CampaignInfo | None
    returned: dict[str, Any] | None  # {"rev", "answers", "initiatives"} as returned, if known

    @property
    def state(self) -> ReportState:
        data = self.record.data if self.record else {}
        return ReportState(data.get("state") or "draft")


def keep_returned_version(ctx: AppContext, record: LocalRecord) -> None:
    """Remember `record` as the version returned (database worker)."""
    data = record.data
    if data.get("state") != ReportState.RETURNED.value:
        return
    store = SyncStateStore(ctx.db)
    key = _PREFIX + str(record.id)
    kept = store.get(key)
    if kept and kept.get("rev") == record.rev:
        return
    store.set(
        key,
        {
            "rev": record.rev,
            "answers": data.get("answers") or {},
            "initiatives": data.get("initiatives") or [],
        },
    )


def returned_version(ctx: AppContext, report_id: UUID | str) -> dict[str, Any] | None:
    return SyncStateStore(ctx.db).get(_PREFIX + str(report_id))


def keep_returned_versions(ctx: AppContext, rows) -> None:
    """For the inbox's rows (database worker): keep each returned report's version."""
    for row in rows:
        if row.status == ReportState.RETURNED.value:
            record = ctx.repo.get(UUID(row.id))
            if record is not None:
                keep_returned_version(ctx, record)


def load_review(
    ctx: AppContext, report_id: str, *, on_done: Callback, owner: QObject | None = None
) -> None:
    """`on_done(ReviewData)`."""

    def work() -> ReviewData:
        record = ctx.repo.get(UUID(report_id))
        if record is None:
            return ReviewData(None, None, None)
        keep_returned_version(ctx, record)
        campaign_id = str(record.data.get("campaign_id"))
        info = next((c for c in stored_campaigns(ctx) if c.id == campaign_id), None)
        return ReviewData(record, info, returned_version(ctx, report_id))

    ctx.tasks.run_db(work, on_done=on_done, owner=owner)


def decide(
    ctx: AppContext,
    report_id: str,
    action: str,
    comment: str,
    *,
    base_rev: int | None,
    on_done: Callback = None,
    on_error: Callback = None,
    owner: QObject | None = None,
) -> None:
    """Accept or return on the server (refused there when the report changed since `base_rev`),
    then record the server's answer here, so the inbox and a reopened review show the decision
    at once; a sync follows."""
    from . import sync as sync_ops

    rid = UUID(str(report_id))

    def record(envelope: Any) -> None:
        if not isinstance(envelope, dict) or "rev" not in envelope:
            return
        incoming = IncomingChanges(ctx.db)
        incoming.apply_page([envelope], incoming.cursor())  # the cursor stays where it was
        stored = ctx.repo.get(rid)
        if stored is not None:
            keep_returned_version(ctx, stored)

    def recorded(_none: None) -> None:
        ctx.events.records_changed.emit(RecordsChanged.of("country_report", source=owner))
        sync_ops.sync_now(ctx)
        if on_done:
            on_done(action)

    def answered(envelope: Any) -> None:
        ctx.tasks.run_db(lambda: record(envelope), on_done=recorded, on_error=on_error, owner=owner)

    ctx.tasks.run_net(
        lambda: ctx.sync_service().review(rid, action, comment, base_rev=base_rev),
        on_done=answered,
        on_error=on_error,
        owner=owner,
    )
