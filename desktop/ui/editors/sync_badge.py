"""The per-record sync badge: pending, synced, failed (with the server's message), conflict."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.storage.models import SyncState

from ..labels import SYNC_COLOURS, server_errors_text


class SyncBadge(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syncBadge")
        self.state = "new"
        self.set_state("new")

    def set_state(self, state: str, message: str | None = None, kind: str | None = None) -> None:
        self.state = state
        texts = {
            "new": self.tr("Not saved yet"),
            SyncState.PENDING: self.tr("Waiting to sync"),
            SyncState.SYNCED: self.tr("Synced"),
            SyncState.FAILED: self.tr("Sync failed"),
            SyncState.CONFLICT: self.tr("Conflict: changed on the server too"),
        }
        text = texts.get(state, state)
        message = server_errors_text(message, kind) if message else None
        if message and state == SyncState.FAILED:
            text = f"{text}: {message}"
            if len(text) > 90:
                text = text[:88] + "…"
        colour = SYNC_COLOURS.get(state)
        css = colour.name() if colour else "#757575"
        self.setText(f"● {text}")
        self.setToolTip(message or "")
        self.setStyleSheet(
            f"QLabel#syncBadge {{ color: {css}; border: 1px solid {css}; border-radius: 9px;"
            " padding: 1px 8px; }"
        )
        self.setAccessibleName(self.tr("Sync state: {state}").format(state=text))
