"""The task gateway: database and network work run off the GUI thread, one database worker,
results and failures come back on the GUI thread, and a deleted owner gets nothing."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from desktop.ui.tasks import TaskManager


def test_work_runs_off_the_gui_thread_and_results_come_back_on_it(qapp):
    tasks = TaskManager()
    seen = {}

    def work():
        seen["work"] = threading.current_thread()
        return 42

    tasks.run_db(work, on_done=lambda r: seen.update(result=r, done=threading.current_thread()))
    assert tasks.wait_idle(5)
    assert seen["work"] is not threading.main_thread()
    assert seen["done"] is threading.main_thread()
    assert seen["result"] == 42
    tasks.shutdown()


def test_database_work_never_overlaps_and_keeps_its_order(qapp):
    tasks = TaskManager()
    order, active, overlaps = [], [0], []

    def step(n):
        def work():
            active[0] += 1
            overlaps.append(active[0] > 1)
            threading.Event().wait(0.002)
            order.append(n)
            active[0] -= 1

        return work

    for n in range(20):
        tasks.run_db(step(n))
    assert tasks.wait_idle(5)
    assert order == list(range(20)) and not any(overlaps)
    tasks.shutdown()


def test_failures_reach_on_error_on_the_gui_thread(qapp):
    tasks = TaskManager()
    got = []

    def boom():
        raise ValueError("bad input")

    tasks.run_net(boom, on_error=lambda exc: got.append((exc, threading.current_thread())))
    assert tasks.wait_idle(5)
    assert str(got[0][0]) == "bad input" and got[0][1] is threading.main_thread()
    tasks.shutdown()


def test_a_deleted_owner_gets_no_callback(qapp):
    tasks = TaskManager()
    owner = QObject()
    got = []
    release = threading.Event()
    tasks.run_db(lambda: release.wait(5), on_done=got.append, owner=owner)
    owner.deleteLater()
    qapp.processEvents()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    assert tasks.wait_idle(5)
    assert got == []
    tasks.shutdown()


def test_a_worker_can_ask_the_gui_thread_and_wait(qapp):
    tasks = TaskManager()
    answers = []
    tasks.run_db(
        lambda: tasks.call_on_gui_blocking(lambda: threading.current_thread()),
        on_done=answers.append,
    )
    assert tasks.wait_idle(5)
    assert answers == [threading.main_thread()]
    tasks.shutdown()
