"""Asking for secrets on the command line: a terminal gets a hidden prompt, a pipe gives lines.

With a passphrase-protected profile, the passphrase is the first line on standard input and
anything else a command reads (a password) comes after it.
"""

from __future__ import annotations

import getpass
import sys

from .errors import CommandFailed


def read_secret(prompt: str) -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise CommandFailed(f"{prompt.strip(': ')} expected on standard input, none given")
    return line.rstrip("\r\n")


def passphrase_provider(reason: str, confirm: bool) -> str:
    print(reason, file=sys.stderr)
    first = read_secret("Passphrase: ")
    interactive = sys.stdin is not None and sys.stdin.isatty()
    if confirm and interactive and read_secret("Passphrase again: ") != first:
        raise CommandFailed("The two passphrases differ; nothing was created")
    return first
