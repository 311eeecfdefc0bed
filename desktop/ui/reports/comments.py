"""Review comments on a report, newest last; highlighted when the report was returned."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ..bidi import ltr, own_direction


class CommentsPanel(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comments")
        layout = QVBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.text)
        self.hide()

    def show_comments(self, comments: list[dict[str, Any]], *, returned: bool) -> None:
        if not comments:
            self.hide()
            return
        roles = {
            "secretariat": self.tr("Secretariat"),
            "focal_point": self.tr("Focal point"),
            "contributor": self.tr("Contributor"),
        }
        parts = []
        if returned:
            parts.append(
                "<b>"
                + escape(
                    self.tr(
                        "Returned by the secretariat: please address "
                        "these comments and submit again."
                    )
                )
                + "</b>"
            )
        for comment in comments:
            who = roles.get(comment.get("role", ""), comment.get("role", ""))
            when = str(comment.get("at") or "")[:16].replace("T", " ")
            author, when = escape(ltr(comment.get("author") or "")), escape(ltr(when))
            head = f"{escape(who)} · {author} · {when}"
            # No italics: common fonts have no oblique Arabic glyphs.
            head = f'<span style="color: #616161;">{head}</span>'
            parts.append(f"{head}<br>{escape(own_direction(comment.get('text')))}")
        self.text.setText("<br><br>".join(parts))
        background = "#fff3e0" if returned else "palette(alternate-base)"
        self.setStyleSheet(f"QFrame#comments {{ background: {background}; border-radius: 4px; }}")
        self.show()
