"""Through a proxy that drops, delays, truncates, resets and answers 5xx/429, syncs converge
with nothing lost and nothing duplicated."""

from __future__ import annotations

import contextlib

import pytest

from desktop.sync.errors import SyncError

from .conftest import Client, case, profile_state
from .fault_proxy import FaultProxy


def sync_until_clean(client: Client, attempts: int = 60):
    errors = []
    for _ in range(attempts):
        try:
            return client.sync()
        except SyncError as exc:
            errors.append(type(exc).__name__)
    pytest.fail(f"no clean sync in {attempts} attempts: {errors[-5:]}")


@pytest.mark.parametrize("seed", [1, 2])
def test_faults_on_the_wire_lose_and_duplicate_nothing(tmp_path, server, make_client, seed):
    root = tmp_path / "faulty"
    with FaultProxy(server.port, seed=seed) as proxy:
        proxy.enabled = False  # sign in cleanly, then let the faults loose
        faulty = Client(root, proxy.url, "fp.sn@example.org", batch_size=10)
        proxy.enabled = True
        try:
            made = [
                faulty.repo.save("missing_case", case(n + 1000 * seed), owner_country="SN")
                for n in range(1, 61)
            ]
            for round_ in range(3):  # edits between syncs, some of which fail
                with contextlib.suppress(SyncError):
                    faulty.sync()
                for record in made[round_::7]:
                    data = {**record.data, "status": "tracing", "notes": f"round {round_}"}
                    faulty.repo.save("missing_case", data, record_id=record.id)
                faulty.repo.delete(made[round_ * 10].id)
            summary = sync_until_clean(faulty)
            assert summary.conflicts == 0 and summary.rejected == 0
        finally:
            faulty.close()
        injected = sum(n for fault, n in proxy.counts.items() if fault != "pass")
        assert injected >= 5, proxy.counts

    local, pending = profile_state(root)
    assert pending == 0
    clean = make_client()
    clean.sync()
    mine = {str(r.id) for r in made}
    on_server = {k: v for k, v in clean.records("missing_case").items() if k in mine}
    assert on_server == {k: v for k, v in local.items() if k in mine}
    assert len(on_server) == len(mine) - 3  # three were deleted
    for index, record in enumerate(made):  # every edit arrived, the last one winning
        if str(record.id) in on_server and index % 7 < 3:
            assert on_server[str(record.id)]["notes"] == f"round {index % 7}"
