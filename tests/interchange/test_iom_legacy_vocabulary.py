"""IOM's records from before its seven categories (2014–2021), in files written for this test:
every incident is kept in a real encrypted profile, its free-text cause mapped to categories
with the text kept, an empty date placed in its year, warnings where something was guessed,
and the export writes both cause columns and reads back the same."""

from __future__ import annotations

import csv
import io
import json

import openpyxl
import pytest

from desktop.config.paths import ProfilePaths
from desktop.domain.reference.iom import CAUSES_OF_DEATH
from desktop.interchange import import_iom_file, write_iom_csv, write_records_json, write_xlsx
from desktop.storage.import_store import ImportStore
from desktop.storage.profile import open_profile
from desktop.storage.records import RecordRepository

DROWNING, HARSH, VEHICLE, VIOLENCE, SICKNESS, ACCIDENT, UNKNOWN = CAUSES_OF_DEATH

# (reported cause as IOM wrote it, the categories it must map to)
LEGACY = [
    ("Presumed drowning", [DROWNING]),
    ("Car Accident", [VEHICLE]),
    ("Unknown (skeletal remains)", [UNKNOWN]),
    ("Hypothermia", [HARSH]),
    ("Shot", [VIOLENCE]),
    ("Sickness and lack of access to medicines", [SICKNESS]),
    ("Dehydration", [HARSH]),
    ("Hypothermia, Drowning", [HARSH, DROWNING]),
    ("Vehicle_Accident ", [VEHICLE]),
    ("Fell from train", [VEHICLE]),
    ("Xq blorfnik", [UNKNOWN]),  # nothing a rule knows: kept, with a warning
]
CURRENT = "Drowning"  # a current category: mapped to itself, nothing "reported" kept


def json_records() -> list[dict]:
    records = []
    for n, (cause, _) in enumerate([*LEGACY, (CURRENT, None)], start=1):
        records.append(
            {
                "web_id": f"2016.MMP{n:05d}",
                "region": "Mediterranean",
                "reported_date": f"2016-03-{n:02d}",
                "number_dead": str(n),
                "number_missing": "",
                "total_dead_and_missing": str(n),
                "cause_death": cause,
                "country_of_incident": "Libya",
                "location_description": f"Off Zuwara, Libya ({n})\n",
                "location_coodinates": f"32.9{n}, 12.0{n}",
                "migration_route": "Central Mediterranean",
                "source_quality": "3",
            }
        )
    records.append(dict(records[0], web_id="2019.MMP01859", reported_date=""))  # year only
    records.append(dict(records[1], web_id="MMP-no-year", reported_date=""))  # cannot place
    return records


# The layout of IOM's older CSV downloads: Web ID, Reported Date, Location Description, …
OLD_HEADER = [
    "Web ID", "Region of Incident", "Reported Date", "Reported Year", "Reported Month",
    "Number Dead", "Minimum Estimated Number of Missing", "Total Dead and Missing",
    "Number of Survivors", "Cause of Death", "Location Description", "Information Source",
    "Location Coordinates", "Migration Route", "URL", "UNSD Geographical Grouping",
    "Source Quality",
]  # fmt: skip


def csv_text() -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(OLD_HEADER)
    for n, (cause, _) in enumerate([*LEGACY, (CURRENT, None)], start=1):
        day = f"Sat, 01/{n:02d}/2015 - 12:00"
        writer.writerow([
            f"2015.MMP{n:05d}", "US-Mexico Border", day, "2015", "January", str(n), "", str(n),
            "", cause, f"Near Sasabe, Arizona, United States of America ({n})", "Pima County",
            f"31.4{n}, -111.5{n}", "US-Mexico border crossing", "", "Northern America", "4",
        ])  # fmt: skip
    # an empty date placed by the row's Reported Year and Month
    writer.writerow([
        "2015.MMP00099", "US-Mexico Border", "", "2015", "March", "1", "", "1", "",
        "Exposure", "Near Sasabe, Arizona, United States of America", "", "", "", "", "", "4",
    ])  # fmt: skip
    return buffer.getvalue()


@pytest.fixture
def files(tmp_path):
    as_json = tmp_path / "older-api.json"
    as_json.write_text(json.dumps(json_records(), indent=1), encoding="utf-8")
    as_csv = tmp_path / "older-download.csv"
    as_csv.write_text(csv_text(), encoding="utf-8")
    return as_json, as_csv


def stored(db) -> dict[str, dict]:
    return {e["data"]["main_id"]: e["data"] for e in RecordRepository(db).envelopes("incident")}


