"""A real TUF repository (throwaway keys, tufup), served on loopback by server_stub.updates."""

from __future__ import annotations

import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from focal_release import tuf_repo  # noqa: E402

from desktop.config.paths import ProfilePaths  # noqa: E402
from desktop.updates import target_name  # noqa: E402
from server_stub.updates import mount_updates  # noqa: E402


class Repo:
    """The secretariat's side: a TUF repository and the keys that sign it."""

    def __init__(self, root: Path) -> None:
        self.dir = root / "tuf"
        key_dir = root / "tuf-keys"
        tuf_repo.generate_keys(key_dir)
        self.keys = tuf_repo.TufKeys(key_dir, [key_dir])
        self.bundles = root / "bundles"
        tuf_repo.open_repository(self.dir, self.keys)

    @property
    def root_json(self) -> Path:
        return self.dir / "metadata" / "root.json"

    def publish(self, version: str) -> Path:
        bundle = self.bundles / version
        (bundle / "_internal").mkdir(parents=True)
        (bundle / "focal-desk").write_text(f"focal-desk {version}\n")
        (bundle / "_internal" / "payload.bin").write_bytes(version.encode() * 4096)
        return tuf_repo.add_bundle(self.dir, self.keys, bundle, target_name(), version)

    def target(self, version: str) -> Path:
        return self.dir / "targets" / f"{target_name()}-{version}.tar.gz"

    def open(self):
        return tuf_repo.open_repository(self.dir, self.keys)

    def snapshot_copy(self, into: Path) -> Path:
        """The repository as it is now, e.g. to replay it later."""
        shutil.copytree(self.dir, into)
        return into


@pytest.fixture
def repo(tmp_path) -> Repo:
    return Repo(tmp_path)


@pytest.fixture
def serve() -> Iterator[Callable[[Path], str]]:
    """serve(directory) → base URL of a loopback server with the directory under /updates/."""
    servers: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(directory: Path) -> str:
        app = FastAPI()
        mount_updates(app, directory)
        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("the test update server did not start")
            time.sleep(0.01)
        servers.append((server, thread))
        port = server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def client_options(tmp_path, repo) -> Callable[..., dict]:
    """Keyword arguments for the desktop.updates functions: an app at `version` that ships the
    repository's root, with its own profile (update cache)."""
    shipped = tmp_path / "app" / "root.json"
    shipped.parent.mkdir()
    shutil.copyfile(repo.root_json, shipped)

    def options(version: str = "0.1.0") -> dict:
        return {
            "paths": ProfilePaths(tmp_path / "profile"),
            "current_version": version,
            "trusted_root": shipped,
            "timeout_seconds": 5,
        }

    return options
