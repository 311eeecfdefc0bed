"""In the frozen app, PyInstaller's PySide6 run-time hook runs when the Qt client is first
imported instead of at every start.

The hook (QT_PLUGIN_PATH, the embedded qt.conf that relocates Qt's prefix, so Qt finds its
plugins and its own translations) imports QtCore, about 80 ms that `focal-desk --version` and
the headless commands do not need. build.spec leaves it out of the start-up scripts and ships
the hook file itself beside this module; `prepare` runs that file, unchanged, before anything
of Qt is made (desktop/ui/__init__.py calls it). From source, or in a build that still runs the
hook at start (no file shipped), it does nothing.
"""

from __future__ import annotations

import os
import sys

HOOK = "pyi_rth_pyside6.py"  # PyInstaller's hook, shipped by build.spec as desktop/ui/<HOOK>

_prepared = False


def prepare() -> None:
    """Run the deferred PySide6 hook once, in a frozen app that ships it."""
    global _prepared
    if _prepared or not getattr(sys, "frozen", False):
        return
    _prepared = True
    hook = os.path.join(getattr(sys, "_MEIPASS", ""), "desktop", "ui", HOOK)
    if os.path.isfile(hook):
        import runpy

        runpy.run_path(hook, run_name="pyi_rth_pyside6")
