"""XLSX export read back with openpyxl: styled header, real dates, personal fields handled."""

from __future__ import annotations

from datetime import UTC, date, datetime
from uuid import uuid4

import openpyxl
import pytest

from desktop.domain.missing_case import PERSONAL_FIELDS
from desktop.domain.records import normalise
from desktop.interchange import read_iom_file, write_xlsx
from desktop.interchange.case_template import BY_PATH
from desktop.interchange.xlsx_writer import ABOUT_SHEET

UPDATED = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)
PERSONAL_HEADERS = {BY_PATH[name].en for name in PERSONAL_FIELDS}  # cases use the template


def envelope(kind, data, **extra):
    return {
        "id": uuid4(),
        "kind": kind,
        "rev": 7,
        "owner_country": "SN",
        "updated_at": UPDATED,
        "deleted": False,
        "data": data,
        **extra,
    }


@pytest.fixture
def case_data():
    return normalise(
        "missing_case",
        {
            "reference": "SN-2026-0042",
            "person": {
                "given_names": "Awa",
                "family_name": "Diallo",
                "other_spellings": ["Aoua", "Ava"],
                "date_of_birth": "2001-03-04",
                "nationality": "SN",
            },
            "last_contact": {
                "date": "2025-11-02",
                "place": "=Nouadhibou",
                "latitude": 20.9,
                "longitude": -17.05,
            },
            "referrals": [{"organisation": "IOM Senegal", "date": "2026-01-05"}],
            "notes": "Family has a photo",
        },
    )


def load(path):
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    rows = [
        dict(zip(header, values, strict=True)) for values in sheet.iter_rows(2, values_only=True)
    ]
    return workbook, sheet, header, rows


def about(workbook) -> dict:
    return dict(workbook[ABOUT_SHEET].iter_rows(values_only=True))


def test_incidents_sheet_has_a_styled_frozen_header_and_real_dates(tmp_path, sample_csv):
    envelopes = [envelope("incident", row.data) for row in read_iom_file(sample_csv)]
    out = tmp_path / "incidents.xlsx"
    assert write_xlsx(out, "incident", envelopes) == 238
    workbook, sheet, header, rows = load(out)
    assert workbook.sheetnames == ["Incidents", ABOUT_SHEET]
    assert header[:3] == ["incident_id", "main_id", "incident_date"]
    assert header[-4:] == ["record.id", "record.owner_country", "record.rev", "record.updated_at"]
    assert all(cell.font.b for cell in sheet[1])
    assert sheet["A1"].fill.fill_type == "solid"
    assert sheet.freeze_panes == "A2"
    date_cell = sheet.cell(row=2, column=3)
    assert date_cell.is_date and date_cell.number_format == "yyyy-mm-dd"
    assert date_cell.value.date() == date(2026, 1, 1)
    assert rows[0]["record.updated_at"] == datetime(2026, 3, 4, 5, 6, 7)
    assert rows[0]["number_dead"] == 1 and rows[0]["latitude"] == 37.34265178
    assert rows[0]["cause_of_death"].startswith("Harsh environmental conditions")
    assert about(workbook)["Personal fields included"] == "none"


def test_columns_are_sized_to_their_content(tmp_path, sample_csv):
    envelopes = [envelope("incident", row.data) for row in read_iom_file(sample_csv)]
    out = tmp_path / "incidents.xlsx"
    write_xlsx(out, "incident", envelopes)
    _, sheet, header, _ = load(out)
    widths = {
        name: sheet.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width
        for i, name in enumerate(header)
    }
    assert widths["number_dead"] == len("number_dead") + 2
    assert widths["incident_date"] == 15  # header is longer than a date
    assert widths["location"] == 60  # long text is capped
    assert min(widths.values()) >= 8


