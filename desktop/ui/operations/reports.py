"""Campaigns and country reports: the focal point's reports, the secretariat's grid, submit."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from pydantic import ValidationError
from PySide6.QtCore import QObject

from desktop.domain.campaign import Campaign
from desktop.domain.country_report import ReportState
from desktop.domain.errors import FieldError, RecordInvalid
from desktop.domain.forms import validate_for_submission
from desktop.domain.records import check
from desktop.storage.listing import ListQuery
from desktop.storage.records import LocalRecord

from ..context import AppContext
from .records import save_record

Callback = Callable[[Any], None] | None
REPORT_NAMESPACE = uuid.UUID("6f1d7a52-0c1e-4d8f-9a43-7e2b5c9d1f00")
_MANY = 100_000


@dataclass(frozen=True)
class CampaignInfo:
    id: str
    campaign: Campaign

    @property
    def is_open(self) -> bool:
        return self.campaign.is_open(datetime.now().date())


@dataclass(frozen=True)
class ReportSlot:
    campaign: CampaignInfo
    report: LocalRecord | None


@dataclass(frozen=True)
class ReviewGrid:
    campaigns: list[CampaignInfo]
    cells: dict[tuple[str, str], tuple[str, str]]  # (campaign id, country) → (state, report id)


def report_id_for(campaign_id: str, country: str, generation: int = 0) -> UUID:
    """One report per campaign and country: every device of the country makes the same id.
    The server never takes a deleted record's id again, so a report started anew after one was
    deleted takes the next generation's id (which every device of the country makes too)."""
    name = f"{campaign_id}:{country}" + (f":{generation}" if generation else "")
    return uuid.uuid5(REPORT_NAMESPACE, name)


def _unused_report_id(ctx: AppContext, campaign_id: str, country: str) -> UUID:
    """The first id of the campaign and country's sequence that no deleted report holds."""
    generation = 0
    while True:
        record_id = report_id_for(campaign_id, country, generation)
        record = ctx.repo.get(record_id)
        if record is None or not record.deleted:
            return record_id
        generation += 1


def stored_campaigns(ctx: AppContext) -> list[CampaignInfo]:
    rows = ctx.listing.page(ListQuery(kind="campaign"), limit=_MANY).rows
    out = []
    for row in rows:
        record = ctx.repo.get(UUID(row.id))
        if record is None:
            continue
        try:
            out.append(CampaignInfo(row.id, Campaign.model_validate(record.data)))
        except ValidationError:
            continue  # a campaign this version cannot read: skipped, not fatal
    return sorted(out, key=lambda c: c.campaign.opens, reverse=True)


def stored_report_rows(ctx: AppContext):
    return ctx.listing.page(ListQuery(kind="country_report"), limit=_MANY).rows


def load_my_reports(
    ctx: AppContext, country: str | None, *, on_done: Callback, owner: QObject | None = None
) -> None:
    """Each campaign with this country's report (or None when not started)."""

    def work() -> list[ReportSlot]:
        campaigns = stored_campaigns(ctx)
        mine = {r.title: r.id for r in stored_report_rows(ctx) if r.label == country}
        slots = []
        for info in campaigns:
            rid = mine.get(info.id)
            slots.append(ReportSlot(info, ctx.repo.get(UUID(rid)) if rid else None))
        return slots

    ctx.tasks.run_db(work, on_done=on_done, owner=owner)


def load_review_grid(ctx: AppContext, *, on_done: Callback, owner: QObject | None = None) -> None:
    from .review import keep_returned_versions

    def work() -> ReviewGrid:
        rows = stored_report_rows(ctx)
        keep_returned_versions(ctx, rows)  # what a resubmission is compared with
        cells = {(r.title, r.label): (r.status, r.id) for r in rows}
        return ReviewGrid(stored_campaigns(ctx), cells)

    ctx.tasks.run_db(work, on_done=on_done, owner=owner)


def load_report(
    ctx: AppContext, report_id: str, *, on_done: Callback, owner: QObject | None = None
) -> None:
    """`on_done((LocalRecord, CampaignInfo | None))`."""

    def work():
        record = ctx.repo.get(UUID(report_id))
        if record is None:
            return None, None
        campaign_id = str(record.data.get("campaign_id"))
        info = next((c for c in stored_campaigns(ctx) if c.id == campaign_id), None)
        return record, info

    ctx.tasks.run_db(work, on_done=on_done, owner=owner)


def start_report(
    ctx: AppContext,
    campaign_id: str,
    country: str,
    *,
    on_done: Callback = None,
    on_error: Callback = None,
    owner: QObject | None = None,
) -> None:
    data = {"campaign_id": campaign_id, "country": country, "state": "draft"}

    def save(record_id: UUID) -> None:
        save_record(
            ctx,
            "country_report",
            data,
            record_id=record_id,
            on_done=on_done,
            on_error=on_error,
            owner=owner,
        )

    ctx.tasks.run_db(
        lambda: _unused_report_id(ctx, campaign_id, country),
        on_done=save,
        on_error=on_error,
        owner=owner,
    )


def submission_errors(campaign: Campaign, data: dict[str, Any]) -> list[FieldError]:
    """Everything that stops `data` from being submitted (form rules and record rules)."""
    return validate_for_submission(campaign.form, data) + check("country_report", data)


def submit_report(
    ctx: AppContext,
    campaign: Campaign,
    report_id: UUID,
    data: dict[str, Any],
    *,
    draft_key: str | None = None,
    on_done: Callback = None,
    on_error: Callback = None,
    owner: QObject | None = None,
) -> None:
    """Submit (or resubmit a returned report) when it passes validation; else `on_error`
    receives `RecordInvalid` with every problem."""
    errors = submission_errors(campaign, data)
    if errors:
        if on_error:
            on_error(RecordInvalid(errors))
        return
    state = ReportState(data.get("state") or "draft")
    new = ReportState.RESUBMITTED if state == ReportState.RETURNED else ReportState.SUBMITTED
    submitted = {
        **data,
        "state": new.value,
        "submitted_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    save_record(
        ctx,
        "country_report",
        submitted,
        record_id=report_id,
        draft_key=draft_key,
        on_done=on_done,
        on_error=on_error,
        owner=owner,
    )
