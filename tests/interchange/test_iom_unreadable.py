"""Files that cannot be read at all raise `UnreadableFile` with a reason a person can act on."""

from __future__ import annotations

import json

import pytest

from desktop.interchange import UnreadableFile, read_iom_file


def refused(path) -> str:
    with pytest.raises(UnreadableFile) as caught:
        read_iom_file(path)
    return str(caught.value)


def test_a_missing_file(tmp_path):
    assert refused(tmp_path / "nowhere.csv").startswith("There is no file at")


def test_a_folder(tmp_path):
    assert "is a folder" in refused(tmp_path)


@pytest.mark.parametrize("content", [b"", b"   \n\r\n", b"\xef\xbb\xbf"])
def test_an_empty_file(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    assert refused(path) == "The file is empty"


def test_a_binary_file(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert refused(path).startswith("The file is binary, not text")


def test_an_excel_workbook_named_csv(tmp_path):
    path = tmp_path / "incidents.csv"
    path.write_bytes(b"PK\x03\x04" + b"\x14" * 40)
    assert "Excel workbook" in refused(path)


def test_utf16_text(tmp_path, sample_csv):
    path = tmp_path / "utf16.csv"
    path.write_bytes(sample_csv.read_text(encoding="utf-8").encode("utf-16"))
    assert "UTF-16" in refused(path)


def test_text_that_is_not_utf8(tmp_path, sample_csv):
    path = tmp_path / "latin1.csv"
    path.write_bytes(sample_csv.read_text(encoding="utf-8").encode("cp1252", errors="replace"))
    assert refused(path).startswith("The file is not UTF-8 text")


def test_a_web_page(tmp_path):
    path = tmp_path / "download.csv"
    path.write_text("<!DOCTYPE html><html><body>Access denied</body></html>", "utf-8")
    assert "web page" in refused(path)


def test_a_csv_with_other_columns(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("Name,Town,Phone\nA,B,C\n", encoding="utf-8")
    message = refused(path)
    assert "not IOM's Missing Migrants CSV" in message
    assert "“Incident Date”" in message and "“Name”, “Town”, “Phone”" in message


def test_a_csv_without_a_date_column(make_csv, sample_table):
    header, rows = sample_table
    renamed = ["When" if name == "Incident Date" else name for name in header]
    assert "“Incident Date”" in refused(make_csv(rows[:2], header=renamed))


def test_a_csv_with_an_unclosed_quote_still_reads_good_rows_or_fails_clearly(tmp_path):
    header = '"Main ID","Incident ID","Incident Date"\n'
    path = tmp_path / "quote.csv"
    path.write_text(header + 'A,A,"Thu, 01/01/2026 - 12:00\n', encoding="utf-8")
    rows = list(read_iom_file(path))  # the csv module reads to the end of the file
    assert len(rows) == 1 and rows[0].line == 2


def test_json_that_is_not_a_list(make_json, sample_records):
    message = refused(make_json({"records": sample_records}))
    assert message.startswith("The JSON file holds an object, not a list of IOM records")


def test_broken_json_names_line_and_column(tmp_path, sample_json):
    text = sample_json.read_text(encoding="utf-8")
    path = tmp_path / "broken.json"
    path.write_text(text.replace('"region": "Mediterranean",', '"region": "Mediterranean"', 1))
    assert refused(path).startswith("The JSON is broken at line 28, column 3")


def test_truncated_json(tmp_path, sample_json):
    path = tmp_path / "cut.json"
    path.write_text(sample_json.read_text(encoding="utf-8")[:3000], encoding="utf-8")
    assert refused(path).startswith("The JSON is broken at line")


def test_json_with_no_iom_fields(make_json):
    assert "no IOM fields" in refused(make_json([{"name": "x"}, {"name": "y"}]))


def test_json_with_data_after_the_list(tmp_path):
    path = tmp_path / "extra.json"
    path.write_text(json.dumps([]) + "\n[]", encoding="utf-8")
    assert refused(path).startswith("The JSON is broken at line 2")
