"""The client's integrity buckets, kept by triggers, equal a computation from scratch through
any mix of writes: pulls (new, newer, tombstones, repairs), local edits and deletes, push
answers, conflicts and their resolution, and rows changed or removed behind the app's back;
rows inserted since the last comparison are folded in when the buckets are read next.

The model: for every record the server's version last known (what was pulled, or what a push
answer made of a local edit). A synced row counts as itself (and, unless changed behind the
app's back, hashes exactly as that server version); a row with local changes counts as the
server's version last known.
"""

from __future__ import annotations

import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from desktop.domain.checksum import envelope_hash, fold, record_hash
from desktop.storage import conflicts
from desktop.storage.incoming import IncomingChanges
from desktop.storage.integrity import forget_unseen_in, from_scratch, local_buckets
from desktop.storage.outbox import Outbox
from desktop.storage.profile import open_profile
from desktop.storage.records import RecordRepository

# Six records, three of them in one bucket, so hashes of one bucket fold together.
IDS = [f"ab{n:06d}-0000-4000-8000-000000000000" for n in range(3)] + [
    "cd000000-0000-4000-8000-000000000000",
    "ef000000-0000-4000-8000-000000000000",
    "ef000001-0000-4000-8000-000000000000",
]
OPS = (
    "pull", "pull_delete", "edit", "delete", "push", "tamper", "vanish", "resolve", "forget",
    "compare",
)  # fmt: skip


def incident(n: int) -> dict:
    return {
        "incident_id": f"T-{n:05d}",
        "incident_date": "2025-06-01",
        "region": "Mediterranean",
        "country_of_incident": "Libya",
        "number_dead": n % 7,
        "latitude": 33.5 + (n % 50) / 10,
        "longitude": 12.25,
        "cause_of_death": ["Drowning"],
    }


