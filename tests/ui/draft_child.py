"""Child process of test_draft_survives_kill: opens a new-case editor, types into it and
reports when the autosaved draft is on disk; then waits to be killed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.config.paths import ProfilePaths
from desktop.config.settings import Settings
from desktop.storage.profile import open_profile
from desktop.ui.context import AppContext
from desktop.ui.editors.window import open_editor


def main() -> None:
    app = QApplication([])
    paths = ProfilePaths(Path(sys.argv[1]))
    db = open_profile(paths)
    ctx = AppContext(paths, Settings(), db, sync_factory=lambda *_a: None)
    window = open_editor(ctx, "missing_case")
    editor = window.editor

    def type_and_report() -> None:
        reference = editor.binder.widget("reference")
        reference.clear()
        QTest.keyClicks(reference, "SN-2026-0777")
        QTest.keyClicks(editor.binder.widget("person.family_name"), "Kamara")
        QTest.keyClicks(editor.binder.widget("person.given_names"), "Mariama")
        print("TYPED", flush=True)

    editor.draft_saved.connect(lambda: print(f"DRAFT {editor.draft_key}", flush=True))
    QTimer.singleShot(0, type_and_report)
    app.exec()


if __name__ == "__main__":
    main()
