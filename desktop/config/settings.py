"""The user's settings, declared once, typed, each with a default.

Kept as JSON in the profile folder; never holds a secret (tokens and keys live in the keyring).
Upgrades between versions are functions registered per settings version.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from desktop.domain.api_paths import MAX_PUSH_BATCH, PUSH_BATCH

from .files import write_atomically

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1


class Settings(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    version: int = SETTINGS_VERSION
    server_url: str | None = Field(None, description="Central endpoint, e.g. https://…")
    email: str | None = Field(None, description="Account last signed in with")
    device_name: str | None = Field(None, description="This device's name on the server")
    ca_bundle: str | None = Field(None, description="CA bundle for a ministry TLS proxy")
    allow_insecure_http: bool = Field(
        False,
        description="Allow plain http:// to a server other than this computer (unencrypted: "
        "only for a test network; loopback addresses are always allowed)",
    )
    language: Literal["system", "en", "fr", "pt", "ar"] = "system"
    sync_interval_minutes: int = Field(15, ge=1, le=24 * 60)
    push_batch_size: int = Field(PUSH_BATCH, ge=1, le=MAX_PUSH_BATCH)
    request_timeout_seconds: float = Field(30.0, gt=0, le=600)
    check_for_updates: bool = True
    work_offline: bool = False


# version → function upgrading the raw dict from that version to the next one.
UPGRADES: dict[int, Callable[[dict], dict]] = {}


def _upgrade(raw: dict) -> dict:
    version = int(raw.get("version", SETTINGS_VERSION))
    while version < SETTINGS_VERSION:
        raw = UPGRADES[version](raw)
        version += 1
        raw["version"] = version
    return raw


def load_settings(path: Path) -> Settings:
    """The settings in `path`; defaults when the file is missing or unreadable (logged)."""
    if not path.exists():
        return Settings()
    try:
        return Settings.model_validate(_upgrade(json.loads(path.read_text("utf-8"))))
    except (OSError, ValueError, ValidationError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, type(exc).__name__)
        return Settings()


_SAVE_LOCK = threading.Lock()  # the window saves from more than one worker


def save_settings(path: Path, settings: Settings) -> None:
    with _SAVE_LOCK:
        write_atomically(path, settings.model_dump_json(indent=2))
