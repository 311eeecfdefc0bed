"""Importing missing cases from the template (.xlsx, .csv) and the app's JSON, into a real
encrypted profile: bad rows listed by row, column and reason; a reference is the identity."""

from __future__ import annotations

import json
from datetime import date, datetime
from uuid import uuid4

import openpyxl
import pytest

from desktop.domain.missing_case import reference_problem
from desktop.interchange import UnreadableFile, write_records_json, write_xlsx
from desktop.interchange.case_import import import_case_file
from desktop.interchange.case_template import CASE_COLUMNS
from desktop.interchange.case_template_writer import INSTRUCTIONS_SHEET, write_template
from desktop.storage.case_import_store import CaseImportStore
from desktop.storage.outbox import Outbox
from desktop.storage.records import RecordRepository

HEADER = ["Reference", "Family name", "Given names", "Other spellings", "Sex", "Date of birth",
          "Age", "Nationality", "Last contact date", "Last contact date precision",
          "Consent: data sharing", "Shared with"]  # fmt: skip
GOOD = ["SN-2026-0001", "Sarr", "Ousmane", "Usman; Oussmane", "male", datetime(1999, 4, 3),
        26, "SN", "2025-10-01", "month", "Yes", "GM"]  # fmt: skip


@pytest.fixture
def repo(db):
    return RecordRepository(db)


@pytest.fixture
def store(repo):
    return CaseImportStore(repo)


def xlsx(path, header, *rows):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def cases(repo) -> dict[str, dict]:
    return {e["data"]["reference"]: e for e in repo.envelopes("missing_case")}


def lines(summary) -> list[str]:
    return [line for rejected in summary.rejected for line in rejected.lines()]


def test_good_rows_are_imported_and_bad_rows_listed_by_row_column_and_reason(
    tmp_path, db, repo, store
):
    bad_date = ["SN-2026-0002", "Ndiaye", None, None, None, "31/02/2001"]
    unnamed = ["SN-2026-0003", None, None, None, "female"]
    bad_age = ["SN-2026-0004", "Diop", None, None, "chat", None, 300]
    path = xlsx(tmp_path / "cases.xlsx", HEADER, GOOD, bad_date, [], unnamed, bad_age)

    summary = import_case_file(path, store, owner_country="SN")

    assert (summary.added, summary.updated, summary.unchanged) == (1, 0, 0)
    assert [r.position for r in summary.rejected] == [3, 5, 6]  # row 4 is empty: skipped
    assert str(summary) == "1 added, 0 updated, 0 unchanged, 3 rejected"
    found = lines(summary)
    assert found[0] == (
        "row 3, Date of birth: “31/02/2001” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31"
    )
    assert found[1] == "row 5: Give the missing person's given names or family name"
    assert found[2].startswith("row 6, Sex: “chat” must be one of: female, male, unknown")
    assert found[3].startswith("row 6, Age: ") and "120" in found[3]
    stored = cases(repo)["SN-2026-0001"]
    person = stored["data"]["person"]
    assert person["other_spellings"] == ["Usman", "Oussmane"]
    assert (person["date_of_birth"], person["age"], person["sex"]) == ("1999-04-03", 26, "male")
    assert stored["data"]["last_contact"]["date_precision"] == "month"
    assert stored["data"]["consent"]["data_sharing"] is True
    assert stored["data"]["shared_with"] == ["GM"]
    assert stored["owner_country"] == "SN"
    assert Outbox(db).pending() == 1  # the new case is queued for sync


def test_french_headers_match_whatever_their_case_spaces_or_accents(tmp_path, repo, store):
    header = ["REFERENCE", "nom de famille", " Prénoms ", "Sexe", "date de naissance",
              "Nationalite", "Consentement : partage des données", "Colonne maison"]  # fmt: skip
    row = ["sn-2026-0010", "Fall", "Aminata", "Féminin", "03/04/1999", "Sénégal", "Oui", "x"]
    summary = import_case_file(xlsx(tmp_path / "fr.xlsx", header, row), store, owner_country="SN")
    assert summary.added == 1 and not summary.rejected
    assert [(row, w.message) for row, w in summary.warnings] == [
        (1, "The column “Colonne maison” is not in the template; it was not read")
    ]
    data = cases(repo)["SN-2026-0010"]["data"]
    assert data["person"]["sex"] == "female" and data["person"]["nationality"] == "SN"
    assert data["person"]["date_of_birth"] == "1999-04-03"
    assert data["consent"]["data_sharing"] is True
    bad = xlsx(tmp_path / "fr-bad.xlsx", header[:5], ["SN-2026-0011", "Fall", "", "", "demain"])
    summary = import_case_file(bad, store, owner_country="SN")
    assert lines(summary)[0].startswith("row 2, date de naissance: “demain” is not a date")


