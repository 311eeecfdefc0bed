"""Fixtures shared by every test: an in-memory keyring and a throwaway profile folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import keyring
import pytest

from desktop.config.paths import ProfilePaths
from desktop.storage.profile import open_profile

# Test-only helpers (keyring backends, the loopback server) live in tests/support.
sys.path.insert(0, str(Path(__file__).with_name("support")))
from memory_keyring import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    """Every test gets a fresh in-memory keyring; nothing reaches the machine's keyring."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def profile_dir(tmp_path, monkeypatch):
    """A fresh profile folder, also exported as FOCAL_DESK_HOME."""
    path = tmp_path / "profile"
    monkeypatch.setenv("FOCAL_DESK_HOME", str(path))
    return path


@pytest.fixture
def paths(tmp_path) -> ProfilePaths:
    return ProfilePaths(tmp_path / "profile")


@pytest.fixture
def db(paths):
    """The encrypted database of a fresh profile (key in the in-memory keyring)."""
    database = open_profile(paths)
    yield database
    database.close()
