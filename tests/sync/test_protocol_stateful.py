"""A stateful test of the sync protocol: lost requests, lost responses, duplicate deliveries
and crashes before commit, in any order between edits, always end in agreement."""

from __future__ import annotations

import itertools
import shutil
import tempfile
from pathlib import Path
from uuid import UUID

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from desktop.storage.incoming import IncomingChanges
from desktop.storage.outbox import Outbox
from desktop.sync.errors import Offline, SyncError
from desktop.sync.http import ApiSession

from .conftest import Client, case


class Crash(Exception):
    """Stands for the process dying before its transaction commits."""


FAULTS = ("none", "lost_request", "lost_response", "duplicate", "crash_push", "crash_pull")


@pytest.fixture
def protocol_machine(server, monkeypatch):
    fault = {"kind": "none", "armed": False}
    real_request = ApiSession.request
    real_apply_results = Outbox._apply
    real_apply_page = IncomingChanges.apply_page
    references = itertools.count(70_001)

    def request(self, method, path, **kwargs):
        kind = fault["kind"] if fault["armed"] and "/sync/" in path else "none"
        if kind != "none":
            fault["armed"] = False
        if kind == "lost_request":
            raise Offline("injected: request lost")
        answer = real_request(self, method, path, **kwargs)
        if kind == "lost_response":
            raise Offline("injected: response lost")
        if kind == "duplicate":
            answer = real_request(self, method, path, **kwargs)
        if kind.startswith("crash"):
            fault["crash_next"] = kind
        return answer

    def apply_results(self, session, sent, results):  # inside the transaction: rolled back
        if fault.pop("crash_next", None) == "crash_push":
            raise Crash()
        return real_apply_results(self, session, sent, results)

    def apply_page(self, changes, next_cursor, **options):
        if fault.pop("crash_next", None) == "crash_pull":
            raise Crash()
        return real_apply_page(self, changes, next_cursor, **options)

    monkeypatch.setattr(ApiSession, "request", request)
    monkeypatch.setattr(Outbox, "_apply", apply_results)
    monkeypatch.setattr(IncomingChanges, "apply_page", apply_page)

    class Protocol(RuleBasedStateMachine):
        @initialize()
        def start(self):
            self.home = Path(tempfile.mkdtemp(prefix="protocol-"))
            self.client = Client(self.home / "a", server.url, "fp.sn@example.org", batch_size=3)
            self.expected: dict[str, dict | None] = {}
            self.counter = 0
            # References are unique per country on the server, which outlives each example.
            self.references = references

        @rule(count=st.integers(1, 5))
        def create(self, count):
            for _ in range(count):
                self.counter += 1
                saved = self.client.repo.save(
                    "missing_case", case(next(self.references)), owner_country="SN"
                )
                self.expected[str(saved.id)] = saved.data

        @rule(data=st.data())
        def edit_or_delete(self, data):
            live = sorted(k for k, v in self.expected.items() if v is not None)
            if not live:
                return
            target = data.draw(st.sampled_from(live))
            if data.draw(st.booleans()):
                self.client.repo.delete(UUID(target))
                self.expected[target] = None
            else:
                changed = {**self.expected[target], "notes": f"edit {self.counter}"}
                self.counter += 1
                saved = self.client.repo.save("missing_case", changed, record_id=UUID(target))
                self.expected[target] = saved.data

        @rule(kind=st.sampled_from(FAULTS))
        def sync_with_fault(self, kind):
            fault.update(kind=kind, armed=True)
            try:
                self.client.sync()
            except (SyncError, Crash):
                pass
            finally:
                fault["armed"] = False

        @invariant()
        def local_data_is_never_lost(self):
            if not hasattr(self, "client"):
                return
            local = self.client.records("missing_case")
            for record_id, data in self.expected.items():
                if data is None:
                    assert record_id not in local
                else:
                    assert local[record_id] == data

        def teardown(self):
            if not hasattr(self, "client"):
                return
            try:
                fault["kind"] = "none"
                self.client.sync()
                assert self.client.pending() == 0
                reader = Client(self.home / "b", server.url, "fp2.sn@example.org")
                try:
                    reader.sync()
                    seen = reader.records("missing_case")
                    for record_id, data in self.expected.items():
                        assert seen.get(record_id) == data
                finally:
                    reader.close()
            finally:
                self.client.close()
                shutil.rmtree(self.home, ignore_errors=True)

    return Protocol


def test_protocol_survives_lost_duplicated_and_crashed_steps(protocol_machine):
    run_state_machine_as_test(
        protocol_machine,
        settings=settings(
            max_examples=8,
            stateful_step_count=10,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
