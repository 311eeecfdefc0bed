"""Concurrent pushes with pulls running alongside, over real HTTP: no puller ever misses or
repeats a change. A revision handed out before another must never commit after it, or a puller
that already saw the higher one would pass the lower one by for good."""

from __future__ import annotations

import threading
import time
from collections import Counter

import httpx
import pytest

PUSHERS = {"SN": "focal.sn@example.org", "GM": "focal.gm@example.org", "ML": "focal.ml@example.org"}
BATCHES = 12
BATCH_SIZE = 10
DEADLINE_SECONDS = 60


class Puller(threading.Thread):
    """Pulls in small pages, from where it stopped, until told to finish and drained."""

    def __init__(self, base_url: str, headers: dict[str, str], pushing_done: threading.Event):
        super().__init__(daemon=True)
        self.base_url, self.headers, self.pushing_done = base_url, headers, pushing_done
        self.received: list[tuple[str, int]] = []
        self.state: dict[str, int] = {}
        self.problems: list[str] = []

    def run(self) -> None:
        cursor = 0
        deadline = time.monotonic() + DEADLINE_SECONDS
        with httpx.Client(base_url=self.base_url, headers=self.headers, timeout=30) as client:
            while time.monotonic() < deadline:
                finished = self.pushing_done.is_set()  # read before pulling: then drain fully
                page = client.get("/api/v1/sync/pull", params={"since": cursor, "limit": 7})
                page.raise_for_status()
                body = page.json()
                revs = [c["rev"] for c in body["changes"]]
                if revs != sorted(set(revs)) or (revs and revs[0] <= cursor):
                    self.problems.append(f"page out of order after {cursor}: {revs}")
                for change in body["changes"]:
                    if self.state.get(change["id"], 0) >= change["rev"]:
                        self.problems.append(f"{change['id']} went back to rev {change['rev']}")
                    self.state[change["id"]] = change["rev"]
                    self.received.append((change["id"], change["rev"]))
                if body["next_cursor"] < cursor:
                    self.problems.append("the cursor went backwards")
                cursor = body["next_cursor"]
                if finished and not body["has_more"]:
                    return
        self.problems.append("the puller ran out of time")


def push_country(base_url, headers, make, country, expected, lock, errors):
    """Creates records and updates earlier ones, batch after batch; records the final revs."""
    mine: dict[str, int] = {}
    try:
        with httpx.Client(base_url=base_url, headers=headers, timeout=30) as client:
            for batch in range(BATCHES):
                mutations = [
                    make.mutation("incident", make.incident(batch * 100 + n))
                    for n in range(BATCH_SIZE)
                ]
                for record_id, rev in list(mine.items())[batch : batch + 3]:
                    data = make.incident(batch, number_dead=batch)
                    mutations.append(
                        make.mutation("incident", data, record_id=record_id, base_rev=rev)
                    )
                response = client.post("/api/v1/sync/push", json={"mutations": mutations})
                response.raise_for_status()
                for result in response.json()["results"]:
                    assert result["status"] == "applied", result
                    mine[result["id"]] = result["rev"]
    except Exception as exc:  # reported by the test thread
        errors.append(f"{country}: {exc!r}")
    with lock:
        expected.update({record_id: (country, rev) for record_id, rev in mine.items()})


@pytest.mark.timeout(120)
def test_pullers_never_miss_or_repeat_a_change_while_pushes_run(live_server, make):
    server, base_url = live_server
    pushers = {
        country: server.person(email, "focal_point", country) for country, email in PUSHERS.items()
    }
    secretariat = server.person("sec@example.org", "secretariat")
    done = threading.Event()
    pullers = [Puller(base_url, secretariat.headers, done) for _ in range(2)]
    pullers.append(Puller(base_url, pushers["SN"].headers, done))
    for puller in pullers:
        puller.start()
    expected: dict[str, tuple[str, int]] = {}
    lock, errors = threading.Lock(), []
    threads = [
        threading.Thread(
            target=push_country,
            args=(base_url, person.headers, make, country, expected, lock, errors),
        )
        for country, person in pushers.items()
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(DEADLINE_SECONDS)
    done.set()
    for puller in pullers:
        puller.join(DEADLINE_SECONDS)
    assert not errors
    assert len(expected) == len(PUSHERS) * BATCHES * BATCH_SIZE
    everything = {record_id: rev for record_id, (_country, rev) in expected.items()}
    senegal = {record_id: rev for record_id, (country, rev) in expected.items() if country == "SN"}
    for puller, wanted in zip(pullers, (everything, everything, senegal), strict=True):
        assert not puller.is_alive()
        assert puller.problems == []
        incidents = {i: r for i, r in puller.state.items() if i in everything}
        assert incidents == wanted  # nothing missed: every record at its last revision
        repeats = [item for item, n in Counter(puller.received).items() if n > 1]
        assert repeats == []  # nothing received twice


@pytest.mark.timeout(60)
def test_a_push_that_takes_revisions_later_waits_for_the_earlier_one_to_commit(live_server, make):
    """Transaction A holds revision N and has not committed; push B must not commit N+1 before
    A does, else a puller would see N+1, move its cursor past N and never get A's record."""
    from server_stub.db.engine import write_session
    from server_stub.db.models import utc_now
    from server_stub.sync import bulk
    from server_stub.sync.bulk import BulkWriter
    from server_stub.sync.revisions import RevisionAllocator

    server, base_url = live_server
    person = server.person("focal.sn@example.org", "focal_point", "SN")
    holding, release = threading.Event(), threading.Event()
    record_a = make.mutation("incident")["id"]

    def slow_transaction():
        with write_session(server.engine) as session:
            revisions = RevisionAllocator(session)
            writer = BulkWriter(session)
            now = writer.moment(utc_now())
            rev = revisions.next()
            row = (record_a, "incident", rev, "SN", now, writer.flag(False), "{}")
            writer.insert_records([row + (None,) * (len(bulk.RECORD_COLUMNS) - len(row))])
            revisions.save()
            holding.set()
            release.wait(20)

    a = threading.Thread(target=slow_transaction)
    a.start()
    assert holding.wait(10)
    b_result: list = []
    push_b = make.mutation("incident", make.incident(2))
    b = threading.Thread(
        target=lambda: b_result.append(
            httpx.post(
                f"{base_url}/api/v1/sync/push",
                json={"mutations": [push_b]},
                headers=person.headers,
                timeout=30,
            )
        )
    )
    b.start()
    time.sleep(0.5)
    assert b.is_alive(), "push B committed while A still held an earlier revision"
    before, cursor = server.pull_all(person)
    assert {c["id"] for c in before} & {record_a, push_b["id"]} == set()
    release.set()
    a.join(10)
    b.join(10)
    [result] = b_result[0].json()["results"]
    after, _ = server.pull_all(person, since=cursor)
    assert [c["id"] for c in after] == [record_a, push_b["id"]]
    assert after[1]["rev"] == result["rev"] > after[0]["rev"]
