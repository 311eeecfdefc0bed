"""A real, small filesystem for full-disk tests: a tmpfs of a few megabytes (needs the right to
mount; elsewhere the test is skipped saying why), and a way to take every free byte of it."""

from __future__ import annotations

import errno
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def mounted_small_disk(folder: Path, size: str) -> Iterator[Path]:
    folder.mkdir()
    try:
        made = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
            capture_output=True, text=True,
        )  # fmt: skip
    except FileNotFoundError:  # no mount command (Windows)
        pytest.skip("cannot mount a small tmpfs here: no mount command")
    if made.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {made.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    """Take every free byte of the disk with one file, `folder / "filler"`."""
    with (folder / "filler").open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
