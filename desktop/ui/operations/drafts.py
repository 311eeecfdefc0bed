"""Editor drafts: autosaved as the user types, offered again when the editor reopens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
    def done(draft) -> None:
        ctx.events.drafts_changed.emit(kind)
        if on_done:
            on_done(draft)

    ctx.tasks.run_db(lambda: ctx.drafts.save(key, kind, record_id, data), on_done=done, owner=owner)


def discard_draft(
    ctx: AppContext, key: str, kind: str, *, on_done: Callback = None, owner: QObject | None = None
) -> None:
    def done(found) -> None:
        ctx.events.drafts_changed.emit(kind)
        if on_done:
            on_done(found)

    ctx.tasks.run_db(lambda: ctx.drafts.discard(key), on_done=done, owner=owner)


def list_drafts(
    ctx: AppContext, kind: str, *, on_done: Callback, owner: QObject | None = None
) -> None:
    ctx.tasks.run_db(lambda: ctx.drafts.list(kind), on_done=on_done, owner=owner)
