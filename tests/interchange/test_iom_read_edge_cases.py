"""Edge cases built from the samples: each bad row is refused with its line and a reason."""

from __future__ import annotations

from desktop.domain.reference.iom import CAUSES_OF_DEATH
from desktop.interchange import read_iom_file

HARSH = "Harsh environmental conditions / lack of adequate shelter, food, water"


def rows_by_line(path):
    return {row.line: row for row in read_iom_file(path)}


def test_with_and_without_bom_read_the_same(make_csv):
    plain = [row.data for row in read_iom_file(make_csv(name="plain.csv"))]
    bom = [row.data for row in read_iom_file(make_csv(bom=True, name="bom.csv"))]
    assert plain == bom and len(plain) == 238


def test_json_with_bom_reads(tmp_path, sample_json):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + sample_json.read_bytes())
    assert sum(row.ok for row in read_iom_file(path)) == 60


def test_a_bad_number_rejects_only_its_row(make_csv):
    rows = rows_by_line(make_csv(edits={(4, "Number Dead"): "about 3"}))
    assert not rows[6].ok
    assert rows[6].reason.startswith("Number Dead: “about 3” is not a whole number")
    assert [row.errors[0].field for row in rows.values() if not row.ok] == ["number_dead"]
    assert sum(row.ok for row in rows.values()) == 237


def test_numbers_written_loosely_are_understood(make_csv):
    path = make_csv(edits={(0, "Number Dead"): " 1,200 ", (1, "Number of Survivors"): "3.0"})
    rows = rows_by_line(path)
    assert rows[2].data["number_dead"] == 1200
    assert rows[3].data["number_survivors"] == 3


def test_a_bad_date_says_how_to_write_it(make_csv):
    rows = rows_by_line(
        make_csv(
            edits={
                (0, "Incident Date"): "yesterday",
                (1, "Incident Date"): "Thu, 31/01/2026 - 12:00",  # day first: wrong
                (2, "Incident Date"): "",
            }
        )
    )
    assert "“yesterday” is not a date" in rows[2].reason
    assert "month first" in rows[3].reason
    # An empty date is placed by the row's Year and Reported Month, and said so.
    assert rows[4].ok and rows[4].data["incident_date"] == "2026-01-01"
    assert rows[4].data["incident_date_precision"] == "month"
    assert rows[4].warnings[0].message == (
        "Incident Date: empty; the incident is kept in January 2026, from its Year and "
        "Reported Month (date known to the month only)"
    )


def test_a_row_that_nothing_places_in_time_is_refused(make_csv):
    edits = {(0, "Incident Date"): "", (0, "Year"): "", (0, "Reported Month"): ""}
    edits |= {(0, "Main ID"): "MMP0001", (0, "Incident ID"): "MMP0001"}
    rows = rows_by_line(make_csv(edits=edits))
    assert rows[2].reason == (
        "Incident Date: missing, and nothing else in the record gives its year; "
        "every incident needs at least the year it happened"
    )


def test_iso_dates_and_a_wrong_weekday_are_accepted(make_csv):
    path = make_csv(edits={(0, "Incident Date"): "2026-01-02", (1, "Incident Date"): "01/03/2026"})
    rows = rows_by_line(path)
    assert rows[2].data["incident_date"] == "2026-01-02"
    assert rows[3].data["incident_date"] == "2026-01-03"


def test_bad_coordinates_are_refused(make_csv):
    edits = {
        (0, "Coordinates"): "37.3 42.9",
        (1, "Coordinates"): "north, south",
        (2, "Coordinates"): "95.0, 10.0",
    }
    rows = rows_by_line(make_csv(edits=edits))
    assert "is not “latitude, longitude”" in rows[2].reason
    assert "is not “latitude, longitude”" in rows[3].reason
    assert rows[4].reason == "Latitude must be between -90 and 90"


def test_empty_coordinates_mean_unknown(make_csv):
    rows = rows_by_line(make_csv(edits={(0, "Coordinates"): ""}))
    assert (rows[2].data["latitude"], rows[2].data["longitude"]) == (None, None)


def test_a_cell_with_several_causes_is_split_on_iom_categories(make_csv):
    edits = {
        (0, "Cause of Death"): f"Drowning,{HARSH}",
        (1, "Cause of Death"): f"{HARSH}, Violence, mixed or UNKNOWN",
        (2, "Cause of Death"): "",
    }
    rows = rows_by_line(make_csv(edits=edits))
    assert rows[2].data["cause_of_death"] == ["Drowning", HARSH]
    assert rows[3].data["cause_of_death"] == [HARSH, "Violence", "Mixed or unknown"]
    assert rows[4].data["cause_of_death"] == []


def test_an_older_cause_maps_to_categories_and_keeps_its_text(make_csv):
    edits = {(0, "Cause of Death"): "Drowning, Hypothermia", (1, "Cause of Death"): "Zzyzx"}
    rows = rows_by_line(make_csv(edits=edits))
    assert rows[2].data["cause_of_death"] == ["Drowning", HARSH] and not rows[2].warnings
    assert rows[2].data["cause_of_death_reported"] == "Drowning, Hypothermia"
    assert rows[3].data["cause_of_death"] == [CAUSES_OF_DEATH[-1]]
    assert rows[3].data["cause_of_death_reported"] == "Zzyzx"
    assert "“Zzyzx” matches none of IOM's causes" in rows[3].warnings[0].message


