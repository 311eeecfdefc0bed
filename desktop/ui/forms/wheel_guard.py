"""One policy for the mouse wheel over value widgets: a combo box, spin box or date edit
changes its value by the wheel only when it has the keyboard focus. Over an unfocused one the
wheel scrolls the form around it, as over a label, so scrolling a long editor never changes a
value under the pointer ("Country of departure" from Senegal to Chad).

`install_wheel_guard(app)` installs it once for the whole application; it also gives those
widgets the StrongFocus policy (Tab and click, not the wheel), so the wheel does not take the
focus first and then change the value.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)  # QAbstractSpinBox covers spin, double spin, date edits
_NAME = "focalDeskWheelGuard"


class WheelGuard(QObject):
    """Application event filter: see the module's docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != QEvent.Type.Wheel or not isinstance(watched, GUARDED):
            return False
        if watched.hasFocus():
            return False  # the user is working in this widget: the wheel changes its value
        scroll_to(watched, event)
        return True


def scroll_to(widget: QWidget, event: QWheelEvent) -> None:
    """Hand the wheel to the nearest scroll area around `widget` (the form), or let it travel
    to the parent widgets as an ignored event would."""
    area = _scroll_area_around(widget)
    if area is None:
        event.ignore()  # Qt then offers it to the parents
        return
    viewport = area.viewport()
    position = viewport.mapFromGlobal(event.globalPosition().toPoint())
    forwarded = QWheelEvent(
        position.toPointF(),
        event.globalPosition(),
        event.pixelDelta(),
        event.angleDelta(),
        event.buttons(),
        event.modifiers(),
        event.phase(),
        event.inverted(),
        event.source(),
        event.pointingDevice(),
    )
    QCoreApplication.sendEvent(viewport, forwarded)
    event.accept()


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def install_wheel_guard(app: QCoreApplication) -> WheelGuard:
    """Install the policy on `app` once (calling again returns the installed one)."""
    existing = app.findChild(QObject, _NAME)
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    guard.setObjectName(_NAME)
    app.installEventFilter(guard)
    return guard
