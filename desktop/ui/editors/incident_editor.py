"""The incident editor: the fields of IOM's Missing Migrants Project."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from ..bidi import ltr
from ..forms.section import FormSection
from ..forms.widgets import CheckList, DateEdit, NumberEdit, TextEdit, ValueCombo
from ..labels import Labels, items
from .base import RecordEditor, two_columns


class IncidentEditor(RecordEditor):
    kind = "incident"

    def new_data(self) -> dict[str, Any]:
        country = self.ctx.owner_country or "XX"
        return {"incident_id": f"{country}-{date.today():%Y%m%d}-", "cause_of_death": []}

    def title(self) -> str:
        if self.is_new and not self.base_data.get("location"):
            return self.tr("New incident")
        where = self.base_data.get("location") or self.base_data.get("country_of_incident") or ""
        return f"{ltr(self.base_data.get('incident_id', ''))} — {where}"[:120]

    def build_form(self, body: QWidget) -> None:
        b = self.binder
        labels = Labels()
        left, right = two_columns(body)

        what = FormSection(self.tr("Incident"), b, body)
        what.add("incident_id", self.tr("Incident ID"), TextEdit())
        what.add(
            "main_id",
            self.tr("Main ID"),
            TextEdit(),
            help_text=self.tr("Groups incidents IOM reports as one event"),
        )
        what.add("incident_date", self.tr("Date of incident"), DateEdit())
        what.add(
            "incident_date_precision",
            self.tr("Date known to"),
            ValueCombo(items(labels.date_precision())),
            help_text=self.tr(
                "With only the month or the year known, the date is the 1st of that month "
                "or 1 January"
            ),
        )
        left.addWidget(what)

        where = FormSection(self.tr("Where"), b, body)
        where.add(
            "region",
            self.tr("Region"),
            ValueCombo(items(labels.region()), blank="", editable=True),
        )
        where.add("country_of_incident", self.tr("Country of incident"), TextEdit())
        where.add("location", self.tr("Location description"), TextEdit())
        where.add("latitude", self.tr("Latitude"), NumberEdit(minimum=-90, maximum=90))
        where.add("longitude", self.tr("Longitude"), NumberEdit(minimum=-180, maximum=180))
        where.add(
            "route",
            self.tr("Migration route"),
            ValueCombo(items(labels.route()), blank="", editable=True),
        )
        where.add("unsd_grouping", self.tr("UNSD geographical grouping"), TextEdit())
        left.addWidget(where)
        left.addStretch(1)

        people = FormSection(self.tr("People"), b, body)
        people.add("number_dead", self.tr("Number dead"), NumberEdit(minimum=0))
        people.add("number_missing", self.tr("Number missing"), NumberEdit(minimum=0))
        people.add("number_survivors", self.tr("Survivors"), NumberEdit(minimum=0))
        people.add("number_females", self.tr("Females"), NumberEdit(minimum=0))
        people.add("number_males", self.tr("Males"), NumberEdit(minimum=0))
        people.add("number_children", self.tr("Children"), NumberEdit(minimum=0))
        right.addWidget(people)

        why = FormSection(self.tr("Cause and origin"), b, body)
        why.add(
            "cause_of_death",
            self.tr("Cause of death"),
            CheckList(items(labels.cause_of_death())),
        )
        why.add(
            "cause_of_death_reported",
            self.tr("Cause of death as reported"),
            TextEdit(),
            help_text=self.tr("As the source wrote it, e.g. IOM's records before 2022"),
        )
        why.add("region_of_origin", self.tr("Region of origin"), TextEdit())
        why.add("country_of_origin", self.tr("Country of origin"), TextEdit())
        right.addWidget(why)

        source = FormSection(self.tr("Source"), b, body)
        source.add("source", self.tr("Information source"), TextEdit())
        source.add("url", self.tr("URL"), TextEdit())
        quality = [(str(n), n) for n in range(1, 6)]
        source.add("source_quality", self.tr("Source quality (1–5)"), ValueCombo(quality, blank=""))
        right.addWidget(source)
        right.addStretch(1)
