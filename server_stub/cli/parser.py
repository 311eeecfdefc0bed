"""The command line: `focal-server [--db URL] COMMAND …` (every command also takes --db)."""

from __future__ import annotations

import argparse

from .. import __version__

DB_HELP = "database URL: sqlite:///FILE or postgresql+psycopg://… (default: $FOCAL_SERVER_DB, "
DB_HELP += "else focal-server.db in the user data folder)"


# Handlers are "module:function" in server_stub.cli, imported only when that command runs.


def _with_db(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    # SUPPRESS: a --db given before the command is kept unless the command repeats it.
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=DB_HELP)
    return parser


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return value


class OneLineParser(argparse.ArgumentParser):
    """Usage mistakes end in one line on stderr (and status 2), like every other failure."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="focal-server", description="The central endpoint of Focal Point Desk."
    )
    parser.add_argument("--version", action="version", version=f"focal-server {__version__}")
    parser.add_argument("--db", metavar="URL", default=None, help=DB_HELP)
    parser.add_argument("-v", "--verbose", action="store_true", help="log debugging details")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    run = _with_db(commands.add_parser("serve", help="serve the API with uvicorn"))
    run.add_argument("--host", default=None, help="address to listen on (default 127.0.0.1)")
    run.add_argument("--port", type=int, default=None, help="port (default 8765; 0 picks one)")
    run.add_argument(
        "--workers",
        type=positive_int,
        default=None,
        metavar="N",
        help="worker processes (default $FOCAL_SERVER_WORKERS, else 1; more than 1 needs "
        "PostgreSQL)",
    )
    run.set_defaults(handler="serve:cmd_serve")

    add = _with_db(commands.add_parser("add-user", help="create an account (password on stdin)"))
    add.add_argument("email")
    add.add_argument("--role", required=True, choices=["focal_point", "secretariat", "contributor"])
    add.add_argument("--country", help="ISO 3166 alpha-2 code (required for focal points)")
    add.add_argument("--update", action="store_true", help="change an existing account instead")
    add.set_defaults(handler="accounts:cmd_add_user")

    users = _with_db(commands.add_parser("list-users", help="list accounts and active devices"))
    users.set_defaults(handler="accounts:cmd_list_users")

    revoke = _with_db(commands.add_parser("revoke-device", help="sign a user's device out"))
    revoke.add_argument("email")
    which = revoke.add_mutually_exclusive_group()
    which.add_argument("--device", type=int, metavar="ID", help="the device to revoke")
    which.add_argument("--all", action="store_true", help="revoke every device of the user")
    revoke.set_defaults(handler="accounts:cmd_revoke_device")

    campaign = _with_db(commands.add_parser("add-campaign", help="add or update a campaign"))
    campaign.add_argument("file", metavar="FILE.json")
    campaign.set_defaults(handler="content:cmd_add_campaign")

    export = _with_db(commands.add_parser("export", help="export country reports (CSV/XLSX)"))
    export.add_argument("--format", choices=["csv", "xlsx"], default=None)
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument("--campaign", metavar="ID", help="only this campaign")
    export.add_argument(
        "--state",
        action="append",
        choices=["draft", "submitted", "returned", "resubmitted", "accepted"],
        help="report states to include (repeatable; default submitted, resubmitted, accepted)",
    )
    export.set_defaults(handler="content:cmd_export")

    demo = _with_db(commands.add_parser("init-demo", help="load the sample campaign and users"))
    demo.set_defaults(handler="content:cmd_init_demo")
    return parser
