"""What a country report write must respect beyond its own fields: its campaign's form, its
country's membership of the campaign's dialogue, one report per campaign and country, the review
states each role may move it between, and the comment history (append-only, written by
the server)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.campaign import Campaign
from desktop.domain.country_report import EDITABLE_STATES, ReportState, may_move
from desktop.domain.errors import FieldError
from desktop.domain.forms import validate_answers, validate_for_submission
from desktop.domain.reference.countries import country_name
from desktop.domain.reference.dialogues import DIALOGUES

from ..db.models import Record
from ..security.tokens import Principal
from .records import StoredRecord, timestamp

FieldErrors = list[dict[str, Any]]
SUBMITTING_STATES = frozenset({ReportState.SUBMITTED, ReportState.RESUBMITTED})


def _error(field: str, message: str, code: str, **params: Any) -> FieldErrors:
    """One field error as pushes answer it: `code` and `params` let a client say it in its own
    language, `message` is the English text."""
    return [FieldError(field, message, code, params).as_dict()]


class CampaignCache:
    """Campaigns read once per push."""

    def __init__(self, lookup: Callable[[str], StoredRecord | None]):
        self._lookup = lookup
        self._cache: dict[str, Campaign | None] = {}

    def get(self, campaign_id: str) -> Campaign | None:
        if campaign_id not in self._cache:
            stored = self._lookup(campaign_id)
            campaign = None
            if stored is not None and stored.kind == "campaign" and not stored.deleted:
                try:
                    campaign = Campaign.model_validate(stored.data())
                except ValidationError:
                    campaign = None
            self._cache[campaign_id] = campaign
        return self._cache[campaign_id]


def other_report_id(session: Session, campaign_id: str, owner: str, report_id: str) -> str | None:
    return session.scalar(
        select(Record.id).where(
            Record.kind == "country_report",
            Record.campaign_id == campaign_id,
            Record.owner_country == owner,
            Record.deleted.is_(False),
            Record.id != report_id,
        )
    )


def _state_errors(principal: Principal, old: ReportState, new: ReportState) -> FieldErrors:
    if principal.role != "secretariat" and old not in EDITABLE_STATES:
        return _error(
            "state",
            f"This report is {old.value} and cannot be changed until the secretariat returns it",
            "report_frozen",
            state=old.value,
        )
    if principal.role == "contributor" and new != old:
        return _error("state", "Only the focal point can submit a report", "contributor_submit")
    if not may_move(principal.role, old, new):
        return _error(
            "state",
            f"A report cannot go from {old.value} to {new.value}",
            "state_move",
            old=old.value,
            new=new.value,
        )
    return []


def merged_comments(
    principal: Principal, stored: list[dict[str, Any]], sent: list[dict[str, Any]], now: datetime
) -> list[dict[str, Any]]:
    """The comment history after a write: every stored comment as it is, then each comment
    `sent` that the history does not hold yet, written by the caller now.

    Comments are append-only and the server is their author: a client's list that lacks some
    (a device that kept its own version in a conflict) or alters some cannot erase them, and
    whatever author, role or time a client puts on a comment is replaced by the caller's own.
    A sent comment is already held when the history has a comment with its text not matched
    by an earlier one: a client sending back the comments it has (stamped by itself or by the
    server) adds nothing."""
    unmatched = Counter(comment["text"] for comment in stored)
    history = list(stored)
    for comment in sent:
        text = comment["text"]
        if unmatched[text]:
            unmatched[text] -= 1
            continue
        history.append(
            {"author": principal.email, "role": principal.role, "at": timestamp(now), "text": text}
        )
    return history


def check_report(
    principal: Principal,
    data: dict[str, Any],
    current: StoredRecord | None,
    owner: str | None,
    campaigns: CampaignCache,
    now: datetime,
) -> FieldErrors:
    """Errors for writing `data` over `current`; on success `data` holds the merged comment
    history (`merged_comments`) and, when it is being submitted, `submitted_at`."""
    country = data["country"]
    if owner is not None and country != owner:
        return _error(
            "country",
            f"This report can only be for {country_name(owner)} ({owner})",
            "report_country",
            country=owner,
        )
    campaign_id = data["campaign_id"]
    if current is not None and current.campaign_id not in (None, campaign_id):
        return _error("campaign_id", "A report cannot move to another campaign", "campaign_move")
    campaign = campaigns.get(campaign_id)
    if campaign is None:
        return _error("campaign_id", "There is no such campaign on the server", "no_campaign")
    dialogue = DIALOGUES[campaign.dialogue]
    if country not in dialogue.members:
        return _error(
            "country",
            f"{country_name(country)} is not part of the {dialogue.name}",
            "not_in_dialogue",
            country=country,
            dialogue=campaign.dialogue,
        )
    old = ReportState(current.state) if current and current.state and not current.deleted else None
    new = ReportState(data["state"])
    errors = _state_errors(principal, old or ReportState.DRAFT, new)
    if errors:
        return errors
    stored = current.data().get("comments", []) if current and not current.deleted else []
    data["comments"] = merged_comments(principal, stored, data.get("comments") or [], now)
    moving_to_submission = new in SUBMITTING_STATES and new != old
    if moving_to_submission:
        errors = validate_for_submission(campaign.form, data)
    else:
        errors = validate_answers(campaign.form, data.get("answers") or {}, complete=False)
    if errors:
        return [e.as_dict() for e in errors]
    if moving_to_submission:
        data["submitted_at"] = timestamp(now)
    return []
