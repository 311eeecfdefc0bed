"""What the secretariat looks at: campaigns, reports waiting for review, completeness."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import Engine, func, select

from desktop.domain.country_report import ReportState
from desktop.domain.local_text import english
from desktop.domain.reference.countries import PARTNER_COUNTRIES, country_name
from desktop.domain.reference.dialogues import DIALOGUES

from ..db.engine import read_session
from ..db.models import Record
from ..errors import ApiError
from ..jsonio import loads
from ..schemas import CampaignSummary, Completeness, CountryProgress, ReviewItem
from ..sync.records import load_records

WAITING_STATES = (ReportState.SUBMITTED.value, ReportState.RESUBMITTED.value)


def _campaign_data(session, campaign_id: str) -> dict:
    stored = load_records(session, [campaign_id]).get(campaign_id)
    if stored is None or stored.kind != "campaign" or stored.deleted:
        raise ApiError(404, "not_found", "There is no such campaign")
    return stored.data()


def list_campaigns(engine: Engine) -> list[CampaignSummary]:
    with read_session(engine) as session:
        campaigns = session.execute(
            select(Record.id, Record.rev, Record.data)
            .where(Record.kind == "campaign", Record.deleted.is_(False))
            .order_by(Record.rev.desc())
        ).all()
        counts = session.execute(
            select(Record.campaign_id, Record.state, func.count())
            .where(Record.kind == "country_report", Record.deleted.is_(False))
            .group_by(Record.campaign_id, Record.state)
        ).all()
    per_campaign: dict[str, dict[str, int]] = {}
    for campaign_id, state, n in counts:
        per_campaign.setdefault(campaign_id, {})[state] = n
    out = []
    for row in campaigns:
        data = loads(row.data)
        out.append(
            CampaignSummary(
                id=row.id,
                rev=row.rev,
                dialogue=data["dialogue"],
                title=english(data["title"]),
                period=data["period"],
                opens=data["opens"],
                closes=data["closes"],
                reports=per_campaign.get(row.id, {}),
            )
        )
    return out


def reports_for_review(engine: Engine, campaign_id: str, states: list[str]) -> list[ReviewItem]:
    with read_session(engine) as session:
        _campaign_data(session, campaign_id)
        rows = session.execute(
            select(Record.id, Record.rev, Record.owner_country, Record.state, Record.updated_at)
            .add_columns(Record.data)
            .where(
                Record.kind == "country_report",
                Record.campaign_id == campaign_id,
                Record.deleted.is_(False),
                Record.state.in_(states),
            )
            .order_by(Record.owner_country)
        ).all()
    items = []
    for row in rows:
        data = loads(row.data)
        items.append(
            ReviewItem(
                id=row.id,
                rev=row.rev,
                country=row.owner_country or data["country"],
                country_name=country_name(row.owner_country or data["country"]),
                state=row.state,
                submitted_at=data.get("submitted_at"),
                updated_at=row.updated_at,
                initiatives=len(data.get("initiatives") or []),
                answers=sum(
                    1 for v in (data.get("answers") or {}).values() if v not in (None, "", [])
                ),
            )
        )
    return items


def completeness(engine: Engine, campaign_id: str) -> Completeness:
    with read_session(engine) as session:
        data = _campaign_data(session, campaign_id)
        rows = session.execute(
            select(Record.id, Record.rev, Record.owner_country, Record.state).where(
                Record.kind == "country_report",
                Record.campaign_id == campaign_id,
                Record.deleted.is_(False),
            )
        ).all()
    reports = {row.owner_country: row for row in rows}
    dialogue = DIALOGUES[data["dialogue"]]
    members = sorted(code for code in dialogue.members if code in PARTNER_COUNTRIES)
    countries = []
    for code in members:
        row = reports.get(code)
        countries.append(
            CountryProgress(
                country=code,
                name=country_name(code),
                state=row.state if row else "missing",
                report_id=row.id if row else None,
                rev=row.rev if row else None,
            )
        )
    totals = Counter(c.state for c in countries)
    return Completeness(
        campaign_id=campaign_id,
        dialogue=dialogue.code,
        countries=countries,
        totals={s: totals.get(s, 0) for s in ["missing", *(state.value for state in ReportState)]},
    )