@pytest.mark.parametrize(
    ("separator", "bom", "encoding"),
    [(";", True, "utf-8"), (",", False, "utf-8"), (";", False, "cp1252")],
)
def test_csv_as_excel_writes_it(tmp_path, repo, store, separator, bom, encoding):
    header = ["Référence", "Nom de famille", "Prénoms", "Autres orthographes",
              "Latitude du dernier contact", "Longitude du dernier contact"]  # fmt: skip
    text = separator.join(header)
    text += "\r\n" + separator.join(["SN-2026-0020", "Ba", "Mamadou", '"Mamadu; Mamadou B."',
                                     '"14,69"', '"-17,44"'])  # fmt: skip
    text += "\r\n" + separator.join(["SN-2026-0021", "Kane", "Aïssatou", "", "", ""]) + "\r\n"
    raw = text.encode(encoding)
    path = tmp_path / "cases.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + raw)
    summary = import_case_file(path, store, owner_country="SN")
    assert (summary.format, summary.added, summary.rejected) == ("csv", 2, [])
    found = cases(repo)
    assert found["SN-2026-0020"]["data"]["person"]["other_spellings"] == ["Mamadu", "Mamadou B."]
    assert found["SN-2026-0020"]["data"]["last_contact"]["latitude"] == 14.69
    assert found["SN-2026-0021"]["data"]["person"]["given_names"] == "Aïssatou"


def test_json_as_records_that_travel_or_as_their_data(tmp_path, repo, store):
    record_id = uuid4()
    envelope = {"id": str(record_id), "kind": "missing_case", "rev": 3, "owner_country": "SN",
                "updated_at": "2026-01-01T00:00:00Z", "deleted": False,
                "data": {"reference": "SN-2026-0030", "person": {"family_name": "Sy"}}}  # fmt: skip
    incident = {**envelope, "kind": "incident"}
    envelopes = tmp_path / "envelopes.json"
    envelopes.write_text(json.dumps([envelope, incident]), encoding="utf-8")
    summary = import_case_file(envelopes, store, owner_country="SN")
    assert (summary.format, summary.unit, summary.added) == ("json", "record", 1)
    assert lines(summary) == ["record 2: This record is an incident, not a missing case"]
    assert cases(repo)["SN-2026-0030"]["id"] == str(record_id)  # the record keeps its id

    twins = tmp_path / "twins.json"  # two cases claiming one id: each keeps its own record
    twin = {**envelope, "id": str(uuid4())}
    twins.write_text(
        json.dumps([{**twin, "data": {"reference": f"SN-2026-004{n}",
                                      "person": {"family_name": "Sy"}}} for n in (1, 2)]),
        encoding="utf-8",
    )  # fmt: skip
    assert import_case_file(twins, store, owner_country="SN").added == 2
    assert cases(repo)["SN-2026-0041"]["id"] != cases(repo)["SN-2026-0042"]["id"]

    data_only = tmp_path / "data.json"
    data_only.write_text(
        json.dumps([{"reference": "SN-2026-0031", "person": {"given_names": "Khady"}},
                    {"reference": "SN-2026-0032", "person": {"age": -1, "family_name": "X"}}]),
        encoding="utf-8",
    )  # fmt: skip
    summary = import_case_file(data_only, store, owner_country="SN")
    assert summary.added == 1
    assert lines(summary)[0].startswith("record 2, Age: ")


def test_the_same_file_twice_changes_nothing(tmp_path, db, repo, store):
    path = xlsx(tmp_path / "cases.xlsx", HEADER, GOOD)
    import_case_file(path, store, owner_country="SN")
    before = (cases(repo), Outbox(db).pending())
    again = import_case_file(path, store, owner_country="SN")
    assert str(again) == "0 added, 0 updated, 1 unchanged, 0 rejected"
    assert (cases(repo), Outbox(db).pending()) == before


