"""What keeping the integrity buckets costs, measured beside the same work without it.

Client (encrypted profiles, the app's own code): pulling N incidents (`IncomingChanges.apply_page`
in pages of 1000), settling N pushed edits (`Outbox.apply_results`) and importing N incidents
(`RecordRepository.save_many`), each on a profile with the integrity triggers and on one whose
triggers were dropped, in the same run. Server (SQLite file and, when reachable, PostgreSQL):
`apply_push` of N incidents in batches of 500, with the bucket hook and with it switched off.
Also the time of one comparison's local read (`local_buckets`). The pull's figure with buckets
includes folding the pulled rows in, which the comparison after the pull does.

    .venv/bin/python bench/integrity.py [--records 20000] [--pg-url postgresql+psycopg://…]
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from unittest import mock

import keyring
import psycopg
from sqlalchemy import text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "support")]

from memory_keyring import MemoryKeyring  # noqa: E402

from desktop.config.paths import ProfilePaths  # noqa: E402
from desktop.domain.records import normalise  # noqa: E402
from desktop.domain.wire import Mutation  # noqa: E402
from desktop.storage.incoming import IncomingChanges  # noqa: E402
from desktop.storage.integrity import local_buckets  # noqa: E402
from desktop.storage.outbox import Outbox  # noqa: E402
from desktop.storage.profile import open_profile  # noqa: E402
from desktop.storage.records import RecordRepository  # noqa: E402

TRIGGERS = (
    "records_integrity_delete", "records_integrity_update", "records_integrity_leave",
    "records_integrity_settle", "records_integrity_settled", "conflicts_integrity_insert",
    "conflicts_integrity_update",
)  # fmt: skip
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def incident(n: int) -> dict:
    return normalise(
        "incident",
        {
            "incident_id": f"BENCH-{n:07d}",
            "incident_date": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}",
            "region": "Mediterranean",
            "country_of_incident": "Libya",
            "location": f"Off the coast, {n % 90} km north of Zuwara",
            "latitude": 33.0 + (n % 100) / 100,
            "longitude": 12.0 + (n % 100) / 100,
            "route": "Central Mediterranean",
            "number_dead": n % 7,
            "number_missing": n % 11,
            "cause_of_death": ["Drowning"],
            "source_quality": 1 + n % 5,
        },
    )


def seconds(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def best(figures: dict[bool, float], key: bool, value: float) -> None:
    figures[key] = min(value, figures.get(key, value))


def line(label: str, n: int, with_buckets: float, without: float) -> None:
    print(
        f"  {label:<28} {n / with_buckets:>9,.0f} rec/s with buckets, "
        f"{n / without:>9,.0f} without  (cost {100 * (with_buckets / without - 1):+.1f} %)"
    )


def client(records: int, folder: Path, rounds: int) -> None:
    print(f"client, {records:,} incidents, encrypted profiles (best of {rounds}, alternating)")
    envelopes = [
        {"id": str(uuid.uuid4()), "kind": "incident", "rev": n + 1, "owner_country": "SN",
         "updated_at": "2026-12-01T10:00:00Z", "deleted": False, "data": incident(n)}
        for n in range(records)
    ]  # fmt: skip
    fresh = [(uuid.uuid4(), incident(n)) for n in range(records)]  # the same rows each run
    results: dict[str, dict[bool, float]] = {"pull": {}, "settle": {}, "import": {}}
    runs = [
        flag for n in range(rounds) for flag in ((True, False) if n % 2 == 0 else (False, True))
    ]
    for run, with_buckets in enumerate(runs):
        db = open_profile(ProfilePaths(folder / f"profile-{run}"))
        if not with_buckets:
            with db.write() as session:
                for name in TRIGGERS:
                    session.execute(text(f"DROP TRIGGER {name}"))
        incoming, repo, outbox = IncomingChanges(db), RecordRepository(db), Outbox(db)

        def pull(incoming=incoming, db=db, with_buckets=with_buckets) -> None:
            for start in range(0, records, 1000):
                incoming.apply_page(envelopes[start : start + 1000], start + 1000)
            if with_buckets:  # the comparison after the pull folds the new rows in
                with db.write() as session:
                    local_buckets(session)

        best(results["pull"], with_buckets, seconds(pull))
        ids = [uuid.UUID(e["id"]) for e in envelopes]
        repo.save_many("incident", [(i, incident(n + 1)) for n, i in enumerate(ids)], "SN",
                       validated=True)  # fmt: skip

        def settle(outbox=outbox) -> None:
            rev = records
            while batch := outbox.freeze_batch(500):
                answers = []
                for m in batch:
                    rev += 1
                    answers.append({"mutation_id": m.mutation_id, "id": m.record_id,
                                    "status": "applied", "rev": rev})  # fmt: skip
                outbox.apply_results(batch, answers)

        best(results["settle"], with_buckets, seconds(settle))
        imported = seconds(
            lambda repo=repo: repo.save_many("incident", fresh, "SN", validated=True)
        )
        best(results["import"], with_buckets, imported)
        if run == 0:
            with db.write() as session:
                folded = seconds(lambda session=session: local_buckets(session))
                read = seconds(lambda session=session: local_buckets(session))
            print(
                f"  folding {records:,} imported rows in: {folded * 1000:.0f} ms; "
                f"a comparison's local read then: {read * 1000:.2f} ms"
            )
        db.close()
    for label, name in (("pull (apply_page)", "pull"), ("push answers (settle)", "settle"),
                        ("import (save_many)", "import")):  # fmt: skip
        line(label, records, results[name][True], results[name][False])


def server(records: int, urls: tuple[str, str], label: str) -> None:
    """`urls`: two empty databases, one for each run."""
    from server_stub import accounts
    from server_stub.db.engine import make_engine
    from server_stub.db.migrate import upgrade_to_head
    from server_stub.security.tokens import Principal
    from server_stub.sync import bulk
    from server_stub.sync.push import apply_push

    figures = {}
    for with_buckets, url in zip((True, False), urls, strict=True):
        engine = make_engine(url)
        upgrade_to_head(engine)
        country = "SN" if with_buckets else "GM"
        user = accounts.add_user(
            engine, f"bench.{country.lower()}@example.org", "bench-password-1", "focal_point",
            country,
        ).user  # fmt: skip
        principal = Principal(user.id, user.email, "focal_point", country, 0)
        mutations = [
            Mutation(mutation_id=uuid.uuid4(), kind="incident", id=uuid.uuid4(), data=incident(n))
            for n in range(records)
        ]

        def push(mutations=mutations, principal=principal, engine=engine) -> None:
            for start in range(0, records, 500):
                apply_push(engine, principal, mutations[start : start + 500])

        if with_buckets:
            figures[True] = seconds(push)
        else:
            with mock.patch.object(bulk, "note_writes", lambda *a, **k: None):
                figures[False] = seconds(push)
        engine.dispose()
    print(f"server on {label}, {records:,} incidents in pushes of 500")
    line("push (apply_push)", records, figures[True], figures[False])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=2, help="client runs of each kind")
    parser.add_argument("--pg-url", default=os.environ.get("FOCAL_TEST_PG_URL", DEFAULT_PG))
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        client(args.records, folder, args.rounds)
        sqlite = tuple(f"sqlite:///{folder / f'server-{n}.db'}" for n in (1, 2))
        server(args.records, sqlite, "SQLite")
    admin = make_url(args.pg_url)
    names = [f"focal_bench_{secrets.token_hex(4)}" for _ in range(2)]
    libpq = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        with psycopg.connect(libpq, autocommit=True, connect_timeout=3) as conn:
            for name in names:
                conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error as exc:
        print(f"PostgreSQL skipped: {str(exc).splitlines()[0]}")
        return
    try:
        urls = tuple(admin.set(database=n).render_as_string(hide_password=False) for n in names)
        server(args.records, urls, "PostgreSQL")
    finally:
        with psycopg.connect(libpq, autocommit=True) as conn:
            for name in names:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
