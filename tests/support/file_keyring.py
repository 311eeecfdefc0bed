"""A keyring backend for test subprocesses only: secrets in a JSON file named by
FOCAL_TEST_KEYRING_FILE (a temporary folder), so several processes of one test share them.

Selected with PYTHON_KEYRING_BACKEND=file_keyring.FileKeyring and this folder on PYTHONPATH.
Never used by the app itself.
"""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1

    @property
    def _path(self) -> Path:
        return Path(os.environ["FOCAL_TEST_KEYRING_FILE"])

    def _lock(self):
        """An exclusive lock on a file beside the secrets, held while they are read and
        replaced (several processes of one test share them)."""
        handle = open(self._path.with_name(self._path.name + ".lock"), "a")  # noqa: SIM115
        fcntl.flock(handle, fcntl.LOCK_EX)
        return handle

    def _read(self) -> dict:
        try:
            text = self._path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        return json.loads(text) if text else {}

    def _update(self, change):
        """Apply `change` to the secrets and write them whole to a new file that replaces the
        old one: a process killed at any point (the SIGKILL tests) leaves the old secrets or
        the new ones, never an emptied file."""
        with self._lock():
            secrets = self._read()
            result = change(secrets)
            fresh = self._path.with_name(f"{self._path.name}.{os.getpid()}.tmp")
            with fresh.open("w", encoding="utf-8") as handle:
                handle.write(json.dumps(secrets))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(fresh, self._path)
            return result

    def get_password(self, service, username):
        with self._lock():  # a read never writes, so a kill while reading loses nothing
            return self._read().get(f"{service}\0{username}")

    def set_password(self, service, username, password):
        self._update(lambda s: s.__setitem__(f"{service}\0{username}", password))

    def delete_password(self, service, username):
        if self._update(lambda s: s.pop(f"{service}\0{username}", None)) is None:
            raise PasswordDeleteError("no such secret")
