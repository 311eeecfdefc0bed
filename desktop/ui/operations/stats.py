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


def every_month(
    rows: list[tuple[str, int, int]], months: int = MONTHS
) -> list[tuple[str, int, int]]:
    """`rows` ((YYYY-MM, dead, missing), oldest first) with the months between them that had
    no incident added as zeros, so a month axis never skips; at most the last `months`."""
    if not rows:
        return []
    counts = {month: (dead, missing) for month, dead, missing in rows}
    last_year, last_month = (int(part) for part in rows[-1][0].split("-"))
    first = max(rows[0][0], _month_before(last_year, last_month, months - 1))
    out: list[tuple[str, int, int]] = []
    year, month = (int(part) for part in first.split("-"))
    while (year, month) <= (last_year, last_month):
        key = f"{year:04d}-{month:02d}"
        out.append((key, *counts.get(key, (0, 0))))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _month_before(year: int, month: int, back: int) -> str:
    index = year * 12 + (month - 1) - back
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


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
            incidents_by_month=every_month(stats.incidents_per_month(MONTHS), MONTHS),
            completeness=_completeness(ctx),
        )

    ctx.tasks.run_db(work, on_done=on_done, owner=owner)
