"""Importing an IOM Missing Migrants Project file (the import itself is `desktop.interchange`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from ..context import AppContext
from .records import after_import

Callback = Callable[[Any], None] | None


def import_iom(
    ctx: AppContext,
    path: str | Path,
    *,
    on_progress: Callable[[int, int], None],
    on_done: Callback = None,
    on_error: Callback = None,
    owner: QObject | None = None,
) -> None:
    """Import on the database worker; `on_progress(done, total)` and `on_done(ImportSummary)`
    run on the GUI thread."""
    from desktop.interchange import import_iom_file
    from desktop.storage.import_store import ImportStore

    progress = ctx.tasks.gui_callback(on_progress)
    country = ctx.owner_country

    def work():
        return import_iom_file(
            path, ImportStore(ctx.repo), owner_country=country, progress=progress
        )

    done = after_import(ctx, "incident", on_done, owner)
    ctx.tasks.run_db(work, on_done=done, on_error=on_error, owner=owner)
