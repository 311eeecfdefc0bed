"""Editor windows: one per record (opening a record again raises its window), with Save
(Ctrl+S), Delete and Close (Esc). Closing with unsaved changes asks Save / Discard / Cancel;
quitting keeps the draft. A window opens on screen, at most as large as the screen allows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ..context import AppContext
from ..operations import records as ops
from ..screen_fit import place_on_screen
from . import unsaved
from .base import RecordEditor
from .case_editor import CaseEditor
from .incident_editor import IncidentEditor

EDITORS: dict[str, type[RecordEditor]] = {"missing_case": CaseEditor, "incident": IncidentEditor}
_open: dict[str, EditorWindow] = {}


class EditorWindow(QWidget):
    def __init__(self, editor: RecordEditor, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.editor = editor
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        place_on_screen(self, QSize(1060, 760), parent)
        layout = QVBoxLayout(self)
        layout.addWidget(editor, 1)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(editor.save)
        self.delete_button.clicked.connect(self._delete)
        close.clicked.connect(self.close)
        close.setToolTip(self.tr("Close (Esc)"))
        QShortcut(QKeySequence.StandardKey.Cancel, self, self.close)
        layout.addWidget(buttons)
        editor.title_changed.connect(self._retitle)
        editor.saved.connect(lambda _r: self.delete_button.setEnabled(True))
        self.delete_button.setEnabled(not editor.is_new)
        self._retitle(editor.title())
        self.ask_on_close = True

    def _retitle(self, title: str) -> None:
        self.setWindowTitle(title)

    def _delete(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete record"),
            self.tr("Delete this record? The deletion is sent to the server at the next sync."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            ed = self.editor
            typed = ed.dirty
            ed.forget_typing()  # a draft written after the delete would keep the case's data
            ops.delete_record(
                ed.ctx, ed.kind, ed.record_id, owner=self, on_done=lambda _r: self._close_now(),
                on_error=lambda _exc: ed.forget_typing(not typed),
            )  # fmt: skip

    def _close_now(self) -> None:
        self.ask_on_close = False
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        editor = self.editor
        if editor.dirty and self.ask_on_close:
            answer = unsaved.ask_to_save(self, self.tr("Save the changes to this record?"))
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                if not editor.save():
                    event.ignore()
                    return
                editor.saved.connect(lambda _r: self._close_now())
                event.ignore()
                return
            editor.discard_changes()
        else:
            editor.save_draft_now()  # quitting: whatever was typed stays as a draft
        _open.pop(str(editor.record_id), None)
        super().closeEvent(event)


def open_editor(
    ctx: AppContext,
    kind: str,
    record_id: str | None = None,
    *,
    draft: Any | None = None,
    parent: QWidget | None = None,
) -> EditorWindow:
    """Show the editor of the record (raising its window if it is open already)."""
    key = record_id or (draft.key.split(":", 1)[1] if draft is not None else None)
    if key and key in _open:
        window = _open[key]
    else:
        if draft is not None and draft.record_id is None:  # a new record never saved
            editor = EDITORS[kind](ctx, None, new_id=key, draft=draft)
        else:
            editor = EDITORS[kind](ctx, record_id or (draft.record_id if draft else None))
        window = EditorWindow(editor, parent)
        _open[str(editor.record_id)] = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def open_windows() -> list[EditorWindow]:
    return list(_open.values())
