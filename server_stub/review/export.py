"""The secretariat's export of country reports: one row per report (its answers as columns)
and one row per initiative, as CSV files or as one XLSX workbook with two sheets.

Text typed by focal points is written so that a spreadsheet never runs it as a formula: the
escape every export of the product uses (`desktop.domain.spreadsheet.inert_text`), and in XLSX
always a text cell.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from sqlalchemy import Engine, select

from desktop.domain.local_text import english
from desktop.domain.reference.countries import country_name
from desktop.domain.spreadsheet import inert_cell, xlsx_text

from ..db.engine import read_session
from ..db.models import Record
from ..jsonio import loads

DEFAULT_STATES = ("submitted", "resubmitted", "accepted")
REPORT_COLUMNS = [
    "report_id",
    "campaign",
    "country",
    "country_name",
    "state",
    "submitted_at",
    "rev",
]
INITIATIVE_FIELDS = [
    "type", "title", "description", "domains", "priority_areas", "countries",
    "implementing_organisations", "partner_organisations", "funding_sources", "budget_eur",
    "start_date", "end_date", "status", "target_groups", "link",
]  # fmt: skip


@dataclass
class Sheets:
    report_header: list[str]
    reports: list[list[Any]]
    initiative_header: list[str]
    initiatives: list[list[Any]]


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return value


def collect(engine: Engine, campaign_id: str | None, states: Sequence[str]) -> Sheets:
    query = select(Record.id, Record.rev, Record.owner_country, Record.state, Record.data).where(
        Record.kind == "country_report", Record.deleted.is_(False), Record.state.in_(states)
    )
    if campaign_id:
        query = query.where(Record.campaign_id == campaign_id)
    campaign_query = select(Record.id, Record.data).where(Record.kind == "campaign")
    with read_session(engine) as session:
        rows = session.execute(query.order_by(Record.campaign_id, Record.owner_country)).all()
        campaigns = {cid: loads(data) for cid, data in session.execute(campaign_query)}
    question_ids: list[str] = []
    for cid in dict.fromkeys(loads(r.data)["campaign_id"] for r in rows):
        form = campaigns.get(cid, {}).get("form", {})
        for section in form.get("sections", []):
            question_ids += [q["id"] for q in section["questions"] if q["id"] not in question_ids]
    sheets = Sheets(
        REPORT_COLUMNS + question_ids,
        [],
        ["report_id", "country", "number", *INITIATIVE_FIELDS],
        [],
    )
    for row in rows:
        data = loads(row.data)
        title = english(campaigns.get(data["campaign_id"], {}).get("title")) or data["campaign_id"]
        answers = data.get("answers") or {}
        sheets.reports.append(
            [row.id, title, row.owner_country, country_name(row.owner_country or ""), row.state]
            + [data.get("submitted_at"), row.rev]
            + [_cell(answers.get(q)) for q in question_ids]
        )
        for number, initiative in enumerate(data.get("initiatives") or [], start=1):
            sheets.initiatives.append(
                [row.id, row.owner_country, number]
                + [_cell(initiative.get(f)) for f in INITIATIVE_FIELDS]
            )
    return sheets


def _write_csv(path: Path, header: list[str], rows: Iterable[list[Any]]) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow([inert_cell(v) for v in header])
        writer.writerows([inert_cell(v) for v in row] for row in rows)


def _xlsx_row(sheet, row: list[Any]) -> list[Any]:
    cells = []
    for value in row:
        text = isinstance(value, str)
        cell = WriteOnlyCell(sheet, value=xlsx_text(value) if text else value)
        if text:
            cell.data_type = "s"  # never a formula or an error code, whatever the text
        cells.append(cell)
    return cells


def write_export(sheets: Sheets, out: Path, fmt: str) -> list[Path]:
    """Write the export; the files written (CSV makes a second file for initiatives)."""
    out = Path(out)
    if fmt == "csv":
        initiatives_path = out.with_name(f"{out.stem}-initiatives{out.suffix or '.csv'}")
        _write_csv(out, sheets.report_header, sheets.reports)
        _write_csv(initiatives_path, sheets.initiative_header, sheets.initiatives)
        return [out, initiatives_path]
    workbook = Workbook(write_only=True)
    for title, header, rows in (
        ("Reports", sheets.report_header, sheets.reports),
        ("Initiatives", sheets.initiative_header, sheets.initiatives),
    ):
        sheet = workbook.create_sheet(title)
        sheet.append(_xlsx_row(sheet, header))
        for row in rows:
            sheet.append(_xlsx_row(sheet, row))
    workbook.save(out)
    return [out]
