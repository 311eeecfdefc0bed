"""Authenticode signatures for Windows bundles, with osslsigncode, when a certificate is given.

Environment: FOCAL_AUTHENTICODE_CERT (a PKCS#12 .pfx/.p12 file with the code-signing key and
its chain), FOCAL_AUTHENTICODE_PASSWORD (its password, if any), FOCAL_AUTHENTICODE_TIMESTAMP_URL
(an RFC 3161 time-stamping service, so signatures outlive the certificate). Without a
certificate nothing is signed and the release says so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

CERT_ENV = "FOCAL_AUTHENTICODE_CERT"
PASSWORD_ENV = "FOCAL_AUTHENTICODE_PASSWORD"
TIMESTAMP_ENV = "FOCAL_AUTHENTICODE_TIMESTAMP_URL"


class AuthenticodeError(Exception):
    pass


def windows_executables(bundle_dir: Path) -> list[Path]:
    """The programs to sign: the app's own executables (Qt's and Python's DLLs come signed)."""
    return sorted(p for p in bundle_dir.glob("*.exe") if p.is_file())


def sign_executables(bundle_dir: Path, env: Mapping[str, str] = os.environ) -> list[Path]:
    """Sign each executable in place; returns those signed (none without a certificate)."""
    cert = env.get(CERT_ENV)
    exes = windows_executables(bundle_dir)
    if not cert or not exes:
        return []
    tool = shutil.which("osslsigncode")
    if not tool:
        raise AuthenticodeError(
            f"{CERT_ENV} is set but osslsigncode is not installed (`apt-get install osslsigncode`)"
        )
    with tempfile.TemporaryDirectory() as tmp:
        base = [tool, "sign", "-pkcs12", cert, "-h", "sha256", "-n", "Focal Point Desk"]
        if env.get(PASSWORD_ENV):
            passfile = Path(tmp) / "pass"
            passfile.write_text(env[PASSWORD_ENV], encoding="utf-8")
            passfile.chmod(0o600)
            base += ["-readpass", str(passfile)]
        if env.get(TIMESTAMP_ENV):
            base += ["-ts", env[TIMESTAMP_ENV]]
        for exe in exes:
            signed = Path(tmp) / exe.name
            result = subprocess.run(
                [*base, "-in", str(exe), "-out", str(signed)],
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            if result.returncode != 0:
                lines = (result.stderr or result.stdout).strip().splitlines() or ["no output"]
                raise AuthenticodeError(f"osslsigncode could not sign {exe.name}: {lines[-1]}")
            shutil.copyfile(signed, exe)
    return exes