def test_cases_leave_out_personal_fields_when_asked(tmp_path, case_data):
    out = tmp_path / "cases.xlsx"
    write_xlsx(out, "missing_case", [envelope("missing_case", case_data)], include_personal=False)
    workbook, sheet, header, rows = load(out)
    assert not PERSONAL_HEADERS & set(header)
    assert "Awa" not in str(rows) and "Family has a photo" not in str(rows)
    assert "20.9" not in str(rows)
    assert rows[0]["Reference"] == "SN-2026-0042"
    facts = about(workbook)
    assert facts["Personal fields included"] == "none"
    assert set(facts["Personal fields left out"].split(", ")) == set(PERSONAL_FIELDS)
    assert facts["Personal fields"].startswith("This file contains no personal fields")
    assert sheet["A1"].comment.text.startswith("This file contains no personal fields")


def test_cases_with_personal_fields_say_which(tmp_path, case_data):
    out = tmp_path / "cases.xlsx"
    write_xlsx(out, "missing_case", [envelope("missing_case", case_data)], include_personal=True)
    workbook, sheet, header, rows = load(out)
    assert set(header) >= PERSONAL_HEADERS
    assert rows[0]["Given names"] == "Awa"
    assert rows[0]["Other spellings"] == "Aoua; Ava"
    assert rows[0]["Date of birth"] == datetime(2001, 3, 4)
    assert rows[0]["Referrals"] == "IOM Senegal; 2026-01-05"
    facts = about(workbook)
    assert set(facts["Personal fields included"].split(", ")) == set(PERSONAL_FIELDS)
    assert "Personal fields left out" not in facts
    assert sheet["A1"].comment.text.startswith("This file contains personal data in these fields")
    assert workbook.properties.description == facts["Personal fields"]


def test_text_that_looks_like_a_formula_stays_text(tmp_path, case_data):
    out = tmp_path / "cases.xlsx"
    write_xlsx(out, "missing_case", [envelope("missing_case", case_data)])
    _, sheet, header, _ = load(out)
    cell = sheet.cell(row=2, column=header.index("Last contact place") + 1)
    assert (cell.value, cell.data_type) == ("'=Nouadhibou", "s")  # desktop.domain.spreadsheet


def test_deleted_records_are_left_out(tmp_path, case_data):
    out = tmp_path / "cases.xlsx"
    envelopes = [
        envelope("missing_case", case_data),
        envelope("missing_case", case_data, deleted=True),
    ]
    assert write_xlsx(out, "missing_case", envelopes) == 1


def test_country_reports_flatten_answers_into_dotted_columns(tmp_path):
    data = normalise(
        "country_report",
        {
            "campaign_id": str(uuid4()),
            "country": "SN",
            "answers": {"q1": "yes", "budget": {"total": 1200}, "q0": 1, "q9": 2, "q5": 3},
            "initiatives": [
                {
                    "type": "policy",
                    "title": "Law 2025-12",
                    "domains": [3, 4],
                    "start_date": "2025-01-01",
                }
            ],
            "submitted_at": "2026-02-01T10:00:00+01:00",
        },
    )
    out = tmp_path / "reports.xlsx"
    write_xlsx(out, "country_report", [envelope("country_report", data)])
    workbook, _, header, rows = load(out)
    assert {"answers.q1", "answers.budget.total", "initiatives", "submitted_at"} <= set(header)
    answers = [name for name in header if name.startswith("answers.")]
    assert answers == [
        "answers.q1",
        "answers.budget.total",
        "answers.q0",
        "answers.q9",
        "answers.q5",
    ]
    assert rows[0]["answers.budget.total"] == 1200
    assert rows[0]["submitted_at"] == datetime(2026, 2, 1, 9, 0)  # in UTC
    assert (
        "title: Law 2025-12" in rows[0]["initiatives"] and "domains: 3; 4" in rows[0]["initiatives"]
    )
    assert about(workbook)["Personal fields"].startswith("This file contains no personal fields")


def test_an_empty_export_still_has_its_header(tmp_path):
    out = tmp_path / "none.xlsx"
    assert write_xlsx(out, "incident", []) == 0
    _, _, header, rows = load(out)
    assert header[0] == "incident_id" and rows == []
