"""A value over a field's bound in an imported file rejects only its row, with the row's place
and a message that says what to fix; the rest of the file is imported. Real data (the IOM
samples) stays inside every bound."""

from __future__ import annotations

import openpyxl

from desktop.interchange import read_iom_file
from desktop.interchange.case_import import import_case_file
from desktop.storage.case_import_store import CaseImportStore
from desktop.storage.records import RecordRepository


def rows_by_line(path):
    return {row.line: row for row in read_iom_file(path)}


def test_iom_values_over_their_bounds_reject_only_their_rows(make_csv):
    path = make_csv(
        edits={
            (0, "Number Dead"): "1,000,000",
            (1, "URL"): "https://perma.cc/A, javascript:alert(document.cookie)",
            (2, "Incident Date"): "2999-01-01",
            (3, "Location of death"): "x" * 3000,
        }
    )
    rows = rows_by_line(path)
    assert rows[2].reason == "Number dead must be between 0 and 100000"
    assert rows[3].ok and rows[3].data["url"] == "https://perma.cc/A"  # kept, link left out
    assert [w.message for w in rows[3].warnings] == [
        "URL: “javascript:alert(document.cookie)” is not a web address starting with http:// "
        "or https://; left out"
    ]
    assert rows[4].reason == "Incident date cannot be in the future"
    assert rows[5].reason == "Location must be at most 2000 characters"
    assert sum(row.ok for row in rows.values()) == 235


def test_every_row_of_both_iom_samples_is_inside_the_bounds(sample_csv, sample_json):
    for path in (sample_csv, sample_json):
        rows = list(read_iom_file(path))
        assert all(row.ok for row in rows), [row.reason for row in rows if not row.ok][:3]


def test_a_case_row_over_a_bound_is_listed_with_its_row_and_column(tmp_path, db):
    repo = RecordRepository(db)
    path = tmp_path / "cases.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Reference", "Family name", "Enquirer relationship", "Date of birth"])
    book.active.append(["SN-2026-0001", "Sarr", "x" * 5000, None])
    book.active.append(["SN-2026-0002", "Ndiaye", "Sister", "1850-01-01"])
    book.active.append(["SN-2026-0003", "Diop", "Brother", "1990-05-01"])
    book.save(path)

    summary = import_case_file(path, CaseImportStore(repo), owner_country="SN")

    assert summary.added == 1
    found = [line for rejected in summary.rejected for line in rejected.lines()]
    assert found[0].startswith("row 2, Enquirer relationship: ")
    assert "at most 200 characters" in found[0]
    assert found[1].startswith("row 3, Date of birth: ") and "1900-01-01" in found[1]
