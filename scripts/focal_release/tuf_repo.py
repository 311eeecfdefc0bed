"""The TUF update repository (tufup): keys, initialisation, publishing a bundle, re-signing.

Layout (what `server_stub` serves under `/updates/`):

    <repo>/metadata/root.json, N.root.json, targets.json, snapshot.json, timestamp.json
    <repo>/targets/focal-desk-<platform>-<version>.tar.gz

Keys follow tufup's layout: one folder holding `<role>.pub` for the four top-level roles and
the private keys (`<role>`, securesystemslib ed25519) this machine holds; private keys may also
be found in extra folders (the offline root key on its own medium). Without configured keys,
development keys are made in build/tuf-dev-keys (never commit them, never ship with them).
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from securesystemslib.interface import (
    generate_and_write_ed25519_keypair_with_prompt,
    generate_and_write_unencrypted_ed25519_keypair,
    import_ed25519_publickey_from_file,
)
from tufup.common import KEY_REQUIRED, TargetMeta
from tufup.repo import Keys, Repository, make_gztar_archive

ROLES = ("root", "targets", "snapshot", "timestamp")
# Days each role's metadata stays valid after it is signed (see docs/releasing.md).
EXPIRY_DAYS = {"root": 365, "targets": 90, "snapshot": 30, "timestamp": 7}

PROJECT = Path(__file__).resolve().parents[2]
DEV_KEYS_DIR = PROJECT / "build" / "tuf-dev-keys"
KEYS_ENV = "FOCAL_TUF_KEYS_DIR"
EXTRA_KEYS_ENV = "FOCAL_TUF_EXTRA_KEY_DIRS"  # os.pathsep-separated, e.g. the offline root key


class TufRepoError(Exception):
    """The repository or its keys are not in a state to publish; the message says what to do."""


@dataclass(frozen=True)
class TufKeys:
    public_dir: Path
    private_dirs: list[Path] = field(default_factory=list)
    dev: bool = False


def generate_keys(
    directory: Path, roles: tuple[str, ...] = ROLES, encrypted: bool = False
) -> list[Path]:
    """ed25519 key pairs `<role>` / `<role>.pub`; refuses to overwrite a key. `encrypted`
    asks for a password on the terminal for each (signing with them asks again)."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    made = []
    generate = (
        generate_and_write_ed25519_keypair_with_prompt
        if encrypted
        else generate_and_write_unencrypted_ed25519_keypair
    )
    for role in roles:
        private = directory / role
        if private.exists() or private.with_suffix(".pub").exists():
            raise TufRepoError(f"{private} already exists; not overwriting a key")
        generate(filepath=str(private))
        private.chmod(stat.S_IRUSR | stat.S_IWUSR)
        made.append(private)
    return made


def keys_from_env(env: os._Environ[str] | dict[str, str] = os.environ) -> TufKeys:
    """The configured keys, or development keys (made on first use)."""
    configured = env.get(KEYS_ENV)
    extra = [Path(p) for p in env.get(EXTRA_KEYS_ENV, "").split(os.pathsep) if p]
    if configured:
        folder = Path(configured)
        return TufKeys(folder, [folder, *extra])
    if not (DEV_KEYS_DIR / "root.pub").exists():
        generate_keys(DEV_KEYS_DIR)
    return TufKeys(DEV_KEYS_DIR, [DEV_KEYS_DIR, *extra], dev=True)


class _Repository(Repository):
    """tufup's Repository, configured by arguments only.

    tufup also saves its configuration to a file in the working directory and reads it back;
    here the arguments are the configuration, so nothing is written there.
    """

    def save_config(self) -> None:
        pass

    def load_config(self) -> dict:  # type: ignore[override]
        return self.config_dict


def _keyid(public_key: Path) -> str:
    return import_ed25519_publickey_from_file(filepath=str(public_key))["keyid"]


def _check_keys_match_root(repo: _Repository, keys: TufKeys) -> None:
    root = repo.roles.root.signed
    for role in ROLES:
        public = keys.public_dir / f"{role}.pub"
        if _keyid(public) not in root.roles[role].keyids:
            raise TufRepoError(
                f"{repo.metadata_dir / 'root.json'} does not trust the {role} key in "
                f"{keys.public_dir}: this repository was made with other keys. Use the "
                "repository those keys publish to, or rotate keys (docs/releasing.md)."
            )


def open_repository(
    repo_dir: Path, keys: TufKeys, app_name: str = "focal-desk", expiry: dict | None = None
) -> Repository:
    """The repository at `repo_dir`, initialised (root signed) if it is new."""
    missing = [role for role in ROLES if not (keys.public_dir / f"{role}.pub").is_file()]
    if missing:
        raise TufRepoError(
            f"public keys missing in {keys.public_dir}: {', '.join(r + '.pub' for r in missing)}"
        )
    for folder in (repo_dir / "metadata", repo_dir / "targets"):
        folder.mkdir(parents=True, exist_ok=True)
    repo = _Repository(
        app_name=app_name,
        repo_dir=repo_dir,
        keys_dir=keys.public_dir,
        expiration_days=dict(expiry or EXPIRY_DAYS),
    )
    repo._load_keys_and_roles(create_keys=False)  # tufup's loader; creating would prompt
    if (repo.metadata_dir / "root.json").exists():
        _check_keys_match_root(repo, keys)
    else:
        _publish(repo, keys)
    return repo


