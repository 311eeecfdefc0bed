"""A case deleted on the server keeps nothing of its contents, in any table (both databases)."""

from __future__ import annotations

from sqlalchemy import MetaData, select

NEEDLES = ("zorbalinde", "quixmarrow", "wrexhampton", "brelvadine")


def distinctive_case(**changes) -> dict:
    data = {
        "reference": "SN-2026-4242",
        "person": {"given_names": "Zorbalinde", "family_name": "Quixmarrow"},
        "enquirer": {"name": "Brelvadine", "contact": "wrexhampton@example.org"},
        "notes": "Seen with Brelvadine",
    }
    data.update(changes)
    return data


def traces(engine) -> list[str]:
    """Every value of every table of the server's database that holds a needle."""
    tables = MetaData()
    tables.reflect(engine)
    found = []
    with engine.connect() as conn:
        for table in tables.sorted_tables:
            for row in conn.execute(select(table)):
                for value in row:
                    text = str(value).lower()
                    found += [f"{table.name}: {n}" for n in NEEDLES if n in text]
    return found


def test_a_deleted_case_leaves_nothing_in_any_table(server, make):
    focal = server.person("focal.sn@example.org", "focal_point", "SN")
    create = make.mutation("missing_case", distinctive_case())
    [created] = server.push(focal, create)
    edit = make.mutation(
        "missing_case", distinctive_case(status="tracing"), record_id=create["id"], base_rev=0
    )
    stale = make.mutation(
        "missing_case", distinctive_case(status="referred"), record_id=create["id"]
    )
    conflict, rejected = server.push(focal, stale, {**edit, "base_rev": created["rev"] + 99})
    assert (conflict["status"], rejected["status"]) == ("conflict", "conflict")
    assert traces(server.engine)  # the conflict's copy of the case is kept for a replay

    delete = make.mutation(
        "missing_case", {}, record_id=create["id"], base_rev=created["rev"], deleted=True
    )
    [deleted] = server.push(focal, delete)
    assert deleted["status"] == "applied"
    assert traces(server.engine) == []
    [tombstone], _ = server.pull_all(focal)
    assert tombstone["deleted"] and tombstone["data"] == {}

    # A replay of a forgotten mutation is judged again, against the tombstone: not applied.
    [replayed] = server.push(focal, stale)
    assert replayed["status"] in {"conflict", "rejected"}
    assert (replayed.get("record") or {}).get("data", {}) == {}
    assert traces(server.engine) == []
