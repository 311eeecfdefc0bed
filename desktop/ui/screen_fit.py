"""Windows open on screen: a wanted size is shrunk to the screen's available area (less a
margin) and the window is placed inside it, centred on its parent when it has one."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN = 16


def clamp_rect(wanted: QRect, available: QRect, margin: int = MARGIN) -> QRect:
    """`wanted` made to fit inside `available` (shrunk, then moved), `margin` pixels in."""
    room = available.adjusted(margin, margin, -margin, -margin)
    if room.width() <= 0 or room.height() <= 0:
        room = QRect(available)
    size = wanted.size().boundedTo(room.size())
    left = min(max(wanted.left(), room.left()), room.right() - size.width() + 1)
    top = min(max(wanted.top(), room.top()), room.bottom() - size.height() + 1)
    return QRect(QPoint(left, top), size)


def place_on_screen(window: QWidget, wanted: QSize, anchor: QWidget | None = None) -> QRect:
    """Size `window` to `wanted` (or less, to fit) and put it on the screen of `anchor` (or of
    the window itself), centred on `anchor` when given. The geometry set."""
    anchor = anchor.window() if anchor is not None else None
    screen = (anchor or window).screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    centre = anchor.frameGeometry().center() if anchor is not None else available.center()
    wanted = wanted.expandedTo(window.minimumSize())
    rect = QRect(QPoint(0, 0), wanted)
    rect.moveCenter(centre)
    fitted = clamp_rect(rect, available)
    window.resize(fitted.size())
    window.move(fitted.topLeft())
    return fitted
