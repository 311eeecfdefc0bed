"""Translated display names of the product's fixed vocabularies (statuses, states, sync)."""

from __future__ import annotations

import json

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from desktop.storage.models import SyncState


class Labels(QObject):
    """One instance per call site is cheap; strings are looked up when asked (current language)."""

    def case_status(self) -> dict[str, str]:
        return {
            "open": self.tr("Open"),
            "tracing": self.tr("Tracing"),
            "referred": self.tr("Referred"),
            "found_alive": self.tr("Found alive"),
            "deceased_identified": self.tr("Deceased, identified"),
            "closed": self.tr("Closed"),
        }

    def sex(self) -> dict[str, str]:
        return {"unknown": self.tr("Unknown"), "female": self.tr("Female"), "male": self.tr("Male")}

    def date_precision(self) -> dict[str, str]:
        return {
            "day": self.tr("Exact day"),
            "month": self.tr("Month only"),
            "year": self.tr("Year only"),
        }

    def report_state(self) -> dict[str, str]:
        return {
            "missing": self.tr("Not started"),
            "draft": self.tr("Draft"),
            "submitted": self.tr("Submitted"),
            "returned": self.tr("Returned"),
            "resubmitted": self.tr("Resubmitted"),
            "accepted": self.tr("Accepted"),
        }

    def sync_state(self) -> dict[str, str]:
        return {
            SyncState.PENDING: self.tr("Pending"),
            SyncState.SYNCED: self.tr("Synced"),
            SyncState.FAILED: self.tr("Failed"),
            SyncState.CONFLICT: self.tr("Conflict"),
        }

    def initiative_type(self) -> dict[str, str]:
        return {"project": self.tr("Project"), "policy": self.tr("Policy")}

    def initiative_status(self) -> dict[str, str]:
        return {
            "planned": self.tr("Planned"),
            "ongoing": self.tr("Ongoing"),
            "completed": self.tr("Completed"),
        }

    def kind(self) -> dict[str, str]:
        return {
            "missing_case": self.tr("Missing case"),
            "incident": self.tr("Incident"),
            "country_report": self.tr("Country report"),
            "campaign": self.tr("Campaign"),
        }

    def dialogue(self) -> dict[str, str]:
        return {
            "rabat": self.tr("Rabat Process"),
            "khartoum": self.tr("Khartoum Process"),
            "c2cmmd": self.tr("Continent-to-Continent Dialogue"),
        }


# Colours of report states (secretariat grid, charts) and sync badges: readable on light and
# dark themes alike because text on them is always drawn dark.
STATE_COLOURS = {
    "missing": QColor("#e0e0e0"),
    "draft": QColor("#fff3c4"),
    "submitted": QColor("#bbdefb"),
    "resubmitted": QColor("#c5cae9"),
    "returned": QColor("#ffccbc"),
    "accepted": QColor("#c8e6c9"),
}
SYNC_COLOURS = {
    SyncState.PENDING: QColor("#f9a825"),
    SyncState.SYNCED: QColor("#2e7d32"),
    SyncState.FAILED: QColor("#c62828"),
    SyncState.CONFLICT: QColor("#6a1b9a"),
}


def server_errors(sync_message: str | None) -> list[tuple[str, str]]:
    """The server's field errors kept with a rejected record: [(field, message)]."""
    if not sync_message:
        return []
    try:
        items = json.loads(sync_message)
    except ValueError:
        return [("record", sync_message)]
    if not isinstance(items, list):
        return [("record", str(items))]
    return [(str(i.get("field", "record")), str(i.get("message", ""))) for i in items
            if isinstance(i, dict)]  # fmt: skip


def server_errors_text(sync_message: str | None, kind: str | None = None) -> str:
    """The server's reasons in one line, fields named by their titles when `kind` is known."""
    from .conflicts.fields import field_title

    def name(field: str) -> str:
        return field_title(kind, field) if kind else field

    return "; ".join(m if f in {"record", ""} else f"{name(f)}: {m}" for f, m in
                     server_errors(sync_message))  # fmt: skip


def label(mapping: dict[str, str], value: str | None) -> str:
    """The label of `value`, or the value itself when the vocabulary does not know it."""
    if not value:
        return ""
    return mapping.get(value, value.replace("_", " ").capitalize())
