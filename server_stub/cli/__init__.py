"""`focal-server`: run the central endpoint and manage it from the command line.

Every failure ends with a one-line reason on stderr and a non-zero exit status, never a
traceback.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Sequence

from ..logging_setup import setup_logging
from .common import CliError
from .parser import build_parser

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        print("focal-server: error: choose a command (see --help)", file=sys.stderr)
        return 2
    setup_logging("DEBUG" if args.verbose else "WARNING")
    try:
        module, function = args.handler.split(":")
        handler = getattr(importlib.import_module(f"{__name__}.{module}"), function)
        return handler(args) or 0
    except CliError as exc:
        print(f"focal-server: {exc}", file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        print("focal-server: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: say what kind, log the stack only when asked for
        log.debug("unexpected error", exc_info=True)
        print(f"focal-server: unexpected {type(exc).__name__}; run with --verbose", file=sys.stderr)
        return 1
