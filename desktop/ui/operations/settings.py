"""Saving the user's settings (a small file write, still kept off the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.config.settings import save_settings as write_settings
from desktop.storage.storage_errors import translate_errors

from ..context import AppContext


def save_settings(
    ctx: AppContext,
    changes: dict[str, Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Any], None] | None = None,
) -> None:
    """Apply `changes` (validated by the settings model) and write the file."""
    old_language = ctx.settings.language
    for name, value in changes.items():
        setattr(ctx.settings, name, value)  # validate_assignment: a bad value raises here
    snapshot = ctx.settings.model_copy()

    def done(_none) -> None:
        ctx.events.settings_changed.emit()
        if snapshot.language != old_language:
            ctx.events.language_changed.emit(snapshot.language)
        if on_done:
            on_done(None)

    def work() -> None:
        with translate_errors(ctx.paths):  # a full disk: the profile folder's, named
            write_settings(ctx.paths.settings_file, snapshot)

    ctx.tasks.run_db(work, on_done=done, on_error=on_error)
