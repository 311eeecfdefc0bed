"""Editor drafts: autosaved as the user types, offered again when the editor reopens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from ..context import AppContext

Callback = Callable[[Any], None] | None


def draft_key(kind: str, record_id: object) -> str:
    return f"{kind}:{record_id}"


def save_draft(
    ctx: AppContext,
    key: str,
    kind: str,
    record_id: str | None,
    data: dict[str, Any],
    *,
    on_done: Callback = None,
    owner: QObject | None = None,
) -> None:
    ctx.tasks.run_db(
        lambda: ctx.drafts.save(key, kind, record_id, data),
        on_done=_tell_lists(ctx, kind, on_done, owner),
    )


def discard_draft(
    ctx: AppContext, key: str, kind: str, *, on_done: Callback = None, owner: QObject | None = None
) -> None:
    ctx.tasks.run_db(
        lambda: ctx.drafts.discard(key), on_done=_tell_lists(ctx, kind, on_done, owner)
    )


def _tell_lists(ctx: AppContext, kind: str, on_done: Callback, owner: QObject | None):
    """The lists hear of a draft saved or dropped even when `owner` is gone by then (an editor
    closed with Discard, or with its changes kept as a draft); `on_done` only while it lives."""

    def done(result) -> None:
        ctx.events.drafts_changed.emit(kind)
        if on_done and (owner is None or shiboken6.isValid(owner)):
            on_done(result)

    return done


def list_drafts(
    ctx: AppContext, kind: str, *, on_done: Callback, owner: QObject | None = None
) -> None:
    ctx.tasks.run_db(lambda: ctx.drafts.list(kind), on_done=on_done, owner=owner)
