"""Translated display names of the product's fixed vocabularies (statuses, states, sync)."""

from __future__ import annotations

import json

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from desktop.domain.errors import FieldError
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

    def sync_phase(self) -> dict[str, str]:
        """The words of the sync progress bar for the sync engine's phases."""
        return {
            "push": self.tr("Sending changes…"),
            "pull": self.tr("Receiving changes…"),
            "verify": self.tr("Checking…"),
            "done": self.tr("Done"),
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

    def role(self) -> dict[str, str]:
        return {
            "secretariat": self.tr("Secretariat"),
            "focal_point": self.tr("Focal point"),
            "contributor": self.tr("Contributor"),
        }

    # IOM Missing Migrants Project vocabularies (desktop/domain/reference/iom.py): the stored
    # value is IOM's English term; these are what the window shows.
    def cause_of_death(self) -> dict[str, str]:
        return {
            "Drowning": self.tr("Drowning"),
            "Harsh environmental conditions / lack of adequate shelter, food, water": self.tr(
                "Harsh environmental conditions / lack of adequate shelter, food, water"
            ),
            "Vehicle accident / death linked to hazardous transport": self.tr(
                "Vehicle accident / death linked to hazardous transport"
            ),
            "Violence": self.tr("Violence"),
            "Sickness / lack of access to adequate healthcare": self.tr(
                "Sickness / lack of access to adequate healthcare"
            ),
            "Accidental death": self.tr("Accidental death"),
            "Mixed or unknown": self.tr("Mixed or unknown"),
        }

    def route(self) -> dict[str, str]:
        return {
            "Central Mediterranean": self.tr("Central Mediterranean"),
            "Western Mediterranean": self.tr("Western Mediterranean"),
            "Eastern Mediterranean": self.tr("Eastern Mediterranean"),
            "Western Africa / Atlantic route to the Canary Islands": self.tr(
                "Western Africa / Atlantic route to the Canary Islands"
            ),
            "Sahara Desert crossing": self.tr("Sahara Desert crossing"),
            "Eastern Route to/from EHOA": self.tr("Eastern Route to/from EHOA"),
            "Southern Route to/from EHOA": self.tr("Southern Route to/from EHOA"),
            "Northern Route to/from EHOA": self.tr("Northern Route to/from EHOA"),
            "Mainland Europe to the UK": self.tr("Mainland Europe to the UK"),
            "Western Balkans": self.tr("Western Balkans"),
            "Türkiye-Europe land route": self.tr("Türkiye-Europe land route"),
            "Iran to Türkiye": self.tr("Iran to Türkiye"),
            "Afghanistan to Iran": self.tr("Afghanistan to Iran"),
            "Sea crossings to Mayotte": self.tr("Sea crossings to Mayotte"),
            "Bay of Bengal/Andaman Sea": self.tr("Bay of Bengal/Andaman Sea"),
            "Naf River crossing": self.tr("Naf River crossing"),
            "US-Mexico border crossing": self.tr("US-Mexico border crossing"),
            "Darien": self.tr("Darien"),
            "Caribbean to Central America": self.tr("Caribbean to Central America"),
            "Haiti to Dominican Republic": self.tr("Haiti to Dominican Republic"),
        }

    def region(self) -> dict[str, str]:
        return {
            "Mediterranean": self.tr("Mediterranean"),
            "Northern Africa": self.tr("Northern Africa"),
            "Western Africa": self.tr("Western Africa"),
            "Eastern Africa": self.tr("Eastern Africa"),
            "Middle Africa": self.tr("Middle Africa"),
            "Southern Africa": self.tr("Southern Africa"),
            "Europe": self.tr("Europe"),
            "Western Asia": self.tr("Western Asia"),
            "Southern Asia": self.tr("Southern Asia"),
            "South-eastern Asia": self.tr("South-eastern Asia"),
            "Eastern Asia": self.tr("Eastern Asia"),
            "Central Asia": self.tr("Central Asia"),
            "Central America": self.tr("Central America"),
            "Caribbean": self.tr("Caribbean"),
            "South America": self.tr("South America"),
            "North America": self.tr("North America"),
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


def server_field_errors(sync_message: str | None) -> list[FieldError]:
    """The server's field errors kept with a rejected record, with their codes and params (so
    they are shown in the interface language); older ones, kept without a code, in English."""
    if not sync_message:
        return []
    try:
        items = json.loads(sync_message)
    except ValueError:
        return [FieldError("record", sync_message)]
    if not isinstance(items, list):
        return [FieldError("record", str(items))]
    return [FieldError.from_dict(i) for i in items if isinstance(i, dict)]


def server_errors_text(sync_message: str | None, kind: str | None = None) -> str:
    """The server's reasons in one line, in the interface language; a message that does not
    name its field is preceded by the field's title when `kind` is known."""
    from .conflicts.fields import field_title
    from .messages import field_message

    def line(error: FieldError) -> str:
        text = field_message(error)
        if error.field in {"record", ""} or "label" in error.params:
            return text
        return f"{field_title(kind, error.field) if kind else error.field}: {text}"

    return "; ".join(line(e) for e in server_field_errors(sync_message))


def term(mapping: dict[str, str], value: str | None) -> str:
    """A vocabulary term (an IOM route, region, cause) in the interface language; text the
    vocabulary does not know (typed by a user, older data) is shown as it is."""
    return mapping.get(value, value) if value else ""


def items(mapping: dict[str, str]) -> list[tuple[str, str]]:
    """(shown text, stored value) pairs of a vocabulary, for a combo box or a check list."""
    return [(text, value) for value, text in mapping.items()]


def label(mapping: dict[str, str], value: str | None) -> str:
    """The label of `value`, or the value itself when the vocabulary does not know it."""
    if not value:
        return ""
    return mapping.get(value, value.replace("_", " ").capitalize())
