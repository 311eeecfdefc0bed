"""Plain http:// only to this computer: anything else is refused before a byte is sent, saying
why, unless the settings allow it (`allow_insecure_http`)."""

from __future__ import annotations

import pytest

from desktop.config.paths import ProfilePaths
from desktop.config.settings import Settings, load_settings
from desktop.storage.profile import open_profile
from desktop.sync.errors import BadServerAddress, InsecureConnection, Offline
from desktop.sync.http import ApiSession
from desktop.sync.service import SyncService

from .conftest import cli
from .live_server import PASSWORD

LOOPBACK = [
    "http://127.0.0.1:8765",
    "http://127.8.9.10:8765/",
    "http://[::1]:8765",
    "http://localhost:8765",
    "http://LOCALHOST",
    "https://focal.example.org",
    "HTTPS://focal.example.org:8443/",
]
ELSEWHERE = [
    "http://focal.example.org",
    "HTTP://192.168.1.20:8765",
    "http://[2001:db8::1]:8765",
    "http://127.0.0.1.evil.example",
    "http://localhost.evil.example",
    "http://localhost@evil.example",
    "http://10.0.0.1:8765",
]


@pytest.mark.parametrize("url", LOOPBACK)
def test_https_and_plain_http_to_this_computer_are_accepted(url):
    session = ApiSession(url)
    assert session.base_url == url.rstrip("/")
    session.close()


@pytest.mark.parametrize("url", ELSEWHERE)
def test_plain_http_to_another_computer_is_refused_saying_why(url):
    with pytest.raises(InsecureConnection) as refused:
        ApiSession(url)
    message = str(refused.value)
    assert "would not be encrypted" in message and "https://" in message
    assert "allow_insecure_http" in message and "\n" not in message


@pytest.mark.parametrize("url", ELSEWHERE)
def test_the_setting_allows_plain_http_to_another_computer(url):
    ApiSession(url, allow_insecure_http=True).close()


@pytest.mark.parametrize(
    "url",
    ["focal.example.org", "ftp://focal.example.org", "http://", "", "http://[::1", "http://h:x"],
)
def test_what_is_not_a_server_address_is_refused_with_an_example(url):
    with pytest.raises(BadServerAddress, match=r"https://focal\.example\.org"):
        ApiSession(url)


@pytest.fixture
def service(tmp_path):
    made = []

    def make(**settings) -> SyncService:
        paths = ProfilePaths(tmp_path / f"profile-{len(made)}")
        db = open_profile(paths)
        made.append((db, svc := SyncService(db, paths, Settings(**settings))))
        return svc

    yield make
    for db, svc in made:
        svc.close()
        db.close()


def test_signing_in_over_plain_http_elsewhere_sends_nothing_and_keeps_nothing(service):
    svc = service()
    with pytest.raises(InsecureConnection):
        svc.login("http://focal.invalid", "fp.sn@example.org", PASSWORD, "laptop")
    assert svc.current_user() is None
    assert load_settings(svc.paths.settings_file).server_url is None


def test_with_the_setting_the_sign_in_goes_out(service):
    svc = service(allow_insecure_http=True, request_timeout_seconds=5)
    with pytest.raises(Offline):  # it tried: the .invalid name does not resolve
        svc.login("http://focal.invalid", "fp.sn@example.org", PASSWORD, "laptop")


def test_the_real_server_on_loopback_signs_in_and_syncs_over_http(make_client):
    client = make_client()
    assert client.user.server_url.startswith("http://127.0.0.1:")
    client.sync()


def test_the_command_line_refuses_in_one_line_and_a_non_zero_exit(tmp_path, shared_keyring):
    login = cli(
        tmp_path / "p", "login", "--server", "http://focal.example.org", "--email",
        "fp.sn@example.org",
    )  # fmt: skip
    _out, err = login.communicate(PASSWORD + "\n", timeout=60)
    assert login.returncode != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("focal-desk: ") and "would not be encrypted" in lines[0]
    assert "Traceback" not in err


def test_the_command_line_signs_in_to_the_loopback_server(tmp_path, shared_keyring, server):
    login = cli(tmp_path / "p", "login", "--server", server.url, "--email", "fp.sn@example.org")
    out, err = login.communicate(PASSWORD + "\n", timeout=60)
    assert login.returncode == 0, err
    assert "signed in to http://127.0.0.1" in out
