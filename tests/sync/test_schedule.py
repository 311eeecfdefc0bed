"""When a sync is due: on demand, periodically, shortly after the last edit, once more when
asked during a sync; backing off (with jitter, honouring Retry-After) while offline; nothing
until signed in again when the session expired. A clock we move by hand, no waiting."""

from __future__ import annotations

import pytest

from desktop.sync.errors import (
    AuthFailed,
    Cancelled,
    CertificateError,
    NotSignedIn,
    Offline,
    RateLimited,
    RequestRefused,
    ServerError,
    SessionExpired,
)
from desktop.sync.schedule import MAX_BACKOFF_SECONDS, SyncSchedule, backoff_seconds

from .conftest import Client, case
from .fault_proxy import FaultProxy


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def no_jitter(low: float, high: float) -> float:
    return 1.0


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def schedule(clock) -> SyncSchedule:
    schedule = SyncSchedule(interval=900, debounce=5, clock=clock, jitter=no_jitter)
    schedule.set_active(True)
    return schedule


def run(schedule: SyncSchedule, error: BaseException | None = None) -> None:
    assert schedule.is_due()
    schedule.started()
    if error is None:
        schedule.finished()
    else:
        schedule.failed(error)


def test_nothing_is_due_while_signed_out_or_working_offline(clock):
    schedule = SyncSchedule(clock=clock)
    schedule.request()
    assert schedule.seconds_until_due() is None
    schedule.set_active(True)
    schedule.set_active(False)
    schedule.edited()
    clock.advance(10_000)
    assert schedule.seconds_until_due() is None


def test_becoming_active_makes_the_periodic_sync_due_and_a_request_syncs_at_once(clock, schedule):
    assert schedule.seconds_until_due() == 900
    schedule.request()
    assert schedule.is_due()


def test_after_a_sync_the_next_is_one_interval_later(clock, schedule):
    schedule.request()
    run(schedule)
    assert schedule.seconds_until_due() == 900
    clock.advance(900)
    assert schedule.is_due()


def test_a_sync_follows_the_last_edit_after_the_debounce_not_each_keystroke(clock, schedule):
    schedule.edited()
    clock.advance(3)
    schedule.edited()
    assert schedule.seconds_until_due() == 5
    clock.advance(4.9)
    assert not schedule.is_due()
    clock.advance(0.1)
    assert schedule.is_due()


def test_edits_saved_more_often_than_the_debounce_still_go_out_within_a_minute(clock, schedule):
    for _ in range(30):
        schedule.edited()
        assert not schedule.is_due()
        clock.advance(2)
    assert schedule.is_due()  # 60 s after the first edit


def test_an_edit_does_not_push_back_a_sync_already_due_sooner(clock, schedule):
    schedule.request()
    schedule.edited()
    assert schedule.is_due()


def test_never_two_at_once_and_a_request_during_a_sync_runs_it_again_right_after(clock, schedule):
    schedule.request()
    schedule.started()
    assert schedule.seconds_until_due() is None and not schedule.again
    schedule.request()
    assert schedule.again and schedule.seconds_until_due() is None
    clock.advance(30)
    schedule.finished()
    assert schedule.is_due() and not schedule.again


def test_an_edit_during_a_sync_is_sent_by_another_one_soon_after(clock, schedule):
    schedule.request()
    schedule.started()
    schedule.edited()
    assert schedule.again
    clock.advance(2)
    schedule.finished()
    assert schedule.seconds_until_due() == 3  # 5 s after the edit, not 15 minutes


def test_offline_backs_off_5_s_doubling_to_15_minutes_and_a_success_resets_it(clock, schedule):
    schedule.request()
    waits = []
    for _ in range(10):
        run(schedule, Offline("Cannot reach the server: you seem to be offline."))
        waits.append(schedule.seconds_until_due())
        clock.advance(waits[-1])
    assert waits == [5, 10, 20, 40, 80, 160, 320, 640, 900, 900]
    assert schedule.failures == 10
    run(schedule)
    assert schedule.failures == 0 and schedule.seconds_until_due() == 900


def test_the_backoff_has_jitter_within_a_fifth(clock):
    seen = {round(backoff_seconds(3), 3) for _ in range(200)}
    assert len(seen) > 20 and min(seen) >= 16 and max(seen) <= 24
    assert backoff_seconds(50) <= MAX_BACKOFF_SECONDS * 1.2


