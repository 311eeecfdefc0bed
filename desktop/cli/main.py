"""`focal-desk`: the window by default; headless subcommands for scripts and ministry IT.

Every failure ends with one line on stderr that says what to do, and a non-zero exit.

Building the parser imports nothing but the standard library and the command modules' parser
definitions: what a command needs (the database, the sync engine, Qt, openpyxl) is imported
when it runs, so `--version` and `--help` answer at once (tests/cli/test_startup_imports.py).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

import desktop

from . import case_commands, interchange_commands, sync_commands
from .errors import CommandFailed


def _log():
    import logging  # only once a command runs: `--version` needs none of it

    return logging.getLogger(__name__)


def _terminal_width() -> int:
    """What argparse asks shutil for (importing it, with bz2 and lzma, costs `--version`)."""
    try:
        return (
            int(os.environ.get("COLUMNS", "")) or os.get_terminal_size(sys.__stdout__.fileno())[0]
        )
    except (AttributeError, ValueError, OSError):
        return 80


class _Formatter(argparse.HelpFormatter):
    def __init__(self, prog: str, **kwargs) -> None:
        kwargs.setdefault("width", _terminal_width() - 2)
        super().__init__(prog, **kwargs)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)


class _VersionAction(argparse.Action):
    """`--version`: one line, without building a help formatter (which imports shutil)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, **kwargs):
        kwargs.setdefault("help", "show the version and exit")
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"focal-desk {desktop.__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="focal-desk",
        description="Focal Point Desk: JVAP country reports and missing-migrant records.",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--profile", metavar="DIR", help="data folder (default: FOCAL_DESK_HOME)")
    parser.add_argument(
        "--self-check", action="store_true", help="check the installation and the database"
    )
    parser.add_argument("--server", metavar="URL", help="central endpoint for the window")
    # bench/startup.py: quit once the window is shown, printing a line (not for users).
    parser.add_argument("--exit-after-show", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sync_commands.add_commands(commands)
    interchange_commands.add_commands(commands)
    case_commands.add_commands(commands)
    return parser


def _dispatch(args: argparse.Namespace) -> int:
    import logging

    from desktop.config.paths import resolve_profile
    from desktop.logging_setup import setup_logging
    from desktop.storage.keys import KeyUnavailable
    from desktop.storage.storage_errors import StorageError, classify

    log = logging.getLogger(__name__)
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

        return run_window(paths, server_url=args.server, exit_after_show=args.exit_after_show)
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
    _log().warning("command failed: %s", type(exc).__name__)
    print(f"focal-desk: {' '.join(str(exc).split())}", file=sys.stderr)
    return getattr(exc, "exit_code", 1)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return _dispatch(args)
