"""Sign-in, refresh, replay, sign-out and revocation each leave one line on the `focal.security`
logger, with the account, the device and the address — and never a password or a token."""

from __future__ import annotations

import logging
import re

import pytest

from server_stub import accounts

EMAIL = "focal.sn@example.org"


@pytest.fixture
def events(caplog):
    caplog.set_level(logging.DEBUG)

    def lines() -> list[str]:
        return [r.getMessage() for r in caplog.records if r.name == "focal.security"]

    return lines


def fields(line: str) -> dict[str, str]:
    return dict(re.findall(r'(\w+)=("(?:[^"\\]|\\.)*"|\S+)', line))


def test_auth_events_name_account_device_and_address_but_no_secret(harness_with, make, events):
    server = harness_with(login_failures_per_account_address=2)
    accounts.add_user(server.engine, EMAIL, make.password, "focal_point", "SN")
    client = server.client

    def login(password):
        body = {"email": EMAIL, "password": password, "device_name": "laptop"}
        return client.post("/api/v1/auth/login", json=body)

    pair = login(make.password).json()
    first = client.post("/api/v1/auth/refresh", json={"refresh_token": pair["refresh_token"]})
    second = first.json()
    replay = client.post("/api/v1/auth/refresh", json={"refresh_token": pair["refresh_token"]})
    assert replay.status_code == 401
    wrong = ["first wrong password", "second wrong password", "third wrong password"]
    assert [login(p).status_code for p in wrong] == [401, 401, 429]
    again = login(make.password)  # the pair is throttled now, even for the right password
    assert again.status_code == 429
    other = server.person("sec@example.org", "secretariat")
    device = client.get("/api/v1/auth/devices", headers=other.headers).json()[0]["id"]
    assert client.post("/api/v1/auth/logout", headers=other.headers).status_code == 204
    sec = server.sign_in(other.user_id)
    fresh = server.sign_in(1, device="office desktop")
    mine = client.get("/api/v1/auth/devices", headers=fresh).json()[-1]["id"]
    assert client.delete(f"/api/v1/auth/devices/{mine}", headers=sec).status_code == 204

    lines = events()
    logged = [fields(line) for line in lines]
    names = [f["event"] for f in logged]
    assert names == [
        "account_added",
        "sign_in_ok",
        "refresh_rotated",
        "refresh_replayed_device_revoked",
        "sign_in_failed",
        "sign_in_failed",
        "sign_in_throttled",
        "sign_in_throttled",
        "account_added",
        "signed_out",
        "device_revoked",
    ], lines
    signed_in, rotated, replayed = logged[1:4]
    assert signed_in["account"] == rotated["account"] == replayed["account"] == EMAIL
    assert signed_in["device"] == rotated["device"] == replayed["device"]
    assert all(f["address"] == "testclient" for f in logged[1:8] + logged[9:])
    assert logged[4]["reason"] == "wrong_password" and logged[6]["retry_after"] == "30"
    assert logged[9]["account"] == "sec@example.org" and logged[9]["device"] == str(device)
    revoked = logged[10]
    assert revoked["account"] == EMAIL and revoked["device"] == str(mine)
    assert revoked["by"] == "sec@example.org" and revoked["by_role"] == "secretariat"
    text = "\n".join(lines)
    secrets = [make.password, *wrong, pair["access_token"], pair["refresh_token"]]
    secrets += [second["access_token"], second["refresh_token"]]
    for secret in secrets:
        assert secret not in text
    assert "fpa_" not in text and "fpr_" not in text


def test_an_unknown_account_is_logged_as_such(sqlite_server, events):
    body = {"email": "Nobody@Example.org", "password": "whatever it is", "device_name": "x"}
    assert sqlite_server.client.post("/api/v1/auth/login", json=body).status_code == 401
    (line,) = events()
    assert fields(line) == {
        "event": "sign_in_failed",
        "account": "nobody@example.org",
        "address": "testclient",
        "reason": "unknown_account",
    }


def test_revoking_a_device_on_the_command_line_is_logged(sqlite_server, events):
    person = sqlite_server.person(EMAIL, "focal_point", "SN")
    (revoked,) = accounts.revoke_devices(sqlite_server.engine, EMAIL)
    line = events()[-1]
    assert fields(line) == {
        "event": "device_revoked",
        "account": EMAIL,
        "device": str(revoked),
        "by": '"command line"',
    }
    assert person.headers["Authorization"].split()[1] not in line
