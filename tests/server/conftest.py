"""Fixtures for the central endpoint: a real app on SQLite or PostgreSQL, users, tokens, records.

PostgreSQL comes from FOCAL_TEST_PG_URL (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/focal_ci).
Each test module gets a database of its own, created on that server and dropped afterwards, and
each test a fresh schema in it. Without the variable those tests skip, saying why; with
FOCAL_REQUIRE_PG=1 (CI) they fail instead.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
import uuid
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any
from urllib.parse import quote

import psycopg
import pytest
from argon2 import PasswordHasher
from sqlalchemy.engine import make_url

from desktop.domain.wire import ErrorResponse
from server_stub import accounts, campaigns
from server_stub.app import create_app
from server_stub.db.engine import write_session
from server_stub.db.models import User, utc_now
from server_stub.security import passwords, tokens
from server_stub.settings import Settings

with warnings.catch_warnings():  # starlette now prefers httpx2; httpx is what we have
    warnings.filterwarnings("ignore", message="Using `httpx` with")
    from fastapi.testclient import TestClient

PASSWORD = "correct horse battery"
SAMPLE_CAMPAIGN_ID = "2f0c6a8e-6d1b-4c4f-9a57-2025a1b0c0de"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


QUICK_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(autouse=True)
def quick_password_hashes(monkeypatch):
    """Argon2id with small parameters, so tests that create users stay fast."""
    monkeypatch.setattr(passwords, "HASHER", QUICK_HASHER)


# --- PostgreSQL: a database per module, a schema per test -------------------------------------


def _pg_unavailable(reason: str):
    if os.environ.get("FOCAL_REQUIRE_PG") == "1":
        pytest.fail(f"FOCAL_REQUIRE_PG=1 but {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


def _libpq(url) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def pg_database() -> Iterator[Any]:
    """A database of this module's own on the FOCAL_TEST_PG_URL server; dropped afterwards."""
    base = os.environ.get("FOCAL_TEST_PG_URL")
    if not base:
        _pg_unavailable(
            "set FOCAL_TEST_PG_URL, e.g. postgresql+psycopg://postgres@127.0.0.1:5432/focal_ci"
        )
    admin = make_url(base)
    name = f"focal_test_{secrets.token_hex(5)}"
    try:
        with psycopg.connect(_libpq(admin), autocommit=True, connect_timeout=5) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error as exc:
        _pg_unavailable(f"cannot create a database at {admin.host}: {str(exc).splitlines()[0]}")
    yield admin.set(database=name, drivername="postgresql+psycopg")
    with psycopg.connect(_libpq(admin), autocommit=True, connect_timeout=5) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _fresh_pg_schema(request) -> Iterator[str]:
    database = request.getfixturevalue("pg_database")
    schema = f"t_{secrets.token_hex(5)}"
    with psycopg.connect(_libpq(database), autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    options = quote(f"-csearch_path={schema}")
    yield f"{database.render_as_string(hide_password=False)}?options={options}"
    with psycopg.connect(_libpq(database), autocommit=True) as connection:
        connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> Iterator[str]:
    """A fresh, empty database: an SQLite file, or a new PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
    else:
        yield from _fresh_pg_schema(request)


@pytest.fixture(scope="module", params=BACKENDS)
def module_db_url(request, tmp_path_factory) -> Iterator[str]:
    """A database shared by the tests of one module (SQLite file or PostgreSQL schema)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'server.db'}"
    else:
        yield from _fresh_pg_schema(request)


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'server.db'}"


# --- The app and the people using it ---------------------------------------------------------


@dataclass
class Person:
    email: str
    role: str
    country: str | None
    headers: dict[str, str]
    user_id: int


class Harness:
    """A real app on a real database, with shortcuts to set the scene."""

    def __init__(self, app, client: TestClient):
        self.app = app
        self.client = client
        self.engine = app.state.engine
        self.settings: Settings = app.state.settings

    def person(self, email: str, role: str, country: str | None = None) -> Person:
        """An account with a signed-in device (tokens issued directly: no Argon2, no limit)."""
        user = accounts.add_user(self.engine, email, PASSWORD, role, country).user
        return Person(email, role, user.country, self.sign_in(user.id), user.id)

    def sign_in(self, user_id: int, device: str = "test laptop") -> dict[str, str]:
        with write_session(self.engine) as session:
            user = session.get(User, user_id)
            opened = tokens.open_device(session, user, device, utc_now())
            issued = tokens.issue_tokens(session, opened.id, utc_now(), *_ttls(self.settings))
        return {"Authorization": f"Bearer {issued.access_token}"}

    def sample_campaign(self) -> str:
        record_id, data = campaigns.read_campaign_file(campaigns.SAMPLE_CAMPAIGN)
        return campaigns.put_campaign(self.engine, record_id, data)[0]

    def push(self, person: Person, *mutations: dict[str, Any]) -> list[dict[str, Any]]:
        response = self.client.post(
            "/api/v1/sync/push", json={"mutations": list(mutations)}, headers=person.headers
        )
        assert response.status_code == 200, response.text
        return response.json()["results"]

    def pull_all(self, person: Person, since: int = 0, limit: int = 1000) -> tuple[list, int]:
        changes, cursor, more = [], since, True
        while more:
            response = self.client.get(
                "/api/v1/sync/pull",
                params={"since": cursor, "limit": limit},
                headers=person.headers,
            )
            assert response.status_code == 200, response.text
            page = response.json()
            changes += page["changes"]
            cursor, more = page["next_cursor"], page["has_more"]
        return changes, cursor


