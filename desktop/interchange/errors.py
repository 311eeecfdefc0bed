"""The one exception of the interchange layer: a file that cannot be read at all."""

from __future__ import annotations


class UnreadableFile(Exception):
    """The whole file cannot be read (missing, not text, not CSV/JSON, not IOM's columns).

    The message says why, in words a focal point can act on; it never quotes record contents.
    Bad *rows* never raise this: they are reported one by one and the good rows still import.
    """
