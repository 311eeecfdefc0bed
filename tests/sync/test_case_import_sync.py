"""Cases imported from a spreadsheet sync like cases typed in the editor: each import writes
outbox entries the server applies, another device of the country pulls them, and a changed
row imported there updates the same record everywhere."""

from __future__ import annotations

import openpyxl

from desktop.interchange.case_import import import_case_file
from desktop.storage.case_import_store import CaseImportStore

HEADER = ["Reference", "Family name", "Given names", "Other spellings", "Date of birth"]


def sheet(path, *rows):
    workbook = openpyxl.Workbook()
    workbook.active.append(HEADER)
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def imported(client, path):
    return import_case_file(path, CaseImportStore(client.repo), owner_country=client.user.country)


def test_imported_cases_reach_the_server_and_a_changed_row_updates_them(make_client, tmp_path):
    first, second = make_client(), make_client("fp2.sn@example.org")
    rows = [
        [f"SN-2026-{n:04d}", f"Family {n}", "Awa", "Aoua; Ava", "1999-04-03"] for n in (1, 2, 3)
    ]
    path = sheet(tmp_path / "cases.xlsx", *rows)
    assert str(imported(first, path)) == "3 added, 0 updated, 0 unchanged, 0 rejected"
    pushed = first.sync()
    assert (pushed.pushed, pushed.rejected, first.pending()) == (3, 0, 0)

    second.sync()
    assert len(second.records("missing_case")) == 3
    assert str(imported(second, path)) == "0 added, 0 updated, 3 unchanged, 0 rejected"
    rows[1][2] = "Awa Khady"
    changed = sheet(tmp_path / "changed.xlsx", *rows)
    assert str(imported(second, changed)) == "0 added, 1 updated, 2 unchanged, 0 rejected"
    assert second.sync().pushed == 1

    first.sync()
    by_reference = {d["reference"]: (rid, d) for rid, d in first.records("missing_case").items()}
    assert by_reference["SN-2026-0002"][1]["person"]["given_names"] == "Awa Khady"
    assert {rid for rid, _d in by_reference.values()} == set(second.records("missing_case"))
    assert str(imported(first, changed)) == "0 added, 0 updated, 3 unchanged, 0 rejected"
