"""Records as flat field paths (lists are single values) and back; field titles from the
domain, shown in the interface language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from desktop.domain import fields
from desktop.domain.records import MODELS


def flatten(data: dict[str, Any]) -> dict[str, Any]:
    """Field path → value; a list is one value, an empty group is kept as one."""
    return dict(fields.flat(data, keep_empty=True))


def unflatten(flat: dict[str, Any], kind: str) -> dict[str, Any]:
    """`flatten`'s paths back to a record of `kind` (a question ID's dots stay in its key)."""
    return fields.unflatten(flat, MODELS.get(kind))


_inner_model = fields.model_in  # the name the title-table test walks the models with


def field_title(kind: str, path: str) -> str:
    """ "Person sought › Family name" from the record model's field titles, translated."""
    return " › ".join(fields.titles(MODELS.get(kind), fields.parts(path), translated_title))


def show(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, list):
        return "; ".join(show(v) if not isinstance(v, dict) else _brief(v) for v in value)
    return str(value)


def _brief(item: dict[str, Any]) -> str:
    return ", ".join(str(v) for v in item.values() if v not in (None, "", []))[:80]


class FieldTitles(QObject):
    """The domain's field titles (English, from the record models) in the interface language.
    Keyed by the English title, so a nested field and a message's `label` param find theirs."""

    def table(self) -> dict[str, str]:
        return {
            # missing_case
            "Record type": self.tr("Record type"),
            "Reference": self.tr("Reference"),
            "Status": self.tr("Status"),
            "Person sought": self.tr("Person sought"),
            "Given names": self.tr("Given names"),
            "Family name": self.tr("Family name"),
            "Other spellings": self.tr("Other spellings"),
            "Sex": self.tr("Sex"),
            "Date of birth": self.tr("Date of birth"),
            "Age": self.tr("Age"),
            "Nationality": self.tr("Nationality"),
            "Languages": self.tr("Languages"),
            "Description": self.tr("Description"),
            "Journey": self.tr("Journey"),
            "Place of departure": self.tr("Place of departure"),
            "Country of departure": self.tr("Country of departure"),
            "Intended destination": self.tr("Intended destination"),
            "Migration route": self.tr("Migration route"),
            "Transit points": self.tr("Transit points"),
            "Last contact": self.tr("Last contact"),
            "Date of last contact": self.tr("Date of last contact"),
            "Precision of the date": self.tr("Precision of the date"),
            "Place of last contact": self.tr("Place of last contact"),
            "Country of last contact": self.tr("Country of last contact"),
            "Latitude": self.tr("Latitude"),
            "Longitude": self.tr("Longitude"),
            "Circumstances": self.tr("Circumstances"),
            "Enquirer": self.tr("Enquirer"),
            "Enquirer's name": self.tr("Enquirer's name"),
            "Relationship to the missing person": self.tr("Relationship to the missing person"),
            "Enquirer's contact": self.tr("Enquirer's contact"),
            "Enquirer's language": self.tr("Enquirer's language"),
            "Consent": self.tr("Consent"),
            "Consent to share data": self.tr("Consent to share data"),
            "Consent to refer to Red Cross Restoring Family Links": self.tr(
                "Consent to refer to Red Cross Restoring Family Links"
            ),
            "Referrals": self.tr("Referrals"),
            "Organisation": self.tr("Organisation"),
            "Referral date": self.tr("Referral date"),
            "Their reference": self.tr("Their reference"),
            "Linked incident": self.tr("Linked incident"),
            "Shared with": self.tr("Shared with"),
            "Notes": self.tr("Notes"),
            # incident
            "Incident ID": self.tr("Incident ID"),
            "Main ID": self.tr("Main ID"),
            "Incident date": self.tr("Incident date"),
            "Date precision": self.tr("Date precision"),
            "Region": self.tr("Region"),
            "Country of incident": self.tr("Country of incident"),
            "Location": self.tr("Location"),
            "Number dead": self.tr("Number dead"),
            "Number missing": self.tr("Number missing"),
            "Number of survivors": self.tr("Number of survivors"),
            "Number of females": self.tr("Number of females"),
            "Number of males": self.tr("Number of males"),
            "Number of children": self.tr("Number of children"),
            "Cause of death": self.tr("Cause of death"),
            "Cause of death (reported)": self.tr("Cause of death (reported)"),
            "Region of origin": self.tr("Region of origin"),
            "Country of origin": self.tr("Country of origin"),
            "Information source": self.tr("Information source"),
            "URL": self.tr("URL"),
            "Source quality": self.tr("Source quality"),
            "UNSD geographical grouping": self.tr("UNSD geographical grouping"),
            # country_report, its initiatives and comments
            "Campaign": self.tr("Campaign"),
            "Country": self.tr("Country"),
            "State": self.tr("State"),
            "Answers": self.tr("Answers"),
            "Initiatives": self.tr("Initiatives"),
            "Type": self.tr("Type"),
            "Title": self.tr("Title"),
            "JVAP domains": self.tr("JVAP domains"),
            "Priority areas": self.tr("Priority areas"),
            "Countries covered": self.tr("Countries covered"),
            "Implementers": self.tr("Implementers"),
            "Partners": self.tr("Partners"),
            "Funding sources": self.tr("Funding sources"),
            "Budget (EUR)": self.tr("Budget (EUR)"),
            "Start date": self.tr("Start date"),
            "End date": self.tr("End date"),
            "Target groups": self.tr("Target groups"),
            "Link": self.tr("Link"),
            "Comments": self.tr("Comments"),
            "Author": self.tr("Author"),
            "Role": self.tr("Role"),
            "Written at": self.tr("Written at"),
            "Comment": self.tr("Comment"),
            "Submitted at": self.tr("Submitted at"),
        }


def translated_title(english: str) -> str:
    """A field title in the interface language; the English title when the table lacks it."""
    return FieldTitles().table().get(english, english)