def test_the_older_vocabulary_is_kept_mapped_warned_and_exported(db, paths, files, tmp_path):
    as_json, as_csv = files
    store = ImportStore(RecordRepository(db))
    from_json = import_iom_file(as_json, store, owner_country="LY")
    from_csv = import_iom_file(as_csv, store, owner_country="LY")
    assert not paths.database.read_bytes().startswith(b"SQLite format 3")  # encrypted

    # Every incident is kept but the one nothing places in time.
    assert (from_json.added, from_csv.added, len(from_csv.rejected)) == (13, 13, 0)
    ((place, reason),) = from_json.rejected
    assert str(place) == "record 14 (MMP-no-year)"
    assert "nothing else in the record gives its year" in reason

    incidents = stored(db)
    for n, (cause, categories) in enumerate(LEGACY, start=1):
        for main_id in (f"2016.MMP{n:05d}", f"2015.MMP{n:05d}"):
            data = incidents[main_id]
            assert data["cause_of_death"] == categories, cause
            assert data["cause_of_death_reported"] == cause.strip()
    for main_id in ("2016.MMP00012", "2015.MMP00012"):
        assert incidents[main_id]["cause_of_death"] == [DROWNING]
        assert incidents[main_id]["cause_of_death_reported"] is None

    year_only = incidents["2019.MMP01859"]
    assert (year_only["incident_date"], year_only["incident_date_precision"]) == (
        "2019-01-01",
        "year",
    )
    by_month = incidents["2015.MMP00099"]
    assert (by_month["incident_date"], by_month["incident_date_precision"]) == (
        "2015-03-01",
        "month",
    )
    assert by_month["cause_of_death"] == [HARSH]
    assert incidents["2015.MMP00001"]["country_of_incident"] == "United States of America"

    # Warnings where something was guessed, at the record or line it concerns.
    json_warnings = {str(place): text for place, text in from_json.warnings}
    assert json_warnings["record 11 (2016.MMP00011)"].startswith(
        "cause_death: “Xq blorfnik” matches none of IOM's causes of death; recorded as "
        "“Mixed or unknown”"
    )
    assert json_warnings["record 13 (2019.MMP01859)"] == (
        "reported_date: empty; the incident is kept in 2019, from its web_id 2019.MMP01859 "
        "(date known to the year only)"
    )
    assert len(from_json.warnings) == 2
    csv_warnings = {str(place): text for place, text in from_csv.warnings}
    assert set(csv_warnings) == {"line 12", "line 14"}
    assert "“Xq blorfnik”" in csv_warnings["line 12"]
    assert "kept in March 2015" in csv_warnings["line 14"]

    # Re-exported: IOM's CSV with both cause columns, the JSON and XLSX with the new fields.
    envelopes = list(RecordRepository(db).envelopes("incident"))
    out = tmp_path / "export.csv"
    assert write_iom_csv(out, [e["data"] for e in envelopes]) == 26
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    row = next(r for r in rows if r["Main ID"] == "2016.MMP00008")
    assert row["Cause of Death"] == f"{HARSH},{DROWNING}"
    assert row["Cause of Death (reported)"] == "Hypothermia, Drowning"
    year_row = next(r for r in rows if r["Main ID"] == "2019.MMP01859")
    assert (year_row["Incident Date"], year_row["Year"], year_row["Reported Month"]) == (
        "",
        "2019",
        "",
    )
    as_records = tmp_path / "export.json"
    write_records_json(as_records, envelopes)
    exported = {r["data"]["main_id"]: r["data"] for r in json.loads(as_records.read_text())}
    assert exported["2015.MMP00002"]["cause_of_death_reported"] == "Car Accident"
    assert exported["2019.MMP01859"]["incident_date_precision"] == "year"
    workbook = tmp_path / "export.xlsx"
    write_xlsx(workbook, "incident", envelopes)
    header = [c.value for c in next(openpyxl.load_workbook(workbook).worksheets[0].iter_rows())]
    assert {"cause_of_death_reported", "incident_date_precision"} <= set(header)

    # The exported CSV imports into another profile as the same incidents.
    other = open_profile(ProfilePaths(tmp_path / "other"))
    try:
        again = import_iom_file(out, ImportStore(RecordRepository(other)), owner_country="LY")
        assert (again.added, again.rejected) == (26, [])
        back = stored(other)
        for main_id, data in incidents.items():
            assert back[main_id] == dict(data, incident_id=back[main_id]["incident_id"])
    finally:
        other.close()


def test_importing_the_older_files_again_changes_nothing(db, files):
    store = ImportStore(RecordRepository(db))
    for path in files:
        import_iom_file(path, store, owner_country="LY")
    for path in files:
        summary = import_iom_file(path, store, owner_country="LY")
        assert (summary.added, summary.updated, summary.unchanged) == (0, 0, 13)
