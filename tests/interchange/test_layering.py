"""The interchange layer sits on the domain only: no Qt, no SQL."""

from __future__ import annotations

import subprocess
import sys


def test_importing_interchange_pulls_in_no_qt_and_no_sql():
    code = (
        "import sys, desktop.interchange; "
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'sqlalchemy', 'sqlite3', 'sqlcipher3', 'desktop') "
        "and not m.startswith(('desktop.interchange', 'desktop.domain')) and m != 'desktop']; "
        "print(','.join(sorted(bad)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
