"""Exporting a list to an Excel workbook, on the database worker, with progress. The workbook
is the one `focal-desk export --format xlsx` writes (desktop.interchange.write_xlsx); a list
with a search or filters exports the records it shows, an unfiltered one every record."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from desktop.storage.listing import ListQuery

from ..context import AppContext

Callback = Callable[[Any], None] | None
_MANY = 1_000_000


class FolderMissing(Exception):
    """The chosen folder does not exist (any more)."""

    def __init__(self, folder: Path):
        super().__init__(f"the folder {folder} does not exist")
        self.folder = folder


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int
    include_personal: bool


def is_filtered(query: ListQuery) -> bool:
    """Whether the list shows less than every record of its kind."""
    return replace(query, sort="label", descending=False) != ListQuery(kind=query.kind)


def count_records(
    ctx: AppContext, query: ListQuery, *, on_done: Callback, owner: QObject | None = None
) -> None:
    ctx.tasks.run_db(lambda: ctx.listing.count(query), on_done=on_done, owner=owner)


def export_xlsx(
    ctx: AppContext,
    query: ListQuery,
    path: str | Path,
    *,
    include_personal: bool,
    on_progress: Callable[[int, int], None] | None = None,
    on_done: Callback = None,
    on_error: Callback = None,
    owner: QObject | None = None,
) -> None:
    """Write the records of `query` to `path`; `on_done(ExportResult)` on the GUI thread.
    `include_personal` matters for missing cases only (their personal fields)."""
    from desktop.interchange import write_xlsx

    progress = ctx.tasks.gui_callback(on_progress) if on_progress else None
    target = Path(path)

    def work() -> ExportResult:
        if not target.parent.is_dir():
            raise FolderMissing(target.parent)
        total = ctx.listing.count(query)
        envelopes: Iterable[dict[str, Any]] = ctx.repo.envelopes(query.kind)
        if is_filtered(query):
            shown = {row.id for row in ctx.listing.page(query, limit=_MANY).rows}
            envelopes = (e for e in envelopes if str(e["id"]) in shown)
        if progress:
            envelopes = _counted(envelopes, total, progress)
        count = write_xlsx(target, query.kind, envelopes, include_personal=include_personal)
        return ExportResult(target, count, include_personal)

    ctx.tasks.run_db(work, on_done=on_done, on_error=on_error, owner=owner)


def _counted(
    envelopes: Iterable[dict[str, Any]], total: int, progress: Callable[[int, int], None]
) -> Iterator[dict[str, Any]]:
    step = max(total // 100, 1)
    done = 0
    progress(0, total)
    for envelope in envelopes:
        yield envelope
        done += 1
        if done % step == 0:
            progress(done, total)
    progress(done, total)
