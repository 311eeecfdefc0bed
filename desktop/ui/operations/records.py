"""Loading, saving and deleting records; list pages and counts for the Qt models."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

from PySide6.QtCore import QObject

from desktop.storage import conflicts as conflict_store
from desktop.storage.listing import ListQuery
from desktop.storage.outbox import Outbox

from ..context import AppContext
from ..events import RecordsChanged

Callback = Callable[[Any], None] | None


def load_record(
    ctx: AppContext,
    record_id: UUID | str,
    *,
    on_done: Callback,
    on_error: Callback = None,
    owner: QObject | None = None,
) -> None:
    """The record and its draft (if any): `on_done((LocalRecord | None, Draft | None))`."""
    rid = UUID(str(record_id))

    def work():
        record = ctx.repo.get(rid)
        kind = record.kind if record else None
        draft = ctx.drafts.load(f"{kind}:{rid}") if kind else None
        return record, draft

    ctx.tasks.run_db(work, on_done=on_done, on_error=on_error, owner=owner)


def save_record(
    ctx: AppContext,
    kind: str,
    data: dict[str, Any],
    *,
    record_id: UUID,
    draft_key: str | None = None,
    on_done: Callback = None,
    on_error: Callback = None,
    owner: QObject | None = None,
) -> None:
    """Validate and save (record + outbox entry in one transaction), then drop the draft."""

    def work():
        existing = ctx.repo.get(record_id)
        country = existing.owner_country if existing else ctx.owner_country
        record = ctx.repo.save(kind, data, record_id=record_id, owner_country=country)
        if draft_key:
            ctx.drafts.discard(draft_key)
        return record

    def done(record) -> None:
        ctx.events.records_changed.emit(RecordsChanged.of(kind, ids=[record.id], source=owner))
        if draft_key:
            ctx.events.drafts_changed.emit(kind)
        if on_done:
            on_done(record)

    ctx.tasks.run_db(work, on_done=done, on_error=on_error, owner=owner)


def delete_record(
    ctx: AppContext,
    kind: str,
    record_id: UUID,
    *,
    on_done: Callback = None,
    on_error: Callback = None,
    owner: QObject | None = None,
) -> None:
    def work():
        ctx.repo.delete(record_id)
        ctx.drafts.discard(f"{kind}:{record_id}")

    def done(_result) -> None:
        ctx.events.records_changed.emit(RecordsChanged.of(kind, ids=[record_id], source=owner))
        if on_done:
            on_done(None)

    ctx.tasks.run_db(work, on_done=done, on_error=on_error, owner=owner)


def fetch_page(
    ctx: AppContext,
    query: ListQuery,
    after,
    limit: int,
    *,
    on_done: Callback,
    owner: QObject | None = None,
    on_error: Callback = None,
    wanted: Callable[[], bool] | None = None,
) -> None:
    """One keyset page; skipped (`on_done(None)`) when `wanted()` says it is stale by the
    time the worker reaches it, so a queue of old queries never delays the current one."""

    def work():
        if wanted is not None and not wanted():
            return None
        return ctx.listing.page(query, after=after, limit=limit)

    ctx.tasks.run_db(work, on_done=on_done, on_error=on_error, owner=owner)


def count(
    ctx: AppContext,
    query: ListQuery,
    *,
    on_done: Callback,
    owner: QObject | None = None,
    wanted: Callable[[], bool] | None = None,
) -> None:
    def work():
        if wanted is not None and not wanted():
            return None
        return ctx.listing.count(query)

    ctx.tasks.run_db(work, on_done=on_done, owner=owner)


def distinct_routes(
    ctx: AppContext, kind: str, *, on_done: Callback, owner: QObject | None = None
) -> None:
    ctx.tasks.run_db(
        lambda: ctx.listing.distinct_values(kind, "route"), on_done=on_done, owner=owner
    )


def refresh_counts(ctx: AppContext, *, owner: QObject | None = None) -> None:
    """Pending changes and open conflicts, into the sync status."""
    ctx.tasks.run_db(
        lambda: (Outbox(ctx.db).pending(), conflict_store.open_count(ctx.db)),
        on_done=lambda counts: ctx.sync_status.set_counts(*counts),
        owner=owner,
    )


def after_import(ctx: AppContext, kind: str, on_done, owner: QObject | None = None):
    """The GUI-thread callback of a file import: when it added or updated records, announce
    them and refresh the counts; then `on_done(summary)`."""

    def done(summary) -> None:
        if summary.added or summary.updated:
            ctx.events.records_changed.emit(RecordsChanged.of(kind, source=owner))
            refresh_counts(ctx)
        if on_done:
            on_done(summary)

    return done
