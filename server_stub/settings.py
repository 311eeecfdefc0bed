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
    # Worker processes of `serve`, each with its own connection pool (db_pool_size, and as many
    # again at peaks): more than one needs PostgreSQL (see cli/serve.py).
    workers: int = Field(1, ge=1, le=64)

    access_token_seconds: int = Field(15 * 60, ge=1)
    refresh_token_days: int = Field(90, ge=1)
    # The contract: a spent refresh token shown again revokes its device. A secretariat may
    # allow a grace (seconds) in which a spent token whose successor was never used counts as a
    # crashed client's retry (a new pair) instead; 0, the default, keeps the strict rule.
    refresh_reuse_grace_seconds: int = Field(0, ge=0)

    # Request bodies, as sent and after gzip decompression.
    max_body_bytes: int = Field(32 * 1024 * 1024, ge=1024)

    # The login limit (security/rate_limit.py, docs/server.md). Each key allows its free
    # failed attempts; after that, every further attempt waits a delay that doubles with each
    # failure, up to a maximum. An (account, address) pair is throttled hard; the account alone
    # more gently and with a low maximum, so that guesses from elsewhere delay the real user by
    # at most that maximum; an address alone (many colleagues behind one NAT) only after many
    # failures, and never for an account that signed in from there before (a trusted pair).
    login_failures_per_account_address: int = Field(5, ge=1, le=1000)
    login_delay_per_account_address_seconds: int = Field(30, ge=1, le=86_400)
    login_max_delay_per_account_address_seconds: int = Field(15 * 60, ge=1, le=86_400)
    login_failures_per_account: int = Field(10, ge=1, le=1000)
    login_delay_per_account_seconds: int = Field(5, ge=1, le=3600)
    login_max_delay_per_account_seconds: int = Field(60, ge=1, le=3600)
    login_failures_per_address: int = Field(100, ge=1, le=100_000)
    login_delay_per_address_seconds: int = Field(5, ge=1, le=3600)
    login_max_delay_per_address_seconds: int = Field(60, ge=1, le=3600)
    # A key's failures are forgotten this long after its last one (or at a successful sign-in).
    login_forget_failures_seconds: int = Field(24 * 3600, ge=60, le=90 * 86_400)
    # How long a successful sign-in makes its (account, address) pair trusted.
    login_trusted_address_days: int = Field(30, ge=0, le=365)

    # Addresses of reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed
    # (comma-separated IPs or networks, e.g. "127.0.0.1"); none by default, so a client cannot
    # pick the address the login limit counts. See "TLS deployment" in docs/server.md.
    trusted_proxies: str | None = None

    # Serve the OpenAPI description at /openapi.json (off by default). No docs page is served
    # (FastAPI's would load its scripts from another site).
    api_docs: bool = False

    # Response compression for clients that accept gzip (1 fastest … 9 smallest).
    gzip_level: int = Field(3, ge=1, le=9)
    gzip_minimum_bytes: int = Field(2048, ge=0)

    # A TUF update repository (`make release`) to serve under /updates/; none by default.
    updates_dir: Path | None = None

    db_pool_size: int = Field(10, ge=1)
    sqlite_busy_timeout_ms: int = Field(30_000, ge=0)
    run_migrations: bool = True
