"""Without a usable keyring the user chooses a passphrase; never an unencrypted file."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from desktop.storage.database import WrongKey
from desktop.storage.keys import KeyUnavailable, keyring_status
from desktop.storage.outbox import Outbox
from desktop.storage.profile import open_profile
from desktop.storage.profile_file import read_profile_file
from desktop.storage.records import RecordRepository

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def no_keyring():
    keyring.set_keyring(fail.Keyring())


def asker(answer, log):
    def provide(reason, confirm):
        log.append((reason, confirm))
        return answer

    return provide


def test_without_a_keyring_a_passphrase_is_asked_for_with_the_reason(paths, no_keyring):
    assert not keyring_status().usable
    asked = []
    db = open_profile(paths, asker(PASSPHRASE, asked))
    RecordRepository(db).save("incident", {"incident_id": "L-1", "incident_date": "2026-02-01"})
    db.close()
    reason, confirm = asked[0]
    assert "No usable OS keyring" in reason and confirm is True
    profile = read_profile_file(paths.profile_file)
    assert profile.key_source == "passphrase" and profile.kdf is not None
    assert PASSPHRASE.encode() not in paths.profile_file.read_bytes()
    assert b"SQLite format 3" not in paths.database.read_bytes()[:16]

    again = []
    db = open_profile(paths, asker(PASSPHRASE, again))
    assert Outbox(db).pending() == 1
    db.close()
    assert again[0][1] is False  # opening asks once, no confirmation


def test_a_wrong_passphrase_is_refused(paths, no_keyring):
    open_profile(paths, asker(PASSPHRASE, [])).close()
    with pytest.raises(WrongKey):
        open_profile(paths, asker("not the passphrase at all", []))


def test_a_short_passphrase_is_refused_and_nothing_is_created(paths, no_keyring):
    with pytest.raises(KeyUnavailable, match="at least 12 characters"):
        open_profile(paths, asker("short", []))
    assert not paths.database.exists()


def test_with_no_way_to_ask_the_message_says_why(paths, no_keyring):
    with pytest.raises(KeyUnavailable, match="No usable OS keyring"):
        open_profile(paths, None)
    assert not paths.database.exists()


def test_a_keyring_profile_does_not_fall_back_when_the_keyring_goes_away(paths):
    open_profile(paths).close()
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyUnavailable, match="kept in the OS keyring, which is not available"):
        open_profile(paths, asker(PASSPHRASE, []))


def test_a_plaintext_file_keyring_is_not_trusted_with_the_key(paths, tmp_path):
    from keyring.backend import KeyringBackend

    class PlaintextKeyring(KeyringBackend):  # what keyrings.alt.file.PlaintextKeyring is
        priority = 0.5
        stored: dict = {}

        def get_password(self, service, username):
            return self.stored.get((service, username))

        def set_password(self, service, username, password):
            self.stored[(service, username)] = password

        def delete_password(self, service, username):
            self.stored.pop((service, username), None)

    keyring.set_keyring(PlaintextKeyring())
    status = keyring_status()
    assert not status.usable and "plain file" in status.reason
    db = open_profile(paths, asker(PASSPHRASE, []))
    db.close()
    assert PlaintextKeyring.stored == {}
