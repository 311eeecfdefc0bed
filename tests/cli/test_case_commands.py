"""`focal-desk import FILE --kind missing_case` and `focal-desk template` as a script runs them,
on real passphrase-protected profiles."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl

PASSPHRASE = "a good long passphrase"


def focal(profile: Path, *args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "FOCAL_DESK_PASSPHRASE": PASSPHRASE,
    }
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--profile", str(profile), *args],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip


def filled_template(tmp_path: Path, *rows: dict) -> Path:
    path = tmp_path / "cases.xlsx"
    made = focal(tmp_path / "p", "template", "--kind", "missing_case", "--out", str(path))
    assert made.returncode == 0, made.stderr
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    for row in rows:
        sheet.append([row.get(name) for name in header])
    workbook.save(path)
    return path


def test_import_lists_bad_rows_on_stderr_and_the_summary_on_stdout(tmp_path):
    path = filled_template(
        tmp_path,
        {"Reference": "SN-2026-0001", "Family name": "Sarr", "Age": 30},
        {"Reference": "SN-2026-0002", "Family name": "Sow", "Date of birth": "next week"},
        {"Reference": "SN-2026-0003", "Given names": "Awa", "Consent: data sharing": "Yes"},
    )
    profile = tmp_path / "p"
    first = focal(profile, "import", str(path), "--kind", "missing_case", "--country", "SN")
    assert first.returncode == 0, first.stderr  # rows rejected, file read: as import-iom
    assert first.stdout == "2 added, 0 updated, 0 unchanged, 1 rejected (3 rows read, xlsx)\n"
    assert first.stderr.splitlines() == [
        "row 3, Date of birth: “next week” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31"
    ]
    again = focal(profile, "import", str(path), "--kind", "missing_case", "--country", "SN")
    assert again.stdout.startswith("0 added, 0 updated, 2 unchanged, 1 rejected")


def test_export_to_xlsx_and_json_reimports_unchanged(tmp_path):
    path = filled_template(
        tmp_path,
        {"Reference": "SN-2026-0001", "Family name": "Sarr", "Other spellings": "Sar; Saar"},
        {"Reference": "SN-2026-0002", "Given names": "Awa", "Status": "tracing"},
    )
    profile = tmp_path / "p"
    done = focal(profile, "import", str(path), "--kind", "missing_case", "--country", "SN")
    assert done.returncode == 0, done.stderr
    for fmt in ("xlsx", "json"):
        out = tmp_path / f"export.{fmt}"
        done = focal(
            profile, "export", "--kind", "missing_case", "--format", fmt, "--out", str(out)
        )
        assert done.returncode == 0, done.stderr
        back = focal(profile, "import", str(out), "--kind", "missing_case", "--country", "SN")
        assert back.returncode == 0, back.stderr
        assert back.stdout.startswith("0 added, 0 updated, 2 unchanged, 0 rejected"), fmt


def test_a_file_that_cannot_be_read_exits_1_with_the_summary_of_why(tmp_path):
    notes = tmp_path / "notes.csv"
    notes.write_text("Name,Town\nSarr,Dakar\n", encoding="utf-8")
    result = focal(
        tmp_path / "p", "import", str(notes), "--kind", "missing_case", "--country", "SN"
    )
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        f"focal-desk: cannot import {notes}: the first row must hold the template's column "
        "names, with a Reference (Référence) column; download the template to see them"
    ]


def test_wrong_arguments_exit_2_with_what_to_do(tmp_path):
    path = filled_template(tmp_path, {"Reference": "SN-2026-0001", "Family name": "Sarr"})
    profile = tmp_path / "p"
    unsigned = focal(profile, "import", str(path), "--kind", "missing_case")
    assert unsigned.returncode == 2
    assert "sign in first" in unsigned.stderr and "--country" in unsigned.stderr
    remains = focal(
        profile, "import", str(path), "--kind", "unidentified_remains", "--country", "SN"
    )
    assert remains.returncode == 2
    assert remains.stderr.strip() == (
        "focal-desk: there is no import for “unidentified_remains” yet; use --kind missing_case"
    )
    bad_country = focal(profile, "import", str(path), "--kind", "missing_case", "--country", "XX")
    assert bad_country.returncode == 2 and "--country XX" in bad_country.stderr
    gm = focal(profile, "import", str(path), "--kind", "missing_case", "--country", "GM")
    assert gm.returncode == 0
    assert gm.stderr.startswith("row 2, Reference: Reference “SN-2026-0001” must start with GM-")


def test_template_command(tmp_path):
    out = tmp_path / "modele.xlsx"
    args = ["template", "--kind", "missing_case", "--out", str(out), "--language", "fr"]
    result = focal(tmp_path / "p", *args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("wrote the missing case template (33 columns, French)")
    header = [c.value for c in openpyxl.load_workbook(out).worksheets[0][1]]
    assert header[:4] == ["Référence", "Statut", "Nom de famille", "Prénoms"]
    other = focal(tmp_path / "p", "template", "--kind", "incident", "--out", str(out))
    assert other.returncode == 2 and "there is no template for “incident”" in other.stderr
    nowhere = focal(tmp_path / "p", "template", "--kind", "missing_case", "--out", "/nope/t.xlsx")
    assert nowhere.returncode == 2 and "does not exist" in nowhere.stderr


def test_a_signed_in_profile_imports_as_its_account_country(tmp_path):
    profile = tmp_path / "p"
    script = (
        "import keyring, sys\nfrom pathlib import Path\nfrom keyring.backends import fail\n"
        "from desktop.config.paths import ProfilePaths\n"
        "from desktop.storage.profile import open_profile\n"
        "from desktop.storage.sync_state import ACCOUNT, SyncStateStore\n"
        "keyring.set_keyring(fail.Keyring())\n"
        f"db = open_profile(ProfilePaths(Path(sys.argv[1])), lambda *_: {PASSPHRASE!r})\n"
        "SyncStateStore(db).set(ACCOUNT, {'email': 'fp@example.org', 'role': 'focal_point', "
        "'country': 'SN'})\ndb.close()\n"
    )
    subprocess.run([sys.executable, "-c", script, str(profile)], check=True, timeout=60)
    path = filled_template(tmp_path, {"Reference": "SN-2026-0001", "Family name": "Sarr"})
    signed_in = focal(profile, "import", str(path), "--kind", "missing_case")
    assert signed_in.returncode == 0, signed_in.stderr
    assert signed_in.stdout.startswith("1 added")
    other = focal(profile, "import", str(path), "--kind", "missing_case", "--country", "GM")
    assert other.returncode == 2
    assert "signed in for SN; its cases cannot be imported as GM" in other.stderr
