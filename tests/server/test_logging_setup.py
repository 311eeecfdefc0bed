"""The server's log level is the one configured for `serve`, though the command line set up
logging before it (the bug: `FOCAL_SERVER_LOG_LEVEL` was ignored and nothing below WARNING was
ever written)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import logging
from server_stub.logging_setup import setup_logging
setup_logging("WARNING")   # what focal-server's main does first
setup_logging("INFO")      # what serve does with FOCAL_SERVER_LOG_LEVEL
logging.getLogger("focal.security").info("event=sign_in_ok account=a@example.org")
logging.getLogger("sqlalchemy.engine").info("SELECT secret")
"""


def test_serve_level_applies_after_the_command_line_set_up_logging():
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, check=True
    )
    assert "event=sign_in_ok account=a@example.org" in done.stderr
    assert "SELECT secret" not in done.stderr  # statements stay out of the log at INFO
    assert done.stderr.count("\n") == 1  # one handler: each line written once


def test_a_host_that_set_up_logging_keeps_its_own_handlers():
    script = "import logging, sys\nlogging.basicConfig(stream=sys.stdout, level='ERROR')\n" + SCRIPT
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stderr == "" and done.stdout == ""
