"""The real central endpoint in a subprocess on 127.0.0.1, for sync tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

PASSWORD = "correct-password-1"
USERS = {
    "fp.sn@example.org": ("focal_point", "SN"),
    "fp2.sn@example.org": ("focal_point", "SN"),
    "fp.ma@example.org": ("focal_point", "MA"),
    "sec@example.org": ("secretariat", None),
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_cli(db_url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "server_stub", "--db", db_url, *args],
        input=stdin, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip


class LiveServer:
    def __init__(self, folder: Path):
        self.folder = folder
        self.db_url = f"sqlite:///{folder / 'server.db'}"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def create_users(self) -> None:
        for email, (role, country) in USERS.items():
            extra = ["--country", country] if country else []
            server_cli(self.db_url, "add-user", email, "--role", role, *extra, stdin=PASSWORD)

    def start(self) -> None:
        log = (self.folder / "server.log").open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "server_stub", "--db", self.db_url, "serve",
             "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=log, stderr=log, env={**os.environ},
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{self.url}/api/v1/health", timeout=1).ok:
                    return
            except requests.RequestException:
                time.sleep(0.1)
        raise RuntimeError("the server did not start in 30 s")

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()
