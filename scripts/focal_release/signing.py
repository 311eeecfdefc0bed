"""SHA256SUMS and its minisign signature: what ministry IT verifies (README, "Verifying a build").

minisign is the reference implementation's command (Debian package `minisign`); the same
command verifies on every platform, so releases are signed with it rather than a library.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

INSTALL_HINT = (
    "minisign is not installed. Install it: `apt-get install minisign` (Debian, Ubuntu), "
    "`brew install minisign` (macOS), `scoop install minisign` or `winget install minisign` "
    "(Windows)."
)


class SigningError(Exception):
    """Signing or verification failed; the message says why."""


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_sha256sums(files: list[Path], out: Path) -> Path:
    """`sha256sum` format (hash, two spaces, name), names relative to `out`'s folder."""
    lines = [f"{sha256_file(f)}  {f.relative_to(out.parent).as_posix()}\n" for f in sorted(files)]
    out.write_text("".join(lines), encoding="utf-8", newline="\n")
    return out


def check_sha256sums(sums: Path) -> list[str]:
    """The names in `sums` whose file is missing or differs (empty: all match)."""
    bad = []
    for line in sums.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        expected, name = line.split(maxsplit=1)
        path = sums.parent / name.lstrip("*")
        if not path.is_file() or sha256_file(path) != expected:
            bad.append(name)
    return bad


def minisign() -> str:
    found = shutil.which("minisign")
    if not found:
        raise SigningError(INSTALL_HINT)
    return found


def _run(args: list[str], password: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [minisign(), *args],
        input=f"{password}\n" if password is not None else "",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _last_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = (result.stderr + result.stdout).strip().splitlines()
    return lines[-1] if lines else f"exit code {result.returncode}"


def generate_key(public: Path, secret: Path) -> None:
    """A key pair without a password: for tests and local trials only."""
    result = _run(["-G", "-W", "-p", str(public), "-s", str(secret)])
    if result.returncode != 0:
        raise SigningError(f"minisign could not make a key: {_last_line(result)}")


def public_key_of(secret: Path, out: Path, password: str | None = None) -> Path:
    result = _run(["-R", "-s", str(secret), "-p", str(out)], password)
    if result.returncode != 0:
        raise SigningError(f"minisign could not read {secret}: {_last_line(result)}")
    return out


def sign(file: Path, secret: Path, trusted_comment: str, password: str | None = None) -> Path:
    """Write `<file>.minisig`; the trusted comment is signed too (shown on verification)."""
    signature = file.with_name(file.name + ".minisig")
    args = ["-S", "-s", str(secret), "-m", str(file), "-x", str(signature), "-t", trusted_comment]
    result = _run(args, password)
    if result.returncode != 0:
        raise SigningError(f"minisign could not sign {file.name}: {_last_line(result)}")
    return signature


def verify(file: Path, public: Path, signature: Path | None = None) -> str:
    """Check the signature; returns minisign's report (with the trusted comment)."""
    signature = signature or file.with_name(file.name + ".minisig")
    result = _run(["-V", "-p", str(public), "-m", str(file), "-x", str(signature)])
    if result.returncode != 0:
        raise SigningError(f"{file.name}: {_last_line(result)}")
    return result.stdout.strip()
