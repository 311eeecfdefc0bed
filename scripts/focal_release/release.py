"""`make release`: from the onedir bundle to dist/release/ and the TUF repository.

Steps, each skipped with a note when its secret is absent (never signed with a key kept in the
repository):

1. Authenticode-sign the Windows executables (FOCAL_AUTHENTICODE_CERT, see authenticode.py).
2. Publish the bundle to the TUF repository (dist/tuf or FOCAL_TUF_REPO_DIR) with the keys in
   FOCAL_TUF_KEYS_DIR (development keys otherwise), after checking the bundle trusts its root.
3. Write focal-desk-<version>-<platform>.tar.gz and SHA256SUMS to dist/release/.
4. Sign SHA256SUMS with minisign (FOCAL_SIGNING_KEY_FILE, FOCAL_SIGNING_KEY_PASSWORD) and check
   the signature; without a key, write UNSIGNED saying so.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import desktop
from desktop.updates.trust import APP_NAME, platform_tag, target_name

from . import authenticode, signing, tuf_repo
from .archive import make_release_archive

PROJECT = tuf_repo.PROJECT
KEY_ENV = "FOCAL_SIGNING_KEY_FILE"
PASSWORD_ENV = "FOCAL_SIGNING_KEY_PASSWORD"


class ReleaseError(Exception):
    pass


@dataclass
class ReleaseResult:
    out_dir: Path
    archive: Path
    sums: Path
    signature: Path | None = None
    tuf_target: Path | None = None
    notes: list[str] = field(default_factory=list)


def shipped_root(bundle_dir: Path) -> Path:
    found = sorted(bundle_dir.rglob("desktop/updates/root.json"))
    if not found:
        raise ReleaseError(
            f"{bundle_dir} ships no desktop/updates/root.json; rebuild with `make dist`"
        )
    return found[0]


def _signing_key(env: Mapping[str, str]) -> Path | None:
    name = env.get(KEY_ENV)
    if not name:
        return None
    key = Path(name).expanduser().resolve()
    if not key.is_file():
        raise ReleaseError(f"{KEY_ENV} names {key}, which is not a file")
    if key.is_relative_to(PROJECT) and not key.is_relative_to(PROJECT / "build"):
        raise ReleaseError(f"{key} is inside the repository; a release key never lives there")
    return key


def _unsigned_note(out_dir: Path, reasons: list[str]) -> Path:
    text = (
        "This build is UNSIGNED: it is for testing only and must not be installed by ministries.\n"
        "\n"
        + "".join(f"- {reason}\n" for reason in reasons)
        + "\nSigned releases come with SHA256SUMS.minisig; see 'Verifying a build' in the README.\n"
    )
    path = out_dir / "UNSIGNED"
    path.write_text(text, encoding="utf-8")
    return path


def _sign_sums(result: ReleaseResult, key: Path, env: Mapping[str, str], label: str) -> None:
    password = env.get(PASSWORD_ENV) or None
    comment = f"{desktop.APP_NAME} {label} release"
    result.signature = signing.sign(result.sums, key, comment, password)
    with tempfile.TemporaryDirectory() as tmp:
        public = signing.public_key_of(key, Path(tmp) / "release.pub", password)
        signing.verify(result.sums, public, result.signature)


def _publish_update(
    result: ReleaseResult, bundle_dir: Path, repo_dir: Path, version: str, platform: str
) -> None:
    keys = tuf_repo.keys_from_env()
    result.tuf_target = tuf_repo.add_bundle(
        repo_dir, keys, bundle_dir, target_name(platform), version, replace_same_version=keys.dev
    )
    if keys.dev:
        result.notes.append(
            f"the update repository {repo_dir} is signed with DEVELOPMENT keys "
            f"({keys.public_dir}); set {tuf_repo.KEYS_ENV} for a real release"
        )


def make_release(
    bundle_dir: Path,
    out_dir: Path,
    repo_dir: Path,
    env: Mapping[str, str] = os.environ,
    platform: str | None = None,
) -> ReleaseResult:
    """`platform` is the bundle's (e.g. windows-x86_64, when a Windows bundle is signed and
    published from Linux); this machine's by default."""
    platform = platform or platform_tag()
    if not (bundle_dir.is_dir() and any(bundle_dir.rglob(f"{APP_NAME}*"))):
        raise ReleaseError(f"no bundle in {bundle_dir}: run `make dist` first")
    # Fail before any work when the key is misnamed, minisign missing or the bundle trusts
    # another update repository.
    key = _signing_key(env)
    if key is not None:
        signing.minisign()
    tuf_repo.open_repository(repo_dir, tuf_repo.keys_from_env())
    tuf_repo.check_bundle_trusts(repo_dir, shipped_root(bundle_dir))
    version = desktop.__version__
    unsigned: list[str] = []

    signed_exes = authenticode.sign_executables(bundle_dir, env)
    if authenticode.windows_executables(bundle_dir) and not signed_exes:
        unsigned.append(
            f"the Windows executables are not Authenticode-signed ({authenticode.CERT_ENV} unset)"
        )

    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    archive = make_release_archive(
        bundle_dir,
        out_dir / f"{APP_NAME}-{version}-{platform}.tar.gz",
        f"{APP_NAME}-{version}",
    )
    sums = signing.write_sha256sums([archive], out_dir / "SHA256SUMS")
    result = ReleaseResult(out_dir, archive, sums)
    if key is None:
        unsigned.append(f"SHA256SUMS has no minisign signature ({KEY_ENV} unset)")
    else:
        _sign_sums(result, key, env, f"{version} {platform}")
    _publish_update(result, bundle_dir, repo_dir, version, platform)
    if unsigned:
        result.notes += unsigned
        _unsigned_note(out_dir, unsigned)
    return result


def report(result: ReleaseResult, out=print) -> None:
    out(f"release written to {result.out_dir}:")
    for path in sorted(result.out_dir.iterdir()):
        out(f"  {path.name}  ({path.stat().st_size:,} bytes)")
    if result.signature:
        out(f"signed: {result.signature.name} verifies against the release key")
    if result.tuf_target:
        out(f"update published: {result.tuf_target}")
    for note in result.notes:
        out(f"note: {note}")
