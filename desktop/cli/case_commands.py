"""`focal-desk import FILE --kind missing_case` and `focal-desk template --kind … --out FILE`.

`import` reads the case template (.xlsx, .csv) or the app's JSON export. Bad rows are listed
on stderr ("row 7, Date of birth: …") while the good ones are imported; the summary line
"N added, N updated, N unchanged, N rejected" goes to stdout. As with `import-iom`, the exit
status is 0 once the file could be read (even when some rows were rejected), 1 when it could
not be read at all, 2 for a wrong argument (kind, country).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import CommandFailed

TYPE_CHECKING = False  # `typing` itself is not imported: `--version` needs none of it

if TYPE_CHECKING:
    from desktop.config.paths import ProfilePaths

# The readers, the template writer (openpyxl) and the database are imported when a command
# runs, not when the parser is built.

IMPORT_KINDS = ("missing_case",)
LANGUAGE_NAMES = {"en": "English", "fr": "French"}


def _check_kind(kind: str, known: tuple[str, ...], what: str) -> None:
    if kind not in known:
        choices = " or ".join(known)
        raise CommandFailed(f"there is no {what} for “{kind}” yet; use --kind {choices}", 2)


def _owner(account: str | None, given: str | None) -> str:
    """The country the imported cases belong to: the account's, or --country when not signed in."""
    from desktop.domain.reference.countries import is_partner

    if given:
        given = given.strip().upper()
        if not is_partner(given):
            raise CommandFailed(f"--country {given} is not a partner country code (such as SN)", 2)
        if account and given != account:
            raise CommandFailed(
                f"this profile is signed in for {account}; its cases cannot be imported as {given}",
                2,
            )
        return given
    if not account:
        raise CommandFailed(
            "this profile has no country yet: sign in first (focal-desk login), or give the "
            "country the cases belong to with --country, e.g. --country SN",
            2,
        )
    return account


def import_records(args: argparse.Namespace, paths: ProfilePaths) -> int:
    _check_kind(args.kind, IMPORT_KINDS, "import")
    from desktop.interchange import UnreadableFile
    from desktop.interchange.case_import import import_case_file
    from desktop.storage.case_import_store import CaseImportStore
    from desktop.storage.records import RecordRepository

    from .session import account_country, opened

    with opened(paths) as ctx:
        owner = _owner(account_country(ctx.db), args.country)
        try:
            summary = import_case_file(
                args.file, CaseImportStore(RecordRepository(ctx.db)), owner_country=owner
            )
        except UnreadableFile as exc:
            raise CommandFailed(f"cannot import {args.file}: {exc}") from exc
    for rejected in summary.rejected:
        for line in rejected.lines():
            print(f"{line}", file=sys.stderr)
    for position, warning in summary.warnings:
        print(f"{summary.unit} {position}: warning: {warning.message}", file=sys.stderr)
    read = f"{summary.total} {summary.unit}{'' if summary.total == 1 else 's'} read"
    print(f"{summary} ({read}, {summary.format})")
    return 0


def template(args: argparse.Namespace, paths: ProfilePaths) -> int:
    from desktop.interchange.case_template_writer import template_kinds, write_template

    _check_kind(args.kind, template_kinds(), "template")
    out = Path(args.out)
    if not out.parent.exists():
        raise CommandFailed(f"the folder {out.parent} does not exist", 2)
    try:
        count = write_template(out, args.kind, language=args.language)
    except OSError as exc:
        raise CommandFailed(f"cannot write {out}: {exc.strerror or exc}") from exc
    language = LANGUAGE_NAMES[args.language]
    noun = args.kind.replace("_", " ")
    print(f"wrote the {noun} template ({count} columns, {language}) to {out}")
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "import", help="import records from a spreadsheet (.xlsx, .csv) or the app's JSON"
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--kind", required=True, metavar="KIND", help="missing_case")
    parser.add_argument(
        "--country", metavar="ISO2", help="the cases' country when the profile is not signed in"
    )
    parser.set_defaults(handler=import_records)
    parser = commands.add_parser("template", help="write the spreadsheet template of a kind")
    parser.add_argument("--kind", required=True, metavar="KIND", help="missing_case")
    parser.add_argument("--out", required=True, metavar="FILE.xlsx")
    parser.add_argument("--language", choices=tuple(LANGUAGE_NAMES), default="en")
    parser.set_defaults(handler=template)
