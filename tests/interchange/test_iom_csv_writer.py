"""IOM CSV export: IOM's exact layout, and reading it back gives the same incidents."""

from __future__ import annotations

import csv

from desktop.interchange import read_iom_file, write_iom_csv
from desktop.interchange.iom_country import country_from_location
from desktop.interchange.iom_csv_writer import _line, incident_cells
from desktop.interchange.iom_layout import CSV_HEADER

HARSH = "Harsh environmental conditions / lack of adequate shelter, food, water"


def incidents(path):
    return [row.data for row in read_iom_file(path)]


def test_csv_round_trip_of_the_download(tmp_path, sample_csv):
    original = incidents(sample_csv)
    out = tmp_path / "export.csv"
    assert write_iom_csv(out, original) == 238
    assert incidents(out) == original


REPORTED = CSV_HEADER.index("Cause of Death (reported)")


def test_the_export_is_byte_for_byte_iom_layout_plus_the_reported_cause(tmp_path, sample_csv):
    out = tmp_path / "export.csv"
    write_iom_csv(out, incidents(sample_csv))
    ours = out.read_text(encoding="utf-8").split("\n")
    theirs = sample_csv.read_text(encoding="utf-8").split("\n")
    assert len(ours) == len(theirs)
    assert ours[0] == theirs[0].replace(
        '"Cause of Death",', '"Cause of Death","Cause of Death (reported)",'
    )
    # Without the added column, each row is IOM's own line, byte for byte.
    iom_only = [_line(CSV_HEADER[:REPORTED] + CSV_HEADER[REPORTED + 1 :])] + [
        _line(cells[:REPORTED] + cells[REPORTED + 1 :])
        for cells in map(incident_cells, incidents(sample_csv))
    ]
    differing = [i + 1 for i, (a, b) in enumerate(zip(iom_only, theirs, strict=True)) if a != b]
    assert differing == [162, 197]  # IOM's negative corrections, which incidents cannot hold
    assert iom_only[161].replace(",0,,,,,", ",0,-1,,,,") == theirs[161]


def test_header_dates_months_and_coordinates(tmp_path, sample_csv):
    out = tmp_path / "export.csv"
    write_iom_csv(out, incidents(sample_csv)[:1])
    with out.open(encoding="utf-8", newline="") as stream:
        header, row = list(csv.reader(stream))
    assert tuple(header) == CSV_HEADER
    cells = dict(zip(header, row, strict=True))
    assert cells["Incident Date"] == "Thu, 01/01/2026 - 12:00"
    assert (cells["Year"], cells["Reported Month"]) == ("2026", "January")
    assert cells["Coordinates"] == "37.34265178, 42.99259985"


def test_several_causes_are_joined_as_iom_does(tmp_path, sample_csv):
    data = dict(incidents(sample_csv)[0], cause_of_death=["Drowning", HARSH, "Violence"])
    out = tmp_path / "export.csv"
    write_iom_csv(out, [data])
    assert f'"Drowning,{HARSH},Violence"' in out.read_text(encoding="utf-8")
    assert incidents(out) == [data]


def test_json_incidents_round_trip_except_what_iom_csv_has_no_column_for(tmp_path, sample_json):
    original = incidents(sample_json)
    out = tmp_path / "export.csv"
    write_iom_csv(out, original)
    # The CSV has no country column: reading it back takes the country the location ends with.
    assert incidents(out) == [
        dict(d, country_of_incident=country_from_location(d["location"])) for d in original
    ]


def test_text_with_quotes_and_line_breaks_survives(tmp_path, sample_csv):
    data = dict(incidents(sample_csv)[0], location='Beach "La Caleta"\nnorth side', latitude=None)
    data.update(longitude=None, country_of_incident=None)
    out = tmp_path / "export.csv"
    write_iom_csv(out, [data, incidents(sample_csv)[1]])
    back = list(read_iom_file(out))
    assert back[0].data == data and back[1].line == 4


def test_excel_bom_is_optional(tmp_path, sample_csv):
    out = tmp_path / "excel.csv"
    write_iom_csv(out, incidents(sample_csv), excel_bom=True)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert incidents(out) == incidents(sample_csv)


def test_no_incidents_gives_the_header_alone(tmp_path):
    out = tmp_path / "empty.csv"
    assert write_iom_csv(out, []) == 0
    assert out.read_text(encoding="utf-8").startswith('"Main ID","Incident ID",Region,')
    assert list(read_iom_file(out)) == []
