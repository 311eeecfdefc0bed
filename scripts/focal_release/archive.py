"""The release archive: the onedir bundle as one tar.gz with a versioned top folder."""

from __future__ import annotations

import gzip
import tarfile
from pathlib import Path


def _normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
    # Whoever built it is nobody's business, and the archive should not depend on it.
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def make_release_archive(bundle_dir: Path, out: Path, top: str) -> Path:
    """`out` (…tar.gz) holding `bundle_dir`'s files under `top/`, in sorted order."""
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    with (
        partial.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=6, mtime=0) as gz,
        tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        tar.add(bundle_dir, arcname=top, recursive=False, filter=_normalise)
        for path in sorted(bundle_dir.rglob("*")):
            arcname = f"{top}/{path.relative_to(bundle_dir).as_posix()}"
            tar.add(path, arcname=arcname, recursive=False, filter=_normalise)
    partial.replace(out)
    return out
