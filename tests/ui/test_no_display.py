"""The window command on a machine with no display: one clear line, no Qt abort."""

from __future__ import annotations

import os
import subprocess
import sys


def test_without_a_display_the_window_command_says_so(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--profile", str(tmp_path / "p")],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "focal-desk: no display to open the window on; run it in a desktop session, or use "
        "the headless commands (focal-desk --help)"
    )
