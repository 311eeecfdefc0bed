"""Asking for secrets on the command line: a terminal gets a hidden prompt, a pipe gives lines.

With a passphrase-protected profile, the passphrase comes from FOCAL_DESK_PASSPHRASE or is the
first line on standard input, and anything else a command reads (a password) comes after it.
"""

from __future__ import annotations

import getpass
import os
import sys

from .errors import CommandFailed


def read_secret(prompt: str) -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise CommandFailed(f"{prompt.strip(': ')} expected on standard input, none given")
    return line.rstrip("\r\n")


PASSPHRASE_ENV = "FOCAL_DESK_PASSPHRASE"


def passphrase_provider(reason: str, confirm: bool) -> str:
    """The profile's passphrase: from FOCAL_DESK_PASSPHRASE when a script set it (like
    BORG_PASSPHRASE), else from the terminal, else the first line of standard input."""
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    print(reason, file=sys.stderr)
    first = read_secret("Passphrase: ")
    interactive = sys.stdin is not None and sys.stdin.isatty()
    if confirm and interactive and read_secret("Passphrase again: ") != first:
        raise CommandFailed("The two passphrases differ; nothing was created")
    return first
