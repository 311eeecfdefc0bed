"""profile.json records that the profile has its database (and a check of its key), so a lost
or emptied database is refused instead of being made anew, empty; profiles written before the
marker existed keep opening, and get it."""

from __future__ import annotations

import json

import pytest

from desktop.storage.profile import open_profile
from desktop.storage.records import RecordRepository
from desktop.storage.storage_errors import DatabaseEmptied, ProfileFileDamaged

INCIDENT = {"incident_id": "M-1", "incident_date": "2026-02-01"}


def as_format_1(paths) -> None:
    """profile.json as the app wrote it before the marker and the key check."""
    profile = json.loads(paths.profile_file.read_text("utf-8"))
    for key in ("database_created", "key_check"):
        profile.pop(key)
    profile["format"] = 1
    paths.profile_file.write_text(json.dumps(profile), "utf-8")


def test_a_profile_of_the_earlier_format_opens_and_gets_the_marker(paths):
    db = open_profile(paths)
    RecordRepository(db).save("incident", dict(INCIDENT))
    db.close()
    as_format_1(paths)
    db = open_profile(paths)
    assert len(list(RecordRepository(db).envelopes("incident"))) == 1
    db.close()
    profile = json.loads(paths.profile_file.read_text("utf-8"))
    assert profile["format"] == 2 and profile["database_created"] is True
    assert len(profile["key_check"]) == 64


@pytest.mark.parametrize("earlier_format", [False, True])
def test_an_emptied_database_is_refused_not_made_anew(paths, earlier_format):
    open_profile(paths).close()
    if earlier_format:
        as_format_1(paths)
    paths.database.write_bytes(b"")
    with pytest.raises(DatabaseEmptied) as raised:
        open_profile(paths)
    assert raised.value.code == "database_emptied"
    assert raised.value.params == {"folder": str(paths.root), "path": str(paths.database)}
    assert paths.database.stat().st_size == 0


def test_a_new_profile_is_made_with_its_marker(paths):
    assert not paths.profile_file.exists()
    open_profile(paths).close()
    profile = json.loads(paths.profile_file.read_text("utf-8"))
    assert profile["database_created"] is True


def test_a_garbled_profile_file_is_a_typed_error_naming_it(paths):
    open_profile(paths).close()
    paths.profile_file.write_text('{"format": 2, "key_source": "keyring", "kdf": {"sa', "utf-8")
    with pytest.raises(ProfileFileDamaged) as raised:
        open_profile(paths)
    assert raised.value.code == "profile_file_damaged"
    assert str(paths.profile_file) in str(raised.value)
