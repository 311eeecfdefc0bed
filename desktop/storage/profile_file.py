"""profile.json: non-secret facts about a profile (how its key is kept, the KDF salt)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field


class KdfParams(BaseModel):
    salt: str  # hex; not a secret
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 2


class ProfileFile(BaseModel):
    format: int = 1
    key_source: Literal["keyring", "passphrase"]
    kdf: KdfParams | None = None
    extra: dict = Field(default_factory=dict)


def read_profile_file(path: Path) -> ProfileFile | None:
    if not path.exists():
        return None
    return ProfileFile.model_validate(json.loads(path.read_text("utf-8")))


def write_profile_file(path: Path, profile: ProfileFile) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".profile-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(profile.model_dump_json(indent=2))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
