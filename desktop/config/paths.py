"""Every path the app uses, in one place; each overridable.

The profile folder comes from, in order: `--profile DIR`, `FOCAL_DESK_HOME`, the platform's
user data folder. Several profiles can live on one machine: each has its own database, key and
settings.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

APP_DIR_NAME = "FocalPointDesk"
HOME_ENV = "FOCAL_DESK_HOME"


@dataclass(frozen=True)
class ProfilePaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "focal-desk.db"

    @property
    def profile_file(self) -> Path:
        """Non-secret facts about the profile: how its database key is kept, KDF salt."""
        return self.root / "profile.json"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    @property
    def log_dir(self) -> Path:
        return self.root / "logs"

    @property
    def exports_dir(self) -> Path:
        return self.root / "exports"

    @property
    def updates_dir(self) -> Path:
        return self.root / "updates"

    @property
    def keyring_id(self) -> str:
        """A stable name for this profile in the OS keyring (its absolute path, hashed)."""
        digest = hashlib.sha256(str(self.root.resolve()).encode()).hexdigest()
        return digest[:16]

    def ensure(self) -> ProfilePaths:
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.log_dir.mkdir(exist_ok=True, mode=0o700)
        return self


def default_root() -> Path:
    import platformdirs  # only when neither --profile nor FOCAL_DESK_HOME names the folder

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def resolve_profile(explicit: str | os.PathLike[str] | None = None) -> ProfilePaths:
    """The profile to use: the explicit folder, else `FOCAL_DESK_HOME`, else the default."""
    if explicit:
        return ProfilePaths(Path(explicit).expanduser().absolute())
    env = os.environ.get(HOME_ENV)
    if env:
        return ProfilePaths(Path(env).expanduser().absolute())
    return ProfilePaths(default_root())
