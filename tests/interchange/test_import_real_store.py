"""Importing into the real encrypted profile: every incident goes through the outbox (so it
syncs), re-importing writes nothing, and a newer export updates in place."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from uuid import UUID

from desktop.config.paths import ProfilePaths
from desktop.interchange import import_iom_file
from desktop.storage.import_store import ImportStore
from desktop.storage.listing import ListQuery, RecordListing
from desktop.storage.outbox import Outbox
from desktop.storage.profile import open_profile
from desktop.storage.records import RecordRepository

SAMPLE = Path(__file__).with_name("samples") / "MissingMigrants-Global-2026-05-06.csv"


def test_imported_incidents_are_queued_for_sync_and_updated_in_place(tmp_path):
    db = open_profile(ProfilePaths(tmp_path / "profile"))
    try:
        store = ImportStore(RecordRepository(db))
        first = import_iom_file(SAMPLE, store, owner_country="SN")
        assert (first.added, len(first.rejected)) == (238, 0)
        assert Outbox(db).pending() == 238
        assert RecordListing(db).count(ListQuery("incident")) == 238

        again = import_iom_file(SAMPLE, store, owner_country="SN")
        assert (again.added, again.updated, again.unchanged) == (0, 0, 238)
        assert Outbox(db).pending() == 238  # unsent entries are reused, never doubled

        rows = list(csv.reader(io.StringIO(SAMPLE.read_text(encoding="utf-8-sig"))))
        header, first_row = rows[0], rows[1]
        first_row[header.index("Number Dead")] = "7"  # IOM revised its figure
        newer = tmp_path / "newer.csv"
        with newer.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(rows)
        revised = import_iom_file(newer, store, owner_country="SN")
        assert (revised.added, revised.updated, revised.unchanged) == (0, 1, 237)
        found = RecordListing(db).page(ListQuery("incident", search=first_row[1])).rows
        record = RecordRepository(db).get(UUID(found[0].id))
        assert record.data["number_dead"] == 7
    finally:
        db.close()


def test_the_incidents_list_shows_the_country_a_csv_location_ends_with(tmp_path):
    # IOM's CSV has no country column; the list's Country column comes from the location.
    db = open_profile(ProfilePaths(tmp_path / "profile"))
    try:
        import_iom_file(SAMPLE, ImportStore(RecordRepository(db)), owner_country="SN")
        rows = RecordListing(db).page(ListQuery("incident"), limit=300).rows
        by_id = {row.label: row.status for row in rows}
        assert by_id["2026.MMP0001"] == "Türkiye"  # "…, Şırnak, Türkiye"
        assert by_id["2026.MMP0004"] == "Spain"  # "…, Ceuta, Spain"
        assert sum(bool(country) for country in by_id.values()) == 213  # of 238
        spain = RecordListing(db).count(ListQuery("incident", status="Spain"))
        assert spain == 40  # the list's country filter finds them
    finally:
        db.close()
