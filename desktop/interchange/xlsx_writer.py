"""Records of any kind as an Excel workbook: one sheet of records and an "About this file".

For missing cases, `include_personal=False` leaves out every field in
`desktop.domain.missing_case.PERSONAL_FIELDS`; the workbook always says which personal fields
it holds (the About sheet, a note on the first header cell, and the file's description).
Missing cases are written in the columns of their import template, so an export re-imports.
Every text is a text cell that never starts a formula (`xlsx_cells.text_cell`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from desktop.domain import missing_case
from desktop.domain.records import KIND_LABELS

from .atomic_file import atomic_path
from .case_cells import template_row
from .case_template import RECORD_COLUMNS, TEMPLATES
from .flatten import DATETIME, flatten, model_columns, typed
from .xlsx_cells import body_cell, column_widths, header_cells, set_widths, text_cell

log = logging.getLogger(__name__)

ABOUT_SHEET = "About this file"
META_COLUMNS = {name: DATETIME if name.endswith("_at") else None for name in RECORD_COLUMNS}
PERSONAL_FIELDS: dict[str, tuple[str, ...]] = {missing_case.KIND: missing_case.PERSONAL_FIELDS}


def write_xlsx(
    path: str | Path,
    kind: str,
    envelopes: Iterable[dict[str, Any]],
    *,
    include_personal: bool = False,
    exported_at: datetime | None = None,
) -> int:
    """Write the non-deleted records (envelope dicts) of `kind`; returns how many rows."""
    # A kind with an import template is written in the template's columns, so the file
    # re-imports as it is (desktop.interchange.case_template); others in dotted field names.
    template = TEMPLATES.get(kind)
    columns = {c.path: None for c in template} if template else model_columns(kind)
    headers = {c.path: c.en for c in template} if template else {}
    rows: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for envelope in envelopes:
        if envelope.get("deleted"):
            continue
        data = envelope.get("data") or {}
        flat = template_row(template, data) if template else flatten(data)
        for name in flat:
            columns.setdefault(name, None)  # free-form keys, in the order first met
        rows.append((flat, envelope))
    personal = PERSONAL_FIELDS.get(kind, ())
    left_out = [name for name in columns if _is_personal(name, personal)]
    if not include_personal:
        columns = {n: t for n, t in columns.items() if not _is_personal(n, personal)}
    contained = [name for name in columns if _is_personal(name, personal)]
    note = personal_note(kind, contained, [] if include_personal else left_out)

    header = [*(headers.get(name, name) for name in columns), *META_COLUMNS]
    types = [*columns.values(), *META_COLUMNS.values()]
    values = [
        [typed(value, t) for value, t in zip(_row(flat, envelope, columns), types, strict=True)]
        for flat, envelope in rows
    ]
    workbook = Workbook(write_only=True)
    workbook.properties.title = f"{_sheet_title(kind)} — Focal Point Desk export"
    workbook.properties.description = note
    _records_sheet(workbook, _sheet_title(kind), header, values, note)
    moment = exported_at or datetime.now(UTC)
    _about_sheet(workbook, kind, len(values), moment, note, contained, left_out, include_personal)
    with atomic_path(path) as temp:
        workbook.save(temp)
    log.info("wrote %d %s records as XLSX (personal fields: %d)", len(values), kind, len(contained))
    return len(values)


def personal_note(kind: str, contained: list[str], left_out: list[str]) -> str:
    if contained:
        return "This file contains personal data in these fields: " + ", ".join(contained)
    if left_out:
        return "This file contains no personal fields; left out: " + ", ".join(left_out)
    return f"This file contains no personal fields ({KIND_LABELS.get(kind, kind)} records)."


def _is_personal(name: str, personal: tuple[str, ...]) -> bool:
    return any(name == field or name.startswith(field + ".") for field in personal)


def _row(flat: dict[str, Any], envelope: dict[str, Any], columns: dict[str, Any]) -> list[Any]:
    data = [flat.get(name) for name in columns]
    record_id = envelope.get("id")
    meta = [
        None if record_id is None else str(record_id),
        envelope.get("owner_country"),
        envelope.get("rev"),
        _iso(envelope.get("updated_at")),
    ]
    return [*data, *meta]


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _sheet_title(kind: str) -> str:
    return (KIND_LABELS.get(kind, kind) + "s").capitalize()


def _records_sheet(workbook, title, header, values, note) -> None:
    sheet = workbook.create_sheet(title)
    set_widths(sheet, column_widths(header, values))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(values) + 1}"
    sheet.append(header_cells(sheet, header, note))
    for row in values:
        sheet.append([body_cell(sheet, value) for value in row])


def _about_sheet(workbook, kind, count, moment, note, contained, left_out, included) -> None:
    sheet = workbook.create_sheet(ABOUT_SHEET)
    lines: list[tuple[str, Any]] = [
        ("Made by", "Focal Point Desk"),
        ("Record kind", KIND_LABELS.get(kind, kind)),
        ("Records", count),
        ("Exported at (UTC)", moment.astimezone(UTC).replace(tzinfo=None)),
        ("Personal fields", note),
        ("Personal fields included", ", ".join(contained) or "none"),
    ]
    if left_out and not included:
        lines.append(("Personal fields left out", ", ".join(left_out)))
    lines += [
        ("Dates", "Dates are Excel dates; times are in UTC."),
        ("Lists", "Several values in one cell are separated by “; ”."),
    ]
    set_widths(sheet, [28, 100])
    bold = Font(bold=True)
    for label, value in lines:
        cell = text_cell(sheet, label)
        cell.font = bold
        sheet.append([cell, body_cell(sheet, value)])
