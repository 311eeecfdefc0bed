"""`focal-desk`: the window by default; headless subcommands for scripts and ministry IT.

Every failure ends with one line on stderr that says what to do, and a non-zero exit.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

import desktop
from desktop.config.paths import resolve_profile
from desktop.logging_setup import setup_logging
from desktop.storage.keys import KeyUnavailable
from desktop.storage.storage_errors import StorageError, classify

from . import case_commands, interchange_commands, sync_commands
from .errors import CommandFailed

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="focal-desk",
        description="Focal Point Desk: JVAP country reports and missing-migrant records.",
    )
    parser.add_argument("--version", action="version", version=f"focal-desk {desktop.__version__}")
    parser.add_argument("--profile", metavar="DIR", help="data folder (default: FOCAL_DESK_HOME)")
    parser.add_argument(
        "--self-check", action="store_true", help="check the installation and the database"
    )
    parser.add_argument("--server", metavar="URL", help="central endpoint for the window")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    sync_commands.add_commands(commands)
    interchange_commands.add_commands(commands)
    case_commands.add_commands(commands)
    return parser


def _dispatch(args: argparse.Namespace) -> int:
    paths = resolve_profile(args.profile)
    # A log line that cannot be written (a full disk) must not print a traceback on stderr:
    # the command's own one-line reason says what happened.
    logging.raiseExceptions = False
    try:
        paths.ensure()
        log_file = setup_logging(paths.log_dir)
    except OSError as exc:
        return _failed(classify(exc, paths) or CommandFailed(f"cannot use {paths.root}: {exc}"))
    log.info("focal-desk %s started (%s)", desktop.__version__, args.command or "window")
    try:
        if args.self_check:
            from .self_check import run_self_check

            run_self_check(paths, print)
            return 0
        handler = getattr(args, "handler", None)
        if handler is not None:
            return handler(args, paths)
        from desktop.ui.app import run_window

        return run_window(paths, server_url=args.server)
    except (CommandFailed, KeyUnavailable, StorageError) as exc:
        return _failed(exc)
    except KeyboardInterrupt:
        print("focal-desk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        typed = classify(exc, paths)  # a full disk, a damaged database: what to do
        if typed is not None:
            return _failed(typed)
        log.exception("unexpected error")
        print(f"focal-desk: unexpected error; details are in {log_file}", file=sys.stderr)
        return 1


def _failed(exc: Exception) -> int:
    """One line on stderr (the reason and what to do) and the exit code."""
    log.warning("command failed: %s", type(exc).__name__)
    print(f"focal-desk: {' '.join(str(exc).split())}", file=sys.stderr)
    return getattr(exc, "exit_code", 1)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return _dispatch(args)
