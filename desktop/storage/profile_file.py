"""profile.json: non-secret facts about a profile (how its key is kept, the KDF salt)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from desktop.config.files import write_atomically


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
    write_atomically(path, profile.model_dump_json(indent=2))
