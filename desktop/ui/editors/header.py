"""The top of an editor: the record's title, its sync badge, and the notice shown when a draft
of unsaved changes was restored (with a button to discard it)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .sync_badge import SyncBadge


class EditorHeader(QWidget):
    discard_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.heading = QLabel(self)
        self.heading.setObjectName("editorHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)  # a long title wraps rather than widen the window
        self.badge = SyncBadge(self)
        row.addWidget(self.heading, 1)
        row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        column.addLayout(row)
        self.notice = QFrame(self)
        self.notice.setObjectName("draftNotice")
        self.notice.setStyleSheet("QFrame#draftNotice { background: #fff8e1; border-radius: 4px; }")
        notice_row = QHBoxLayout(self.notice)
        self.notice_text = QLabel(self.notice)
        self.notice_text.setStyleSheet("color: #5d4037;")
        discard = QPushButton(self.tr("Discard these changes"), self.notice)
        discard.clicked.connect(self.discard_requested)
        notice_row.addWidget(self.notice_text, 1)
        notice_row.addWidget(discard)
        self.notice.hide()
        column.addWidget(self.notice)

    def show_notice(self, text: str | None) -> None:
        self.notice_text.setText(text or "")
        self.notice.setVisible(bool(text))
