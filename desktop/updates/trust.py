"""Where the updater's trust starts, and what this installation is called in the repository.

The TUF root metadata that ships with the app (`root.json` beside this module, put there by the
build: see build.spec) names the keys that may sign updates. On first use it is copied to the
profile's update cache, where TUF keeps it current by following signed root rotations.
"""

from __future__ import annotations

import json
import logging
import platform
import shutil
import sys
from pathlib import Path

log = logging.getLogger(__name__)

BUNDLED_ROOT = Path(__file__).with_name("root.json")
APP_NAME = "focal-desk"

_MACHINES = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}
_SYSTEMS = {"darwin": "macos"}


def platform_tag() -> str:
    """`linux-x86_64`, `windows-x86_64`, `macos-arm64`, …: one bundle per tag."""
    system = platform.system().lower()
    machine = platform.machine().lower()
    return f"{_SYSTEMS.get(system, system)}-{_MACHINES.get(machine, machine)}"


def target_name(tag: str | None = None) -> str:
    """The name of this platform's bundles in the TUF repository (tufup appends the version)."""
    return f"{APP_NAME}-{tag or platform_tag()}"


def installed_app_dir() -> Path | None:
    """The folder of a frozen installation: the onedir folder, or on macOS the `.app` (updates
    replace its contents); None when run from source."""
    if not getattr(sys, "frozen", False):
        return None
    executable = Path(sys.executable).resolve()
    app = next((p for p in executable.parents if p.suffix == ".app"), None)
    return app or executable.parent


def _root_version(path: Path) -> int:
    return int(json.loads(path.read_text("utf-8"))["signed"]["version"])


def install_trusted_root(bundled: Path, metadata_dir: Path) -> None:
    """Put the shipped root.json in the cache unless the cache already trusts a newer one.

    TUF replaces the cached root only by following signed rotations; a newer app (with a newer
    shipped root) replaces an older cached one, and a cached root of the same version that
    differs (another repository's) or is unreadable is started again.
    """
    metadata_dir.mkdir(parents=True, exist_ok=True)
    cached = metadata_dir / "root.json"
    try:
        if cached.exists():
            cached_version, shipped_version = _root_version(cached), _root_version(bundled)
            if cached_version > shipped_version:
                return
            if cached_version == shipped_version and cached.read_bytes() == bundled.read_bytes():
                return
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("cached update root unreadable; starting again from the shipped one")
    shutil.copyfile(bundled, cached)
    log.info("trusted update root installed in %s", metadata_dir)
