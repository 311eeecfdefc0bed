"""`make release` on a stand-in bundle: archive, SHA256SUMS, signature or UNSIGNED, TUF target."""

from __future__ import annotations

import shutil
import tarfile
from pathlib import Path

import pytest
from focal_release import authenticode, signing, tuf_repo
from focal_release.release import ReleaseError, make_release

import desktop
from desktop.updates import platform_tag, target_name


@pytest.fixture
def tuf(tmp_path, monkeypatch) -> Path:
    """Throwaway TUF keys (from the environment, as in a real release) and a new repository."""
    keys = tmp_path / "tuf-keys"
    tuf_repo.generate_keys(keys)
    monkeypatch.setenv(tuf_repo.KEYS_ENV, str(keys))
    monkeypatch.delenv(tuf_repo.EXTRA_KEYS_ENV, raising=False)
    repo = tmp_path / "tuf"
    tuf_repo.open_repository(repo, tuf_repo.keys_from_env())
    return repo


@pytest.fixture
def bundle(dummy_bundle, tuf) -> Path:
    """The stand-in bundle, shipping the repository's root as `make dist` would."""
    shipped = dummy_bundle / "_internal" / "desktop" / "updates"
    shipped.mkdir(parents=True)
    shutil.copyfile(tuf / "metadata" / "root.json", shipped / "root.json")
    return dummy_bundle


def archive_name() -> str:
    return f"focal-desk-{desktop.__version__}-{platform_tag()}.tar.gz"


def test_without_a_signing_key_the_release_is_marked_unsigned(tmp_path, bundle, tuf):
    out = tmp_path / "release"
    result = make_release(bundle, out, tuf, env={})
    assert sorted(p.name for p in out.iterdir()) == ["SHA256SUMS", "UNSIGNED", archive_name()]
    unsigned = (out / "UNSIGNED").read_text()
    assert "UNSIGNED" in unsigned and "FOCAL_SIGNING_KEY_FILE" in unsigned
    assert signing.check_sha256sums(out / "SHA256SUMS") == []
    with tarfile.open(out / archive_name()) as tar:
        assert f"focal-desk-{desktop.__version__}/focal-desk" in tar.getnames()
    published = f"{target_name()}-{desktop.__version__}.tar.gz"
    assert result.tuf_target == tuf / "targets" / published


def test_with_a_signing_key_the_checksums_are_signed(tmp_path, bundle, tuf, release_key):
    out = tmp_path / "release"
    result = make_release(bundle, out, tuf, env={"FOCAL_SIGNING_KEY_FILE": str(release_key[1])})
    assert not (out / "UNSIGNED").exists()
    assert result.signature == out / "SHA256SUMS.minisig"
    assert "Focal Point Desk" in signing.verify(out / "SHA256SUMS", release_key[0])


def test_a_windows_bundle_released_from_linux_is_named_for_windows(tmp_path, bundle, tuf):
    (bundle / "focal-desk.exe").write_bytes(b"MZ not really a program")
    out = tmp_path / "release"
    result = make_release(bundle, out, tuf, env={}, platform="windows-x86_64")
    assert result.archive.name == f"focal-desk-{desktop.__version__}-windows-x86_64.tar.gz"
    assert result.tuf_target.name == f"focal-desk-windows-x86_64-{desktop.__version__}.tar.gz"
    assert (
        "not Authenticode-signed (FOCAL_AUTHENTICODE_CERT unset)" in (out / "UNSIGNED").read_text()
    )


def test_a_named_signing_key_that_is_missing_stops_the_release(tmp_path, bundle, tuf):
    env = {"FOCAL_SIGNING_KEY_FILE": str(tmp_path / "nowhere.key")}
    with pytest.raises(ReleaseError, match="not a file"):
        make_release(bundle, tmp_path / "release", tuf, env=env)
    assert not (tmp_path / "release").exists()