class Scene:
    def __init__(self, db):
        self.db = db
        self.repo = RecordRepository(db)
        self.incoming = IncomingChanges(db)
        self.rev = 0
        self.known: dict[str, dict] = {}  # id → the server's version last known (envelope)
        self.server: dict[str, dict] = {}  # id → the server's current record
        self.tampered: set[str] = set()
        # A row changed behind the app's back, then edited: its "server version last known" is
        # the changed row (the triggers keep the row as it was when it stopped being synced).
        self.drifted: dict[str, int] = {}

    def envelope(self, rid: str, deleted: bool, data: dict, owner: str | None = "SN") -> dict:
        self.rev += 1
        env = {
            "id": rid, "kind": "incident", "rev": self.rev, "owner_country": owner,
            "updated_at": "2026-12-01T10:00:00Z", "deleted": deleted,
            "data": {} if deleted else data,
        }  # fmt: skip
        self.server[rid] = env
        return env

    def row(self, rid: str):
        with self.db.read() as session:
            return session.execute(
                text("SELECT rev, sync_state, deleted FROM records WHERE id = :id"), {"id": rid}
            ).one_or_none()

    def run(self, op: str, rid: str, n: int) -> None:
        if op != "compare":  # comparing reads the buckets (and folds newly inserted rows)
            getattr(self, op)(rid, n)

    def pull(self, rid: str, n: int, *, deleted: bool = False, repair: bool = False) -> None:
        env = self.envelope(rid, deleted, incident(n))
        self.incoming.apply_page([env], self.rev, repair=repair)
        self.known[rid] = env  # the newer version is kept: as the row, or in a conflict
        self.tampered.discard(rid)
        self.drifted.pop(rid, None)

    def pull_delete(self, rid: str, n: int) -> None:
        if rid in self.server:
            self.pull(rid, n, deleted=True)

    def _leaving(self, rid: str) -> None:
        """Before a local change: a changed synced row stays the version kept for it."""
        if rid in self.tampered:
            with self.db.read() as session:
                row = session.execute(
                    text("SELECT id, kind, rev, deleted, owner_country, data, sync_state "
                         "FROM records WHERE id = :id"), {"id": rid},
                ).one_or_none()  # fmt: skip
            if row is not None and row.sync_state == "synced" and row.rev is not None:
                self.drifted[rid] = record_hash(*row[:4], row.owner_country, row.data)

    def edit(self, rid: str, n: int) -> None:
        self._leaving(rid)
        row = self.row(rid)
        if row is None or not row.deleted:
            self.repo.save("incident", incident(n + 1000), record_id=uuid.UUID(rid),
                           owner_country="SN")  # fmt: skip

    def delete(self, rid: str, n: int) -> None:
        self._leaving(rid)
        row = self.row(rid)
        if row is not None and not row.deleted:
            self.repo.delete(uuid.UUID(rid))

    def push(self, rid: str, n: int) -> None:
        outbox = Outbox(self.db)
        batch = outbox.freeze_batch(10)
        results = []
        for m in batch:
            env = self.envelope(m.record_id, m.deleted, m.data)
            results.append({"mutation_id": m.mutation_id, "id": m.record_id, "status": "applied",
                            "rev": env["rev"]})  # fmt: skip
            self.known[m.record_id] = env
            self.tampered.discard(m.record_id)
            self.drifted.pop(m.record_id, None)
        if batch:
            outbox.apply_results(batch, results)

    def tamper(self, rid: str, n: int) -> None:
        with self.db.write() as session:
            changed = session.execute(
                text("UPDATE records SET data = :d WHERE id = :id"),
                {"d": f'{{"number_dead":{n}}}', "id": rid},  # canonical JSON
            ).rowcount
        if changed:
            self.tampered.add(rid)

    def vanish(self, rid: str, n: int) -> None:
        with self.db.write() as session:
            for table in ("outbox", "conflicts", "drafts"):
                session.execute(text(f"DELETE FROM {table} WHERE record_id = :id"), {"id": rid})
            session.execute(text("DELETE FROM records WHERE id = :id"), {"id": rid})
        self.known.pop(rid, None)
        self.tampered.discard(rid)
        self.drifted.pop(rid, None)

    def resolve(self, rid: str, n: int) -> None:
        for conflict in conflicts.list_open(self.db):
            if str(conflict.record_id) == rid:
                conflicts.resolve(self.db, conflict.id, incident(n + 2000))

    def forget(self, rid: str, n: int) -> None:
        on_server = [i for i, env in self.server.items()]
        with self.db.write() as session:
            forget_unseen_in(session, [rid[:2]], on_server)

    def expected(self) -> dict[str, tuple[int, int]]:
        with self.db.read() as session:
            rows = session.execute(
                text("SELECT id, kind, rev, deleted, owner_country, data, sync_state FROM records")
            ).all()
        contributions = {}
        for rid, kind, rev, deleted, owner, data, state in rows:
            if state == "synced" and rev is not None:
                value = record_hash(rid, kind, rev, bool(deleted), owner, data)
                if rid not in self.tampered:  # the client's bytes are the server's canonical ones
                    assert value == envelope_hash(self.known[rid]), rid
                contributions[rid] = value
            elif state != "synced" and rid in self.drifted:
                contributions[rid] = self.drifted[rid]
            elif state != "synced" and rid in self.known:
                contributions[rid] = envelope_hash(self.known[rid])
        return fold(contributions.items())


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.lists(st.tuples(st.sampled_from(OPS), st.sampled_from(IDS), st.integers(0, 50)), max_size=30)
)
def test_the_buckets_kept_by_triggers_equal_a_computation_from_scratch(tmp_path_factory, steps):
    from desktop.config.paths import ProfilePaths

    db = open_profile(ProfilePaths(tmp_path_factory.mktemp("profile")))
    try:
        scene = Scene(db)
        for number, (op, rid, n) in enumerate(steps, 1):
            scene.run(op, rid, n)
            if op == "compare" or number == len(steps):  # rows inserted since are folded now
                with db.write() as session:
                    kept = local_buckets(session)
                    assert kept == from_scratch(session), (op, rid)
                assert kept == scene.expected(), (op, rid)
    finally:
        db.close()


def test_a_repair_pull_at_the_same_revision_restores_the_bucket(db):
    scene = Scene(db)
    scene.pull(IDS[0], 1)
    with db.write() as session:
        good = local_buckets(session)
    scene.tamper(IDS[0], 9)
    with db.write() as session:
        assert local_buckets(session) != good  # a change behind the app's back shows
    scene.incoming.apply_page([scene.server[IDS[0]]], scene.rev, repair=True)
    with db.write() as session:
        assert local_buckets(session) == good
