"""`/api/v1/review`: the secretariat's review of country reports. Focal points get 403."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Query

from desktop.domain import api_paths as paths
from desktop.domain.country_report import ReportState
from desktop.domain.wire import RecordEnvelope

from ..db.engine import read_session
from ..deps import AddressDep, EngineDep, Secretariat
from ..errors import ApiError
from ..review import decisions, queries, returns
from ..schemas import (
    AcceptDecision,
    CampaignSummary,
    Completeness,
    ReturnDecision,
    ReturnedReport,
    ReviewItem,
)
from ..sync.records import load_records
from . import COMMON_ERRORS, ROUTE_CLASS, error_responses

router = APIRouter(
    prefix=paths.REVIEW,
    tags=["review"],
    route_class=ROUTE_CLASS,
    responses={**COMMON_ERRORS, **error_responses(401, 403, 404)},
)


@router.get(paths.CAMPAIGNS, response_model=list[CampaignSummary])
def campaigns(principal: Secretariat, engine: EngineDep) -> list[CampaignSummary]:
    return queries.list_campaigns(engine)


@router.get(paths.CAMPAIGN_REPORTS, response_model=list[ReviewItem])
def reports(
    campaign_id: UUID,
    principal: Secretariat,
    engine: EngineDep,
    state: Annotated[list[ReportState] | None, Query(description="Default: waiting ones")] = None,
) -> list[ReviewItem]:
    """The campaign's reports in the given states (default: submitted and resubmitted)."""
    states = [s.value for s in state] if state else list(queries.WAITING_STATES)
    return queries.reports_for_review(engine, str(campaign_id), states)


@router.get(paths.CAMPAIGN_COMPLETENESS, response_model=Completeness)
def completeness(campaign_id: UUID, principal: Secretariat, engine: EngineDep) -> Completeness:
    """Each member country of the campaign's dialogue with its report's state (or `missing`)."""
    return queries.completeness(engine, str(campaign_id))


@router.get(paths.REPORT, response_model=RecordEnvelope)
def report(report_id: UUID, principal: Secretariat, engine: EngineDep) -> dict[str, Any]:
    with read_session(engine) as session:
        stored = load_records(session, [str(report_id)]).get(str(report_id))
    if stored is None or stored.kind != "country_report":
        raise ApiError(404, "not_found", "There is no such country report")
    return stored.envelope()


@router.get(paths.REPORT_RETURNED, response_model=ReturnedReport)
def returned(report_id: UUID, principal: Secretariat, engine: EngineDep) -> ReturnedReport:
    """The report as the secretariat last returned it: what a resubmission is compared with.
    404 when it was never returned."""
    return returns.latest_return(engine, str(report_id))


def _decide(
    engine, principal, address, report_id: UUID, decision, body: AcceptDecision | ReturnDecision
):
    return decisions.decide_report(
        engine, principal, str(report_id), decision, body.comment, body.base_rev, address
    )


@router.post(paths.REPORT_ACCEPT, response_model=RecordEnvelope, responses=error_responses(409))
def accept(
    report_id: UUID,
    body: AcceptDecision,
    principal: Secretariat,
    engine: EngineDep,
    address: AddressDep,
) -> dict[str, Any]:
    """Accept a submitted report (with an optional comment); clients get it by pull."""
    return _decide(engine, principal, address, report_id, "accept", body)


@router.post(paths.REPORT_RETURN, response_model=RecordEnvelope, responses=error_responses(409))
def return_report(
    report_id: UUID,
    body: ReturnDecision,
    principal: Secretariat,
    engine: EngineDep,
    address: AddressDep,
) -> dict[str, Any]:
    """Return a submitted report to its country with a comment saying what to fix."""
    return _decide(engine, principal, address, report_id, "return", body)
