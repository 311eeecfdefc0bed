"""The one way to run background work: database work on a single worker thread, network work
on another, results delivered back on the GUI thread through a queued signal.

    tasks.run_db(work, on_done=..., on_error=..., owner=widget)

`work` runs off the GUI thread; `on_done(result)` or `on_error(exc)` runs on the GUI thread,
unless `owner` (a QObject) has been deleted meanwhile. Nothing here blocks the GUI thread
except `wait_idle`/`shutdown`, which tests and application exit use.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, Qt, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class TaskManager(QObject):
    """Owns the database worker and the network worker of the application."""

    _deliver = Signal(object)  # a callable to run on the GUI thread

    def __init__(self, parent: QObject | None = None, *, default_error: Failed | None = None):
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-worker")
        self._net = ThreadPoolExecutor(max_workers=1, thread_name_prefix="net-worker")
        self._lock = threading.Lock()
        self._running = 0
        self._undelivered = 0
        self._tokens = itertools.count()
        self._pending: dict[int, tuple] = {}
        self.default_error = default_error
        self._closed = False
        self._deliver.connect(self._run_delivery, Qt.ConnectionType.QueuedConnection)

    # Submitting work ------------------------------------------------------------------------

    def run_db(
        self,
        work: Callable[[], T],
        *,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        owner: QObject | None = None,
    ) -> Future:
        """Run `work` on the database worker (one thread: database work never overlaps)."""
        return self._submit(self._db, work, on_done, on_error, owner)

    def run_net(
        self,
        work: Callable[[], T],
        *,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        owner: QObject | None = None,
    ) -> Future:
        """Run `work` on the network worker."""
        return self._submit(self._net, work, on_done, on_error, owner)

    def on_gui(self, fn: Callable[[], None]) -> None:
        """Run `fn` on the GUI thread soon (callable from any thread)."""
        with self._lock:
            self._undelivered += 1
        self._deliver.emit(fn)

    def gui_callback(self, fn: Callable[..., None]) -> Callable[..., None]:
        """A thread-safe callable that runs `fn(*args)` on the GUI thread (for progress)."""

        def post(*args: Any) -> None:
            self.on_gui(lambda: fn(*args))

        return post

    def call_on_gui_blocking(self, fn: Callable[[], T], timeout: float | None = None) -> T:
        """From a worker: run `fn` on the GUI thread and wait for its result (e.g. a dialog)."""
        if threading.current_thread() is threading.main_thread():
            return fn()
        finished = threading.Event()
        box: dict[str, Any] = {}

        def run() -> None:
            try:
                box["value"] = fn()
            except BaseException as exc:  # handed back to the worker
                box["error"] = exc
            finally:
                finished.set()

        self.on_gui(run)
        if not finished.wait(timeout):
            raise TimeoutError("the GUI did not answer")
        if "error" in box:
            raise box["error"]
        return box["value"]

    # Waiting (tests, exit) ------------------------------------------------------------------

    def is_idle(self) -> bool:
        with self._lock:
            return self._running == 0 and self._undelivered == 0

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Process events until every submitted task has finished and delivered its result."""
        deadline = QDeadlineTimer(int(timeout * 1000))
        while not self.is_idle():
            if deadline.hasExpired():
                return False
            QCoreApplication.processEvents()
            threading.Event().wait(0.002)
        QCoreApplication.processEvents()
        return True

    @property
    def closed(self) -> bool:
        return self._closed

    def shutdown(self, wait: bool = True) -> None:
        """Stop taking work; with `wait`, finish what was queued (drafts reach the disk)."""
        self._closed = True
        self._db.shutdown(wait=wait, cancel_futures=not wait)
        self._net.shutdown(wait=False, cancel_futures=True)

    # Internals ------------------------------------------------------------------------------

    def _submit(
        self,
        pool: ThreadPoolExecutor,
        work: Callable[[], Any],
        on_done: Done | None,
        on_error: Failed | None,
        owner: QObject | None,
    ) -> Future:
        # Everything that may reach a widget (the work's closure, the callbacks, the owner) is
        # held here, on the GUI side, and released on the GUI thread when the result arrives:
        # a QObject whose last reference died in a worker would be deleted in the wrong thread.
        with self._lock:
            self._running += 1
            token = next(self._tokens)
            self._pending[token] = (work, on_done, on_error or self.default_error, owner)
        holder = [work]

        def job() -> Any:
            run = holder.pop()
            try:
                outcome = (True, run())
            except BaseException as exc:
                # The type only: messages may quote what was typed (personal data).
                log.info("background task failed: %s", type(exc).__name__)
                outcome = (False, _without_traceback(exc))
            finally:
                del run
                with self._lock:
                    self._running -= 1
            self.on_gui(lambda: self._finish(token, outcome))
            if not outcome[0]:
                raise outcome[1]
            return outcome[1]

        return pool.submit(job)

    def _finish(self, token: int, outcome: tuple[bool, Any]) -> None:
        with self._lock:
            _work, on_done, on_error, owner = self._pending.pop(token)
        ok, value = outcome
        callback = on_done if ok else on_error
        if callback is None:
            return
        if owner is not None and not shiboken6.isValid(owner):
            return  # the widget that asked is gone
        callback(value)

    def _run_delivery(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception:
            log.exception("error in a GUI callback")
        finally:
            with self._lock:
                self._undelivered -= 1


def _without_traceback(exc: BaseException) -> BaseException:
    """The exception without its tracebacks, whose frames could hold widgets alive (and so
    let them die in a worker thread)."""
    seen = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.__traceback__ = None
        current = current.__cause__ or current.__context__
    return exc
