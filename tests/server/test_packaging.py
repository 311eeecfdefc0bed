"""The server and the desktop client install and load apart: the server imports nothing of
`desktop` but `desktop.domain`, the client's commands load none of the server's stack, and the
package's extras say the same (a server install pulls no Qt, a desktop install no FastAPI)."""

from __future__ import annotations

import ast
import importlib.metadata
import json
import re
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DESKTOP_ONLY = {"PySide6", "shiboken6", "keyring", "sqlcipher3", "requests", "tufup"}
SERVER_ONLY = {"fastapi", "starlette", "uvicorn", "psycopg", "server_stub", "zxcvbn"}


def loaded_modules(code: str, tmp_path: Path) -> list[str]:
    """The names in sys.modules after `code` runs in a fresh interpreter."""
    script = textwrap.dedent(code) + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"},
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def desktop_beyond_domain(names: list[str]) -> list[str]:
    return [n for n in names if re.match(r"desktop\.(?!domain(\.|$))", n)]


def test_the_built_server_loads_no_desktop_module_but_the_domain(tmp_path):
    names = loaded_modules(
        f"""
        from server_stub.app import create_app
        from server_stub.cli.parser import build_parser
        from server_stub.settings import Settings
        import server_stub
        build_parser()
        app = create_app(Settings(db="sqlite:///{tmp_path / "server.db"}"))
        assert app.version == server_stub.__version__
        """,
        tmp_path,
    )
    assert "server_stub.app" in names and "desktop.domain.wire" in names  # it did run
    assert desktop_beyond_domain(names) == []
    assert sorted({n.split(".")[0] for n in names} & DESKTOP_ONLY) == []


def test_no_server_module_imports_desktop_beyond_the_domain():
    """Also the imports that a run may not reach (inside functions)."""
    found = []
    for path in sorted((ROOT / "server_stub").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if (top == "desktop" and not re.match(r"desktop\.domain(\.|$)", name)) or (
                    top in DESKTOP_ONLY
                ):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    assert found == []


def test_the_server_version_is_the_installed_package_version():
    import server_stub

    assert server_stub.__version__ == importlib.metadata.version("focal-point-desk")


def test_the_version_from_a_source_tree_that_is_not_installed_says_so(tmp_path):
    """Run from a copy of the sources with no package metadata, the version is a clear
    placeholder instead of a crash."""
    script = textwrap.dedent(
        f"""
        import importlib.metadata, sys
        def missing(name):
            raise importlib.metadata.PackageNotFoundError(name)
        importlib.metadata.version = missing
        sys.path.insert(0, {str(ROOT)!r})
        import server_stub
        print(server_stub.__version__)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0+unknown"


def test_the_desktop_sync_command_loads_none_of_the_server_stack(tmp_path):
    names = loaded_modules(
        f"""
        import desktop.cli.main as cli
        import desktop.sync.service, desktop.sync.engine, desktop.sync.http
        try:
            cli.main(["--profile", "{tmp_path / "profile"}", "sync"])
        except SystemExit:
            pass
        """,
        tmp_path,
    )
    assert "desktop.sync.engine" in names  # it did run
    assert sorted({n.split(".")[0] for n in names} & SERVER_ONLY) == []


# --- The extras ------------------------------------------------------------------------------


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def names_of(requirements: list[str]) -> set[str]:
    return {re.split(r"[\s<>=!~;\[]", r, maxsplit=1)[0].lower() for r in requirements}


def test_a_server_install_pulls_no_qt_and_a_desktop_install_no_fastapi():
    meta = project()
    base = names_of(meta["dependencies"])
    extras = {k: names_of(v) for k, v in meta["optional-dependencies"].items()}
    qt = {"pyside6-essentials", "pyside6-addons", "sqlcipher3", "sqlcipher3-binary", "keyring"}
    qt |= {"tufup", "requests"}
    server = {"fastapi", "uvicorn", "psycopg", "zxcvbn", "pydantic-settings"}
    assert base & qt == set() and base & server == set()
    assert qt <= extras["desktop"] and extras["desktop"] & server == set()
    assert server <= extras["server"] and extras["server"] & qt == set()
    # What both sides import (desktop.domain, storage of records, JSON, hashes) is in the base.
    assert {"pydantic", "pycountry", "babel", "sqlalchemy", "alembic", "orjson"} <= base


def test_dev_installs_both_sides():
    dev = project()["optional-dependencies"]["dev"]
    assert any(re.fullmatch(r"focal-point-desk\[(desktop,server|server,desktop)\]", r) for r in dev)


@pytest.mark.parametrize(
    ("extra", "present", "absent"),
    [
        ("server", {"fastapi", "uvicorn", "psycopg"}, {"pyside6-essentials", "keyring"}),
        ("desktop", {"pyside6-essentials", "keyring"}, {"fastapi", "uvicorn", "psycopg"}),
    ],
)
def test_the_installed_metadata_has_the_same_split(extra, present, absent):
    """What pip reads (the installed METADATA, built from pyproject.toml)."""
    requires = importlib.metadata.requires("focal-point-desk") or []
    chosen = {
        re.split(r"[\s<>=!~;\[(]", r, maxsplit=1)[0].lower()
        for r in requires
        if f'extra == "{extra}"' in r
    }
    assert present <= chosen and not (absent & chosen)
