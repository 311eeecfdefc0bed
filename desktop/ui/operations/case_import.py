"""Importing missing cases from a spreadsheet or JSON file, and writing the empty template
(the import and the template are `desktop.interchange`; this only runs them off the GUI)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from ..context import AppContext
from .records import after_import

Callback = Callable[[Any], None] | None
KIND = "missing_case"


class NoCountry(Exception):
    """The cases' country comes from the signed-in account, and there is none."""


def import_cases(
    ctx: AppContext,
    path: str | Path,
    *,
    on_progress: Callable[[int, int], None],
    on_done: Callback = None,
    on_error: Callback = None,
    owner: QObject | None = None,
) -> None:
    """Import on the database worker; `on_progress(done, total)` and
    `on_done(CaseImportSummary)` run on the GUI thread."""
    from desktop.interchange.case_import import import_case_file
    from desktop.storage.case_import_store import CaseImportStore

    progress = ctx.tasks.gui_callback(on_progress)
    country = ctx.owner_country

    def work():
        if not country:
            raise NoCountry(
                QCoreApplication.translate(
                    "CaseImport",
                    "Sign in with a country's account to import cases: their references must "
                    "start with that country's code.",
                )
            )
        store = CaseImportStore(ctx.repo)
        return import_case_file(path, store, owner_country=country, progress=progress)

    done = after_import(ctx, KIND, on_done, owner)
    ctx.tasks.run_db(work, on_done=done, on_error=on_error, owner=owner)


def write_case_template(
    ctx: AppContext,
    path: str | Path,
    *,
    language: str = "en",
    on_done: Callback = None,
    on_error: Callback = None,
    owner: QObject | None = None,
) -> None:
    """Write the empty case template (.xlsx) off the GUI thread; `on_done(path)`."""
    from desktop.interchange.case_template_writer import write_template

    target = Path(path)

    def work():
        write_template(target, KIND, language=language)
        return target

    ctx.tasks.run_db(work, on_done=on_done, on_error=on_error, owner=owner)
