"""When the next sync is due: the policy, in plain Python, with no thread and no Qt.

Whoever runs the syncs (the window's one timer, a script) asks `seconds_until_due()`, starts a
sync when it is 0, and says how it went (`started`, then `finished` or `failed`). A sync is due

- on demand (`request()`): at start once the kept session is known, "Sync now", after signing in;
- periodically, `interval` seconds after the last one ended;
- `debounce` seconds after the last local edit (`edited()`), not after every save, and within
  a minute of the first one;
- once more as soon as a sync ends, when a request or an edit came while it ran ("sync again");
- offline, rate limited or the server failing: after a backoff of 5 s doubling to 15 min with
  ±20 % jitter, never sooner than the server's Retry-After;
- never while the session has expired or the credentials are refused: the user must sign in
  again (`set_active(True)` once signed in).

Never two syncs at once: nothing is due while one runs. The clock and the jitter are
injectable, so every rule is tested without waiting.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from .errors import AuthFailed, Cancelled, Offline, RateLimited, ServerError, SessionExpired

MAX_BACKOFF_SECONDS = 15 * 60
FIRST_BACKOFF_SECONDS = 5.0
DEFAULT_INTERVAL_SECONDS = 15 * 60
DEFAULT_DEBOUNCE_SECONDS = 5.0
MAX_EDIT_DELAY_SECONDS = 60.0  # edits saved more often than the debounce still go out

Jitter = Callable[[float, float], float]  # random.uniform's shape

# Failures that pass by themselves: tried again soon, backing off. Any other failure (a refused
# request, an untrusted certificate, a bug) waits for the next periodic sync or a request.
TRANSIENT = (Offline, RateLimited, ServerError)
NEEDS_SIGN_IN = (SessionExpired, AuthFailed)


def backoff_seconds(
    failures: int, hint: float | None = None, jitter: Jitter = random.uniform
) -> float:
    """How long to wait after `failures` failed attempts in a row: 5 s doubling to 15 min,
    ±20 % jitter so many laptops coming back online do not all call at once; never less than
    the server's Retry-After `hint`."""
    delay = min(MAX_BACKOFF_SECONDS, FIRST_BACKOFF_SECONDS * 2 ** max(failures - 1, 0))
    return max(hint or 0.0, delay * jitter(0.8, 1.2))


class SyncSchedule:
    """The state that decides when to sync. Not thread-safe: call it from one thread."""

    def __init__(
        self,
        *,
        interval: float = DEFAULT_INTERVAL_SECONDS,
        debounce: float = DEFAULT_DEBOUNCE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        jitter: Jitter = random.uniform,
    ):
        self.interval = interval
        self.debounce = debounce
        self._clock = clock
        self._jitter = jitter
        self.active = False  # signed in and not working offline
        self.running = False
        self.failures = 0  # failed attempts in a row, for the backoff
        self.needs_sign_in = False
        self._due: float | None = None  # periodic, requested or after a backoff (monotonic)
        self._edit_due: float | None = None  # `debounce` after the last edit
        self._first_edit: float | None = None  # the first edit not sent yet

    # What the user and the app do -------------------------------------------------------------

    def set_active(self, active: bool) -> None:
        """Signed in and syncing allowed (True), or signed out / working offline (False).
        Becoming active makes the periodic sync due; the immediate one is a `request()`."""
        if active and not self.active:
            self.needs_sign_in = False
            self.failures = 0
            self._due = self._clock() + self.interval
        elif not active:
            self._forget()
        self.active = active

    def set_interval(self, seconds: float) -> None:
        """A new period; a periodic sync already due later than that comes sooner."""
        self.interval = seconds
        if self.active and not self.running and self._due is not None:
            self._due = min(self._due, self._clock() + seconds)

    def request(self) -> None:
        """Sync now (or, while a sync runs, once more right after it)."""
        self._due = self._clock()

    def edited(self) -> None:
        """A local edit: sync `debounce` seconds after the last one, but no later than
        `MAX_EDIT_DELAY_SECONDS` after the first one not sent yet (after the running sync, if
        that ends later). Ignored while inactive: the next sync sends it anyway."""
        if not self.active:
            return
        now = self._clock()
        if self._first_edit is None:
            self._first_edit = now
        self._edit_due = min(now + self.debounce, self._first_edit + MAX_EDIT_DELAY_SECONDS)

    @property
    def again(self) -> bool:
        """A sync runs and another was asked for meanwhile."""
        return self.running and self._next() is not None

    # Asking -----------------------------------------------------------------------------------

    def seconds_until_due(self) -> float | None:
        """0 when a sync should start now; None when none is due (inactive, running, waiting
        for a sign-in)."""
        due = self._next()
        if not self.active or self.running or self.needs_sign_in or due is None:
            return None
        return max(0.0, due - self._clock())

    def is_due(self) -> bool:
        return self.seconds_until_due() == 0.0

    # How a sync went --------------------------------------------------------------------------

    def started(self) -> None:
        """A sync starts: what was due is being done; requests from now on mean "again"."""
        self.running = True
        self._forget()

    def finished(self) -> None:
        self.running = False
        self.failures = 0
        if not self.active:  # signed out or gone offline meanwhile
            self._forget()
        else:  # the next period, unless asked again meanwhile
            self._due = self._earliest(self._clock() + self.interval)

    def failed(self, exc: BaseException) -> None:
        """The sync raised `exc`: when to try again depends on what it was."""
        self.running = False
        now = self._clock()
        if not self.active:
            self._forget()
        elif isinstance(exc, Cancelled):  # the user stopped it: the periodic sync, no "again"
            self._forget()
            self._due = now + self.interval
        elif isinstance(exc, NEEDS_SIGN_IN):
            self.needs_sign_in = True
            self._forget()
        elif isinstance(exc, TRANSIENT):
            self.failures += 1
            hint = exc.retry_after if isinstance(exc, RateLimited) else None
            self._forget()
            self._due = now + backoff_seconds(self.failures, hint, self._jitter)
        else:
            self._due = self._earliest(now + self.interval)

    def _next(self) -> float | None:
        times = [t for t in (self._due, self._edit_due) if t is not None]
        return min(times) if times else None

    def _earliest(self, when: float) -> float:
        return when if self._due is None else min(self._due, when)

    def _forget(self) -> None:
        self._due = self._edit_due = self._first_edit = None
