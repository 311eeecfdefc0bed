"""A broken disk or profile ends a command with one line that says what happened and what to
do: a full disk (a real small tmpfs when this machine lets us mount one, and a file-size limit,
RLIMIT_FSIZE, otherwise), a damaged page or header of the encrypted database, a garbled
profile.json, and an emptied database file, which is never recreated empty."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from small_disk import mounted_small_disk

from desktop.storage.database import PAGE_SIZE
from desktop.storage.keys import derive_key
from desktop.storage.profile_file import KdfParams

PASSPHRASE = "a good long passphrase"
posix_only = pytest.mark.skipif(
    sys.platform == "win32", reason="a file-size limit (RLIMIT_FSIZE) is POSIX only"
)


def focal(profile: Path, *args: str, preexec_fn=None) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "FOCAL_DESK_PASSPHRASE": PASSPHRASE,
    }
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--profile", str(profile), *args],
        capture_output=True, text=True, timeout=180, env=env, preexec_fn=preexec_fn,
    )  # fmt: skip


def cases_file(folder: Path, count: int, start: int = 0, name: str = "cases.json") -> Path:
    """Missing cases as the JSON import reads them; each with 600 characters of description, so
    a few hundred fill a small disk."""
    rows = [
        {
            "reference": f"SN-2026-{n:05d}",
            "status": "open",
            "person": {
                "given_names": "Awa",
                "family_name": f"Family{n}",
                "description": os.urandom(300).hex(),
            },
        }
        for n in range(start, start + count)
    ]
    path = folder / name
    path.write_text(json.dumps(rows), "utf-8")
    return path


def import_cases(profile: Path, path: Path, **kwargs) -> subprocess.CompletedProcess:
    args = ("import", str(path), "--kind", "missing_case", "--country", "SN")
    return focal(profile, *args, **kwargs)


def exported(profile: Path, out: Path) -> list[dict]:
    args = ("export", "--kind", "missing_case", "--format", "json", "--out", str(out))
    result = focal(profile, *args)
    assert result.returncode == 0, result.stderr
    return json.loads(out.read_text("utf-8"))


@pytest.fixture
def filled(tmp_path) -> Path:
    """A passphrase profile holding 300 cases."""
    profile = tmp_path / "p"
    result = import_cases(profile, cases_file(tmp_path, 300))
    assert result.returncode == 0, result.stderr
    return profile


def one_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "Logging error" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert line.startswith("focal-desk: ")
    for sql in ("SELECT", "INSERT", "[SQL", "sqlalche.me", "unexpected error"):
        assert sql not in line
    return line


def assert_damaged_database(line: str, profile: Path) -> None:
    assert "database" in line and "damaged" in line
    assert f"restore the profile folder {profile} from a backup" in line
    assert "sign in" in line and "sync" in line


# Damaged database ---------------------------------------------------------------------------


def flip_bytes(path: Path, offset: int, count: int = 64) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        original = handle.read(count)
        handle.seek(offset)
        handle.write(bytes(b ^ 0xFF for b in original))


def test_bytes_flipped_in_a_page_of_the_database_say_it_is_damaged(filled, tmp_path):
    database = filled / "focal-desk.db"
    pages = database.stat().st_size // PAGE_SIZE
    assert pages > 10
    flip_bytes(database, (pages // 2) * PAGE_SIZE + 5000)  # inside a page: its HMAC fails
    for args in (
        ("export", "--kind", "missing_case", "--format", "json", "--out", str(tmp_path / "o")),
        ("import", str(cases_file(tmp_path, 300)), "--kind", "missing_case", "--country", "SN"),
    ):
        assert_damaged_database(one_line(focal(filled, *args)), filled)


def test_an_overwritten_header_says_the_database_is_damaged_not_the_passphrase(filled, tmp_path):
    flip_bytes(filled / "focal-desk.db", 0, 100)
    line = one_line(focal(filled, "--self-check"))
    assert_damaged_database(line, filled)
    assert "passphrase" not in line


def test_a_wrong_passphrase_is_still_called_a_wrong_passphrase(filled):
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    env["FOCAL_DESK_PASSPHRASE"] = "not the right passphrase"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--profile", str(filled), "--self-check"],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    line = one_line(result)
    assert "could not be decrypted" in line and "passphrase" in line
    assert "damaged" not in line


# profile.json -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "junk",
    [b'{"format": 1, "key_so', b"\x00\xff\xfe garbage \x81", b'{"format": 1}', b"[]"],
    ids=["cut-short", "binary", "no-key-source", "not-an-object"],
)
def test_a_garbled_profile_file_is_named_with_what_to_do(filled, junk):
    (filled / "profile.json").write_bytes(junk)
    line = one_line(focal(filled, "sync"))
    assert f"{filled / 'profile.json'} is damaged" in line
    assert f"restore that file (or the whole profile folder {filled}) from a backup" in line
    assert "sign in" in line and "sync" in line
    assert (filled / "focal-desk.db").stat().st_size > 0  # nothing was replaced


# An emptied or missing database ------------------------------------------------------------


@pytest.mark.parametrize("how", ["truncated", "removed"])
def test_an_emptied_database_is_never_recreated_empty(filled, tmp_path, how):
    database = filled / "focal-desk.db"
    if how == "truncated":
        database.write_bytes(b"")
    else:
        database.unlink()
    line = one_line(focal(filled, "export", "--kind", "missing_case", "--format", "json",
                          "--out", str(tmp_path / "o.json")))  # fmt: skip
    assert str(database) in line
    assert f"restore the profile folder {filled} from a backup" in line
    assert not (tmp_path / "o.json").exists()
    assert not database.exists() or database.stat().st_size == 0  # not made anew
    assert one_line(focal(filled, "--self-check")) == line  # and not on the next try either


@posix_only
def test_a_profile_whose_first_opening_never_finished_is_made_when_asked_again(tmp_path):
    """profile.json is written before the database: a first run cut short in between (the disk
    filled up) must not block the profile for ever."""
    profile = tmp_path / "p"
    first = focal(profile, "--self-check", preexec_fn=_limit_files_to(4096))
    assert first.returncode != 0
    assert (profile / "profile.json").exists()
    again = focal(profile, "--self-check")
    assert again.returncode == 0, again.stderr


# A full disk --------------------------------------------------------------------------------


def _limit_files_to(size: int):
    """For the child: no file may grow beyond `size` bytes; a write past it fails with EFBIG
    (SIGXFSZ ignored) as on a full disk."""

    def limit() -> None:
        import resource  # POSIX only, like preexec_fn

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


def assert_disk_full(line: str, folder: Path) -> None:
    assert f"the disk that holds the profile folder {folder}" in line
    assert "free space" in line and "try again" in line
    assert "nothing was lost" in line


@posix_only
def test_a_file_size_limit_stops_an_import_with_what_to_do_and_loses_nothing(filled, tmp_path):
    before = exported(filled, tmp_path / "before.json")
    assert len(before) == 300
    size = (filled / "focal-desk.db").stat().st_size
    bigger = cases_file(tmp_path, 2000, start=300, name="more.json")
    line = one_line(import_cases(filled, bigger, preexec_fn=_limit_files_to(size + 64 * 1024)))
    assert_disk_full(line, filled)
    after = exported(filled, tmp_path / "after.json")
    assert {r["id"] for r in before} <= {r["id"] for r in after}  # every saved case is there
    again = import_cases(filled, bigger)  # with room again, the same file goes in whole
    assert again.returncode == 0, again.stderr
    assert len(exported(filled, tmp_path / "all.json")) == 2300


@pytest.fixture
def small_disk(tmp_path):
    """A real 3 MiB filesystem (tmpfs); needs the right to mount, else the test says so."""
    with mounted_small_disk(tmp_path / "disk", "3m") as folder:
        yield folder


def test_a_full_disk_stops_an_import_with_what_to_do_and_loses_nothing(small_disk, tmp_path):
    profile = small_disk / "p"
    first = import_cases(profile, cases_file(tmp_path, 200, name="first.json"))
    assert first.returncode == 0, first.stderr
    more = cases_file(tmp_path, 3000, start=200, name="more.json")
    line = one_line(import_cases(profile, more))
    assert_disk_full(line, profile)
    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    kept = exported(profile, tmp_path / "kept.json")
    assert len(kept) >= 200
    assert {f"SN-2026-{n:05d}" for n in range(200)} <= {r["data"]["reference"] for r in kept}
    again = import_cases(profile, more)
    assert again.returncode == 0, again.stderr
    assert len(exported(profile, tmp_path / "all.json")) == 3200


def test_the_database_key_check_never_reveals_the_key(filled):
    """profile.json records that the profile has a database and a check of its key (a keyed
    hash): never the key, never the passphrase."""
    profile = json.loads((filled / "profile.json").read_text("utf-8"))
    assert profile["database_created"] is True
    key = derive_key(PASSPHRASE, KdfParams(**profile["kdf"])).hex()
    text = json.dumps(profile)
    assert PASSPHRASE not in text and key not in text
    assert len(profile["key_check"]) == 64