def test_a_changed_row_updates_the_case_with_that_reference(tmp_path, db, repo, store):
    import_case_file(xlsx(tmp_path / "a.xlsx", HEADER, GOOD), store, owner_country="SN")
    first = cases(repo)["SN-2026-0001"]
    Outbox(db).freeze_batch(100)  # the first version is on its way to the server
    changed = list(GOOD)
    changed[2] = "Ousmane Moussa"
    summary = import_case_file(
        xlsx(tmp_path / "b.xlsx", HEADER, changed), store, owner_country="SN"
    )
    assert str(summary) == "0 added, 1 updated, 0 unchanged, 0 rejected"
    after = cases(repo)["SN-2026-0001"]
    assert after["id"] == first["id"] and len(cases(repo)) == 1
    assert after["data"]["person"]["given_names"] == "Ousmane Moussa"
    assert Outbox(db).pending() == 2  # a new entry for the change


def test_a_column_the_file_leaves_out_keeps_the_stored_value(tmp_path, repo, store):
    import_case_file(xlsx(tmp_path / "a.xlsx", HEADER, GOOD), store, owner_country="SN")
    partial = xlsx(tmp_path / "b.xlsx", ["Reference", "Status"], ["SN-2026-0001", "Tracing"])
    summary = import_case_file(partial, store, owner_country="SN")
    assert summary.updated == 1
    data = cases(repo)["SN-2026-0001"]["data"]
    assert data["status"] == "tracing" and data["person"]["family_name"] == "Sarr"


def test_reference_prefix_must_be_the_owner_country(tmp_path, repo, store):
    path = xlsx(tmp_path / "gm.xlsx", HEADER, ["GM-2026-0001", "Jallow"], ["SN-26-1", "Jallow"])
    summary = import_case_file(path, store, owner_country="SN")
    assert summary.added == 0
    assert lines(summary)[0] == (
        "row 2, Reference: Reference “GM-2026-0001” must start with SN-, "
        "the country the case belongs to"
    )
    assert lines(summary)[1].startswith("row 3, Reference: Reference “SN-26-1” must look like")
    assert reference_problem("sn-2026-0001", "SN") is None
    assert reference_problem("SN-2026-0001", None) is None


def test_a_reference_twice_in_one_file(tmp_path, repo, store):
    other = list(GOOD)
    other[1] = "Sall"
    path = xlsx(tmp_path / "twice.xlsx", HEADER, GOOD, GOOD, other)
    summary = import_case_file(path, store, owner_country="SN")
    assert (summary.added, summary.duplicates) == (1, 1)
    assert lines(summary) == [
        "row 4, Reference: SN-2026-0001 is already on row 2 with other values; keep one of the two"
    ]


def test_exports_reimport_unchanged(tmp_path, repo, store):
    import_case_file(xlsx(tmp_path / "a.xlsx", HEADER, GOOD), store, owner_country="SN")
    repo.save(
        "missing_case",
        {"reference": "SN-2026-0099", "status": "referred",
         "person": {"family_name": "Ndour", "languages": ["Wolof", "French"]},
         "journey": {"departure_country": "SN", "transit_points": ["Nouadhibou", "Dakhla"]},
         "last_contact": {"date": "2025-12-01", "latitude": 20.9, "longitude": -17.05,
                          "circumstances": "Called from a boat"},
         "enquirer": {"name": "Fatou Ndour", "relationship": "sister"},
         "consent": {"data_sharing": True, "rfl_referral": True},
         "referrals": [{"organisation": "Red Cross Senegal", "date": "2026-01-05",
                        "reference": "RFL-7"}, {"organisation": "IOM"}],
         "incident": str(uuid4()), "notes": "Line one\nline two"},
        owner_country="SN",
    )  # fmt: skip
    exports = {
        "with.xlsx": lambda p: write_xlsx(
            p, "missing_case", repo.envelopes("missing_case"), include_personal=True
        ),
        "without.xlsx": lambda p: write_xlsx(p, "missing_case", repo.envelopes("missing_case")),
        "all.json": lambda p: write_records_json(p, repo.envelopes("missing_case")),
    }
    before = cases(repo)
    for name, write in exports.items():
        write(tmp_path / name)
        summary = import_case_file(tmp_path / name, store, owner_country="SN")
        assert str(summary) == "0 added, 0 updated, 2 unchanged, 0 rejected", name
        assert not summary.warnings, name
    assert cases(repo) == before


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_template_is_readable_and_imports_once_filled(tmp_path, repo, store, language):
    path = tmp_path / "template.xlsx"
    assert write_template(path, "missing_case", language=language) == len(CASE_COLUMNS)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames[1] == INSTRUCTIONS_SHEET
    sheet = workbook.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    assert header == [column.header(language) for column in CASE_COLUMNS]
    assert header[:3] == (
        ["Reference", "Status", "Family name"] if language == "en"
        else ["Référence", "Statut", "Nom de famille"]
    )  # fmt: skip
    rules = {
        str(rule.sqref).split(":")[0]: rule.formula1
        for rule in sheet.data_validations.dataValidation
    }
    assert rules["B2"] == '"open,tracing,referred,found_alive,deceased_identified,closed"'
    yes_no = '"Yes,No"' if language == "en" else '"Oui,Non"'
    assert yes_no in rules.values()
    instructions = " ".join(
        str(c.value) for row in workbook[INSTRUCTIONS_SHEET].iter_rows() for c in row if c.value
    )
    assert "found_alive" in instructions and "day" in instructions
    explained = {
        row[0]: row[1:] for row in workbook[INSTRUCTIONS_SHEET].iter_rows(values_only=True)
    }
    for column in CASE_COLUMNS:
        what, _allowed, personal = explained[column.header(language)]
        assert what, column.en  # every column is explained
        assert personal in (("Yes", "No") if language == "en" else ("Oui", "Non"))
    assert explained[header[2]][2] == ("Yes" if language == "en" else "Oui")  # family name
    values = {"Reference": "SN-2026-0500", "Family name": "Gueye",
              "Date of birth": date(1990, 1, 2),
              "Consent: data sharing": "Yes" if language == "en" else "Oui"}  # fmt: skip
    by_english = {column.en: column.header(language) for column in CASE_COLUMNS}
    filled = [values.get(english) for english in by_english]
    sheet.append(filled)
    workbook.save(path)
    summary = import_case_file(path, store, owner_country="SN")
    assert str(summary) == "1 added, 0 updated, 0 unchanged, 0 rejected"
    data = cases(repo)["SN-2026-0500"]["data"]
    assert data["person"]["date_of_birth"] == "1990-01-02" and data["consent"]["data_sharing"]


