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

    def _update(self, change):
        self._path.touch()
        with self._path.open("r+", encoding="utf-8") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            text = handle.read()
            secrets = json.loads(text) if text else {}
            result = change(secrets)
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps(secrets))
            handle.flush()
            os.fsync(handle.fileno())
            return result

    def get_password(self, service, username):
        return self._update(lambda s: s.get(f"{service}\0{username}"))

    def set_password(self, service, username, password):
        self._update(lambda s: s.__setitem__(f"{service}\0{username}", password))

    def delete_password(self, service, username):
        if self._update(lambda s: s.pop(f"{service}\0{username}", None)) is None:
            raise PasswordDeleteError("no such secret")
