"""A country's report for one campaign: answers, initiatives, review state and comments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from .errors import Invalid
from .reference.jvap import DOMAINS, PRIORITY_AREAS
from .types import (
    CODE_CHARS,
    COMMENT_CHARS,
    LONG_TEXT_CHARS,
    MAX_ANSWERS,
    MAX_COMMENTS,
    MAX_COUNTRIES,
    MAX_INITIATIVES,
    MAX_ITEMS,
    NAME_CHARS,
    SHORT_TEXT_CHARS,
    SOURCE_CHARS,
    Answer,
    CountryCode,
    Day,
    Moment,
    OptionalText,
    PartnerCode,
    WebAddress,
    bounded,
)

KIND = "country_report"


class ReportState(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    RESUBMITTED = "resubmitted"
    ACCEPTED = "accepted"


# Who may move a report from one state to another.
FOCAL_POINT_MOVES: dict[ReportState, set[ReportState]] = {
    ReportState.DRAFT: {ReportState.SUBMITTED},
    ReportState.RETURNED: {ReportState.RESUBMITTED},
}
SECRETARIAT_MOVES: dict[ReportState, set[ReportState]] = {
    ReportState.SUBMITTED: {ReportState.RETURNED, ReportState.ACCEPTED},
    ReportState.RESUBMITTED: {ReportState.RETURNED, ReportState.ACCEPTED},
}
EDITABLE_STATES = frozenset({ReportState.DRAFT, ReportState.RETURNED})


def may_move(role: str, old: ReportState, new: ReportState) -> bool:
    if old == new:
        return True
    moves = SECRETARIAT_MOVES if role == "secretariat" else FOCAL_POINT_MOVES
    return new in moves.get(old, set())


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, defer_build=True)


class Initiative(_Part):
    type: Literal["project", "policy"] = Field(title="Type")
    title: str = Field(title="Title", min_length=1, max_length=SHORT_TEXT_CHARS)
    description: OptionalText = Field(None, title="Description", max_length=LONG_TEXT_CHARS)
    domains: list[Annotated[int, Field(ge=1, le=5)]] = Field(
        title="JVAP domains", min_length=1, max_length=len(DOMAINS)
    )
    priority_areas: list[bounded(CODE_CHARS)] = Field(
        default_factory=list, title="Priority areas", max_length=len(PRIORITY_AREAS)
    )
    countries: list[CountryCode] = Field(
        default_factory=list, title="Countries covered", max_length=MAX_COUNTRIES
    )
    implementing_organisations: list[bounded(SHORT_TEXT_CHARS)] = Field(
        default_factory=list, title="Implementers", max_length=MAX_ITEMS
    )
    partner_organisations: list[bounded(SHORT_TEXT_CHARS)] = Field(
        default_factory=list, title="Partners", max_length=MAX_ITEMS
    )
    funding_sources: list[bounded(SHORT_TEXT_CHARS)] = Field(
        default_factory=list, title="Funding sources", max_length=MAX_ITEMS
    )
    budget_eur: Annotated[Decimal | None, Field(ge=0, max_digits=15, decimal_places=2)] = Field(
        None, title="Budget (EUR)", validate_default=True
    )
    start_date: Day | None = Field(None, title="Start date")
    end_date: Day | None = Field(None, title="End date")
    status: Literal["planned", "ongoing", "completed"] = Field("ongoing", title="Status")
    target_groups: list[bounded(SHORT_TEXT_CHARS)] = Field(
        default_factory=list, title="Target groups", max_length=MAX_ITEMS
    )
    link: WebAddress = Field(None, title="Link", max_length=SOURCE_CHARS)

    # Each rule is checked on the field it is about, so its message is shown next to it.
    @field_validator("priority_areas")
    @classmethod
    def _areas_of_ticked_domains(cls, value: list[str], info: ValidationInfo) -> list[str]:
        domains = info.data.get("domains")
        for code in value:
            if code not in PRIORITY_AREAS:
                raise Invalid(
                    "unknown_priority_area", f"“{code}” is not a JVAP priority area", area=code
                )
            if domains is not None and int(code.split(".")[0]) not in domains:
                raise Invalid(
                    "priority_area_domain",
                    f"Priority area {code} belongs to a domain not ticked",
                    area=code,
                )
        return value

    @field_validator("budget_eur")
    @classmethod
    def _projects_have_budgets(cls, value: Decimal | None, info: ValidationInfo) -> Any:
        if info.data.get("type") == "project" and value is None:
            raise Invalid("project_budget", "A project needs a budget in EUR (0 if none)")
        return value

    @field_validator("end_date")
    @classmethod
    def _ends_after_start(cls, value: date | None, info: ValidationInfo) -> date | None:
        start = info.data.get("start_date")
        if start and value and value < start:
            raise Invalid("end_before_start", "End date must be on or after the start date")
        return value


class Comment(_Part):
    author: str = Field(title="Author", max_length=NAME_CHARS)
    role: Literal["focal_point", "secretariat", "contributor"] = Field(title="Role")
    at: Moment = Field(title="Written at")
    text: str = Field(title="Comment", min_length=1, max_length=COMMENT_CHARS)


class CountryReport(_Part):
    campaign_id: UUID = Field(title="Campaign")
    country: PartnerCode = Field(title="Country")
    state: ReportState = Field(ReportState.DRAFT, title="State")
    answers: dict[bounded(CODE_CHARS), Answer] = Field(
        default_factory=dict, title="Answers", max_length=MAX_ANSWERS
    )
    initiatives: list[Initiative] = Field(
        default_factory=list, title="Initiatives", max_length=MAX_INITIATIVES
    )
    comments: list[Comment] = Field(default_factory=list, title="Comments", max_length=MAX_COMMENTS)
    submitted_at: Moment | None = Field(None, title="Submitted at")


assert set(DOMAINS) == {1, 2, 3, 4, 5}