def test_html_entities_and_stray_whitespace_are_cleaned(make_csv):
    edits = {
        (0, "Location of death"): "Sant&#039;Antioco, Sardinia &amp; Corsica\n",
        (1, "URL"): "https://example.org/?a=1&copy=2",
    }
    first, second = list(read_iom_file(make_csv(edits=edits)))[:2]
    assert first.data["location"] == "Sant'Antioco, Sardinia & Corsica"
    assert second.line == 4  # the location cell spans two lines
    assert second.data["url"] == "https://example.org/?a=1&copy=2"  # not an entity: kept


def test_source_quality_outside_1_to_5_is_refused(make_csv):
    rows = rows_by_line(make_csv(edits={(0, "Source Quality"): "7"}))
    assert rows[2].reason == "Source quality must be between 1 and 5"


def test_line_numbers_follow_multi_line_cells(make_csv, sample_table):
    rows = sample_table[1][:4]
    path = make_csv(
        rows,
        edits={
            (0, "Location of death"): "First line\nsecond line\nthird line",
            (2, "Number Dead"): "x",
        },
    )
    found = list(read_iom_file(path))
    assert [row.line for row in found] == [2, 5, 6, 7]
    assert found[0].data["location"] == "First line\nsecond line\nthird line"
    assert not found[2].ok and found[2].line == 6


def test_blank_lines_are_skipped_but_counted(tmp_path, sample_csv):
    lines = sample_csv.read_text(encoding="utf-8").split("\n")
    path = tmp_path / "blank.csv"
    path.write_text("\n".join([lines[0], lines[1], "", lines[2]]) + "\r\n", encoding="utf-8")
    assert [(row.line, row.index) for row in read_iom_file(path)] == [(2, 1), (4, 2)]


def test_a_row_with_too_few_cells_is_refused(tmp_path, sample_csv):
    lines = sample_csv.read_text(encoding="utf-8").split("\n")
    path = tmp_path / "short.csv"
    path.write_text("\n".join([lines[0], lines[1], "2026.MMP9,2026.MMP9,Europe"]), "utf-8")
    first, second = read_iom_file(path)
    assert first.ok and not second.ok and second.line == 3
    assert "has 3 cells where the header has 22" in second.reason


def test_semicolon_separated_csv_is_read(tmp_path, sample_table):
    header, rows = sample_table
    text = "\n".join(";".join(f'"{cell}"' for cell in row) for row in [header, *rows[:3]])
    path = tmp_path / "excel.csv"
    path.write_text(text, encoding="utf-8")
    assert [row.data["incident_id"] for row in read_iom_file(path)] == [
        "2026.MMP0001",
        "2026.MMP0002",
        "2026.MMP0003",
    ]


def test_json_record_problems_name_the_record_and_its_web_id(make_json, sample_records):
    records = [dict(r) for r in sample_records[:3]]
    records[1]["number_dead"] = "two"
    records[2]["location_coodinates"] = "36.1"
    path = make_json([records[0], "not an object", records[1], records[2]], indent=None)
    rows = list(read_iom_file(path))
    assert [row.line for row in rows] == [1, 1, 1, 1]  # all on one line, indices differ
    assert [row.index for row in rows] == [1, 2, 3, 4]
    assert [str(row.where) for row in rows] == [
        "record 1 (2025.MMP0937)",
        "record 2",
        "record 3 (2025.MMP0992)",
        "record 4 (2025.MMP1000)",
    ]
    assert rows[1].reason == "The record is not an object of IOM fields"
    assert rows[2].reason.startswith("number_dead: “two” is not a whole number")
    assert rows[3].reason.startswith("location_coodinates: “36.1” is not")


def test_json_numbers_may_be_real_numbers(make_json, sample_records):
    record = dict(sample_records[0], number_missing=4, source_quality=2.0, number_dead=None)
    (row,) = read_iom_file(make_json([record]))
    assert (row.data["number_missing"], row.data["source_quality"]) == (4, 2)
    assert row.data["number_dead"] is None


def test_an_empty_json_list_has_no_rows(make_json):
    iom = read_iom_file(make_json([]))
    assert iom.total == 0 and list(iom) == []


def test_a_header_only_csv_has_no_rows(make_csv):
    iom = read_iom_file(make_csv([]))
    assert iom.total == 0 and list(iom) == []


def test_a_csv_without_incident_id_derives_one_from_main_id(make_csv, sample_table):
    header, rows = sample_table
    keep = [i for i, name in enumerate(header) if name != "Incident ID"]
    trimmed = [[row[i] for i in keep] for row in rows]
    found = list(read_iom_file(make_csv(trimmed, header=[header[i] for i in keep])))
    assert all(row.ok for row in found)
    assert len({row.record_id for row in found}) == 238
    assert found[0].data["incident_id"].startswith("2026.MMP0001-")
