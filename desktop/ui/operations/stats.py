"""Figures for the overview charts (counted in SQL by `desktop.storage.stats`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject

from desktop.domain.reference.dialogues import DIALOGUES
from desktop.storage.stats import RecordStats

from ..context import AppContext
from ..labels import Labels, label
from .reports import stored_campaigns, stored_report_rows

Callback = Callable[[Any], None] | None
MONTHS = 24
TOP_ROUTES = 7


@dataclass
class Overview:
    cases_by_status: dict[str, int] = field(default_factory=dict)
    cases_by_route: list[tuple[str, int]] = field(default_factory=list)
    incidents_by_month: list[tuple[str, int, int]] = field(default_factory=list)  # dead, missing
    # campaign title → {state: number of countries}, "missing" included
    completeness: list[tuple[str, dict[str, int]]] = field(default_factory=list)


def _completeness(ctx: AppContext) -> list[tuple[str, dict[str, int]]]:
    reports = stored_report_rows(ctx)
    out = []
    for info in stored_campaigns(ctx)[:6]:
        members = DIALOGUES[info.campaign.dialogue].members
        states = {r.label: r.status for r in reports if r.title == info.id}
        counts: dict[str, int] = {}
        for country in members:
            state = states.get(country, "missing")
            counts[state] = counts.get(state, 0) + 1
        name = label(Labels().dialogue(), info.campaign.dialogue)
        out.append((f"{info.campaign.period} · {name}", counts))
    return out


def load_overview(ctx: AppContext, *, on_done: Callback, owner: QObject | None = None) -> None:
    stats = RecordStats(ctx.db)

    def work() -> Overview:
        routes = stats.grouped("missing_case", "route")
        top = routes[:TOP_ROUTES]
        rest = sum(n for _, n in routes[TOP_ROUTES:])
        if rest:
            top.append(("…", rest))
        return Overview(
            cases_by_status=dict(stats.grouped("missing_case", "status")),
            cases_by_route=top,
            incidents_by_month=stats.incidents_per_month(MONTHS),
            completeness=_completeness(ctx),
        )

    ctx.tasks.run_db(work, on_done=on_done, owner=owner)
