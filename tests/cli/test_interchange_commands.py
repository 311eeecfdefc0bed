"""`focal-desk import-iom` and `export` as ministry IT would run them, on the real samples."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

SAMPLES = Path(__file__).parents[1] / "interchange" / "samples"
CSV_SAMPLE = SAMPLES / "MissingMigrants-Global-2026-05-06.csv"
JSON_SAMPLE = SAMPLES / "global-figures-2025-sample.json"
PASSPHRASE = "a good long passphrase\n"


def focal(profile: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--profile", str(profile), *args],
        input=PASSPHRASE, capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip


def test_both_samples_import_every_distinct_incident_and_again_change_nothing(tmp_path):
    profile = tmp_path / "p"
    first = focal(profile, "import-iom", str(CSV_SAMPLE))
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("238 added, 0 updated, 0 unchanged, 0 rejected")
    again = focal(profile, "import-iom", str(CSV_SAMPLE))
    assert again.stdout.startswith("0 added, 0 updated, 238 unchanged, 0 rejected")
    from_json = focal(profile, "import-iom", str(JSON_SAMPLE))
    assert from_json.returncode == 0, from_json.stderr
    assert from_json.stdout.startswith("59 added")  # 60 records, one exact twin


def test_an_unreadable_file_fails_with_one_line_that_says_why(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("just some notes\nnothing like IOM\n")
    result = focal(tmp_path / "p", "import-iom", str(bad))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith(f"focal-desk: cannot import {bad}")
    missing = focal(tmp_path / "p", "import-iom", str(tmp_path / "nope.csv"))
    assert missing.returncode == 1 and "Traceback" not in missing.stderr


def test_iom_csv_export_round_trips_through_import(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    assert focal(first, "import-iom", str(CSV_SAMPLE)).returncode == 0
    out = tmp_path / "export.csv"
    result = focal(first, "export", "--kind", "incident", "--format", "iom-csv", "--out", str(out))
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8") as handle, CSV_SAMPLE.open(encoding="utf-8-sig") as sample:
        header, iom_header = next(csv.reader(handle)), next(csv.reader(sample))
    cause = iom_header.index("Cause of Death")  # IOM's layout, the reported cause beside it
    assert header == [
        *iom_header[: cause + 1],
        "Cause of Death (reported)",
        *iom_header[cause + 1 :],
    ]
    assert focal(second, "import-iom", str(out)).stdout.startswith("238 added")
    a_json, b_json = tmp_path / "a.json", tmp_path / "b.json"
    for profile, target in ((first, a_json), (second, b_json)):
        done = focal(
            profile, "export", "--kind", "incident", "--format", "json", "--out", str(target)
        )
        assert done.returncode == 0, done.stderr
    by_id = lambda path: {r["id"]: r["data"] for r in json.loads(path.read_text())}  # noqa: E731
    assert by_id(a_json) == by_id(b_json)
    record = json.loads(a_json.read_text())[0]
    assert set(record) == {"id", "kind", "rev", "owner_country", "updated_at", "deleted", "data"}


@pytest.mark.parametrize("leave_out", [False, True])
def test_case_xlsx_says_which_personal_fields_it_holds(tmp_path, leave_out):
    profile = tmp_path / "p"
    script = (
        "import keyring, sys\nfrom pathlib import Path\n"
        "from keyring.backends import fail\n"
        "from desktop.config.paths import ProfilePaths\n"
        "from desktop.storage.profile import open_profile\n"
        "from desktop.storage.records import RecordRepository\n"
        "keyring.set_keyring(fail.Keyring())\n"
        "db = open_profile(ProfilePaths(Path(sys.argv[1])), lambda *_: 'a good long passphrase')\n"
        "RecordRepository(db).save('missing_case', {'reference': 'SN-2026-0001', "
        "'person': {'family_name': 'Sarr', 'given_names': 'Ousmane'}})\n"
        "db.close()\n"
    )
    subprocess.run([sys.executable, "-c", script, str(profile)], check=True, timeout=60)
    out = tmp_path / "cases.xlsx"
    args = ["export", "--kind", "missing_case", "--format", "xlsx", "--out", str(out)]
    result = focal(profile, *args, *(["--leave-out-personal"] if leave_out else []))
    assert result.returncode == 0, result.stderr
    workbook = openpyxl.load_workbook(out)
    cells = [c.value for row in workbook.worksheets[0].iter_rows() for c in row]
    about = " ".join(
        str(c.value) for row in workbook.worksheets[-1].iter_rows() for c in row if c.value
    )
    assert ("Sarr" in cells) is not leave_out
    assert "personal" in about.lower()


def test_iom_csv_is_only_for_incidents(tmp_path):
    result = focal(
        tmp_path / "p", "export", "--kind", "missing_case", "--format", "iom-csv",
        "--out", str(tmp_path / "x.csv"),
    )  # fmt: skip
    assert result.returncode == 2
    assert "iom-csv format is for incidents" in result.stderr
