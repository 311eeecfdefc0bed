"""App-wide announcements. Operations announce what they changed; each view decides for itself
whether to refresh. No view calls another."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class RecordsChanged:
    """Records of `kinds` changed (`ids` when known; empty means "possibly any")."""

    kinds: frozenset[str]
    ids: frozenset[str] = field(default_factory=frozenset)
    source: object | None = None  # who made the change, so it can skip its own echo

    @classmethod
    def of(cls, *kinds: str, ids=(), source: object | None = None) -> RecordsChanged:
        return cls(frozenset(kinds), frozenset(str(i) for i in ids), source)

    def touches(self, kind: str) -> bool:
        return kind in self.kinds


ALL_KINDS = ("missing_case", "incident", "country_report", "campaign")


class AppEvents(QObject):
    records_changed = Signal(object)  # RecordsChanged: records, drafts or conflicts changed
    drafts_changed = Signal(str)  # kind whose drafts changed
    conflicts_changed = Signal()
    user_changed = Signal(object)  # UserInfo | None
    language_changed = Signal(str)  # the new language code ("system" included)
    settings_changed = Signal()
