"""The database is encrypted at rest with a key that lives only in the keyring."""

from __future__ import annotations

import keyring
import pytest

from desktop.storage.database import WrongKey
from desktop.storage.keys import KEYRING_SERVICE, DatabaseKey
from desktop.storage.profile import open_profile

SECRET_NAME = "Zainab Kamara-Oyelaran"


def files_of(root):
    return [p for p in root.rglob("*") if p.is_file()]


def test_no_file_of_the_profile_holds_the_plaintext_of_a_record(paths, repo, db):
    family, given = SECRET_NAME.split(" ")[1], SECRET_NAME.split(" ")[0]
    repo.save(
        "missing_case",
        {"reference": "SN-2026-0001", "person": {"given_names": given, "family_name": family}},
    )
    # Before closing: the WAL file holds the fresh pages too and must be encrypted as well.
    wal = paths.database.with_name(paths.database.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    for path in files_of(paths.root):
        content = path.read_bytes()
        assert family.encode() not in content, path
        assert family.encode("utf-16-le") not in content, path
        assert b"SQLite format 3" not in content[:16], path
    db.close()
    assert family.encode() not in paths.database.read_bytes()


def test_the_key_is_in_the_keyring_and_nowhere_on_disk(paths, db, memory_keyring):
    stored = [v for (service, _), v in memory_keyring.secrets.items() if service == KEYRING_SERVICE]
    assert len(stored) == 1
    raw = bytes.fromhex(stored[0])
    assert len(raw) == 32
    db.close()
    for path in files_of(paths.root):
        content = path.read_bytes()
        assert raw not in content and stored[0].encode() not in content, path
        assert stored[0].upper().encode() not in content, path


def test_a_wrong_key_fails_with_a_clear_error(paths, db):
    db.close()
    username = next(iter(keyring.get_keyring().secrets))[1]
    keyring.set_password(KEYRING_SERVICE, username, "00" * 32)
    with pytest.raises(WrongKey, match="could not be decrypted"):
        open_profile(paths)


def test_a_key_missing_from_the_keyring_is_explained(paths, db):
    db.close()
    username = next(iter(keyring.get_keyring().secrets))[1]
    keyring.delete_password(KEYRING_SERVICE, username)
    from desktop.storage.keys import KeyUnavailable

    with pytest.raises(KeyUnavailable, match="not in the OS keyring"):
        open_profile(paths)


def test_the_key_never_shows_in_its_repr():
    key = DatabaseKey(bytes(range(32)), "keyring")
    assert bytes(range(32)).hex() not in repr(key)
