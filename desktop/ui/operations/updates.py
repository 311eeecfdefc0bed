"""Checking for a signed update in the background (network worker); never blocks the window.

The check verifies the TUF metadata against the root.json the app ships; a refusal (bad
signature, expired or rolled-back metadata) is logged and reported, never installed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from ..context import AppContext

log = logging.getLogger(__name__)


def check_for_update(
    ctx: AppContext,
    *,
    on_found: Callable[[Any], None],
    on_refused: Callable[[BaseException], None] | None = None,
    owner: QObject | None = None,
) -> bool:
    """Start a check when the settings allow it; False when there is nothing to ask."""
    settings = ctx.settings
    if not settings.check_for_updates or settings.work_offline or not settings.server_url:
        return False
    server_url, ca_bundle = settings.server_url, settings.ca_bundle

    def work():
        from desktop.updates.client import check_for_update as check

        return check(server_url, ctx.paths, ca_bundle=ca_bundle)

    def done(info) -> None:
        if info is not None:
            on_found(info)

    def failed(exc: BaseException) -> None:
        log.info("update check failed: %s", type(exc).__name__)
        from desktop.updates.errors import UpdateRefused

        if on_refused is not None and isinstance(exc, UpdateRefused):
            on_refused(exc)

    ctx.tasks.run_net(work, on_done=done, on_error=failed, owner=owner)
    return True
