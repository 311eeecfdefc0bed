"""Commands behind `make dist` / `make release`, and the key chores of docs/releasing.md."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import authenticode, signing, tuf_repo
from .release import ReleaseError, make_release, report

PROJECT = tuf_repo.PROJECT
REPO_ENV = "FOCAL_TUF_REPO_DIR"
DEFAULT_REPO = Path(os.environ.get(REPO_ENV) or PROJECT / "dist" / "tuf")
COMMITTED_ROOT = PROJECT / "desktop" / "updates" / "root.json"


def trusted_root(args: argparse.Namespace) -> int:
    """Print the root.json a build should trust: FOCAL_TUF_ROOT_JSON, the committed one, or the
    TUF repository's (made with development keys if there is none yet)."""
    if os.environ.get("FOCAL_TUF_ROOT_JSON"):
        print(os.environ["FOCAL_TUF_ROOT_JSON"])
        return 0
    if COMMITTED_ROOT.is_file() and not args.from_repo:
        print(COMMITTED_ROOT)
        return 0
    keys = tuf_repo.keys_from_env()
    tuf_repo.open_repository(args.repo, keys)
    if keys.dev:
        print(f"note: {args.repo} uses DEVELOPMENT keys from {keys.public_dir}", file=sys.stderr)
    print(args.repo / "metadata" / "root.json")
    return 0


def release(args: argparse.Namespace) -> int:
    report(make_release(args.bundle, args.out, args.repo, platform=args.platform))
    return 0


def tuf_keys(args: argparse.Namespace) -> int:
    made = tuf_repo.generate_keys(args.dir, tuple(args.roles), encrypted=args.encrypt)
    for key in made:
        print(f"{key} (private) and {key}.pub")
    return 0


def tuf_rotate(args: argparse.Namespace) -> int:
    tuf_repo.rotate_key(args.repo, tuf_repo.keys_from_env(), args.role, args.new_key_dir)
    print(
        f"{args.role} key replaced in {args.repo}/metadata (new root published); now put "
        f"{args.new_key_dir}/{args.role}.pub (and the private key, where it is kept) in place "
        "of the old ones"
    )
    return 0


def tuf_refresh(args: argparse.Namespace) -> int:
    tuf_repo.refresh(args.repo, tuf_repo.keys_from_env(), args.roles)
    print(f"re-signed {', '.join(args.roles)} (and what depends on them) in {args.repo}")
    return 0


def signing_key(args: argparse.Namespace) -> int:
    args.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    public, secret = args.dir / "focal-desk-release.pub", args.dir / "focal-desk-release.key"
    signing.generate_key(public, secret)
    print(f"TRIAL key without a password: {secret} (secret), {public} (public)")
    return 0


def verify(args: argparse.Namespace) -> int:
    sums = args.dir / "SHA256SUMS"
    print(signing.verify(sums, args.public_key))
    bad = signing.check_sha256sums(sums)
    if bad:
        print(f"checksum mismatch: {', '.join(bad)}", file=sys.stderr)
        return 1
    print("SHA256SUMS: every file matches")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="focal_release", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    cmd = sub.add_parser("trusted-root", help="print the TUF root.json a build should ship")
    cmd.add_argument("--repo", type=Path, default=DEFAULT_REPO)
    cmd.add_argument(
        "--from-repo", action="store_true", help="the repository's root even if one is committed"
    )
    cmd.set_defaults(func=trusted_root)

    cmd = sub.add_parser("release", help="write dist/release and publish to the TUF repository")
    cmd.add_argument("--bundle", type=Path, default=PROJECT / "dist" / "focal-desk")
    cmd.add_argument("--out", type=Path, default=PROJECT / "dist" / "release")
    cmd.add_argument("--repo", type=Path, default=DEFAULT_REPO)
    cmd.add_argument("--platform", help="the bundle's platform tag (default: this machine's)")
    cmd.set_defaults(func=release)

    cmd = sub.add_parser("tuf-keys", help="make TUF role key pairs (<role>, <role>.pub)")
    cmd.add_argument("dir", type=Path, nargs="?", default=tuf_repo.DEV_KEYS_DIR)
    cmd.add_argument("--roles", nargs="+", default=list(tuf_repo.ROLES), choices=tuf_repo.ROLES)
    cmd.add_argument("--encrypt", action="store_true", help="protect each with a password")
    cmd.set_defaults(func=tuf_keys)

    cmd = sub.add_parser("tuf-rotate", help="replace one role's key (needs the root key)")
    cmd.add_argument("role", choices=tuf_repo.ROLES)
    cmd.add_argument("new_key_dir", type=Path, help="folder holding the new <role>, <role>.pub")
    cmd.add_argument("--repo", type=Path, default=DEFAULT_REPO)
    cmd.set_defaults(func=tuf_rotate)

    cmd = sub.add_parser("tuf-refresh", help="re-sign TUF roles with fresh expiry dates")
    cmd.add_argument("--repo", type=Path, default=DEFAULT_REPO)
    cmd.add_argument("--roles", nargs="+", default=["timestamp"], choices=tuf_repo.ROLES)
    cmd.set_defaults(func=tuf_refresh)

    cmd = sub.add_parser("signing-key", help="make a TRIAL minisign key pair without a password")
    cmd.add_argument("dir", type=Path, nargs="?", default=PROJECT / "build" / "signing-trial")
    cmd.set_defaults(func=signing_key)

    cmd = sub.add_parser("verify", help="check a release folder as ministry IT would")
    cmd.add_argument("dir", type=Path, nargs="?", default=PROJECT / "dist" / "release")
    cmd.add_argument("--public-key", type=Path, required=True)
    cmd.set_defaults(func=verify)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (
        ReleaseError,
        authenticode.AuthenticodeError,
        tuf_repo.TufRepoError,
        signing.SigningError,
        OSError,
    ) as exc:
        print(f"focal_release {args.command}: {exc}", file=sys.stderr)
        return 1
