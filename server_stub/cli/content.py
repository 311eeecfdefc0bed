"""`add-campaign`, `export` and `init-demo`."""

from __future__ import annotations

import secrets
import uuid
from argparse import Namespace
from pathlib import Path

from ..accounts import AccountError, add_user
from ..campaigns import SAMPLE_CAMPAIGN, CampaignFileError, put_campaign, read_campaign_file
from ..review.export import DEFAULT_STATES, collect, write_export
from .common import CliError, open_database, settings_from

DEMO_USERS = (
    ("secretariat@example.org", "secretariat", None),
    ("focal.sn@example.org", "focal_point", "SN"),
    ("focal.gm@example.org", "focal_point", "GM"),
)


def cmd_add_campaign(args: Namespace) -> int:
    try:
        record_id, data = read_campaign_file(Path(args.file))
    except CampaignFileError as exc:
        raise CliError(str(exc)) from None
    engine = open_database(settings_from(args))
    try:
        record_id, _rev, _changed = put_campaign(engine, record_id, data)
    except CampaignFileError as exc:
        raise CliError(str(exc)) from None
    print(record_id)
    return 0


def cmd_export(args: Namespace) -> int:
    out = Path(args.out)
    fmt = args.format or ("xlsx" if out.suffix.lower() == ".xlsx" else "csv")
    campaign = None
    if args.campaign:
        try:
            campaign = str(uuid.UUID(args.campaign))
        except ValueError:
            raise CliError(
                f"--campaign must be a campaign id (UUID), not “{args.campaign}”"
            ) from None
    if not out.parent.is_dir():
        raise CliError(f"the folder {out.parent} does not exist")
    engine = open_database(settings_from(args))
    sheets = collect(engine, campaign, args.state or DEFAULT_STATES)
    try:
        written = write_export(sheets, out, fmt)
    except OSError as exc:
        raise CliError(f"cannot write {out}: {exc.strerror or exc}") from None
    files = ", ".join(str(p) for p in written)
    print(f"exported {len(sheets.reports)} reports, {len(sheets.initiatives)} initiatives: {files}")
    return 0


def cmd_init_demo(args: Namespace) -> int:
    """Idempotent: the sample campaign and the demo users exist afterwards. The demo users get a
    fresh password on every run, printed here (and only here) so that `make run` can sign in."""
    engine = open_database(settings_from(args))
    record_id, data = read_campaign_file(SAMPLE_CAMPAIGN)
    record_id, rev, changed = put_campaign(engine, record_id, data)
    state = "loaded" if changed else "already loaded"
    print(f"campaign {record_id} “{data['title']}” {state} (rev {rev})")
    password = secrets.token_urlsafe(9)
    for email, role, country in DEMO_USERS:
        try:
            add_user(engine, email, password, role, country, update=True, sign_out_devices=False)
        except AccountError as exc:
            raise CliError(str(exc)) from None
        print(f"user {email} ({role}{', ' + country if country else ''})")
    print(f"demo password for these users: {password}")
    return 0
