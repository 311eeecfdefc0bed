"""`focal-desk --version` and `--self-check`: in-process with a keyring, and as a real process."""

from __future__ import annotations

import os
import subprocess
import sys

import desktop
from desktop.cli.main import main
from desktop.storage import migrate


def run_cli(*args, stdin="", env_extra=None):
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_version_prints_the_package_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"focal-desk {desktop.__version__}"


def test_self_check_with_a_keyring_passes_and_reports_versions(tmp_path, capsys):
    assert main(["--profile", str(tmp_path / "p"), "--self-check"]) == 0
    out = capsys.readouterr().out
    assert "keyring: " in out and "(usable)" in out
    assert "database key: from the keyring" in out
    assert "sqlcipher: 4." in out and f"schema: {migrate.head_revision()} (current)" in out
    assert out.strip().endswith("self-check passed")


def test_self_check_without_a_keyring_uses_a_passphrase_from_stdin(tmp_path):
    profile = str(tmp_path / "p")
    first = run_cli("--profile", profile, "--self-check", stdin="a good long passphrase\n")
    assert first.returncode == 0, first.stderr
    assert "No usable OS keyring" in first.stderr
    assert "database key: from a passphrase" in first.stdout
    again = run_cli("--profile", profile, "--self-check", stdin="a good long passphrase\n")
    assert again.returncode == 0 and again.stdout.strip().endswith("self-check passed")


def test_self_check_with_a_wrong_passphrase_fails_with_one_line(tmp_path):
    profile = str(tmp_path / "p")
    assert (
        run_cli("--profile", profile, "--self-check", stdin="a good long passphrase\n").returncode
        == 0
    )
    result = run_cli("--profile", profile, "--self-check", stdin="the wrong passphrase!\n")
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("focal-desk: The local database could not be decrypted")
    assert "Traceback" not in result.stderr


def test_self_check_without_keyring_or_passphrase_says_why(tmp_path):
    result = run_cli("--profile", str(tmp_path / "p"), "--self-check", stdin="")
    assert result.returncode == 1
    assert "Passphrase expected on standard input" in result.stderr
    assert "Traceback" not in result.stderr


def test_profile_can_come_from_the_environment(tmp_path):
    home = tmp_path / "from-env"
    result = run_cli(
        "--self-check", stdin="a good long passphrase\n", env_extra={"FOCAL_DESK_HOME": str(home)}
    )
    assert result.returncode == 0, result.stderr
    assert (home / "focal-desk.db").exists()
    assert (home / "logs" / "focal-desk.log").exists()


def test_a_script_can_give_the_passphrase_in_the_environment(tmp_path):
    profile = str(tmp_path / "p")
    env = {"FOCAL_DESK_PASSPHRASE": "a good long passphrase"}
    first = run_cli("--profile", profile, "--self-check", stdin="", env_extra=env)
    assert first.returncode == 0, first.stderr
    assert "a good long passphrase" not in first.stdout + first.stderr
    wrong = run_cli(
        "--profile", profile, "--self-check", env_extra={"FOCAL_DESK_PASSPHRASE": "not it at all"}
    )
    assert wrong.returncode == 1 and "could not be decrypted" in wrong.stderr


def test_sync_before_login_says_what_to_do(tmp_path):
    env = {"FOCAL_DESK_PASSPHRASE": "a good long passphrase"}
    result = run_cli("--profile", str(tmp_path / "p"), "sync", env_extra=env)
    assert result.returncode == 4
    assert result.stderr.strip() == (
        "focal-desk: not signed in: run `focal-desk login --server URL --email E` first"
    )
