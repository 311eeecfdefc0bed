"""The login limit under parallel guesses, over real HTTP on loopback and on both databases.

Every attempt is counted before its password is checked, so a burst of parallel guesses gets
no more password checks than the free attempts allow. The delays grow per account and per
(account, address); the real user, from another address, still signs in within the account's
documented maximum delay — at once from an address they signed in from before.
"""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select

from server_stub import accounts
from server_stub.db.engine import read_session, write_session
from server_stub.db.models import LoginThrottle, utc_now
from server_stub.security import passwords, rate_limit

from .conftest import serving

EMAIL = "focal.sn@example.org"
ATTACKER = "203.0.113.66"


@pytest.fixture
def checks(monkeypatch):
    """Counts the real Argon2 checks that happen (the real function runs every time)."""
    calls: list[str] = []
    lock = threading.Lock()
    real = passwords.verify_password

    def counted(password_hash, password):
        with lock:
            calls.append(password)
        return real(password_hash, password)

    monkeypatch.setattr(passwords, "verify_password", counted)
    return calls


def attempt(base_url: str, password: str, address: str | None = None) -> httpx.Response:
    headers = {"X-Forwarded-For": address} if address else {}
    body = {"email": EMAIL, "password": password, "device_name": "laptop"}
    return httpx.post(f"{base_url}/api/v1/auth/login", json=body, headers=headers, timeout=60)


def in_parallel(base_url: str, count: int, address: str | None = None) -> list[int]:
    statuses: list[int] = []
    start = threading.Barrier(count)

    def guess(n: int) -> None:
        start.wait()
        statuses.append(attempt(base_url, f"wrong guess number {n}", address).status_code)

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return statuses


@pytest.fixture
def live(harness_with, db_url, make):
    """A server behind a trusted proxy on loopback (X-Forwarded-For says who is calling)."""

    def build(**overrides):
        server = harness_with(url=db_url, trusted_proxies="127.0.0.1", **overrides)
        accounts.add_user(server.engine, EMAIL, make.password, "focal_point", "SN")
        return server

    return build


@pytest.mark.timeout(180)
@pytest.mark.parametrize("guesses", [12, 50])
def test_parallel_wrong_passwords_get_no_more_checks_than_the_limit(live, checks, make, guesses):
    server = live()
    limit = server.settings.login_failures_per_account_address
    with serving(server.app) as base_url:
        statuses = in_parallel(base_url, guesses, ATTACKER)
        assert len(statuses) == guesses
        assert set(statuses) <= {401, 429}
        assert len(checks) <= limit
        assert statuses.count(401) == len(checks)
        # The real user, from another address, signs in straight away.
        started = time.monotonic()
        response = attempt(base_url, make.password, "198.51.100.7")
        assert response.status_code == 200, response.text
        assert time.monotonic() - started < server.settings.login_max_delay_per_account_seconds


@pytest.mark.timeout(120)
def test_parallel_guesses_from_many_addresses_slow_the_account_down_but_never_lock_it(live, make):
    server = live(login_failures_per_account=4, login_max_delay_per_account_seconds=2)
    with serving(server.app) as base_url:
        assert attempt(base_url, make.password, "198.51.100.7").status_code == 200  # office
        statuses: list[int] = []
        threads = [
            threading.Thread(
                target=lambda n=n: statuses.append(
                    attempt(base_url, "wrong guess", f"203.0.113.{n}").status_code
                )
            )
            for n in range(1, 21)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert statuses.count(401) <= 4 and statuses.count(429) >= 16
        # From a new address the real user waits at most the account's maximum delay ...
        travelling = attempt(base_url, make.password, "192.0.2.44")
        if travelling.status_code == 429:
            wait = int(travelling.headers["Retry-After"])
            assert 1 <= wait <= 2
            assert "try again in" in travelling.json()["error"]["message"]
            time.sleep(wait)
            travelling = attempt(base_url, make.password, "192.0.2.44")
        assert travelling.status_code == 200, travelling.text
        # ... and from the address they signed in from before, not at all.
        assert attempt(base_url, make.password, "198.51.100.7").status_code == 200


def test_a_busy_ministry_address_does_not_lock_out_its_colleagues(harness_with, make):
    """Thirty colleagues behind one NAT mistype their passwords; the next one still signs in."""
    server = harness_with()
    for n in range(30):
        email = f"colleague{n}@example.org"
        accounts.add_user(server.engine, email, make.password, "focal_point", "SN")
        body = {"email": email, "password": "mistyped password", "device_name": "pc"}
        response = server.client.post("/api/v1/auth/login", json=body)
        assert response.status_code == 401, response.text
    body = {"email": "colleague29@example.org", "password": make.password, "device_name": "pc"}
    assert server.client.post("/api/v1/auth/login", json=body).status_code == 200


def test_the_delay_grows_with_each_failure_and_refused_attempts_do_not_extend_it(
    harness_with, make
):
    server = harness_with(
        login_failures_per_account_address=1,
        login_delay_per_account_address_seconds=1,
        login_max_delay_per_account_address_seconds=60,
    )
    accounts.add_user(server.engine, EMAIL, make.password, "focal_point", "SN")
    wrong = {"email": EMAIL, "password": "wrong guess", "device_name": "laptop"}
    assert server.client.post("/api/v1/auth/login", json=wrong).status_code == 401
    waits = []
    for _ in range(2):
        refused = server.client.post("/api/v1/auth/login", json=wrong)
        assert refused.status_code == 429
        waits.append(int(refused.headers["Retry-After"]))
        for _ in range(5):  # hammering while refused changes nothing
            assert server.client.post("/api/v1/auth/login", json=wrong).status_code == 429
        time.sleep(waits[-1])
        assert server.client.post("/api/v1/auth/login", json=wrong).status_code == 401
    assert waits == [1, 2]


def test_delays_double_after_the_free_attempts_up_to_the_cap():
    rule = rate_limit.Rule(free=5, first_delay=30, max_delay=900)
    assert [rule.delay_after(n) for n in range(4, 12)] == [0, 30, 60, 120, 240, 480, 900, 900]
    assert rule.delay_after(10_000) == 900


def test_forwarded_for_is_ignored_unless_the_proxy_is_trusted(harness_with, sqlite_url, make):
    def address_keys(server) -> set[str]:
        with read_session(server.engine) as session:
            return set(session.scalars(select(LoginThrottle.key)))

    for trusted, seen in ((None, "127.0.0.1"), ("127.0.0.1", ATTACKER)):
        overrides = {"trusted_proxies": trusted} if trusted else {}
        server = harness_with(url=sqlite_url.replace("server.db", f"{seen}.db"), **overrides)
        with serving(server.app) as base_url:
            assert attempt(base_url, "wrong guess", ATTACKER).status_code == 401
        keys = address_keys(server)
        assert any(seen in key for key in keys), keys
        if trusted is None:
            assert not any(ATTACKER in key for key in keys), keys


def test_counters_past_their_time_are_cleared_away(server, make):
    long_ago = utc_now() - timedelta(days=40)
    with write_session(server.engine) as session:
        session.add(LoginThrottle(key="account:old@example.org", failures=7, forget_at=long_ago))
    body = {"email": EMAIL, "password": "wrong guess", "device_name": "laptop"}
    assert server.client.post("/api/v1/auth/login", json=body).status_code == 401
    with read_session(server.engine) as session:
        keys = set(session.scalars(select(LoginThrottle.key)))
    assert "account:old@example.org" not in keys
    assert f"account:{EMAIL}" in keys
