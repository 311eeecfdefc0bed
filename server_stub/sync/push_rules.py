"""The verdict on one mutation: who may write it, whether its base revision still holds, and
whether its data is valid. Pure decisions over the current state; `push.py` does the writing."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.domain.country_report import ReportState
from desktop.domain.errors import FieldError, RecordInvalid
from desktop.domain.records import normalise
from desktop.domain.reference.countries import country_name
from desktop.domain.wire import Mutation

from ..jsonio import EncodeError, canonical, dumps_text
from ..security.tokens import Principal
from .records import StoredRecord
from .report_rules import CampaignCache, check_report

FieldErrors = list[dict[str, Any]]


@dataclass
class Prepared:
    """A mutation checked on its own, before the write lock: its hash and its normalised data."""

    mutation: Mutation
    mutation_id: str
    record_id: str
    body_hash: str
    data: dict[str, Any] | None = None
    errors: FieldErrors = field(default_factory=list)


@dataclass
class Verdict:
    status: str  # "applied", "conflict" or "rejected"
    errors: FieldErrors | None = None
    record: StoredRecord | None = None  # conflict: the server's record
    owner: str | None = None  # applied: the record's owner
    data_json: str = "{}"  # applied: what to store
    data: dict[str, Any] | None = None


def prepare(mutation: Mutation) -> Prepared:
    record_id = str(mutation.id)
    body = {
        "kind": mutation.kind,
        "id": record_id,
        "base_rev": mutation.base_rev,
        "deleted": mutation.deleted,
        "data": mutation.data,
    }
    body_hash = hashlib.sha256(canonical(body)).hexdigest()
    prepared = Prepared(mutation, str(mutation.mutation_id), record_id, body_hash)
    if mutation.deleted:
        return prepared
    try:
        prepared.data = normalise(mutation.kind, mutation.data)
    except RecordInvalid as exc:
        prepared.errors = [e.as_dict() for e in exc.errors]
    return prepared


def _rejected(field_name: str, message: str, code: str, **params: Any) -> Verdict:
    return Verdict("rejected", errors=[FieldError(field_name, message, code, params).as_dict()])


def is_hidden(principal: Principal, current: StoredRecord | None) -> bool:
    """Whether `current` is out of the caller's sight (another country's record): then every
    answer about its id must be the one an id the server does not have gets."""
    if current is None or principal.is_secretariat or current.kind == "campaign":
        return False
    return principal.country is None or current.owner_country != principal.country


def id_unavailable() -> Verdict:
    """A new record under an id the caller cannot see: it cannot be stored, and the answer says
    nothing of the record holding the id (not its kind, owner or whether it was deleted)."""
    return _rejected(
        "id",
        "The server cannot take a new record under this id; save it as a new record",
        "id_unavailable",
    )


def _owner_check(principal: Principal, mutation: Mutation, current: StoredRecord | None):
    if current is not None and current.kind != mutation.kind:
        return _rejected(
            "kind",
            f"Record {current.id} is a {current.kind}, not a {mutation.kind}",
            "kind_mismatch",
            kind=current.kind,
            sent=mutation.kind,
        )
    if principal.is_secretariat:
        return None
    if not principal.country:
        return _rejected(
            "id", "Your account has no country, so it cannot write records", "no_country"
        )
    if current is not None and current.owner_country != principal.country:
        return _rejected(
            "id", "This record belongs to another country; you cannot change it", "other_country"
        )
    return None


def _tombstone_check(mutation: Mutation, current: StoredRecord | None):
    """A deleted record stays deleted: its id is never written again (a create, or an update
    based on the tombstone), so nothing can come back in its place under the same id."""
    if current is not None and current.deleted and not mutation.deleted:
        return _rejected(
            "id",
            "This record was deleted on the server, so its id cannot be used again; "
            "save it as a new record",
            "record_deleted",
        )
    return None


def _base_rev_check(mutation: Mutation, current: StoredRecord | None):
    if mutation.base_rev is None:
        if current is not None:
            return Verdict("conflict", record=current)
        if mutation.deleted:
            return _rejected(
                "id", "There is no such record on the server to delete", "nothing_to_delete"
            )
        return None
    if current is None:
        return _rejected(
            "base_rev",
            "The server has no record with this id; send it with base_rev null",
            "unknown_record",
        )
    if mutation.base_rev != current.rev:
        return Verdict("conflict", record=current)
    return None


def _delete_verdict(principal: Principal, current: StoredRecord) -> Verdict:
    if current.kind == "country_report" and not principal.is_secretariat:
        # No state leads back to draft, so a report in any other state has been submitted:
        # it stays, with its review history, whatever its country does.
        state = ReportState(current.state or ReportState.DRAFT)
        if state != ReportState.DRAFT:
            return _rejected(
                "deleted",
                f"This report has been submitted (it is now {state.value}), "
                "so it cannot be deleted",
                "report_not_deletable",
                state=state.value,
            )
        if principal.role == "contributor":
            return _rejected(
                "deleted",
                "Only the focal point can delete a draft report",
                "report_not_deletable",
                state=state.value,
            )
    return Verdict("applied", owner=current.owner_country, data_json="{}", data={})


def decide(
    principal: Principal,
    prepared: Prepared,
    current: StoredRecord | None,
    campaigns: CampaignCache,
    now: datetime,
) -> Verdict:
    """The verdict on `prepared` over `current`, the record as the caller may know it (None
    for an id the server does not have, or one it must not reveal: see `is_hidden`)."""
    mutation = prepared.mutation
    verdict = (
        _owner_check(principal, mutation, current)
        or _tombstone_check(mutation, current)
        or _base_rev_check(mutation, current)
    )
    if verdict is not None:
        return verdict
    if mutation.deleted:
        return _delete_verdict(principal, current)
    if prepared.errors:
        return Verdict("rejected", errors=prepared.errors)
    data = dict(prepared.data or {})
    if not principal.is_secretariat:
        owner = principal.country
    elif current is not None and not current.deleted:
        owner = current.owner_country
    else:
        owner = data.get("country") if mutation.kind == "country_report" else None
    if mutation.kind == "country_report":
        errors = check_report(principal, data, current, owner, campaigns, now)
        if errors:
            return Verdict("rejected", errors=errors)
    try:
        data_json = dumps_text(data)
    except EncodeError:
        return _rejected(
            "data", "The data holds a value that cannot be stored as JSON", "not_storable"
        )
    return Verdict("applied", owner=owner, data_json=data_json, data=data)


def duplicate_report(
    owner: str | None, data: dict[str, Any], record_id: str, find: Callable[..., str | None]
) -> Verdict | None:
    """A second report for the same campaign and country is refused, naming the first."""
    if owner is None:
        return None
    existing = find(data["campaign_id"], owner, record_id)
    if existing is None:
        return None
    return _rejected(
        "campaign_id",
        f"{country_name(owner)} already has a report for this campaign (id {existing}); "
        "pull to get it and edit that one",
        "duplicate_report",
        country=owner,
        id=existing,
    )
