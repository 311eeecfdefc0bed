"""The sync that runs by itself: on start, on demand, periodically, and shortly after edits.

A plain thread (the window wraps it): exponential backoff while offline, progress callbacks,
cancellable. Never two syncs at once.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable

from .engine import Progress, SyncSummary
from .errors import Cancelled, Offline, RateLimited, SessionExpired, SyncError

log = logging.getLogger(__name__)

MAX_BACKOFF_SECONDS = 15 * 60


def backoff_seconds(failures: int, hint: float | None = None) -> float:
    """How long to wait after `failures` failed attempts in a row: 5 s doubling to 15 min,
    ±20 % jitter so many laptops coming back online do not all call at once; never less than
    the server's Retry-After `hint`."""
    delay = min(MAX_BACKOFF_SECONDS, 5 * 2 ** max(failures - 1, 0))
    return max(hint or 0, delay * random.uniform(0.8, 1.2))


class BackgroundSync:
    def __init__(
        self,
        run_sync: Callable[[Progress | None, threading.Event | None], SyncSummary],
        *,
        interval_seconds: float = 15 * 60,
        debounce_seconds: float = 5.0,
        on_progress: Progress | None = None,
        on_done: Callable[[SyncSummary], None] | None = None,
        on_error: Callable[[SyncError], None] | None = None,
    ):
        self._run_sync = run_sync
        self.interval = interval_seconds
        self.debounce = debounce_seconds
        self.on_progress = on_progress
        self.on_done = on_done or (lambda _s: None)
        self.on_error = on_error or (lambda _e: None)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._cancel = threading.Event()
        self._due = time.monotonic()  # sync on start
        self._failures = 0
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="background-sync", daemon=True)
        self._thread.start()

    def sync_now(self) -> None:
        self._due = time.monotonic()
        self._wake.set()

    def records_edited(self) -> None:
        """Sync a little after the last edit, not after each keystroke."""
        self._due = min(self._due, time.monotonic() + self.debounce)
        self._wake.set()

    def cancel(self) -> None:
        self._cancel.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._cancel.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _backoff(self, hint: float | None = None) -> float:
        self._failures += 1
        return backoff_seconds(self._failures, hint)

    def _loop(self) -> None:
        while not self._stop.is_set():
            wait = self._due - time.monotonic()
            if wait > 0:
                self._wake.wait(wait)
                self._wake.clear()
                continue
            self._cancel.clear()
            try:
                summary = self._run_sync(self.on_progress, self._cancel)
            except Cancelled:
                self._due = time.monotonic() + self.interval
                continue
            except (Offline, RateLimited) as exc:
                hint = exc.retry_after if isinstance(exc, RateLimited) else None
                self._due = time.monotonic() + self._backoff(hint)
                self.on_error(exc)
                continue
            except SessionExpired as exc:
                self._due = time.monotonic() + MAX_BACKOFF_SECONDS * 4  # until signed in again
                self.on_error(exc)
                continue
            except SyncError as exc:
                self._due = time.monotonic() + self._backoff()
                self.on_error(exc)
                continue
            except Exception:  # a bug must not kill the thread; the log has the details
                log.exception("background sync failed")
                self._due = time.monotonic() + self._backoff()
                continue
            self._failures = 0
            self._due = time.monotonic() + self.interval
            self.on_done(summary)
