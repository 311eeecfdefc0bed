"""The updater against a real TUF repository on loopback: what it accepts and what it refuses."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta

import pytest

from desktop.updates import (
    UpdateError,
    UpdateRefused,
    check_for_update,
    download_update,
    install_update,
    target_name,
)


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_newer_signed_release_is_found_downloaded_and_verified(repo, serve, client_options):
    repo.publish("0.1.0")
    repo.publish("0.2.0")
    url = serve(repo.dir)

    found = check_for_update(url, **client_options("0.1.0"))
    assert found is not None
    assert (found.version, found.current_version) == ("0.2.0", "0.1.0")
    assert found.target == f"{target_name()}-0.2.0.tar.gz"
    assert found.archive_path is None and "0.2.0 is available" in found.message()

    downloaded = download_update(url, **client_options("0.1.0"))
    assert downloaded.archive_path.is_file()
    assert sha256(downloaded.archive_path) == sha256(repo.target("0.2.0"))
    assert str(downloaded.archive_path) in downloaded.message()


def test_on_linux_install_names_the_verified_archive_instead(repo, serve, client_options):
    repo.publish("0.2.0")
    url = serve(repo.dir)
    with pytest.raises(
        UpdateError, match=r"cannot update itself in place; the verified update 0\.2\.0 is at "
    ):
        install_update(url, **client_options("0.1.0"))


def test_the_newest_installed_version_needs_no_update(repo, serve, client_options):
    repo.publish("0.1.0")
    assert check_for_update(serve(repo.dir), **client_options("0.1.0")) is None


def test_an_older_release_is_never_offered_as_an_update(repo, serve, client_options):
    repo.publish("0.1.0")
    assert check_for_update(serve(repo.dir), **client_options("0.3.0")) is None


@pytest.mark.parametrize("tamper", ["same length", "longer"])
def test_a_tampered_archive_is_refused(repo, serve, client_options, tamper):
    repo.publish("0.2.0")
    archive = repo.target("0.2.0")
    data = bytearray(archive.read_bytes())
    if tamper == "same length":
        data[len(data) // 2] ^= 0xFF
    else:
        data += b"malware"
    archive.write_bytes(bytes(data))
    url = serve(repo.dir)

    assert check_for_update(url, **client_options()) is not None  # the metadata is fine
    with pytest.raises(
        UpdateRefused,
        match="the update was refused: the downloaded file does not match its signed checksum",
    ):
        download_update(url, **client_options())
    assert not list((client_options()["paths"].updates_dir / "targets").glob("*.tar.gz"))


def test_metadata_changed_without_the_key_is_refused(repo, serve, client_options):
    repo.publish("0.2.0")
    targets = repo.dir / "metadata" / "targets.json"
    doc = json.loads(targets.read_text())
    entry = doc["signed"]["targets"][f"{target_name()}-0.2.0.tar.gz"]
    entry["hashes"]["sha256"] = "0" * 64  # point at another archive, keep the old signature
    targets.write_text(json.dumps(doc))
    with pytest.raises(UpdateRefused, match="the update was refused: its signature does not match"):
        check_for_update(serve(repo.dir), **client_options())


def test_metadata_signed_by_an_untrusted_key_is_refused(repo, serve, client_options, tmp_path):
    from focal_release import tuf_repo

    repo.publish("0.2.0")
    rogue = tmp_path / "rogue-keys"
    tuf_repo.generate_keys(rogue, ("targets",))
    opened = repo.open()
    opened.roles.targets.signatures.clear()
    opened.roles.sign_role("targets", rogue / "targets")
    opened.roles.persist_role("targets")
    with pytest.raises(UpdateRefused, match="its signature does not match"):
        check_for_update(serve(repo.dir), **client_options())


def test_expired_timestamp_metadata_is_refused(repo, serve, client_options):
    repo.publish("0.2.0")
    opened = repo.open()  # re-sign the timestamp, validly, with a date in the past
    timestamp = opened.roles.timestamp
    timestamp.signed.expires = datetime.now(UTC) - timedelta(hours=1)
    timestamp.signed.version += 1
    opened.threshold_sign("timestamp", [str(d) for d in repo.keys.private_dirs])
    with pytest.raises(UpdateRefused, match="the update was refused: the update metadata expired"):
        check_for_update(serve(repo.dir), **client_options())


def test_a_rollback_to_older_metadata_is_refused(repo, serve, client_options, tmp_path):
    repo.publish("0.2.0")
    old = repo.snapshot_copy(tmp_path / "old-repo")  # validly signed, and still unexpired
    repo.publish("0.3.0")
    assert check_for_update(serve(repo.dir), **client_options()).version == "0.3.0"

    # Later a mirror (or an attacker) serves the older state, hiding 0.3.0.
    with pytest.raises(UpdateRefused, match="would roll back to an older version"):
        check_for_update(serve(old), **client_options())


def test_an_unreachable_server_says_so(client_options, repo):
    with pytest.raises(
        UpdateError, match=r"could not reach the update server at http://127\.0\.0\.1:9"
    ):
        check_for_update("http://127.0.0.1:9", **client_options())


def test_a_server_without_updates_says_so(repo, serve, client_options, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(UpdateError, match="has no update files where they should be"):
        check_for_update(serve(empty), **client_options())


def test_a_build_without_a_trusted_root_has_updates_off(tmp_path, client_options):
    options = client_options() | {"trusted_root": tmp_path / "missing.json"}
    with pytest.raises(UpdateError, match="updates are off in this build"):
        check_for_update("http://127.0.0.1:9", **options)


@pytest.mark.parametrize("role", ["timestamp", "targets", "root"])
def test_clients_follow_a_key_rotation_and_refuse_the_old_key(
    repo, serve, client_options, tmp_path, role
):
    import shutil

    from focal_release import tuf_repo

    from desktop.config.paths import ProfilePaths

    repo.publish("0.2.0")
    url = serve(repo.dir)
    assert check_for_update(url, **client_options()).version == "0.2.0"

    new_keys = tmp_path / "new-keys"
    tuf_repo.generate_keys(new_keys, (role,))
    old_key = tmp_path / f"old-{role}"
    shutil.copyfile(repo.keys.public_dir / role, old_key)
    tuf_repo.rotate_key(repo.dir, repo.keys, role, new_keys)
    for name in (role, f"{role}.pub"):  # the new pair takes the old one's place
        shutil.copyfile(new_keys / name, repo.keys.public_dir / name)
    repo.publish("0.3.0")

    # A client that has checked before, and one that only has the root it shipped with.
    assert check_for_update(url, **client_options()).version == "0.3.0"
    fresh = client_options() | {"paths": ProfilePaths(tmp_path / "fresh-profile")}
    assert check_for_update(url, **fresh).version == "0.3.0"

    if role != "root":  # metadata signed with the retired key is refused from now on
        opened = repo.open()
        keys = repo.keys.public_dir
        if role == "targets":
            targets = resign(opened, "targets", old_key)
            opened.roles.snapshot.signed.meta["targets.json"].version = targets.signed.version
            snapshot = resign(opened, "snapshot", keys / "snapshot")
            opened.roles.timestamp.signed.snapshot_meta.version = snapshot.signed.version
            resign(opened, "timestamp", keys / "timestamp")
        else:
            resign(opened, "timestamp", old_key)
        with pytest.raises(UpdateRefused, match="its signature does not match"):
            check_for_update(url, **client_options())


def resign(opened, role, key):
    """Publish a new version of `role`'s metadata, signed with `key` only."""
    metadata = getattr(opened.roles, role)
    metadata.signed.version += 1
    metadata.signatures.clear()
    opened.roles.sign_role(role, key)
    opened.roles.persist_role(role)
    return metadata
