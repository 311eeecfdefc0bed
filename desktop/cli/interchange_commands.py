"""`focal-desk import-iom FILE` and `focal-desk export --kind … --format … --out FILE`.

The readers and writers (openpyxl among them) and the database are imported when a command
runs, not when the parser is built.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import CommandFailed

TYPE_CHECKING = False  # `typing` itself is not imported: `--version` needs none of it

if TYPE_CHECKING:
    from desktop.config.paths import ProfilePaths

KINDS = ("incident", "missing_case", "country_report")
FORMATS = ("json", "iom-csv", "xlsx")


def _owner(ctx) -> str | None:
    from .session import account_country

    return account_country(ctx.db)


def import_iom(args: argparse.Namespace, paths: ProfilePaths) -> int:
    from desktop.interchange import UnreadableFile, import_iom_file
    from desktop.storage.import_store import ImportStore
    from desktop.storage.records import RecordRepository

    from .session import opened

    with opened(paths) as ctx:
        try:
            summary = import_iom_file(
                args.file, ImportStore(RecordRepository(ctx.db)), owner_country=_owner(ctx)
            )
        except UnreadableFile as exc:
            raise CommandFailed(f"cannot import {args.file}: {exc}") from exc
    for place, reason in summary.rejected:  # "line 12" (CSV), "record 37 (2019.MMP01859)"
        print(f"{place}: rejected: {reason}", file=sys.stderr)
    for place, warning in summary.warnings:
        print(f"{place}: warning: {warning}", file=sys.stderr)
    print(
        f"{summary.added} added, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{len(summary.rejected)} rejected ({summary.total} records read, {summary.format})"
    )
    return 0


def export(args: argparse.Namespace, paths: ProfilePaths) -> int:
    if args.format == "iom-csv" and args.kind != "incident":
        raise CommandFailed("the iom-csv format is for incidents; use json or xlsx", 2)
    out = Path(args.out)
    if not out.parent.exists():
        raise CommandFailed(f"the folder {out.parent} does not exist", 2)
    from desktop.interchange import write_iom_csv, write_records_json, write_xlsx
    from desktop.storage.records import RecordRepository

    from .session import opened

    with opened(paths) as ctx:
        envelopes = RecordRepository(ctx.db).envelopes(args.kind)
        try:
            if args.format == "json":
                count = write_records_json(out, envelopes)
            elif args.format == "iom-csv":
                count = write_iom_csv(out, (e["data"] for e in envelopes))
            else:
                personal = args.kind == "missing_case" and not args.leave_out_personal
                count = write_xlsx(out, args.kind, envelopes, include_personal=personal)
        except OSError as exc:
            raise CommandFailed(f"cannot write {out}: {exc.strerror or exc}") from exc
    note = ""
    if args.kind == "missing_case" and args.format == "xlsx":
        note = " without personal fields" if args.leave_out_personal else " with personal fields"
    print(f"exported {count} {args.kind.replace('_', ' ')} record(s) to {out}{note}")
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("import-iom", help="import an IOM CSV download or API JSON")
    parser.add_argument("file", metavar="FILE")
    parser.set_defaults(handler=import_iom)
    parser = commands.add_parser("export", help="export records to json, iom-csv or xlsx")
    parser.add_argument("--kind", required=True, choices=KINDS)
    parser.add_argument("--format", required=True, choices=FORMATS)
    parser.add_argument("--out", required=True, metavar="FILE")
    parser.add_argument(
        "--leave-out-personal",
        action="store_true",
        help="missing cases: leave out the fields with personal data (the file says which)",
    )
    parser.set_defaults(handler=export)
