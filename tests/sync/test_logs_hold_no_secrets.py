"""After a full scripted session — failed and good sign-ins, a throttled guess, a case import, a
sync, a token refresh, a replayed refresh token, a device revoked by the secretariat, a sign-out
— the server's log and every file of the client's profile hold no secret and no value of a
case's personal fields, while the server's log does hold the security events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import requests

from .conftest import cli
from .live_server import PASSWORD, LiveServer

API = "/api/v1"

CASE = {
    "reference": "SN-2026-07731",
    "person": {
        "given_names": "Zuleikha Qoraxlow",
        "family_name": "Ndiayevorth",
        "other_spellings": ["Ndiaye-Vorrt"],
        "date_of_birth": "1987-03-14",
        "description": "scar above the left eyebrow shaped like a crescent",
    },
    "last_contact": {
        "circumstances": "boarded a pirogue at Kafountine before dawn",
        "latitude": 12.923417,
        "longitude": -16.747283,
    },
    "enquirer": {
        "name": "Mariama Tobbajunkeh",
        "relationship": "younger half-sister on the mother's side",
        "contact": "+221 77 913 42 68",
    },
    "notes": "family asks that the uncle in Ziguinchor is not contacted",
}


def personal_values(case: dict) -> list[str]:
    person, contact, enquirer = case["person"], case["last_contact"], case["enquirer"]
    return [
        person["given_names"], person["family_name"], *person["other_spellings"],
        person["date_of_birth"], person["description"], contact["circumstances"],
        str(contact["latitude"]), str(contact["longitude"]), enquirer["name"],
        enquirer["relationship"], enquirer["contact"], case["notes"],
    ]  # fmt: skip


def run(root: Path, *args: str, stdin: str = "") -> tuple[int, str]:
    process = cli(root, *args)
    _out, err = process.communicate(stdin, timeout=120)
    return process.returncode, err


def sign_in(url: str, email: str, password: str) -> requests.Response:
    body = {"email": email, "password": password, "device_name": "script"}
    return requests.post(f"{url}{API}/auth/login", json=body, timeout=30)


@pytest.fixture
def logged_server(tmp_path, monkeypatch):
    monkeypatch.setenv("FOCAL_SERVER_LOG_LEVEL", "DEBUG")  # the most a deployment can log
    live = LiveServer(tmp_path / "server")
    live.folder.mkdir()
    live.create_users()
    live.start()
    yield live
    live.stop()


def test_a_full_session_logs_events_but_no_secret_and_no_case_content(
    tmp_path, logged_server, shared_keyring
):
    server, profile = logged_server, tmp_path / "profile"
    wrong = "not-the-password-Kx81"
    secrets = [PASSWORD, wrong]

    status, err = run(
        profile, "login", "--server", server.url, "--email", "fp.sn@example.org", stdin=wrong
    )
    assert status != 0, err
    status, err = run(
        profile, "login", "--server", server.url, "--email", "fp.sn@example.org", stdin=PASSWORD
    )
    assert status == 0, err
    for _ in range(12):  # guesses at another account until the rate limit answers
        if sign_in(server.url, "fp.ma@example.org", wrong).status_code == 429:
            break
    else:
        pytest.fail("the rate limit never answered 429")

    cases = tmp_path / "cases.json"
    cases.write_text(json.dumps([CASE]), encoding="utf-8")
    status, err = run(profile, "import", str(cases), "--kind", "missing_case", "--country", "SN")
    assert status == 0, err
    status, err = run(profile, "sync")
    assert status == 0, err

    first = sign_in(server.url, "sec@example.org", PASSWORD).json()
    again = requests.post(
        f"{server.url}{API}/auth/refresh",
        json={"refresh_token": first["refresh_token"]},
        timeout=30,
    ).json()
    replayed = requests.post(
        f"{server.url}{API}/auth/refresh",
        json={"refresh_token": first["refresh_token"]},
        timeout=30,
    )
    assert replayed.status_code == 401
    secretariat = sign_in(server.url, "sec@example.org", PASSWORD).json()
    headers = {"Authorization": f"Bearer {secretariat['access_token']}"}
    revoked = requests.delete(f"{server.url}{API}/auth/devices/1", headers=headers, timeout=30)
    assert revoked.status_code == 204
    out = requests.post(f"{server.url}{API}/auth/logout", headers=headers, timeout=30)
    assert out.status_code == 204
    secrets += [
        first["access_token"], first["refresh_token"], again["access_token"],
        again["refresh_token"], secretariat["access_token"], secretariat["refresh_token"],
    ]  # fmt: skip
    keyring_file = tmp_path / "keyring.json"
    secrets += [value for value in json.loads(keyring_file.read_text()).values() if value]
    server.stop()

    server_log = (server.folder / "server.log").read_text(encoding="utf-8", errors="replace")
    events = {
        line.split("event=", 1)[1].split(" ", 1)[0]
        for line in server_log.splitlines()
        if " focal.security: event=" in line
    }
    assert events >= {
        "sign_in_failed", "sign_in_ok", "sign_in_throttled", "refresh_rotated",
        "refresh_replayed_device_revoked", "device_revoked", "signed_out", "push",
    }, "security events missing from the log"  # fmt: skip
    written = {"server.log": server_log}
    for path in profile.rglob("*"):
        if path.is_file():
            written[str(path.relative_to(profile))] = path.read_bytes().decode("latin-1")
    for name, text in written.items():
        for secret in secrets:
            assert secret not in text, f"a secret is in {name}"
        for value in personal_values(CASE):
            assert value not in text, f"a personal value ({value[:12]}…) is in {name}"