def test_a_signing_key_inside_the_repository_is_refused(tmp_path, bundle, tuf, monkeypatch):
    from focal_release import release

    key = tmp_path / "checkout" / "keys" / "release.key"
    key.parent.mkdir(parents=True)
    key.write_text("not really a key")
    monkeypatch.setattr(release, "PROJECT", tmp_path / "checkout")
    with pytest.raises(ReleaseError, match="inside the repository"):
        make_release(bundle, tmp_path / "release", tuf, env={"FOCAL_SIGNING_KEY_FILE": str(key)})


def test_a_bundle_that_trusts_another_update_root_is_refused(tmp_path, bundle, tuf):
    other_keys = tmp_path / "other-keys"
    tuf_repo.generate_keys(other_keys)
    other = tmp_path / "other-tuf"
    tuf_repo.open_repository(other, tuf_repo.TufKeys(other_keys, [other_keys]))
    shipped = bundle / "_internal" / "desktop" / "updates" / "root.json"
    shutil.copyfile(other / "metadata" / "root.json", shipped)
    with pytest.raises(tuf_repo.TufRepoError, match="never published"):
        make_release(bundle, tmp_path / "release", tuf, env={})


def test_a_repository_made_with_other_keys_is_refused(tmp_path, tuf):
    other_keys = tmp_path / "other-keys"
    tuf_repo.generate_keys(other_keys)
    with pytest.raises(tuf_repo.TufRepoError, match="made with other keys"):
        tuf_repo.open_repository(tuf, tuf_repo.TufKeys(other_keys, [other_keys]))


def test_a_published_version_is_never_replaced_with_real_keys(bundle, tuf):
    keys = tuf_repo.keys_from_env()
    tuf_repo.add_bundle(tuf, keys, bundle, "focal-desk-test", "1.0.0")
    with pytest.raises(tuf_repo.TufRepoError, match="already published"):
        tuf_repo.add_bundle(tuf, keys, bundle, "focal-desk-test", "1.0.0")
    with pytest.raises(tuf_repo.TufRepoError, match="not newer"):
        tuf_repo.add_bundle(tuf, keys, bundle, "focal-desk-test", "0.9.0")
    # Another platform's bundles have their own versions.
    tuf_repo.add_bundle(tuf, keys, bundle, "focal-desk-other", "1.0.0")


def _pe_file() -> Path | None:
    import setuptools

    found = Path(setuptools.__file__).with_name("cli-64.exe")
    return found if found.is_file() else None


@pytest.mark.skipif(
    not (shutil.which("osslsigncode") and shutil.which("openssl") and _pe_file()),
    reason="needs osslsigncode, openssl and a Windows executable to sign",
)
def test_windows_executables_are_authenticode_signed_when_a_certificate_is_given(tmp_path):
    import subprocess

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(args, cwd=tmp_path, capture_output=True, text=True, timeout=60)

    subject = ["-subj", "/CN=Focal Test", "-addext", "extendedKeyUsage=codeSigning"]
    key = ["-newkey", "rsa:2048", "-keyout", "k.pem", "-nodes", "-days", "2"]
    run("openssl", "req", "-x509", *key, *subject, "-out", "c.pem")
    run("openssl", "pkcs12", "-export", "-out", "c.pfx", "-inkey", "k.pem", "-in", "c.pem",
        "-passout", "pass:pfx pw")  # fmt: skip
    bundle = tmp_path / "win"
    bundle.mkdir()
    shutil.copyfile(_pe_file(), bundle / "focal-desk.exe")
    assert authenticode.sign_executables(bundle, env={}) == []  # no certificate: nothing signed
    env = {authenticode.CERT_ENV: str(tmp_path / "c.pfx"), authenticode.PASSWORD_ENV: "pfx pw"}
    assert authenticode.sign_executables(bundle, env) == [bundle / "focal-desk.exe"]
    check = run("osslsigncode", "verify", "-in", str(bundle / "focal-desk.exe"), "-CAfile", "c.pem")
    assert check.returncode == 0 and "Signature verification: ok" in check.stdout
