"""The versions of country reports the secretariat returned: kept with each return (in the
decision's transaction) and served back, so any reviewer's computer can show what changed when
the report comes back resubmitted. Every return is kept; the latest is the one compared."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ..db.engine import read_session
from ..db.models import ReportReturn
from ..errors import ApiError
from ..jsonio import dumps_text, loads
from ..schemas import ReturnedReport


def keep_return(
    session: Session,
    report_id: str,
    rev: int,
    at: datetime,
    user_id: int | None,
    data: dict[str, Any],
    comment: str,
) -> None:
    """Add the returned version `data` (revision `rev`) to `session`'s transaction."""
    kept = {
        "answers": data.get("answers") or {},
        "initiatives": data.get("initiatives") or [],
        "comment": comment,
    }
    session.add(
        ReportReturn(
            report_id=report_id, rev=rev, returned_at=at, returned_by=user_id, data=dumps_text(kept)
        )
    )


def latest_return(engine: Engine, report_id: str) -> ReturnedReport:
    """The report as last returned; 404 when it never was (or no longer exists)."""
    with read_session(engine) as session:
        row = session.execute(
            select(ReportReturn.rev, ReportReturn.returned_at, ReportReturn.data)
            .where(ReportReturn.report_id == report_id)
            .order_by(ReportReturn.rev.desc())
            .limit(1)
        ).first()
    if row is None:
        raise ApiError(
            404,
            "not_found",
            "This country report has not been returned to its country, "
            "so there is no returned version to compare with",
        )
    data = loads(row.data)
    return ReturnedReport(
        report_id=report_id,
        rev=row.rev,
        returned_at=row.returned_at,
        answers=data.get("answers") or {},
        initiatives=data.get("initiatives") or [],
        comment=data.get("comment") or "",
    )
