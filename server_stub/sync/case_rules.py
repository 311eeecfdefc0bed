"""What the server checks of a missing case beyond its schema: its reference starts with its
owner's country code (`desktop.domain.missing_case.reference_problem`, the rule the app checks
too) and no two live cases of one owner share a reference.

The uniqueness check runs under the revision lock every record write holds (see
`revisions.py`), so two pushes cannot both take one reference; it sees the changes made earlier
in the same batch. The unique index `ix_records_case_reference` backs it in the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.missing_case import reference_problem

from ..db.models import Record
from .push_rules import Verdict
from .records import StoredRecord

KIND = "missing_case"


def case_reference(kind: str, data: Mapping[str, Any] | None, deleted: bool) -> str | None:
    """The reference a record holds for the uniqueness rule: live cases only."""
    if kind != KIND or deleted or not data:
        return None
    reference = data.get("reference")
    return str(reference).strip().upper() if reference else None


def _refused(code: str, message: str, **params: Any) -> Verdict:
    error = {"field": "reference", "message": message, "code": code, "params": params}
    return Verdict("rejected", errors=[error])


def other_case(
    session: Session,
    changed: Mapping[str, StoredRecord],
    owner: str | None,
    reference: str,
    record_id: str,
) -> str | None:
    """The id of another live case of `owner` with `reference`, as this batch leaves things."""
    for state in changed.values():
        if (
            state.id != record_id
            and state.kind == KIND
            and state.owner_country == owner
            and state.reference == reference
        ):
            return state.id
    same_owner = Record.owner_country.is_(None) if owner is None else Record.owner_country == owner
    candidates = session.scalars(
        select(Record.id).where(
            Record.kind == KIND, same_owner, Record.reference == reference, Record.id != record_id
        )
    ).all()
    for candidate in candidates:
        state = changed.get(candidate)  # changed earlier in this batch: its new state counts
        if state is None or (state.reference == reference and state.owner_country == owner):
            return candidate
    return None


def check_case(
    session: Session,
    changed: Mapping[str, StoredRecord],
    verdict: Verdict,
    record_id: str,
) -> Verdict | None:
    """A rejection when an applied case's reference is not its owner's or is taken."""
    reference = case_reference(KIND, verdict.data, False)
    if reference is None:
        return None
    problem = reference_problem(reference, verdict.owner)
    if problem:
        return _refused("reference_country", problem, reference=reference, country=verdict.owner)
    other = other_case(session, changed, verdict.owner, reference, record_id)
    if other is None:
        return None
    return _refused(
        "reference_taken",
        f"Reference “{reference}” is already used by another case (id {other}); "
        "give this case another reference",
        reference=reference,
        id=other,
    )