def test_rate_limited_waits_at_least_the_servers_retry_after(clock, schedule):
    schedule.request()
    run(schedule, RateLimited("busy", retry_after=120))
    assert schedule.seconds_until_due() == 120
    clock.advance(120)
    run(schedule, RateLimited("busy", retry_after=1))
    assert schedule.seconds_until_due() == 10  # the backoff, when longer than the hint


def test_a_server_failure_backs_off_too(clock, schedule):
    schedule.request()
    run(schedule, ServerError("The server had a problem"))
    assert schedule.seconds_until_due() == 5


@pytest.mark.parametrize(
    "error",
    [
        SessionExpired("expired"),
        NotSignedIn("not signed in"),
        AuthFailed("wrong password"),
    ],
)
def test_an_expired_session_waits_for_a_sign_in(clock, schedule, error):
    schedule.request()
    run(schedule, error)
    assert schedule.needs_sign_in
    schedule.request()
    clock.advance(MAX_BACKOFF_SECONDS * 10)
    assert schedule.seconds_until_due() is None
    schedule.set_active(False)  # signed out; then signed in again
    schedule.set_active(True)
    assert not schedule.needs_sign_in and schedule.seconds_until_due() == 900


@pytest.mark.parametrize(
    "error",
    [
        RequestRefused("too large", 413, "too_large"),
        CertificateError("untrusted"),
        ValueError("a bug"),
    ],
)
def test_a_failure_that_will_not_pass_by_itself_waits_for_the_next_period(clock, schedule, error):
    schedule.request()
    run(schedule, error)
    assert schedule.failures == 0 and schedule.seconds_until_due() == 900


def test_stopping_a_sync_drops_the_again_and_waits_for_the_period(clock, schedule):
    schedule.request()
    schedule.started()
    schedule.request()
    schedule.failed(Cancelled("stopped"))
    assert schedule.seconds_until_due() == 900


def test_signing_out_during_a_sync_leaves_nothing_due(clock, schedule):
    schedule.request()
    schedule.started()
    schedule.edited()
    schedule.set_active(False)
    schedule.finished()
    schedule.set_active(True)
    assert schedule.seconds_until_due() == 900


def test_a_shorter_interval_brings_the_periodic_sync_closer(clock, schedule):
    schedule.set_interval(60)
    assert schedule.seconds_until_due() == 60
    schedule.set_interval(3600)
    assert schedule.seconds_until_due() == 60


def drive(schedule: SyncSchedule, client: Client, clock: Clock) -> object:
    """What the window's timer does once a sync is due: run it, tell the schedule."""
    assert schedule.is_due()
    schedule.started()
    try:
        summary = client.service.sync()
    except Exception as exc:
        schedule.failed(exc)
        return exc
    schedule.finished()
    return summary


def test_driven_against_the_real_server_an_edit_is_pushed_after_the_debounce(make_client, clock):
    client = make_client()
    schedule = SyncSchedule(interval=3600, debounce=5, clock=clock, jitter=no_jitter)
    schedule.set_active(True)
    schedule.request()
    assert drive(schedule, client, clock).pushed == 0
    client.repo.save("missing_case", case(4242), owner_country="SN")
    schedule.edited()
    assert not schedule.is_due()
    clock.advance(5)
    assert drive(schedule, client, clock).pushed == 1
    assert client.pending() == 0 and schedule.seconds_until_due() == 3600


def test_driven_against_a_cut_connection_it_backs_off_and_recovers(tmp_path, server, clock):
    with FaultProxy(server.port, faults={"reset_before": 1}) as proxy:
        proxy.enabled = False
        client = Client(tmp_path / "c", proxy.url, "fp.sn@example.org")
        try:
            schedule = SyncSchedule(interval=3600, clock=clock, jitter=no_jitter)
            schedule.set_active(True)
            schedule.request()
            proxy.enabled = True  # from now on every connection is cut: offline
            error = drive(schedule, client, clock)
            assert isinstance(error, Offline) and "offline" in str(error)
            assert schedule.failures == 1 and schedule.seconds_until_due() == 5
            proxy.enabled = False  # the connection is back
            clock.advance(5)
            assert not isinstance(drive(schedule, client, clock), BaseException)
            assert schedule.failures == 0
        finally:
            client.close()
