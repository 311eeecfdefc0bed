"""What a deleted record leaves in the profile: its id, kind, revision and owner, nothing else.

(The whole path through the real server is in tests/sync/test_deleted_case_leaves_nothing.py.)
"""

from __future__ import annotations

from sqlalchemy import text

from desktop.storage.drafts import DraftRepository
from desktop.storage.incoming import IncomingChanges
from desktop.storage.outbox import Outbox
from desktop.storage.sync_state import SyncStateStore

NAMES = ("quixmarrow", "kwixmarow", "zorbalinde")


def traces(db) -> list[str]:
    """Tables (FTS shadow tables too) where a name of the case is still written."""
    found = []
    with db.read() as session:
        conn = session.connection()
        names = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
        for name in list(names.scalars()):
            for row in conn.exec_driver_sql(f'SELECT * FROM "{name}"'):
                for value in row:
                    content = (
                        bytes(value).decode("latin-1") if isinstance(value, bytes) else str(value)
                    ).lower()
                    found += [f"{name}: {n}" for n in NAMES if n in content]
    return found


def named_case(family: str) -> dict:
    return {
        "reference": "SN-2026-0042",
        "person": {"given_names": "Zorbalinde", "family_name": family},
    }


def synced(db, repo, family: str):
    saved = repo.save("missing_case", named_case(family), owner_country="SN")
    outbox = Outbox(db)
    sent = outbox.freeze_batch(10)
    outbox.apply_results(
        sent, [{"mutation_id": m.mutation_id, "status": "applied", "rev": 3} for m in sent]
    )
    return saved


def test_a_name_edited_then_deleted_leaves_neither_spelling_in_the_index(db, repo):
    saved = synced(db, repo, "Kwixmarow")
    repo.save("missing_case", named_case("Quixmarrow"), record_id=saved.id)
    assert traces(db)
    repo.delete(saved.id)
    assert traces(db) == []
    [delete] = Outbox(db).freeze_batch(10)
    assert delete.deleted and delete.data == {} and delete.base_rev == 3


def test_a_delete_pulled_from_the_server_takes_every_copy_here(db, repo):
    saved = synced(db, repo, "Quixmarrow")
    DraftRepository(db).save(
        f"missing_case:{saved.id}", "missing_case", str(saved.id), named_case("Quixmarrow")
    )
    SyncStateStore(db).set(f"review.returned:{saved.id}", {"notes": "Quixmarrow"})
    tombstone = {
        "id": str(saved.id), "kind": "missing_case", "rev": 9, "owner_country": "SN",
        "updated_at": "2026-12-01T00:00:00Z", "deleted": True, "data": named_case("Quixmarrow"),
    }  # fmt: skip
    IncomingChanges(db).apply_page([tombstone], 9)
    assert traces(db) == []
    record = repo.get(saved.id)
    assert record.deleted and record.data == {} and record.rev == 9


def test_records_the_server_no_longer_has_are_emptied_too(db, repo):
    saved = synced(db, repo, "Quixmarrow")
    assert IncomingChanges(db).forget_unseen(set()) == 1
    assert traces(db) == []
    assert repo.get(saved.id).deleted
