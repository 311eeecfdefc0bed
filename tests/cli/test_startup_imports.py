"""The cheap paths stay cheap: what `--version`, `--help` and a sync with nothing to do load.

Not timed (bench/startup.py prints the figures): each command runs in a fresh interpreter that
then lists `sys.modules`, and the heavy libraries a path does not need must not be there.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import desktop

TESTS = Path(__file__).resolve().parents[1]
SUPPORT = TESTS / "support"

# What the parser and `--version` need: the standard library and desktop.cli's parser modules.
NOT_FOR_VERSION = (
    "sqlalchemy", "alembic", "PySide6", "openpyxl", "desktop.interchange", "pydantic",
    "keyring", "requests", "argon2", "desktop.storage", "desktop.sync", "desktop.config",
    "desktop.ui", "logging", "shutil",
)  # fmt: skip
# A sync with nothing to do reads the database through the driver (desktop.storage.quick_look)
# and talks to the server (desktop.sync.quick), nothing more: not SQLAlchemy, not the sync engine
# and its stores.
NOT_FOR_A_NOOP_SYNC = (
    "sqlalchemy", "alembic", "argon2", "openpyxl", "desktop.interchange", "PySide6",
    "desktop.sync.engine", "desktop.sync.service", "desktop.storage.outbox",
    "desktop.storage.incoming", "desktop.storage.records", "desktop.storage.account_scope",
    "desktop.domain.records",
)  # fmt: skip


def _live_server_module():
    spec = importlib.util.spec_from_file_location("live_server", TESTS / "sync" / "live_server.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


live = _live_server_module()


def run_and_list_modules(args: list[str], tmp_path: Path, env: dict | None = None, stdin=""):
    """(exit code, stdout, names in sys.modules) of `focal-desk ARGS` in a fresh interpreter."""
    listing = tmp_path / "modules.json"
    script = textwrap.dedent(
        f"""
        import json, sys
        from desktop.cli.main import main
        try:
            code = main({args!r})
        except SystemExit as exc:
            code = exc.code
        with open({str(listing)!r}, "w") as handle:
            json.dump(sorted(sys.modules), handle)
        sys.exit(code)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        cwd=TESTS.parent,  # `python -c` puts the working folder first on sys.path
    )
    names = json.loads(listing.read_text()) if listing.exists() else []
    return result.returncode, result.stdout, result.stderr, names


def loaded(names: list[str], packages: tuple[str, ...]) -> list[str]:
    return sorted(
        n for n in names if n in packages or n.startswith(tuple(p + "." for p in packages))
    )


def test_version_loads_no_database_sync_qt_or_spreadsheet_library(tmp_path):
    code, out, err, names = run_and_list_modules(["--version"], tmp_path)
    assert code == 0, err
    assert out.strip() == f"focal-desk {desktop.__version__}"
    assert "desktop.cli.main" in names  # it did run
    assert loaded(names, NOT_FOR_VERSION) == []


def test_help_lists_the_commands_without_loading_them(tmp_path):
    code, out, err, names = run_and_list_modules(["--help"], tmp_path)
    assert code == 0, err
    assert "import-iom" in out and "sync" in out and "template" in out
    assert loaded(names, NOT_FOR_VERSION) == []


@pytest.fixture
def signed_in_profile(tmp_path):
    """A profile signed in to a real server on loopback (file keyring shared with the child
    processes), synced once."""
    server = live.LiveServer(tmp_path / "server")
    (tmp_path / "server").mkdir()
    server.create_users()
    server.start()
    env = {
        "FOCAL_TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
        "PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring",
        "PYTHONPATH": os.pathsep.join([str(SUPPORT), str(TESTS.parent)]),
    }
    profile = tmp_path / "profile"
    try:
        login = ["--profile", str(profile), "login", "--server", server.url]
        code, _, err, _ = run_and_list_modules(
            [*login, "--email", "fp.sn@example.org"], tmp_path, env, stdin=live.PASSWORD + "\n"
        )
        assert code == 0, err
        code, _, err, _ = run_and_list_modules(["--profile", str(profile), "sync"], tmp_path, env)
        assert code == 0, err
        yield profile, env
    finally:
        server.stop()


def test_a_sync_with_nothing_to_do_loads_no_migrations_kdf_or_spreadsheets(
    tmp_path, signed_in_profile
):
    profile, env = signed_in_profile
    code, out, err, names = run_and_list_modules(["--profile", str(profile), "sync"], tmp_path, env)
    assert code == 0, err
    assert out.strip() == "pushed 0, pulled 0, 0 conflicts, 0 rejected"
    assert "desktop.sync.quick" in names and "sqlcipher3" in names  # it did sync
    assert loaded(names, NOT_FOR_A_NOOP_SYNC) == []


def test_exit_after_show_says_when_the_window_is_painted_and_quits(tmp_path):
    """bench/startup.py's hook: the line comes at the first paint, then the app ends by itself."""
    env = {
        **os.environ,
        "FOCAL_TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
        "PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring",
        "PYTHONPATH": os.pathsep.join([str(SUPPORT), str(TESTS.parent)]),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--profile", str(tmp_path / "p"), "--exit-after-show"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=TESTS.parent,
    )
    assert result.returncode == 0, result.stderr
    [line] = [line for line in result.stdout.splitlines() if line.startswith("focal-desk:")]
    assert line.startswith("focal-desk: window shown (") and line.endswith(" ms of CPU)")


def test_asking_who_is_signed_in_loads_no_http_stack_or_sync_engine(tmp_path):
    """What the window asks before its first paint (desktop.ui.operations.sync
    .load_current_user): the database only; requests and the engine come with the first sync."""
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(SUPPORT)!r})
        import keyring
        from memory_keyring import MemoryKeyring
        keyring.set_keyring(MemoryKeyring())
        from desktop.config.paths import ProfilePaths
        from desktop.config.settings import Settings
        from desktop.storage.profile import open_profile
        from desktop.sync.service import SyncService
        from pathlib import Path
        paths = ProfilePaths(Path({str(tmp_path / "profile")!r}))
        service = SyncService(open_profile(paths), paths, Settings())
        assert service.current_user() is None and service.last_sync() is None
        heavy = ("requests", "urllib3", "desktop.sync.engine", "desktop.sync.http")
        print(sorted(name for name in heavy if name in sys.modules))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
        cwd=TESTS.parent,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
