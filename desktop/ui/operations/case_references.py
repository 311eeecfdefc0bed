"""Case references for the case editor: the next free one, and whether one may be saved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import QObject

from desktop.domain.missing_case import reference_problem
from desktop.storage.case_references import case_with_reference, next_reference

from ..context import AppContext


@dataclass(frozen=True)
class ReferenceClash:
    """Why a reference cannot be saved: not the owner's prefix, or held by another case."""

    reference: str
    owner_country: str | None
    wrong_prefix: str | None = None  # the domain's message
    other_id: str | None = None
    other_title: str = ""


def propose_reference(
    ctx: AppContext, *, on_done: Callable[[str | None], None], owner: QObject | None = None
) -> None:
    """`on_done(reference)`: the next free reference of the user's country this year (None
    without a country, e.g. the secretariat)."""
    country = ctx.owner_country
    if not country:
        on_done(None)
        return
    ctx.tasks.run_db(
        lambda: next_reference(ctx.db, country, date.today().year), on_done=on_done, owner=owner
    )


def check_reference(
    ctx: AppContext,
    data: dict[str, Any],
    record_id: UUID,
    *,
    on_done: Callable[[ReferenceClash | None], None],
    owner: QObject | None = None,
) -> None:
    """`on_done(clash)`: None when the case's reference may be saved."""

    def work() -> ReferenceClash | None:
        reference = str(data.get("reference") or "").strip().upper()
        if not reference:
            return None  # the domain's validation says it is required
        existing = ctx.repo.get(record_id)
        country = existing.owner_country if existing else ctx.owner_country
        problem = reference_problem(reference, country)
        if problem:
            return ReferenceClash(reference, country, wrong_prefix=problem)
        other = case_with_reference(ctx.db, reference, str(record_id))
        if other:
            return ReferenceClash(reference, country, other_id=other[0], other_title=other[1])
        return None

    ctx.tasks.run_db(work, on_done=on_done, owner=owner)
