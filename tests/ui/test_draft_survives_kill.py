"""Nothing typed is lost: an editor's draft is autosaved (debounced, ~1 s) through the
database worker, survives SIGKILL, and is offered again with what was typed."""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest

from desktop.config.paths import ProfilePaths
from desktop.config.settings import Settings
from desktop.storage.drafts import DraftRepository
from desktop.storage.profile import open_profile
from desktop.ui.context import AppContext
from desktop.ui.editors.window import open_windows
from desktop.ui.pages.cases import CasesPage

from .conftest import wait_idle

HERE = Path(__file__).resolve().parent
SUPPORT = HERE.parent / "support"
REPO = HERE.parents[1]


def file_keyring():
    spec = importlib.util.spec_from_file_location("file_keyring", SUPPORT / "file_keyring.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.FileKeyring()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fcntl are POSIX")
def test_an_autosaved_draft_survives_a_kill_and_comes_back(qtbot, tmp_path, monkeypatch):
    root = tmp_path / "profile"
    secrets = tmp_path / "keyring.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FOCAL_TEST_KEYRING_FILE": str(secrets),
        "PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring",
        "PYTHONPATH": os.pathsep.join([str(SUPPORT), str(REPO)]),
    }
    child = subprocess.Popen(
        [sys.executable, str(HERE / "draft_child.py"), str(root)],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        typed_line = child.stdout.readline()
        typed_at = time.monotonic()
        assert typed_line.strip() == "TYPED", "the editor did not start"
        draft_line = child.stdout.readline()
        saved_after = time.monotonic() - typed_at
        assert draft_line.startswith("DRAFT missing_case:"), draft_line
        assert saved_after < 5, "the draft took too long to be saved"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    key = draft_line.split()[1]

    monkeypatch.setenv("FOCAL_TEST_KEYRING_FILE", str(secrets))
    keyring.set_keyring(file_keyring())
    paths = ProfilePaths(root)
    db = open_profile(paths)
    try:
        [draft] = DraftRepository(db).list("missing_case")
        assert draft.key == key and draft.record_id is None
        person = draft.data["person"]
        assert (person["family_name"], person["given_names"]) == ("Kamara", "Mariama")
        assert draft.data["reference"] == "SN-2026-0777"

        ctx = AppContext(paths, Settings(), db, sync_factory=lambda *_a: None)
        page = CasesPage(ctx)
        qtbot.addWidget(page)
        wait_idle(ctx)
        assert page.drafts_bar.isVisibleTo(page)
        assert page.drafts_text.text() == "1 record with changes not saved yet."
        [action] = page.drafts_button.menu().actions()
        assert "SN-2026-0777" in action.text() and "Kamara" in action.text()
        action.trigger()
        [window] = open_windows()
        qtbot.addWidget(window)
        editor = window.editor
        wait_idle(ctx)
        assert editor.binder.widget("person.family_name").text() == "Kamara"
        assert editor.notice.isVisibleTo(editor) and editor.dirty
        with qtbot.waitSignal(editor.saved, timeout=5000):
            assert editor.save()
        wait_idle(ctx)
        assert DraftRepository(db).list() == []
        assert not page.drafts_bar.isVisibleTo(page)
        window.close()
        ctx.tasks.wait_idle(5)
        ctx.tasks.shutdown()
    finally:
        db.close()
