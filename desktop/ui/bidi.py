"""Identifiers inside right-to-left text: references (SN-2026-0042), IOM ids (2026.MMP0001),
e-mail addresses, paths, URLs, dates and numbers read left to right even in Arabic.

In a right-to-left paragraph the Unicode bidirectional algorithm reorders the parts of such an
identifier ("2026.MMP0001" shows as "MMP0001.2026"). `ltr(text)` wraps it in a left-to-right
isolate (U+2066 LRI … U+2069 PDI) when the UI is right to left; a left-to-right UI gets the
text unchanged. Use it for text that is shown, never for text that is edited or stored. For
an editable field holding such a value (a server address, a path), `ltr_field(widget)`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

LRI = "\u2066"  # LEFT-TO-RIGHT ISOLATE
FSI = "\u2068"  # FIRST STRONG ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE


def right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def ltr(value: Any) -> str:
    """`value` as text that reads left to right inside right-to-left text ("" for None)."""
    text = "" if value is None else str(value)
    if not text or not right_to_left() or text.startswith(LRI):
        return text
    return f"{LRI}{text}{PDI}"


def own_direction(value: Any) -> str:
    """Free text someone typed (a comment), shown in the direction of its own first letters:
    an English comment reads left to right, its full stop at its end, even in Arabic."""
    text = "" if value is None else str(value)
    if not text or not right_to_left():
        return text
    return f"{FSI}{text}{PDI}"


def plain(text: str) -> str:
    """`text` without the isolates `ltr` and `own_direction` added (e.g. to copy it)."""
    return text.replace(LRI, "").replace(FSI, "").replace(PDI, "")


def ltr_field(widget: QWidget) -> QWidget:
    """An input whose value is an identifier (URL, e-mail, path) is typed left to right."""
    widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return widget