def test_files_that_cannot_be_read_at_all(tmp_path, store):
    not_template = xlsx(tmp_path / "other.xlsx", ["Name", "Town"], ["Sarr", "Dakar"])
    broken_json = tmp_path / "broken.json"
    broken_json.write_text('[{"reference": ', encoding="utf-8")
    not_a_list = tmp_path / "object.json"
    not_a_list.write_text('{"reference": "SN-2026-0001"}', encoding="utf-8")
    twice = xlsx(tmp_path / "twice.xlsx", ["Reference", "Référence"], ["SN-2026-0001", "x"])
    expected = {
        not_template: "the first row must hold the template's column names",
        broken_json: "the JSON is malformed at line 1",
        not_a_list: "the JSON must be a list of cases",
        twice: "the columns “Reference” and “Référence” are the same field",
        tmp_path / "nope.csv": "There is no file at",
    }
    for path, message in expected.items():
        with pytest.raises(UnreadableFile, match=message):
            import_case_file(path, store, owner_country="SN")


def test_progress_is_reported_per_chunk(tmp_path, store):
    rows = [[f"SN-2026-{n:04d}", f"Name {n}"] for n in range(1, 8)]
    path = xlsx(tmp_path / "many.xlsx", ["Reference", "Family name"], *rows)
    seen = []
    summary = import_case_file(
        path, store, owner_country="SN", progress=lambda *a: seen.append(a), chunk_size=3
    )
    assert summary.added == 7
    assert seen == [(0, 7), (3, 7), (6, 7), (7, 7)]


def test_an_export_imported_into_another_profile_keeps_the_record_ids(tmp_path, repo, store):
    from desktop.config.paths import ProfilePaths
    from desktop.storage.profile import open_profile

    import_case_file(xlsx(tmp_path / "a.xlsx", HEADER, GOOD), store, owner_country="SN")
    write_xlsx(
        tmp_path / "e.xlsx", "missing_case", repo.envelopes("missing_case"), include_personal=True
    )
    other_db = open_profile(ProfilePaths(tmp_path / "other"))
    try:
        other = RecordRepository(other_db)
        summary = import_case_file(tmp_path / "e.xlsx", CaseImportStore(other), owner_country="SN")
        assert summary.added == 1
        assert cases(other)["SN-2026-0001"]["id"] == cases(repo)["SN-2026-0001"]["id"]
        assert cases(other)["SN-2026-0001"]["data"] == cases(repo)["SN-2026-0001"]["data"]
    finally:
        other_db.close()
