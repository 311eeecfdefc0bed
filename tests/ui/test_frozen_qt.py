"""The frozen app runs PyInstaller's PySide6 hook when the Qt client is first imported
(build.spec ships it as a file and leaves it out of the start-up scripts)."""

from __future__ import annotations

import sys

from desktop.ui import frozen_qt


def _frozen(monkeypatch, tmp_path, hook_text: str | None):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(frozen_qt, "_prepared", False)
    if hook_text is not None:
        (tmp_path / "desktop" / "ui").mkdir(parents=True)
        (tmp_path / "desktop" / "ui" / frozen_qt.HOOK).write_text(hook_text, "utf-8")


def test_the_shipped_hook_runs_once(monkeypatch, tmp_path):
    ran = tmp_path / "ran"
    _frozen(monkeypatch, tmp_path, f"open({str(ran)!r}, 'a').write('x')\n")
    frozen_qt.prepare()
    frozen_qt.prepare()
    assert ran.read_text() == "x"


def test_a_build_without_the_file_runs_nothing(monkeypatch, tmp_path):
    _frozen(monkeypatch, tmp_path, None)
    frozen_qt.prepare()  # the hook ran at start in such a build


def test_from_source_nothing_runs(monkeypatch, tmp_path):
    ran = tmp_path / "ran"
    _frozen(monkeypatch, tmp_path, f"open({str(ran)!r}, 'a').write('x')\n")
    monkeypatch.delattr(sys, "frozen")
    frozen_qt.prepare()
    assert not ran.exists()
