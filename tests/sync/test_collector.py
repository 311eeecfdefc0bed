"""The cyclic garbage collector is paused while a sync moves records, and given back after."""

from __future__ import annotations

import gc
import threading
from types import SimpleNamespace

import pytest

from desktop.sync.collector import collection_paused
from desktop.sync.engine import SyncEngine


@pytest.fixture(autouse=True)
def collector_enabled():
    was = gc.isenabled()
    gc.enable()
    yield
    gc.unfreeze()
    if was:
        gc.enable()
    else:
        gc.disable()


def test_a_sync_block_pauses_collection_and_freezes_what_was_alive():
    with collection_paused():
        assert not gc.isenabled()
        assert gc.get_freeze_count() > 0
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_the_collector_comes_back_after_an_error():
    with pytest.raises(RuntimeError), collection_paused():
        raise RuntimeError("the server went away")
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_nested_and_concurrent_blocks_share_one_pause():
    entered, release = threading.Event(), threading.Event()

    def other_sync():
        with collection_paused():
            entered.set()
            release.wait(10)

    thread = threading.Thread(target=other_sync)
    with collection_paused():
        thread.start()
        assert entered.wait(10)
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block's end does not restart it
    assert not gc.isenabled()  # the other thread's sync still runs
    release.set()
    thread.join(10)
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_collector_disabled_before_stays_disabled():
    gc.disable()
    with collection_paused():
        pass
    assert not gc.isenabled()


def test_the_engine_pushes_pulls_and_verifies_with_collection_paused():
    engine = SyncEngine.__new__(SyncEngine)
    engine.api = SimpleNamespace(last_server_date=None)
    engine.incoming = SimpleNamespace(cursor=lambda: 0)
    states = []

    def step(*_args, **_kwargs):
        states.append(gc.isenabled())

    engine._push = engine._pull = engine._verify = step
    engine.run()
    assert states == [False, False, False]
    assert gc.isenabled()
