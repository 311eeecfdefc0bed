"""Campaigns are written by the secretariat only: from a JSON file on the command line."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, update

from desktop.domain.errors import RecordInvalid
from desktop.domain.records import normalise

from .db.engine import write_session
from .db.models import Record, utc_now
from .jsonio import JSONError, dumps_text, loads
from .sync.buckets import Written, note_writes
from .sync.records import load_records
from .sync.revisions import RevisionAllocator

SAMPLES_DIR = Path(__file__).resolve().parent / "samples"
SAMPLE_CAMPAIGN = SAMPLES_DIR / "jvap-2025-campaign.json"


class CampaignFileError(ValueError):
    """The campaign file cannot be read or is not a valid campaign; the message says why."""


def read_campaign_file(path: Path) -> tuple[str | None, dict[str, Any]]:
    """The campaign's id (when the file names one) and its validated, normalised data.

    The file is the campaign's data as it travels (`dialogue`, `title`, `period`, `opens`,
    `closes`, `form`), optionally with an `id` (a UUID) so that adding it again updates it.
    """
    try:
        raw = loads(Path(path).read_bytes())
    except OSError as exc:
        raise CampaignFileError(f"Cannot read {path}: {exc.strerror}") from None
    except JSONError as exc:
        raise CampaignFileError(f"{path} is not valid JSON: {exc}") from None
    if not isinstance(raw, dict):
        raise CampaignFileError(f"{path} must hold one JSON object: the campaign")
    record_id = raw.pop("id", None)
    if record_id is not None:
        try:
            record_id = str(uuid.UUID(str(record_id)))
        except ValueError:
            raise CampaignFileError(f"The id in {path} must be a UUID") from None
    try:
        data = normalise("campaign", raw)
    except RecordInvalid as exc:
        details = "; ".join(f"{e.field}: {e.message}" for e in exc.errors[:5])
        raise CampaignFileError(f"{path} is not a valid campaign: {details}") from None
    return record_id, data


def put_campaign(
    engine: Engine, record_id: str | None, data: dict[str, Any]
) -> tuple[str, int, bool]:
    """Store the campaign (a new revision only when it changed): its id, revision, and whether
    anything was written."""
    record_id = record_id or str(uuid.uuid4())
    data_json = dumps_text(data)
    with write_session(engine) as session:
        revisions = RevisionAllocator(session)
        current = load_records(session, [record_id]).get(record_id)
        if current is not None and current.kind != "campaign":
            raise CampaignFileError(f"{record_id} is a {current.kind}, not a campaign")
        if current is not None and not current.deleted and current.data() == data:
            return record_id, current.rev, False
        row = {
            "id": record_id,
            "kind": "campaign",
            "rev": revisions.next(),
            "owner_country": None,
            "updated_at": utc_now(),
            "deleted": False,
            "data": data_json,
        }
        note_writes(
            session.connection(),
            [Written(record_id, "campaign", row["rev"], False, None, data_json)],
            existing=() if current is None else (record_id,),
        )
        if current is None:
            session.execute(insert(Record), [row])
        else:
            session.execute(update(Record), [row])
        revisions.save()
    return record_id, row["rev"], True
