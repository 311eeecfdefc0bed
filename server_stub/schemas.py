"""API bodies only the server speaks (sync and auth bodies are in `desktop.domain.wire`)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from desktop.domain.wire import MAX_REV


class _Api(BaseModel):
    model_config = ConfigDict(extra="forbid")


class HealthResponse(_Api):
    status: Literal["ok"]
    version: str
    database: str


class DevicePublic(_Api):
    id: int
    name: str
    created_at: datetime
    last_seen_at: datetime | None
    revoked: bool
    current: bool


class CampaignSummary(_Api):
    id: UUID
    rev: int
    dialogue: str
    title: str
    period: str
    opens: date
    closes: date
    reports: dict[str, int] = Field(description="Reports per review state")


class ReviewItem(_Api):
    id: UUID
    rev: int
    country: str
    country_name: str
    state: str
    submitted_at: datetime | None
    updated_at: datetime
    initiatives: int
    answers: int


MAX_REVISION = MAX_REV
_BASE_REV = Field(
    None,
    ge=0,
    le=MAX_REVISION,
    description="The revision reviewed; if the server has a newer one, the answer is 409",
)


# At least one character that is neither white space nor a control character: what the server
# keeps of a comment once stripped. `\S` alone lets through separators (U+001C–U+001F) that
# pydantic's regex engine does not count as space but Python's `str.strip` removes.
VISIBLE_CHARACTER = r"[^\s\x00-\x1f\x7f-\x9f]"


class AcceptDecision(_Api):
    comment: str | None = Field(None, max_length=10_000)
    base_rev: int | None = _BASE_REV


class ReturnDecision(_Api):
    comment: str = Field(
        min_length=1,
        max_length=10_000,
        pattern=VISIBLE_CHARACTER,
        description="What the country should fix",
    )
    base_rev: int | None = _BASE_REV


class ReturnedReport(_Api):
    """A country report as the secretariat last returned it (to compare a resubmission with)."""

    report_id: UUID
    rev: int = Field(description="The report's revision as returned")
    returned_at: datetime
    answers: dict[str, Any]
    initiatives: list[dict[str, Any]]
    comment: str = Field(description="The return's comment: what the country was asked to fix")


class CountryProgress(_Api):
    country: str
    name: str
    state: str = Field(description="The report's review state, or `missing`")
    report_id: UUID | None
    rev: int | None


class Completeness(_Api):
    campaign_id: UUID
    dialogue: str
    countries: list[CountryProgress]
    totals: dict[str, int]
