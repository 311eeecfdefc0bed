"""Release tooling lives in scripts/focal_release (run by `make release`); tests import it."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from focal_release import signing  # noqa: E402


@pytest.fixture
def minisign() -> str:
    """The minisign command. CI installs it (.ci/run); elsewhere tests step aside without it."""
    found = shutil.which("minisign")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("minisign is not installed; .ci/run should have installed it")
        pytest.skip("minisign is not installed (apt-get install minisign)")
    return found


@pytest.fixture
def release_key(tmp_path, minisign) -> tuple[Path, Path]:
    """A throwaway minisign key pair without a password: (public, secret)."""
    keys = tmp_path / "minisign"
    keys.mkdir()
    public, secret = keys / "release.pub", keys / "release.key"
    signing.generate_key(public, secret)
    return public, secret


@pytest.fixture
def dummy_bundle(tmp_path) -> Path:
    """A few files shaped like the onedir bundle (no PyInstaller needed)."""
    bundle = tmp_path / "bundle" / "focal-desk"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "focal-desk").write_bytes(b"#!/bin/sh\necho focal-desk\n")
    (bundle / "focal-desk").chmod(0o755)
    (bundle / "_internal" / "data.bin").write_bytes(bytes(range(256)) * 64)
    return bundle
