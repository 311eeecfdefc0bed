"""Deleting a case from its editor while changes are typed leaves no draft of it behind."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QMessageBox

from desktop.ui.editors.window import open_editor

from .conftest import valid_case, wait_idle


def test_deleting_a_case_with_typed_changes_leaves_no_draft(qtbot, ctx, monkeypatch):
    saved = ctx.repo.save("missing_case", valid_case(1), owner_country="SN")
    window = open_editor(ctx, "missing_case", str(saved.id))  # deletes itself when closed
    wait_idle(ctx)
    editor = window.editor
    qtbot.keyClicks(editor.binder.widget("notes"), "Seen with Brelvadine at the port")
    assert editor.dirty
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window._delete()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible(), timeout=5000)
    wait_idle(ctx)
    assert ctx.drafts.list("missing_case") == []
    assert ctx.repo.get(saved.id) is None  # never sent: nothing is left at all
