"""The one error type commands raise to stop with a one-line reason and an exit code."""

from __future__ import annotations


class CommandFailed(Exception):
    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code
