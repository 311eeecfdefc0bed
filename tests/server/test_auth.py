"""Sign-in, refresh rotation with replay revocation, sign-out, devices and the login limit."""

from __future__ import annotations

import logging
import time

import pytest
from sqlalchemy import select

from server_stub import accounts
from server_stub.db.engine import read_session
from server_stub.db.models import AccessToken, RefreshToken, User


def login(server, email, password, device="laptop"):
    return server.client.post(
        "/api/v1/auth/login", json={"email": email, "password": password, "device_name": device}
    )


def bearer(pair):
    return {"Authorization": f"Bearer {pair['access_token']}"}


def refresh(server, token):
    return server.client.post("/api/v1/auth/refresh", json={"refresh_token": token})


@pytest.fixture
def focal(server, make):
    accounts.add_user(server.engine, "Focal.SN@example.org", make.password, "focal_point", "sn")
    return "focal.sn@example.org"


def test_login_returns_tokens_and_who_you_are(server, focal, make):
    response = login(server, " FOCAL.sn@example.org ", make.password)
    assert response.status_code == 200, response.text
    pair = response.json()
    assert pair["token_type"] == "bearer"
    assert 0 < pair["expires_in"] <= 15 * 60
    assert pair["user"] == {"email": focal, "role": "focal_point", "country": "SN"}
    me = server.client.get("/api/v1/auth/me", headers=bearer(pair))
    assert me.json() == pair["user"]


def test_wrong_password_and_unknown_email_get_the_same_401(server, focal, expect_error):
    wrong = expect_error(login(server, focal, "not the password"), 401, "wrong_credentials")
    unknown = expect_error(login(server, "nobody@example.org", "whatever1"), 401)
    assert wrong["message"] == unknown["message"]


def test_passwords_are_argon2_and_tokens_are_stored_hashed(server, focal, make):
    pair = login(server, focal, make.password).json()
    with read_session(server.engine) as session:
        stored_hash = session.scalar(select(User.password_hash).where(User.email == focal))
        access = session.scalars(select(AccessToken.token_hash)).all()
        refresh_hashes = session.scalars(select(RefreshToken.token_hash)).all()
    assert stored_hash.startswith("$argon2id$")
    assert pair["access_token"] not in access and pair["refresh_token"] not in refresh_hashes
    assert len(access) == 1 and len(refresh_hashes) == 1


def test_refresh_rotates_and_the_old_token_stops_working(server, focal, make, expect_error):
    first = login(server, focal, make.password).json()
    second = refresh(server, first["refresh_token"])
    assert second.status_code == 200, second.text
    second = second.json()
    assert second["refresh_token"] != first["refresh_token"]
    assert server.client.get("/api/v1/auth/me", headers=bearer(second)).status_code == 200
    third = refresh(server, second["refresh_token"])
    assert third.status_code == 200


def test_replaying_a_spent_refresh_token_revokes_the_device(server, focal, make, expect_error):
    first = login(server, focal, make.password).json()
    other_device = login(server, focal, make.password, device="desktop").json()
    second = refresh(server, first["refresh_token"]).json()
    third = refresh(server, second["refresh_token"]).json()  # the successor was used: no retry
    expect_error(refresh(server, first["refresh_token"]), 401, "refresh_replayed")
    # Everything that device held is gone: the newest pair no longer works either ...
    expect_error(server.client.get("/api/v1/auth/me", headers=bearer(third)), 401)
    expect_error(refresh(server, third["refresh_token"]), 401)
    # ... but the user's other device is untouched.
    assert server.client.get("/api/v1/auth/me", headers=bearer(other_device)).status_code == 200


def test_by_default_any_replay_revokes_the_device(server, focal, make, expect_error):
    """The contract: the old refresh token stops working, and presenting it revokes."""
    first = login(server, focal, make.password).json()
    second = refresh(server, first["refresh_token"]).json()  # successor not used yet
    expect_error(refresh(server, first["refresh_token"]), 401, "refresh_replayed")
    expect_error(refresh(server, second["refresh_token"]), 401)


def test_a_replay_after_the_grace_period_revokes_the_device(harness_with, make, expect_error):
    server = harness_with(refresh_reuse_grace_seconds=0)
    accounts.add_user(server.engine, "fp@example.org", make.password, "focal_point", "SN")
    first = login(server, "fp@example.org", make.password).json()
    second = refresh(server, first["refresh_token"]).json()
    time.sleep(0.01)
    expect_error(refresh(server, first["refresh_token"]), 401, "refresh_replayed")
    expect_error(refresh(server, second["refresh_token"]), 401)


def test_with_a_grace_a_client_killed_mid_refresh_can_retry_with_its_old_token(
    harness_with, make, expect_error
):
    """The server rotated, the client died before storing the new pair: it comes back with the
    token it has. Its never-used successor is cancelled and a new pair issued; presenting the
    cancelled one later (a thief who raced the client) revokes the device."""
    server = harness_with(refresh_reuse_grace_seconds=300)
    focal = "fp@example.org"
    accounts.add_user(server.engine, focal, make.password, "focal_point", "SN")
    first = login(server, focal, make.password).json()
    lost = refresh(server, first["refresh_token"]).json()  # the response the client never saw
    retried = refresh(server, first["refresh_token"])
    assert retried.status_code == 200, retried.text
    retried = retried.json()
    assert server.client.get("/api/v1/auth/me", headers=bearer(retried)).status_code == 200
    expect_error(server.client.get("/api/v1/auth/me", headers=bearer(lost)), 401)
    expect_error(refresh(server, lost["refresh_token"]), 401, "refresh_replayed")
    expect_error(server.client.get("/api/v1/auth/me", headers=bearer(retried)), 401)


