"""`add-user`, `list-users`, `revoke-device`."""

from __future__ import annotations

from argparse import Namespace

from ..accounts import AccountError, add_user, devices_of, list_users, revoke_devices
from ..settings import Settings
from .common import CliError, open_database, read_password, settings_from


def _engine(args: Namespace):
    settings: Settings = settings_from(args)
    return open_database(settings)


def cmd_add_user(args: Namespace) -> int:
    engine = _engine(args)
    password = read_password()
    try:
        change = add_user(engine, args.email, password, args.role, args.country, update=args.update)
    except AccountError as exc:
        raise CliError(str(exc)) from None
    user, verb = change.user, "added" if change.created else "updated"
    where = f" ({user.country})" if user.country else ""
    signed_out = change.devices_signed_out
    devices = f"; signed out on {signed_out} device{'s' * (signed_out != 1)}" if signed_out else ""
    print(f"{verb} {user.email}: {user.role}{where}{devices}")
    return 0


def cmd_list_users(args: Namespace) -> int:
    users = list_users(_engine(args))
    if not users:
        print("no users yet: add one with `focal-server add-user EMAIL --role …`")
        return 0
    width = max(len(u.email) for u in users)
    print(f"{'EMAIL':<{width}}  {'ROLE':<12} COUNTRY  DEVICES  CREATED")
    for u in users:
        flag = " (disabled)" if u.disabled else ""
        print(
            f"{u.email:<{width}}  {u.role:<12} {u.country or '-':<7}  {u.active_devices:>7}  "
            f"{u.created_at:%Y-%m-%d}{flag}"
        )
    return 0


def cmd_revoke_device(args: Namespace) -> int:
    engine = _engine(args)
    try:
        if args.device is None and not args.all:
            for device in devices_of(engine, args.email):
                state = "revoked" if device.revoked_at else "active"
                print(f"{device.id:>6}  {state:<8} {device.name}")
            raise CliError("name the device with --device ID, or use --all", status=2)
        revoked = revoke_devices(engine, args.email, None if args.all else args.device)
    except AccountError as exc:
        raise CliError(str(exc)) from None
    print(f"revoked {len(revoked)} device(s) of {args.email}")
    return 0
