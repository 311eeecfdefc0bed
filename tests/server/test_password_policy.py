"""A new password (add-user, and add-user --update, the way a password changes) is 12 to 1,024
characters — no longer than a sign-in accepts — and not a common or guessable one (zxcvbn)."""

from __future__ import annotations

import pytest

from desktop.domain.wire import LoginRequest
from server_stub.security import passwords

from . import test_cli
from .test_cli import assert_fails_in_one_line

run = test_cli.cli  # the fixture that runs focal-server in this process

STRONG = "ferry lantern quietly obsidian"


def add_user(run, db_url: str, password: str, *extra: str):
    return run(
        "add-user", "focal.sn@example.org", "--role", "focal_point", "--country", "SN",
        "--db", db_url, *extra, stdin=password + "\n",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("password", "words"),
    [
        ("eleven char", ("at least 12",)),
        ("x7" * 2500, ("at most 1024",)),
        ("password1234", ("too easy to guess", "common")),
        ("qwertyuiop123", ("too easy to guess",)),
        ("focal.sn@example.org", ("too easy to guess",)),  # the account's own e-mail
        (" " * 14, ("spaces",)),
    ],
)
def test_add_user_refuses_a_weak_or_unusable_password_in_one_line(run, sqlite_url, password, words):
    assert_fails_in_one_line(add_user(run, sqlite_url, password), *words)
    assert "focal.sn" not in run("--db", sqlite_url, "list-users").stdout


def test_a_password_change_meets_the_same_rule(run, sqlite_url):
    assert add_user(run, sqlite_url, STRONG).returncode == 0
    assert_fails_in_one_line(add_user(run, sqlite_url, "password1234", "--update"), "guess")
    assert add_user(run, sqlite_url, STRONG + " again", "--update").returncode == 0


def test_the_longest_password_allowed_is_the_longest_a_sign_in_accepts(
    run, sqlite_url, harness_with
):
    longest = LoginRequest.model_fields["password"].metadata[-1].max_length
    assert longest == passwords.MAX_PASSWORD_LENGTH
    password = ((STRONG + " ") * (longest // len(STRONG) + 1))[:longest]
    assert add_user(run, sqlite_url, password).returncode == 0
    too_long = add_user(run, sqlite_url, password + "x", "--update")
    assert_fails_in_one_line(too_long, "at most")
    server = harness_with(url=sqlite_url)
    body = {"email": "focal.sn@example.org", "password": password, "device_name": "laptop"}
    assert server.client.post("/api/v1/auth/login", json=body).status_code == 200


def test_a_password_change_signs_the_account_out_on_every_device(run, sqlite_url, harness_with):
    assert add_user(run, sqlite_url, STRONG).returncode == 0
    server = harness_with(url=sqlite_url)
    body = {"email": "focal.sn@example.org", "password": STRONG, "device_name": "laptop"}
    pairs = [server.client.post("/api/v1/auth/login", json=body).json() for _ in range(2)]
    changed = add_user(run, sqlite_url, STRONG + " again", "--update")
    assert changed.returncode == 0
    assert changed.stdout.strip().endswith("signed out on 2 devices")
    for pair in pairs:
        bearer = {"Authorization": f"Bearer {pair['access_token']}"}
        assert server.client.get("/api/v1/auth/me", headers=bearer).status_code == 401
        refresh = {"refresh_token": pair["refresh_token"]}
        assert server.client.post("/api/v1/auth/refresh", json=refresh).status_code == 401