def test_unknown_refresh_token_is_401(server, expect_error):
    expect_error(refresh(server, "fpr_made-up-token-value"), 401, "refresh_unknown")


def test_access_tokens_expire(harness_with, make, expect_error):
    server = harness_with(access_token_seconds=1)
    accounts.add_user(server.engine, "fp@example.org", make.password, "focal_point", "SN")
    pair = login(server, "fp@example.org", make.password).json()
    assert pair["expires_in"] == 1
    time.sleep(1.2)
    expect_error(server.client.get("/api/v1/auth/me", headers=bearer(pair)), 401, "token_invalid")
    assert refresh(server, pair["refresh_token"]).status_code == 200


def test_logout_revokes_this_device(server, focal, make, expect_error):
    pair = login(server, focal, make.password).json()
    assert server.client.post("/api/v1/auth/logout", headers=bearer(pair)).status_code == 204
    expect_error(server.client.get("/api/v1/auth/me", headers=bearer(pair)), 401)
    expect_error(refresh(server, pair["refresh_token"]), 401, "refresh_unknown")


def test_devices_can_be_listed_and_revoked_one_by_one(server, focal, make, expect_error):
    laptop = login(server, focal, make.password, device="laptop").json()
    desktop = login(server, focal, make.password, device="office desktop").json()
    devices = server.client.get("/api/v1/auth/devices", headers=bearer(laptop)).json()
    assert [(d["name"], d["current"]) for d in devices] == [
        ("laptop", True),
        ("office desktop", False),
    ]
    office = devices[1]["id"]
    response = server.client.delete(f"/api/v1/auth/devices/{office}", headers=bearer(laptop))
    assert response.status_code == 204
    expect_error(server.client.get("/api/v1/auth/me", headers=bearer(desktop)), 401)
    assert server.client.get("/api/v1/auth/me", headers=bearer(laptop)).status_code == 200


def test_a_focal_point_cannot_revoke_someone_elses_device(server, focal, make, expect_error):
    mine = login(server, focal, make.password).json()
    other = server.person("focal.gm@example.org", "focal_point", "GM")
    theirs = server.client.get("/api/v1/auth/devices", headers=other.headers).json()[0]["id"]
    response = server.client.delete(f"/api/v1/auth/devices/{theirs}", headers=bearer(mine))
    expect_error(response, 404)
    secretariat = server.person("sec@example.org", "secretariat")
    response = server.client.delete(f"/api/v1/auth/devices/{theirs}", headers=secretariat.headers)
    assert response.status_code == 204
    expect_error(server.client.get("/api/v1/auth/me", headers=other.headers), 401)


def test_failed_logins_are_limited_per_account(harness_with, make, expect_error):
    server = harness_with(login_failures_per_account=3, login_failures_per_address=100)
    accounts.add_user(server.engine, "fp@example.org", make.password, "focal_point", "SN")
    accounts.add_user(server.engine, "other@example.org", make.password, "focal_point", "GM")
    for _ in range(3):
        expect_error(login(server, "fp@example.org", "guess-guess"), 401)
    response = login(server, "fp@example.org", make.password)  # even the right password waits
    error = expect_error(response, 429, "rate_limited")
    assert 0 < int(response.headers["Retry-After"]) <= 15 * 60
    assert response.headers["Retry-After"] in error["message"]
    assert login(server, "other@example.org", make.password).status_code == 200


def test_failed_logins_are_limited_per_address(harness_with, make, expect_error):
    server = harness_with(login_failures_per_account=100, login_failures_per_address=4)
    accounts.add_user(server.engine, "fp@example.org", make.password, "focal_point", "SN")
    for n in range(4):
        expect_error(login(server, f"user{n}@example.org", "guess-guess"), 401)
    response = login(server, "fp@example.org", make.password)
    expect_error(response, 429, "rate_limited")
    assert int(response.headers["Retry-After"]) >= 1


def test_a_successful_login_clears_the_account_count(harness_with, make):
    server = harness_with(login_failures_per_account=3, login_failures_per_address=100)
    accounts.add_user(server.engine, "fp@example.org", make.password, "focal_point", "SN")
    for _ in range(2):
        login(server, "fp@example.org", "guess-guess")
    assert login(server, "fp@example.org", make.password).status_code == 200
    for _ in range(2):
        login(server, "fp@example.org", "guess-guess")
    assert login(server, "fp@example.org", make.password).status_code == 200


def test_control_characters_are_dropped_from_the_device_name(server, focal, make):
    pair = login(server, focal, make.password, device="lap\x00top\n").json()
    devices = server.client.get("/api/v1/auth/devices", headers=bearer(pair)).json()
    assert devices[0]["name"] == "laptop"


def test_no_token_or_password_reaches_the_log(server, focal, make, caplog):
    caplog.set_level(logging.DEBUG)
    pair = login(server, focal, make.password).json()
    login(server, focal, "a wrong password")
    new = refresh(server, pair["refresh_token"]).json()
    refresh(server, new["refresh_token"])
    refresh(server, pair["refresh_token"])  # replay after the successor was used: a warning
    text = caplog.text
    assert "revoked" in text
    for secret in (
        make.password,
        "a wrong password",
        pair["access_token"],
        pair["refresh_token"],
        new["refresh_token"],
    ):
        assert secret not in text