def _ttls(settings: Settings):
    from datetime import timedelta

    return timedelta(seconds=settings.access_token_seconds), timedelta(
        days=settings.refresh_token_days
    )


def make_harness(url: str, **overrides: Any) -> Iterator[Harness]:
    app = create_app(Settings(db=url, **overrides))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield Harness(app, client)


@pytest.fixture
def server(db_url) -> Iterator[Harness]:
    """The app on SQLite and on PostgreSQL (parametrised)."""
    yield from make_harness(db_url)


@pytest.fixture
def sqlite_server(sqlite_url) -> Iterator[Harness]:
    """The app on SQLite only (for tests whose subject does not depend on the database)."""
    yield from make_harness(sqlite_url)


@pytest.fixture(scope="module")
def module_server(module_db_url) -> Iterator[Harness]:
    """One app for a whole module (on each database): for tests that only add to it."""
    saved, passwords.HASHER = passwords.HASHER, QUICK_HASHER
    try:
        yield from make_harness(module_db_url)
    finally:
        passwords.HASHER = saved


@pytest.fixture
def harness_with(sqlite_url):
    """Build an app with other settings: `harness_with(max_body_bytes=4096)` (SQLite unless
    `url=` says otherwise); closed at the end of the test."""
    with contextlib.ExitStack() as stack:

        def build(url: str | None = None, **overrides: Any) -> Harness:
            harnesses = make_harness(url or sqlite_url, **overrides)
            stack.callback(next, harnesses, None)
            return next(harnesses)

        yield build


def error_of(response, status: int, code: str | None = None) -> dict[str, Any]:
    """The JSON error of `response`, checked for status, shape and code."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    ErrorResponse.model_validate(response.json())
    error = response.json()["error"]
    if code:
        assert error["code"] == code, error
    assert error["message"]
    return error


@pytest.fixture
def expect_error():
    return error_of


@contextlib.contextmanager
def serving(app, timeout: float = 15) -> Iterator[str]:
    """Serve `app` with uvicorn on 127.0.0.1 (a free port) in a thread, configured as
    `focal-server serve` does (forwarded headers only from trusted proxies); its base URL."""
    import threading

    import uvicorn

    from server_stub.cli.serve import bind, uvicorn_config

    sock = bind("127.0.0.1", 0)
    config = uvicorn_config(app, app.state.settings, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout)
        sock.close()
        assert not thread.is_alive(), "uvicorn did not stop"


@pytest.fixture
def live_server(server) -> Iterator[tuple[Harness, str]]:
    """The parametrised app, also served over real HTTP by uvicorn on loopback."""
    with serving(server.app) as base_url:
        yield server, base_url


# --- Records as a client would send them -----------------------------------------------------


def incident_data(n: int = 1, **changes: Any) -> dict[str, Any]:
    data = {
        "incident_id": f"T-{n:05d}",
        "incident_date": "2025-06-01",
        "region": "Mediterranean",
        "country_of_incident": "Libya",
        "route": "Central Mediterranean",
        "number_dead": 2,
        "number_missing": 5,
        "cause_of_death": ["Drowning"],
        "source_quality": 3,
    }
    data.update(changes)
    return data


def report_data(country: str, **changes: Any) -> dict[str, Any]:
    data = {
        "campaign_id": SAMPLE_CAMPAIGN_ID,
        "country": country,
        "state": "draft",
        "answers": {"general.institution": "Ministry of the Interior"},
        "initiatives": [],
        "comments": [],
    }
    data.update(changes)
    return data


def complete_answers() -> dict[str, Any]:
    return {
        "general.institution": "Ministry of Foreign Affairs",
        "general.reference_date": "2025-12-31",
        "d1.diaspora_strategy": "Adopted",
        "d1.remittance_cost": 6.5,
        "d2.mobility_schemes": ["Students", "Seasonal work"],
        "d2.labour_partners": ["ES", "FR"],
        "d3.asylum_law": "Yes",
        "d3.host_community_funding": "250000",
        "d4.trafficking_law": "Yes",
        "d5.reintegration_support": ["Economic"],
    }


def initiative() -> dict[str, Any]:
    return {
        "type": "project",
        "title": "Youth employment in border regions",
        "domains": [1],
        "priority_areas": ["1.1"],
        "countries": ["SN"],
        "budget_eur": "1200000",
        "start_date": "2024-01-01",
        "end_date": "2026-12-31",
        "status": "ongoing",
    }


def mutation(
    kind: str,
    data: dict[str, Any] | None = None,
    *,
    record_id: str | None = None,
    base_rev: int | None = None,
    deleted: bool = False,
) -> dict[str, Any]:
    body = {
        "mutation_id": str(uuid.uuid4()),
        "kind": kind,
        "id": record_id or str(uuid.uuid4()),
        "base_rev": base_rev,
        "data": data or {},
    }
    if deleted:
        body["deleted"] = True
    return body


@pytest.fixture
def make() -> SimpleNamespace:
    """Builders for mutations and record data."""
    return SimpleNamespace(
        incident=incident_data,
        report=report_data,
        answers=complete_answers,
        initiative=initiative,
        mutation=mutation,
        campaign_id=SAMPLE_CAMPAIGN_ID,
        password=PASSWORD,
    )
