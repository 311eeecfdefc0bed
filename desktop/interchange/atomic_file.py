"""Write a file completely or not at all: a crash never leaves half an export behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary path beside `path`, moved into place only when the block succeeds."""
    target = Path(path)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    temp = Path(temp_name)
    try:
        yield temp
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_text(path: str | Path, *, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """A text stream (no newline translation) that becomes `path` when the block succeeds."""
    with atomic_path(path) as temp, open(temp, "w", encoding=encoding, newline="") as stream:
        yield stream
        stream.flush()
        os.fsync(stream.fileno())
