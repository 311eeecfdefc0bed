"""Secure updates (TUF, through tufup): check, download and verify, install where supported.

No Qt here: the window calls these in the background and shows the result.
"""

from .client import (
    UpdateInfo,
    UpdateOptions,
    check_for_update,
    download_update,
    install_update,
    options_for,
)
from .errors import UpdateError, UpdateRefused
from .trust import BUNDLED_ROOT, platform_tag, target_name

__all__ = [
    "BUNDLED_ROOT",
    "UpdateError",
    "UpdateInfo",
    "UpdateOptions",
    "UpdateRefused",
    "check_for_update",
    "download_update",
    "install_update",
    "options_for",
    "platform_tag",
    "target_name",
]
