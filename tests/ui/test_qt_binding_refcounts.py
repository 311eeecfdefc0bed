"""The Qt binding keeps Python's reference counts: emitting a signal must not use up a
reference to True. PySide6 6.12.0 does (each `emit()` drops one), which ends the app with
"Fatal Python error: bool_dealloc" after some ten thousand signals; pyproject.toml excludes it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal()
    valued = Signal(int)


def test_emitting_signals_keeps_the_reference_count_of_true_and_false():
    emitter = _Emitter()
    emitter.changed.connect(lambda: None)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for number in range(200):
        emitter.changed.emit()
        emitter.valued.emit(number)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
