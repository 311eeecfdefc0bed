"""The columns of each record list: which list field they show, how, and their SQL sort key."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject

from desktop.domain.reference.countries import country_name
from desktop.storage.listing import ListRow, SortKey

from .. import i18n
from ..bidi import ltr
from ..labels import Labels, label, term


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[ListRow], str]
    sort: SortKey | None = None
    sync_badge: bool = False


def _date(value: str) -> str:
    return ltr(value[:10])


class ColumnSets(QObject):
    def for_kind(self, kind: str) -> list[Column]:
        labels = Labels()
        sync = labels.sync_state()
        routes = labels.route()
        badge = Column(self.tr("Sync"), lambda r: label(sync, r.sync_state), None, True)
        if kind == "missing_case":
            status = labels.case_status()
            return [
                Column(self.tr("Reference"), lambda r: ltr(r.label), "label"),
                Column(self.tr("Person sought"), lambda r: r.title, "title"),
                # Status and Updated are not sortable: no index serves those orders at 100k rows
                # (2 s); filter by status instead.
                Column(self.tr("Status"), lambda r: label(status, r.status)),
                Column(self.tr("Route"), lambda r: term(routes, r.route)),
                Column(self.tr("Last contact"), lambda r: _date(r.event_date), "event_date"),
                Column(self.tr("Updated"), lambda r: _date(r.updated_at)),
                badge,
            ]
        if kind == "incident":
            return [
                Column(self.tr("Incident ID"), lambda r: ltr(r.label), "label"),
                Column(self.tr("Date"), lambda r: _date(r.event_date), "event_date"),
                Column(self.tr("Country"), lambda r: _country(r.status)),
                Column(self.tr("Location"), lambda r: r.title, "title"),
                Column(self.tr("Route"), lambda r: term(routes, r.route)),
                badge,
            ]
        raise ValueError(f"no list columns for {kind}")


def _country(value: str) -> str:
    if len(value) == 2 and value.isupper():
        return country_name(value, i18n.current_language())
    return value
