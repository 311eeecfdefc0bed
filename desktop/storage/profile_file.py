"""profile.json: non-secret facts about a profile (how its key is kept, the KDF salt, whether
its database was made, a check of its key).

`database_created` is what keeps a lost or emptied database from being made anew, empty, as if
the profile were new: it is false from the moment the key is made until the database has been
created, and true after. Files written before it existed (format 1) always had a database, since
the database was made right after them. `key_check` (a keyed hash of a fixed text, never the
key) tells a wrong passphrase from a damaged database file: both look alike to SQLCipher.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError, model_validator

from desktop.config.files import write_atomically

from .storage_errors import ProfileFileDamaged

FORMAT = 2
_KEY_CHECK_TEXT = b"focal-desk profile key check v1"


class KdfParams(BaseModel):
    salt: str  # hex; not a secret
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 2


class ProfileFile(BaseModel):
    format: int = FORMAT
    key_source: Literal["keyring", "passphrase"]
    kdf: KdfParams | None = None
    database_created: bool = False
    key_check: str | None = None  # hex HMAC-SHA256 of a fixed text under the key
    extra: dict = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _older_formats(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("format") == 1:
            data = {"database_created": True, **data}  # format 1: written with its database
        return data

    @model_validator(mode="after")
    def _passphrase_has_kdf(self) -> ProfileFile:
        if self.key_source == "passphrase" and self.kdf is None:
            raise ValueError("a passphrase profile needs its KDF parameters")
        return self


def key_check(raw_key: bytes) -> str:
    return hmac.new(raw_key, _KEY_CHECK_TEXT, hashlib.sha256).hexdigest()


def read_profile_file(path: Path) -> ProfileFile | None:
    """The profile file, None when there is none; `ProfileFileDamaged` when it cannot be read
    as one (cut short, garbled, fields missing)."""
    try:
        text = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        return ProfileFile.model_validate(json.loads(text.decode("utf-8")))
    except (UnicodeDecodeError, json.JSONDecodeError, ValidationError) as exc:
        raise ProfileFileDamaged(path) from exc


def write_profile_file(path: Path, profile: ProfileFile) -> None:
    write_atomically(path, profile.model_dump_json(indent=2))
