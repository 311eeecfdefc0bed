"""Every server setting, declared once with a type and a default, read from the environment.

Each setting is `FOCAL_SERVER_<NAME>` in the environment (for example `FOCAL_SERVER_DB`); the
command line's `--db`, `--host` and `--port` override the environment.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

APP_DIR_NAME = "focal-server"


def default_db_path() -> Path:
    """The embedded SQLite file: `focal-server.db` in the user's data folder."""
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False)) / "focal-server.db"


def default_db_url() -> str:
    return f"sqlite:///{default_db_path()}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FOCAL_SERVER_", extra="ignore")

    db: str = Field(default_factory=default_db_url, description="SQLAlchemy database URL")
    host: str = "127.0.0.1"
    port: int = Field(8765, ge=0, le=65535)
    log_level: str = "INFO"

    access_token_seconds: int = Field(15 * 60, ge=1)
    refresh_token_days: int = Field(90, ge=1)
    # The contract: a spent refresh token shown again revokes its device. A secretariat may
    # allow a grace (seconds) in which a spent token whose successor was never used counts as a
    # crashed client's retry (a new pair) instead; 0, the default, keeps the strict rule.
    refresh_reuse_grace_seconds: int = Field(0, ge=0)

    # Request bodies, as sent and after gzip decompression.
    max_body_bytes: int = Field(32 * 1024 * 1024, ge=1024)

    login_window_seconds: int = Field(15 * 60, ge=1)
    login_failures_per_account: int = Field(5, ge=1)
    login_failures_per_address: int = Field(20, ge=1)

    # Response compression for clients that accept gzip (1 fastest … 9 smallest).
    gzip_level: int = Field(3, ge=1, le=9)
    gzip_minimum_bytes: int = Field(2048, ge=0)

    # A TUF update repository (`make release`) to serve under /updates/; none by default.
    updates_dir: Path | None = None

    db_pool_size: int = Field(10, ge=1)
    sqlite_busy_timeout_ms: int = Field(30_000, ge=0)
    run_migrations: bool = True
