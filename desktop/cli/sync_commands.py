"""`focal-desk login` and `focal-desk sync`.

The sync engine, its HTTP stack and the database are imported when a command runs, not when
the parser is built: `focal-desk --version` and `--help` load none of them.
"""

from __future__ import annotations

import argparse
import sys

from .errors import CommandFailed

TYPE_CHECKING = False  # `typing` itself is not imported: `--version` needs none of it

if TYPE_CHECKING:
    from desktop.config.paths import ProfilePaths
    from desktop.sync.errors import OtherAccount, SyncError


def _explain(exc: SyncError) -> CommandFailed:
    from desktop.sync.errors import (
        CertificateError,
        NotSignedIn,
        Offline,
        RateLimited,
        ServerError,
        SessionExpired,
    )

    if isinstance(exc, Offline):
        return CommandFailed(f"offline: {exc} Try again when connected.", 3)
    if isinstance(exc, NotSignedIn):
        hint = "run `focal-desk login --server URL --email E` first"
        return CommandFailed(f"not signed in: {hint}", 4)
    if isinstance(exc, SessionExpired):
        return CommandFailed(f"session expired: {exc} Run `focal-desk login` again.", 4)
    if isinstance(exc, CertificateError):
        return CommandFailed(f"certificate problem: {exc}", 5)
    if isinstance(exc, RateLimited):
        return CommandFailed(f"too many attempts: {exc}; wait and try again", 6)
    if isinstance(exc, ServerError):
        return CommandFailed(f"server error: {exc}", 7)
    return CommandFailed(str(exc))


def _other_account(exc: OtherAccount) -> CommandFailed:
    if exc.switching:
        return CommandFailed(
            f"not signed in: {exc.pending} change(s) of the previous account are not sent yet; "
            "sync them as that account first, or sign in with another profile (--profile DIR)",
            2,
        )
    return CommandFailed(
        f"not signed in: {exc}: use --profile DIR (or FOCAL_DESK_HOME), or --switch-account "
        "to remove this profile's data first",
        2,
    )


def login(args: argparse.Namespace, paths: ProfilePaths) -> int:
    import platform

    from desktop.config import keyring_store
    from desktop.sync.errors import (
        AuthFailed,
        OtherAccount,
        RequestRefused,
        SessionExpired,
        SyncError,
    )
    from desktop.sync.service import SyncService

    from .prompts import read_secret
    from .session import opened

    with opened(paths) as ctx:
        password = read_secret("Password: ")
        device = args.device_name or ctx.settings.device_name or platform.node() or "laptop"
        service = SyncService(ctx.db, paths, ctx.settings)
        try:
            user = service.login(
                args.server, args.email, password, device, switch_account=args.switch_account
            )
        except OtherAccount as exc:
            raise _other_account(exc) from exc
        except (AuthFailed, SessionExpired) as exc:
            raise CommandFailed("wrong email or password", 2) from exc
        except RequestRefused as exc:
            raise CommandFailed(f"sign-in refused: {exc}", 2) from exc
        except SyncError as exc:
            raise _explain(exc) from exc
        finally:
            service.close()
    where = f" for {user.country}" if user.country else ""
    print(f"signed in to {user.server_url} as {user.email} ({user.role}{where})")
    status = keyring_store.status()
    if not status.usable:
        print(
            f"warning: no usable OS keyring ({status.reason}), so this sign-in is not kept for "
            "later commands; start or unlock the desktop keyring (see the README)",
            file=sys.stderr,
        )
    return 0


def sync(args: argparse.Namespace, paths: ProfilePaths) -> int:
    """A quick look first (`desktop.sync.quick`): when nothing is to do, that is all, without
    the database engines or the sync engine; otherwise the full sync, with the same key and
    the same signed-in session."""
    from desktop.config.settings import load_settings
    from desktop.storage.profile import unlock_profile
    from desktop.sync.errors import SyncError

    from .prompts import passphrase_provider

    unlocked = unlock_profile(paths, passphrase_provider)
    settings = load_settings(paths.settings_file)
    connection = None
    try:
        done, connection = _quick_sync(unlocked, settings)
        if done:
            print(done)
            return 0
        summary = _full_sync(unlocked, settings, connection)
    except SyncError as exc:
        raise _explain(exc) from exc
    finally:
        if connection is not None:
            connection.api.close()
    print(summary.line())
    for warning in summary.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


def _quick_sync(unlocked, settings):
    """(the summary line, the connection) when nothing was to do; (None, the connection made,
    if any) when the full sync must run."""
    import logging

    from desktop.storage.clock import utc_now
    from desktop.storage.quick_look import QuickLook
    from desktop.sync import quick

    look = QuickLook.open(unlocked)
    if look is None:
        return None, None
    try:
        if look.account is None or not look.schema_current:
            return None, None
        connection = quick.connect(settings, unlocked.paths, look.account["server_url"])
        cursor = quick.nothing_to_do(look, connection)
        if cursor is None:
            return None, connection
        look.note_synced(cursor, utc_now())
    finally:
        look.close()
    logging.getLogger(__name__).info("sync done: nothing to do")
    return quick.NOTHING_DONE, connection


def _full_sync(unlocked, settings, connection):
    from desktop.storage.profile import open_profile
    from desktop.sync.service import SyncService

    db = open_profile(unlocked.paths, unlocked=unlocked)
    try:
        service = SyncService(db, unlocked.paths, settings, connection=connection)
        return service.sync()
    finally:
        db.close()


def add_commands(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("login", help="sign in to the central endpoint")
    parser.add_argument("--server", required=True, metavar="URL")
    parser.add_argument("--email", required=True)
    parser.add_argument("--device-name", metavar="NAME", help="this device's name on the server")
    parser.add_argument(
        "--switch-account",
        action="store_true",
        help="an account of another country or role: remove this profile's data first "
        "(refused while changes are unsent)",
    )
    parser.set_defaults(handler=login)
    parser = commands.add_parser("sync", help="push everything pending and pull everything new")
    parser.set_defaults(handler=sync)
