"""A signed release verifies with the README's "Verifying a build" commands; tampering fails."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from focal_release import signing
from focal_release.archive import make_release_archive

pytestmark = pytest.mark.usefixtures("minisign")


def run(args: list[str], cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, input=stdin, capture_output=True, text=True, timeout=60)


@pytest.fixture
def signed_release(tmp_path, dummy_bundle, release_key) -> Path:
    out = tmp_path / "release"
    archive = make_release_archive(dummy_bundle, out / "focal-desk-9.9.9-test.tar.gz", "fd-9.9.9")
    sums = signing.write_sha256sums([archive], out / "SHA256SUMS")
    signing.sign(sums, release_key[1], "Focal Point Desk 9.9.9 test release")
    return out


def flip_a_byte(path: Path, offset: int = 100) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_signed_release_verifies_with_the_documented_commands(signed_release, release_key):
    public = str(release_key[0])
    check = run(["minisign", "-Vm", "SHA256SUMS", "-p", public], signed_release)
    assert check.returncode == 0, check.stderr
    assert "Trusted comment: Focal Point Desk 9.9.9 test release" in check.stdout
    if shutil.which("sha256sum"):
        sums = run(["sha256sum", "-c", "SHA256SUMS"], signed_release)
        assert sums.returncode == 0 and "focal-desk-9.9.9-test.tar.gz: OK" in sums.stdout
    assert signing.check_sha256sums(signed_release / "SHA256SUMS") == []


def test_a_changed_archive_fails_the_checksum(signed_release, release_key):
    flip_a_byte(signed_release / "focal-desk-9.9.9-test.tar.gz")
    # The signature covers the list of checksums, which is intact; the archive no longer matches.
    signing.verify(signed_release / "SHA256SUMS", release_key[0])
    assert signing.check_sha256sums(signed_release / "SHA256SUMS") == [
        "focal-desk-9.9.9-test.tar.gz"
    ]
    if shutil.which("sha256sum"):
        sums = run(["sha256sum", "-c", "SHA256SUMS"], signed_release)
        assert sums.returncode != 0 and "FAILED" in sums.stdout


def test_a_changed_sha256sums_fails_the_signature(signed_release, release_key):
    # An attacker swaps the archive and writes its checksum into SHA256SUMS.
    archive = signed_release / "focal-desk-9.9.9-test.tar.gz"
    flip_a_byte(archive)
    signing.write_sha256sums([archive], signed_release / "SHA256SUMS")
    assert signing.check_sha256sums(signed_release / "SHA256SUMS") == []
    check = run(["minisign", "-Vm", "SHA256SUMS", "-p", str(release_key[0])], signed_release)
    assert check.returncode != 0 and "Signature verification failed" in check.stderr
    with pytest.raises(signing.SigningError, match="verification failed"):
        signing.verify(signed_release / "SHA256SUMS", release_key[0])


def test_a_signature_made_with_another_key_fails(signed_release, tmp_path):
    other_public, _ = tmp_path / "other.pub", tmp_path / "other.key"
    signing.generate_key(other_public, tmp_path / "other.key")
    with pytest.raises(signing.SigningError):
        signing.verify(signed_release / "SHA256SUMS", other_public)


@pytest.fixture
def password_key(tmp_path) -> tuple[Path, Path]:
    """A key pair with a password, as real release keys have (minisign's KDF takes seconds)."""
    public, secret = tmp_path / "pw.pub", tmp_path / "pw.key"
    made = run(["minisign", "-G", "-p", str(public), "-s", str(secret)], tmp_path, "pw 1234\n" * 2)
    assert made.returncode == 0, made.stderr
    return public, secret


def test_a_password_protected_key_signs_with_its_password(tmp_path, password_key):
    target = tmp_path / "SHA256SUMS"
    target.write_text("0" * 64 + "  nothing\n")
    signing.sign(target, password_key[1], "comment", password="pw 1234")
    assert "verified" in signing.verify(target, password_key[0])


@pytest.mark.slow
def test_a_wrong_password_signs_nothing(tmp_path, password_key):
    target = tmp_path / "SHA256SUMS"
    target.write_text("0" * 64 + "  nothing\n")
    with pytest.raises(signing.SigningError, match="could not sign"):
        signing.sign(target, password_key[1], "comment", password="wrong")
    assert not (tmp_path / "SHA256SUMS.minisig").exists()


def test_the_release_archive_holds_the_bundle_under_a_versioned_folder(tmp_path, dummy_bundle):
    import tarfile

    archive = make_release_archive(dummy_bundle, tmp_path / "a.tar.gz", "focal-desk-1.2.3")
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        owners = {(m.uid, m.gid, m.uname) for m in tar.getmembers()}
    assert names[0] == "focal-desk-1.2.3"
    assert "focal-desk-1.2.3/focal-desk" in names
    assert "focal-desk-1.2.3/_internal/data.bin" in names
    assert owners == {(0, 0, "")}
