"""The secretariat's review: the report with the version it returned (to show what changed
since), and the decision (accept / return) made on the server and recorded here at once.

Where "the version as returned" comes from: the server keeps every return of a report and
serves the latest (`GET /api/v1/review/reports/{id}/returned`); that is the source of truth,
asked for whenever a resubmitted report is opened while online. This computer also keeps a copy
of each returned version it held (in the encrypted database, keyed by report; also refreshed
from the server's answer), used when the server cannot be asked (offline, an error) or has none.
Only when neither exists does the review say it cannot compare.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
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


def keep_server_version(ctx: AppContext, report_id: str, version: dict[str, Any]) -> dict:
    """The server's returned version in the local copy's shape, kept as the offline fallback
    (database worker)."""
    kept = {
        "rev": version["rev"],
        "answers": version.get("answers") or {},
        "initiatives": version.get("initiatives") or [],
        "returned_at": version.get("returned_at"),
        "comment": version.get("comment") or "",
    }
    store = SyncStateStore(ctx.db)
    local = store.get(_PREFIX + report_id)
    if not local or local.get("rev", 0) <= kept["rev"]:
        store.set(_PREFIX + report_id, kept)
    return kept


def _may_ask_the_server(ctx: AppContext) -> bool:
    return (
        ctx.is_secretariat
        and not ctx.settings.work_offline
        and ctx.sync_status.online is not False
        and not ctx.tasks.closed
    )


def load_review(
    ctx: AppContext, report_id: str, *, on_done: Callback, owner: QObject | None = None
) -> None:
    """`on_done(ReviewData)`. For a resubmitted report, the returned version is the server's
    when it can be asked and has one, else this computer's copy (see the module's docstring)."""
    on_done = on_done or (lambda _review: None)

    def work() -> ReviewData:
        record = ctx.repo.get(UUID(report_id))
        if record is None:
            return ReviewData(None, None, None)
        keep_returned_version(ctx, record)
        campaign_id = str(record.data.get("campaign_id"))
        info = next((c for c in stored_campaigns(ctx) if c.id == campaign_id), None)
        return ReviewData(record, info, returned_version(ctx, report_id))

    def with_server_version(local: ReviewData, version: dict[str, Any] | None) -> None:
        if not version:
            on_done(local)
            return
        ctx.tasks.run_db(
            lambda: keep_server_version(ctx, report_id, version),
            on_done=lambda kept: on_done(replace(local, returned=kept)),
            on_error=lambda _exc: on_done(replace(local, returned=version)),
            owner=owner,
        )

    def loaded(local: ReviewData) -> None:
        if local.record is None or local.state != ReportState.RESUBMITTED:
            on_done(local)
            return
        if not _may_ask_the_server(ctx):
            on_done(local)
            return
        ctx.tasks.run_net(
            lambda: ctx.sync_service().returned_version(UUID(report_id)),
            on_done=lambda version: with_server_version(local, version),
            on_error=lambda _exc: on_done(local),  # offline or refused: this computer's copy
            owner=owner,
        )

    ctx.tasks.run_db(work, on_done=loaded, owner=owner)


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
