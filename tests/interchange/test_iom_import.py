"""Importing IOM files into a store: idempotent, updates on a newer export, bad rows reported."""

from __future__ import annotations

import pytest

from desktop.interchange import RecordStore, UnreadableFile, import_iom_file, record_id


def test_the_memory_store_is_a_record_store(store):
    assert isinstance(store, RecordStore)


def test_the_csv_download_imports_every_incident(store, sample_csv):
    summary = import_iom_file(sample_csv, store, owner_country="SN")
    assert (summary.added, summary.updated, summary.unchanged) == (238, 0, 0)
    assert summary.rejected == [] and summary.duplicates == 0
    assert [place.line for place, _ in summary.warnings] == [162, 197]
    assert str(summary.warnings[0][0]) == "line 162"
    assert len(store.data()) == 238 and len(store.outbox) == 238
    assert set(store.owners.values()) == {"SN"}
    assert store.data()[record_id("2026.MMP0001")]["country_of_origin"] == "Iraq"
    assert str(summary).startswith("238 records read: 238 added, 0 updated, 0 unchanged")


def test_importing_the_same_file_again_changes_nothing(store, sample_csv):
    import_iom_file(sample_csv, store, owner_country="SN")
    before = dict(store.records)
    saves = len(store.save_calls)
    summary = import_iom_file(sample_csv, store, owner_country="SN")
    assert (summary.added, summary.updated, summary.unchanged) == (0, 0, 238)
    assert len(store.save_calls) == saves  # nothing written, nothing queued for sync
    assert store.records == before and len(store.outbox) == 238


def test_the_api_json_imports_every_distinct_incident_and_is_idempotent(store, sample_json):
    first = import_iom_file(sample_json, store, owner_country="ES")
    assert (first.added, first.duplicates, first.rejected) == (59, 1, [])
    again = import_iom_file(sample_json, store, owner_country="ES")
    assert (again.added, again.updated, again.unchanged, again.duplicates) == (0, 0, 59, 1)
    assert len(store.data()) == 59


def test_a_newer_export_updates_what_changed(store, make_csv, sample_csv):
    import_iom_file(sample_csv, store, owner_country="SN")
    newer = make_csv(
        edits={(0, "Number Dead"): "2", (5, "Source Quality"): "4", (7, "URL"): "https://x.org"}
    )
    summary = import_iom_file(newer, store, owner_country="SN")
    assert (summary.added, summary.updated, summary.unchanged) == (0, 3, 235)
    assert store.save_calls[-1] == 3
    assert store.data()[record_id("2026.MMP0001")]["number_dead"] == 2


def test_a_newer_export_with_new_incidents_adds_them(store, make_csv, sample_table):
    rows = sample_table[1]
    import_iom_file(make_csv(rows[:200], name="older.csv"), store, owner_country="SN")
    summary = import_iom_file(make_csv(rows, name="newer.csv"), store, owner_country="SN")
    assert (summary.added, summary.unchanged) == (38, 200)


def test_bad_rows_are_reported_by_line_and_good_rows_still_import(store, make_csv):
    path = make_csv(
        edits={
            (0, "Incident Date"): "someday",
            (9, "Coordinates"): "here",
            (237, "Cause of Death"): "Lightning",
        }
    )
    summary = import_iom_file(path, store, owner_country="SN")
    assert summary.added == 236
    assert [str(place) for place, _ in summary.rejected] == ["line 2", "line 11"]
    assert "236 added, 0 updated, 0 unchanged, 2 rejected" in str(summary)
    # A cause no rule knows is kept as "Mixed or unknown" with a warning, never refused.
    (lightning,) = [text for place, text in summary.warnings if place.line == 239]
    assert lightning.startswith("Cause of Death: “Lightning” matches none of IOM's causes")


def test_a_repeated_incident_id_with_other_figures_is_rejected(store, make_csv, sample_table):
    rows = sample_table[1][:3]
    copy = list(rows[0])
    copy[6] = "9"  # Number Dead
    summary = import_iom_file(make_csv([*rows, rows[0], copy]), store, owner_country="SN")
    assert (summary.added, summary.duplicates) == (3, 1)
    assert [(str(place), reason) for place, reason in summary.rejected] == [
        (
            "line 6",
            "Incident ID 2026.MMP0001 is already on line 2 with different figures; "
            "keep one of the two rows",
        )
    ]


def test_imports_go_in_chunks_with_progress(store, sample_csv):
    seen = []
    summary = import_iom_file(
        sample_csv, store, owner_country="SN", progress=lambda *p: seen.append(p), chunk_size=100
    )
    assert seen == [(0, 238), (100, 238), (200, 238), (238, 238)]
    assert store.existing_calls == [100, 100, 38] and store.save_calls == [100, 100, 38]
    assert summary.added == 238


def test_duplicates_across_chunks_are_still_recognised(store, sample_json):
    summary = import_iom_file(sample_json, store, owner_country="ES", chunk_size=50)
    assert (summary.added, summary.duplicates) == (59, 1)  # the twins are rows 50 and 51


def test_fields_the_csv_cannot_hold_are_kept_from_the_store(store, sample_json, tmp_path):
    from desktop.interchange import read_iom_file, write_iom_csv

    import_iom_file(sample_json, store, owner_country="ES")
    exported = tmp_path / "export.csv"
    write_iom_csv(exported, store.data().values())
    summary = import_iom_file(exported, store, owner_country="ES")
    assert (summary.added, summary.updated, summary.unchanged) == (0, 0, 59)
    countries = {d["country_of_incident"] for d in store.data().values()}
    assert None not in countries
    json_countries = [row.data["country_of_incident"] for row in read_iom_file(sample_json)]
    csv_countries = [row.data["country_of_incident"] for row in read_iom_file(exported)]
    assert csv_countries != json_countries  # read from the location text, a guess…
    assert sorted(countries) == sorted(set(json_countries))  # …that never overwrites IOM's


def test_an_unreadable_file_raises_and_touches_nothing(store, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x00\x01\x02")
    with pytest.raises(UnreadableFile, match="binary"):
        import_iom_file(path, store, owner_country="SN")
    assert store.records == {} and store.existing_calls == []


def test_an_empty_list_imports_nothing(store, make_json):
    summary = import_iom_file(make_json([]), store, owner_country="SN", progress=lambda *p: None)
    assert (summary.total, summary.added, store.save_calls) == (0, 0, [])


def test_records_stored_before_the_newer_fields_are_unchanged_by_the_same_file(store, sample_json):
    import json

    import_iom_file(sample_json, store, owner_country="ES")
    for key, text in store.records.items():  # as an earlier version stored them
        data = json.loads(text)
        del data["incident_date_precision"], data["cause_of_death_reported"]
        store.records[key] = json.dumps(data)
    saves = len(store.save_calls)
    summary = import_iom_file(sample_json, store, owner_country="ES")
    assert (summary.updated, summary.unchanged) == (0, 59)
    assert len(store.save_calls) == saves
