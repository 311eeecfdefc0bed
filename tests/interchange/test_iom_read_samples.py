"""IOM's own files read in full: every distinct incident kept, with stable identities."""

from __future__ import annotations

from collections import Counter
from uuid import NAMESPACE_URL, uuid5

from desktop.interchange import CSV_FORMAT, IOM_NAMESPACE, JSON_FORMAT, read_iom_file, record_id


def test_the_csv_download_keeps_all_238_incidents(sample_csv):
    iom = read_iom_file(sample_csv)
    rows = list(iom)
    assert iom.format == CSV_FORMAT
    assert iom.total == len(rows) == 238
    assert all(row.ok for row in rows)
    assert len({row.record_id for row in rows}) == 238
    assert len({row.data["main_id"] for row in rows}) == 211  # Main ID groups incidents


def test_csv_rows_carry_their_line_and_normalised_fields(sample_csv):
    first, second = list(read_iom_file(sample_csv))[:2]
    assert (first.line, first.index, second.line) == (2, 1, 3)
    assert first.data == {
        "incident_id": "2026.MMP0001",
        "main_id": "2026.MMP0001",
        "incident_date": "2026-01-01",
        "incident_date_precision": "day",
        "region": "Western Asia",
        "country_of_incident": "Türkiye",  # the CSV has none: the location ends with it
        "location": "In the snow 5km away from Ortasu/Roboski village, Şırnak, Türkiye",
        "latitude": 37.34265178,
        "longitude": 42.99259985,
        "route": "Türkiye-Europe land route",
        "number_dead": 1,
        "number_missing": 0,
        "number_survivors": None,
        "number_females": None,
        "number_males": 1,
        "number_children": None,
        "cause_of_death": [
            "Harsh environmental conditions / lack of adequate shelter, food, water"
        ],
        "cause_of_death_reported": None,  # IOM's own category: nothing else reported
        "region_of_origin": "Western Asia",
        "country_of_origin": "Iraq",
        "source": "964media, Rudaw",
        "url": "https://perma.cc/C936-8SNV, https://perma.cc/Z83T-X4LD, https://perma.cc/B58L-XY9B",
        "source_quality": 3,
        "unsd_grouping": "Western Asia",
    }
    assert first.record_id == record_id("2026.MMP0001")


def test_iom_negative_corrections_keep_the_incident_and_warn(sample_csv):
    rows = {row.line: row for row in read_iom_file(sample_csv)}
    assert rows[162].ok and rows[162].data["number_survivors"] is None
    assert rows[197].ok and rows[197].data["number_missing"] is None
    assert "-1" in rows[162].warnings[0].message
    assert "Minimum Estimated Number of Missing: -5" in rows[197].warnings[0].message
    assert sum(bool(row.warnings) for row in rows.values()) == 2


def test_the_api_json_keeps_every_distinct_incident(sample_json):
    iom = read_iom_file(sample_json)
    rows = list(iom)
    assert iom.format == JSON_FORMAT
    assert iom.total == len(rows) == 60
    assert all(row.ok for row in rows)
    ids = Counter(row.record_id for row in rows)
    assert len(ids) == 59  # records 50 and 51 (web_id 2025.MMP0916) are exact twins
    (twin,) = [i for i, n in ids.items() if n == 2]
    twins = [row for row in rows if row.record_id == twin]
    assert [row.index for row in twins] == [50, 51]
    assert twins[0].data == twins[1].data


def test_json_incidents_sharing_web_id_date_place_get_an_ordinal(sample_json):
    rows = [row for row in read_iom_file(sample_json) if row.data["main_id"] == "2025.MMP0920"]
    first, second = (row.data["incident_id"] for row in rows)
    assert second == first + "-2"
    assert first.startswith("2025.MMP0920-") and len(first) == len("2025.MMP0920-") + 8


def test_json_ids_are_the_same_on_every_read(sample_json):
    once = [(row.record_id, row.data["incident_id"]) for row in read_iom_file(sample_json)]
    again = [(row.record_id, row.data["incident_id"]) for row in read_iom_file(sample_json)]
    assert once == again


def test_json_lines_point_at_each_record(sample_json):
    rows = list(read_iom_file(sample_json))
    lines = sample_json.read_text(encoding="utf-8").split("\n")
    assert rows[0].line == 2
    for row in rows:
        assert lines[row.line - 1].strip() == "{"
        assert f'"web_id": "{row.data["main_id"]}"' in lines[row.line]


def test_json_text_is_cleaned(sample_json):
    by_id = {row.data["main_id"]: row.data for row in read_iom_file(sample_json)}
    assert by_id["2025.MMP1000"]["source"] == "Balıkesir Governor's Office, Reuters"
    assert (
        by_id["2025.MMP1000"]["location"] == "Off the coast of Badavut, Ayvalık/Balıkesir, Türkiye"
    )
    assert by_id["2025.MMP1000"]["country_of_incident"] == "Türkiye"
    assert by_id["2025.MMP0937"]["number_dead"] is None  # "" means unknown
    assert by_id["2025.MMP0937"]["incident_date"] == "2025-09-08"


def test_the_record_namespace_is_the_documented_one():
    assert uuid5(NAMESPACE_URL, "https://missingmigrants.iom.int/") == IOM_NAMESPACE
    assert record_id("2026.MMP0001") == uuid5(IOM_NAMESPACE, "iom-incident:2026.MMP0001")


def test_derived_ids_stay_as_they_were_and_a_year_only_date_gets_its_own(make_json, sample_json):
    by_web_id = {row.data["main_id"]: row.data["incident_id"] for row in read_iom_file(sample_json)}
    assert by_web_id["2025.MMP0937"] == "2025.MMP0937-8a1bf1c8"  # as every earlier import made it
    record = {"web_id": "2019.MMP01859", "location_description": "Off Zuwara, Libya"}
    year_only, first_of_january = read_iom_file(
        make_json([dict(record, reported_date=""), dict(record, reported_date="2019-01-01")])
    )
    assert year_only.data["incident_date"] == first_of_january.data["incident_date"]
    assert year_only.data["incident_id"] != first_of_january.data["incident_id"]
    assert not first_of_january.data["incident_id"].endswith("-2")  # not an ordinal: two ids
