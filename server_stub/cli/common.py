"""What the subcommands share: errors, opening the database, reading a password."""

from __future__ import annotations

import getpass
import sys
from argparse import Namespace

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from ..db.engine import DatabaseUrlError, make_engine
from ..db.migrate import upgrade_to_head
from ..settings import Settings


class CliError(Exception):
    """A failure to report in one line; `status` is the exit status."""

    def __init__(self, message: str, status: int = 1):
        super().__init__(message)
        self.status = status


def settings_from(args: Namespace) -> Settings:
    overrides = {}
    for name in ("db", "host", "port"):
        value = getattr(args, name, None)
        if value is not None:
            overrides[name] = value
    try:
        return Settings(**overrides)
    except ValueError as exc:
        raise CliError(f"bad setting: {str(exc).splitlines()[0]}") from None


def shown_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "(unreadable URL)"


def first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def open_database(settings: Settings) -> Engine:
    """An engine on the settings' database, migrated to the newest schema."""
    try:
        engine = make_engine(
            settings.db,
            pool_size=settings.db_pool_size,
            busy_timeout_ms=settings.sqlite_busy_timeout_ms,
        )
        upgrade_to_head(engine)
    except DatabaseUrlError as exc:
        raise CliError(str(exc)) from None
    except (SQLAlchemyError, OSError) as exc:
        raise CliError(
            f"cannot open the database {shown_url(settings.db)}: {first_line(exc)}"
        ) from None
    return engine


def read_password() -> str:
    """The password: typed twice on a terminal, else the first line of standard input."""
    if sys.stdin is None:
        raise CliError("give the password on standard input")
    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Again: "):
            raise CliError("the two passwords differ")
        return first
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise CliError("give the password on standard input (one line)")
    return password
