"""Accepting or returning a report: a new revision of it, which clients receive by pull."""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import Engine, update

from desktop.domain.country_report import ReportState, may_move
from desktop.domain.errors import RecordInvalid
from desktop.domain.records import normalise

from ..db.engine import write_session
from ..db.models import Record, utc_now
from ..errors import ApiError
from ..jsonio import dumps_text
from ..security.events import security_event
from ..security.tokens import Principal
from ..sync.buckets import Written, note_writes
from ..sync.records import load_records, timestamp
from ..sync.revisions import RevisionAllocator
from .returns import keep_return

Decision = Literal["accept", "return"]
TARGET = {"accept": ReportState.ACCEPTED, "return": ReportState.RETURNED}


def decide_report(
    engine: Engine,
    principal: Principal,
    report_id: str,
    decision: Decision,
    comment: str | None,
    base_rev: int | None,
    address: str | None = None,
) -> dict[str, Any]:
    """Move the report to accepted or returned, with the comment; the new record envelope."""
    comment = (comment or "").strip()
    if decision == "return" and not comment:
        raise ApiError(
            422,
            "invalid",
            "Say what to fix: a returned report needs a comment",
            [
                {
                    "field": "comment",
                    "message": "A comment is required to return a report",
                    "code": "comment_required",
                }
            ],
        )
    with write_session(engine) as session:
        revisions = RevisionAllocator(session)
        current = load_records(session, [report_id]).get(report_id)
        if current is None or current.kind != "country_report" or current.deleted:
            raise ApiError(404, "not_found", "There is no such country report")
        if base_rev is not None and base_rev != current.rev:
            raise ApiError(
                409,
                "conflict",
                f"The report changed since revision {base_rev} (now {current.rev}); "
                "look at it again before deciding",
            )
        old, new = ReportState(current.state), TARGET[decision]
        if old == new or not may_move("secretariat", old, new):
            raise ApiError(
                409,
                "invalid_state",
                f"This report is {old.value}; only submitted reports can be accepted or returned",
            )
        now = utc_now()
        data = current.data()
        data["state"] = new.value
        if comment:
            data.setdefault("comments", []).append(
                {
                    "author": principal.email,
                    "role": "secretariat",
                    "at": timestamp(now),
                    "text": comment,
                }
            )
        try:
            data = normalise("country_report", data)
        except RecordInvalid as exc:
            raise ApiError(
                422, "invalid", "The decision cannot be recorded", [e.as_dict() for e in exc.errors]
            ) from None
        rev = revisions.next()
        written = Written(
            report_id, current.kind, rev, False, current.owner_country, dumps_text(data)
        )
        note_writes(session.connection(), [written])
        session.execute(
            update(Record),
            [
                {
                    "id": report_id,
                    "rev": rev,
                    "updated_at": now,
                    "data": dumps_text(data),
                    "state": new.value,
                    "updated_by": principal.user_id,
                }
            ],
        )
        if new == ReportState.RETURNED:
            keep_return(session, report_id, rev, now, principal.user_id, data, comment)
        revisions.save()
    security_event(
        "review_decision",
        account=principal.email,
        device=principal.device_id,
        address=address,
        decision=decision,
        report=report_id,
        rev=rev,
    )
    current.rev, current.updated_at, current.state = rev, now, new.value
    current.data_json = dumps_text(data)
    return current.envelope()
