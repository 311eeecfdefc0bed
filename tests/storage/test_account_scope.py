"""A profile belongs to one account scope (role, country). Another scope's account is refused,
or — when the user chooses, and with nothing unsent — the old scope's data is removed in the
one transaction that records the new account. On a real encrypted profile."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select, text

from desktop.storage import account_scope
from desktop.storage.account_scope import OtherScope, Scope, admit_account, recorded_scope
from desktop.storage.drafts import DraftRepository
from desktop.storage.incoming import IncomingChanges
from desktop.storage.listing import ListQuery, RecordListing
from desktop.storage.models import ConflictRow, DraftRow, OutboxRow, RecordRow, SyncStateRow
from desktop.storage.outbox import Outbox
from desktop.storage.sync_state import CURSOR, LAST_SYNC, SyncStateStore

from .conftest import case

SENEGAL = {"email": "fp.sn@example.org", "role": "focal_point", "country": "SN",
           "server_url": "http://127.0.0.1:9"}  # fmt: skip
SENEGAL_TWO = {**SENEGAL, "email": "fp2.sn@example.org"}
GAMBIA = {**SENEGAL, "email": "fp.gm@example.org", "country": "GM"}


def envelope(record_id: str, rev: int, data: dict) -> dict:
    return {"id": record_id, "kind": "missing_case", "rev": rev, "owner_country": "SN",
            "updated_at": "2026-05-06T09:00:00Z", "deleted": False, "data": data}  # fmt: skip


def senegal_profile(db, repo) -> dict[str, int]:
    """Senegal's synced cases (searchable), a conflict, a draft, a cursor and a last sync."""
    admit_account(db, SENEGAL)
    ids = [str(uuid.uuid4()) for _ in range(3)]
    IncomingChanges(db).apply_page([envelope(i, n, case(n)) for n, i in enumerate(ids, 1)], 3)
    repo.save("missing_case", case(1, status="closed"), record_id=uuid.UUID(ids[0]))
    [sent] = Outbox(db).freeze_batch(10)
    conflict = envelope(ids[0], 4, case(1, status="tracing"))
    Outbox(db).apply_results([sent], [{"mutation_id": sent.mutation_id, "status": "conflict",
                                       "record": conflict}])  # fmt: skip
    DraftRepository(db).save("missing_case:new", "missing_case", None, case(9))
    SyncStateStore(db).set(LAST_SYNC, "2026-05-06T10:00:00Z")
    return counts(db)


def counts(db) -> dict[str, int]:
    with db.read() as session:
        out = {
            model.__tablename__: session.execute(select(func.count()).select_from(model)).scalar()
            for model in (RecordRow, OutboxRow, DraftRow, ConflictRow)
        }
        out["search"] = session.execute(
            text("SELECT count(*) FROM records_fts WHERE records_fts MATCH 'Family1'")
        ).scalar()
    return out


def test_another_scope_is_refused_and_nothing_changes(db, repo):
    before = senegal_profile(db, repo)
    assert before == {"records": 3, "outbox": 0, "drafts": 1, "conflicts": 1, "search": 1}
    with pytest.raises(OtherScope) as refused:
        admit_account(db, GAMBIA)
    assert refused.value.recorded == Scope("focal_point", "SN")
    assert refused.value.wanted == Scope("focal_point", "GM") and refused.value.pending == 0
    assert counts(db) == before
    assert recorded_scope(db) == Scope("focal_point", "SN")


def test_an_account_of_the_same_scope_keeps_everything(db, repo):
    before = senegal_profile(db, repo)
    assert admit_account(db, SENEGAL_TWO) is False
    assert counts(db) == before


def test_switching_removes_the_old_scope_in_one_transaction(db, repo):
    senegal_profile(db, repo)
    assert admit_account(db, GAMBIA, switch=True) is True
    assert counts(db) == {"records": 0, "outbox": 0, "drafts": 0, "conflicts": 0, "search": 0}
    assert IncomingChanges(db).cursor() == 0
    state = SyncStateStore(db).all()
    assert set(state) == {"account", "account_scope"} and state["account"] == GAMBIA
    assert RecordListing(db).count(ListQuery(kind="missing_case", search="Awa")) == 0


def test_a_failure_half_way_removes_nothing(db, repo, monkeypatch):
    before = senegal_profile(db, repo)

    def broken(session, key, value):
        raise OSError("disk full")

    monkeypatch.setattr(account_scope, "set_value", broken)  # after the deletes, same txn
    with pytest.raises(OSError):
        admit_account(db, GAMBIA, switch=True)
    assert counts(db) == before
    assert recorded_scope(db) == Scope("focal_point", "SN")
    assert SyncStateStore(db).get(CURSOR) == 3


def test_switching_is_refused_while_changes_are_unsent(db, repo):
    senegal_profile(db, repo)
    repo.save("missing_case", case(7))
    before = counts(db)
    with pytest.raises(OtherScope) as refused:
        admit_account(db, GAMBIA, switch=True)
    assert refused.value.pending == 1 and refused.value.switching
    assert counts(db) == before


def test_a_profile_from_before_the_scope_was_recorded_is_judged_by_what_it_holds(db, repo):
    IncomingChanges(db).apply_page([envelope(str(uuid.uuid4()), 1, case(1))], 1)
    with pytest.raises(OtherScope):
        admit_account(db, GAMBIA)
    assert admit_account(db, SENEGAL) is False
    with db.read() as session:
        assert session.get(SyncStateRow, "account_scope") is not None
