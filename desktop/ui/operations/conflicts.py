"""Open conflicts and their field-by-field resolution."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from desktop.storage import conflicts as conflict_store
from desktop.storage.list_columns import list_columns

from ..context import AppContext
from ..events import RecordsChanged
from .records import refresh_counts

Callback = Callable[[Any], None] | None


def conflict_label(conflict: conflict_store.Conflict) -> str:
    data = conflict.local_data or conflict.server_data
    try:
        return list_columns(conflict.kind, data)["label"] or conflict.record_id[:8]
    except (KeyError, TypeError, AttributeError):
        return conflict.record_id[:8]


def list_conflicts(ctx: AppContext, *, on_done: Callback, owner: QObject | None = None) -> None:
    ctx.tasks.run_db(lambda: conflict_store.list_open(ctx.db), on_done=on_done, owner=owner)


def resolve_conflict(
    ctx: AppContext,
    conflict: conflict_store.Conflict,
    data: dict[str, Any],
    *,
    on_done: Callback = None,
    on_error: Callback = None,
    owner: QObject | None = None,
) -> None:
    """Save the chosen values as a new local edit on the server's revision."""

    def done(record) -> None:
        ctx.events.records_changed.emit(
            RecordsChanged.of(conflict.kind, ids=[conflict.record_id], source=owner)
        )
        ctx.events.conflicts_changed.emit()
        refresh_counts(ctx)
        if on_done:
            on_done(record)

    ctx.tasks.run_db(
        lambda: conflict_store.resolve(ctx.db, conflict.id, data),
        on_done=done,
        on_error=on_error,
        owner=owner,
    )
