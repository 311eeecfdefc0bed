"""Checking for, downloading and installing updates with tufup (python-tuf), without Qt.

The central endpoint serves a TUF repository under `/updates/` (`metadata/`, `targets/`). Every
step verifies: the metadata chain from the shipped root (signatures, expiry, no version going
backwards), then the downloaded archive against its signed length and hashes. Any failure is
raised as an `UpdateError` whose message says what was refused and why; nothing is installed.

These functions block on the network: the window runs them in the background.
"""

from __future__ import annotations

import logging
import platform
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import requests
from tufup.client import AuthRequestsFetcher, Client

import desktop
from desktop.config.paths import ProfilePaths, resolve_profile

from .errors import UpdateError, explain
from .trust import BUNDLED_ROOT, install_trusted_root, installed_app_dir, target_name

log = logging.getLogger(__name__)

# tufup can move a new bundle into place on these systems (it exits the app to do so).
INSTALL_SUPPORTED = {"Windows", "Darwin"}


@dataclass(frozen=True)
class UpdateInfo:
    version: str
    current_version: str
    target: str  # the archive's name in the repository, e.g. focal-desk-linux-x86_64-0.2.0.tar.gz
    size: int
    archive_path: Path | None = None  # set once downloaded and verified
    can_install: bool = False  # tufup can install it in place here

    def message(self) -> str:
        text = f"{desktop.APP_NAME} {self.version} is available (this is {self.current_version})."
        if self.archive_path is not None:
            text += f" The verified update is at {self.archive_path}."
        return text


@dataclass(frozen=True)
class UpdateOptions:
    server_url: str
    cache_dir: Path  # the profile's updates folder: metadata/, targets/, extract/
    current_version: str = desktop.__version__
    trusted_root: Path = BUNDLED_ROOT
    install_dir: Path | None = None
    ca_bundle: str | None = None  # for a ministry's TLS-inspecting proxy
    timeout_seconds: int = 30


class _Fetcher(AuthRequestsFetcher):
    """tufup's fetcher with the app's timeout and CA bundle."""

    def __init__(self, options: UpdateOptions) -> None:
        super().__init__()
        self.socket_timeout = options.timeout_seconds
        self._verify = options.ca_bundle or True

    def _get_session(self, url: str) -> requests.Session:
        session = super()._get_session(url)
        session.verify = self._verify
        return session


class _Client(Client):
    """tufup's Client with refusals left visible.

    tufup's `check_for_updates()` refreshes the metadata itself and turns some refusals (a bad
    signature, a failed download) into "no update" with a log line. Refreshing first, here, lets
    every refusal reach the user as what it is; the refresh inside tufup is then a no-op.
    """

    _refreshed = False

    def refresh(self) -> None:
        if not self._refreshed:
            super().refresh()
            self._refreshed = True


def options_for(
    server_url: str, paths: ProfilePaths | None = None, **overrides: object
) -> UpdateOptions:
    """Options for this installation and profile (`paths` defaults to the current profile)."""
    paths = paths or resolve_profile()
    base = UpdateOptions(server_url, paths.updates_dir, install_dir=installed_app_dir())
    return replace(base, **overrides)


def _client(options: UpdateOptions) -> _Client:
    if not options.trusted_root.is_file():
        raise UpdateError(
            "updates are off in this build: it ships no trusted update root (root.json)"
        )
    metadata_dir = options.cache_dir / "metadata"
    targets_dir = options.cache_dir / "targets"
    install_trusted_root(options.trusted_root, metadata_dir)
    targets_dir.mkdir(parents=True, exist_ok=True)
    base = options.server_url.rstrip("/") + "/updates/"
    client = _Client(
        app_name=target_name(),
        app_install_dir=options.install_dir or Path.cwd(),  # only used by install
        current_version=options.current_version,
        metadata_dir=metadata_dir,
        metadata_base_url=base + "metadata/",
        target_dir=targets_dir,
        target_base_url=base + "targets/",
        extract_dir=options.cache_dir / "extract",
    )
    client._fetcher = _Fetcher(options)  # tufup builds its own; no argument replaces it
    return client


@contextmanager
def _explained(options: UpdateOptions) -> Iterator[None]:
    try:
        yield
    except UpdateError:
        raise
    except Exception as exc:
        error = explain(exc, options.server_url)
        log.warning("update from %s: %s (%s)", options.server_url, error, type(exc).__name__)
        raise error from exc


def _check(client: _Client, options: UpdateOptions) -> UpdateInfo | None:
    client.refresh()  # root → timestamp → snapshot → targets, each verified
    meta = client.check_for_updates(patch=False)
    if meta is None or client.new_archive_info is None:
        log.info("no update newer than %s", options.current_version)
        return None
    can_install = options.install_dir is not None and platform.system() in INSTALL_SUPPORTED
    return UpdateInfo(
        version=str(meta.version),
        current_version=options.current_version,
        target=client.new_archive_info.path,
        size=client.new_archive_info.length,
        can_install=can_install,
    )


def check_for_update(
    server_url: str, paths: ProfilePaths | None = None, **overrides: object
) -> UpdateInfo | None:
    """The newest signed release newer than this one, or None; raises UpdateError."""
    options = options_for(server_url, paths, **overrides)
    with _explained(options):
        return _check(_client(options), options)


def _verified_archive(client: _Client) -> str:
    """The new release's archive, checked against its signed length and hashes (a verified
    copy from an earlier run is reused)."""
    target = client.new_archive_info
    return client.find_cached_target(target) or client.download_target(target)


def download_update(
    server_url: str, paths: ProfilePaths | None = None, **overrides: object
) -> UpdateInfo | None:
    """Like `check_for_update`, then downloads the archive and verifies it against its signed
    length and hashes; the result's `archive_path` is where it is. A verified copy from an
    earlier run is reused."""
    options = options_for(server_url, paths, **overrides)
    with _explained(options):
        client = _client(options)
        info = _check(client, options)
        if info is None:
            return None
        path = _verified_archive(client)
        log.info("update %s downloaded and verified: %s", info.version, path)
        return replace(info, archive_path=Path(path))


def install_update(
    server_url: str, paths: ProfilePaths | None = None, **overrides: object
) -> UpdateInfo | None:
    """Download, verify and install the newest release in place, where tufup can (an installed
    build on Windows or macOS): the app then exits while the files are moved. Elsewhere this
    raises UpdateError naming the verified archive, for the user or IT to unpack."""
    options = options_for(server_url, paths, **overrides)
    with _explained(options):
        client = _client(options)
        info = _check(client, options)
        if info is None:
            return None
        if not info.can_install:
            path = _verified_archive(client)
            raise UpdateError(
                f"this installation cannot update itself in place; the verified update "
                f"{info.version} is at {path}: unpack it over {options.install_dir or 'the app'}"
            )
        client.download_and_apply_update(skip_confirmation=True, purge_dst_dir=False)
        # tufup exits the process once the installer runs; reaching here means it did not.
        raise UpdateError(f"the update {info.version} was downloaded but could not be installed")
