"""The one question asked when an editor with unsaved changes is closed (Esc, Close, the
window's close button): Save, Discard or Cancel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

Answer = QMessageBox.StandardButton


def ask_to_save(parent: QWidget, question: str | None = None) -> Answer:
    """Save, Discard or Cancel (Esc or closing the question means Cancel)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Unsaved", "Unsaved changes"),
        question or QCoreApplication.translate("Unsaved", "Save the changes?"),
        Answer.Save | Answer.Discard | Answer.Cancel,
        parent,
    )
    box.setDefaultButton(Answer.Save)
    box.setEscapeButton(Answer.Cancel)
    answer = box.exec()
    return Answer(answer) if answer in (Answer.Save, Answer.Discard) else Answer.Cancel