def _publish(repo: Repository, keys: TufKeys) -> None:
    try:
        repo.publish_changes(private_key_dirs=[str(d) for d in keys.private_dirs if d.is_dir()])
    except Exception as exc:
        if "No private keys found" in str(exc):
            raise TufRepoError(
                f"{exc} Looked in: {', '.join(map(str, keys.private_dirs))}. The root key is "
                f"needed only to change root; set {EXTRA_KEYS_ENV} to where it is mounted."
            ) from exc
        raise


def published_versions(repo: Repository, app_name: str) -> list[str]:
    targets = repo.roles.targets.signed.targets if repo.roles.targets else {}
    metas = [TargetMeta(path) for path in targets]
    return [str(m.version) for m in sorted(metas) if m.is_archive and m.name == app_name]


def add_bundle(
    repo_dir: Path,
    keys: TufKeys,
    bundle_dir: Path,
    app_name: str,
    version: str,
    replace_same_version: bool = False,
) -> Path:
    """Add the onedir bundle as `<app_name>-<version>.tar.gz`, sign and publish; returns it.

    Publishing the same version twice is refused (a published target never changes; only a
    development repository may replace it), and so is a version not newer than the newest
    already published for that platform. tufup's own
    `add_bundle` compares versions across all platforms and would skip the second platform of
    a release, so the archive is made and registered here with tufup's building blocks.
    Patches (binary diffs) are not made: bsdiff takes minutes and gigabytes on a Qt bundle.
    """
    repo = open_repository(repo_dir, keys, app_name=app_name)
    published = published_versions(repo, app_name)
    new = TargetMeta(name=app_name, version=version, is_archive=True)
    if new.version is None:
        raise TufRepoError(f"{version!r} is not a valid version")
    if version in published and replace_same_version:
        repo.roles.remove_target(repo.targets_dir / new.filename)
        published.remove(version)
    elif version in published:
        raise TufRepoError(
            f"{new.filename} is already published; a published release never changes"
        )
    newest = TargetMeta(name=app_name, version=published[-1]) if published else None
    if newest is not None and new.version <= newest.version:
        raise TufRepoError(f"{version} is not newer than the published {published[-1]}")
    (repo.targets_dir / new.filename).unlink(missing_ok=True)  # leftover; tufup would prompt
    archive = make_gztar_archive(bundle_dir, repo.targets_dir, app_name, version)
    repo.roles.add_or_update_target(
        local_path=archive.path, custom={"user": {}, "tufup": {KEY_REQUIRED: False}}
    )
    _publish(repo, keys)
    return archive.path


def refresh(repo_dir: Path, keys: TufKeys, roles: list[str], days: dict | None = None) -> None:
    """Re-sign `roles` with fresh expiry dates (and whatever depends on them)."""
    repo = open_repository(repo_dir, keys)
    for role in roles:
        repo.refresh_expiration_date(role, (days or {}).get(role) or EXPIRY_DAYS[role])
    _publish(repo, keys)


def rotate_key(repo_dir: Path, keys: TufKeys, role: str, new_key_dir: Path) -> None:
    """Replace `role`'s key by the pair in `new_key_dir` (`<role>`, `<role>.pub`) and publish.

    Root changes (a new N.root.json), signed by the current root key, so clients follow the
    change on their next check. Rotating root itself signs the new root with both the old and
    the new root key, as clients require. Afterwards the new pair replaces the old one in the
    keys folder (docs/releasing.md).
    """
    new_public = new_key_dir / f"{role}.pub"
    if not new_public.is_file() or not (new_key_dir / role).is_file():
        raise TufRepoError(f"{new_key_dir} must hold the new {role} and {role}.pub")
    old_root_key = Keys.find_private_key("root", [d for d in keys.private_dirs if d.is_dir()])
    if old_root_key is None:
        raise TufRepoError(
            f"the root key is needed to change keys; set {EXTRA_KEYS_ENV} to where it is mounted"
        )
    repo = open_repository(repo_dir, keys)
    root = repo.roles.root.signed
    for keyid in list(root.roles[role].keyids):
        root.revoke_key(keyid, role)
    repo.roles.add_public_key(role, new_public)
    # The new folder comes first: its key signs `role` (and root, when root is rotated).
    _publish(repo, TufKeys(new_key_dir, [new_key_dir, *keys.private_dirs]))
    if role == "root":
        repo.roles.sign_role("root", old_root_key)
        repo.roles.persist_role("root")


def root_versions(repo_dir: Path) -> dict[int, bytes]:
    """Every published root, by version (`N.root.json`)."""
    found = {}
    for path in (repo_dir / "metadata").glob("*.root.json"):
        found[int(path.name.split(".")[0])] = path.read_bytes()
    return found


def check_bundle_trusts(repo_dir: Path, shipped_root: Path) -> None:
    """Refuse to publish a bundle whose shipped root.json is not one of this repository's."""
    shipped = shipped_root.read_bytes()
    if shipped not in root_versions(repo_dir).values():
        version = json.loads(shipped)["signed"]["version"]
        raise TufRepoError(
            f"the bundle trusts a TUF root (version {version}) that {repo_dir} never published: "
            "its updates would be refused. Rebuild with `make dist` against this repository."
        )
