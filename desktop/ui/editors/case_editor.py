"""The missing-case editor: every field of a case (docs/protocol.md), grouped as a caseworker
reads them (the case, the person, the journey, the last contact, the family, consent, referrals)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QWidget

from desktop.domain.errors import FieldError
from desktop.domain.missing_case import display_name, reference_problem

from .. import i18n
from ..bidi import ltr
from ..forms.countries import country_checklist, country_combo
from ..forms.section import FormSection
from ..forms.widgets import DateEdit, ListEdit, NumberEdit, TextEdit, ValueCombo
from ..labels import Labels, items
from ..operations import case_references as ref_ops
from .base import RecordEditor, two_columns
from .incident_link import IncidentLink
from .referrals import ReferralsEdit


def _text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class CaseEditor(RecordEditor):
    kind = "missing_case"
    _proposing = False
    _clash: ref_ops.ReferenceClash | None = None  # the last check's answer, while unchanged

    def new_data(self) -> dict[str, Any]:
        country = self.ctx.owner_country or "XX"
        return {"reference": f"{country}-{date.today().year}-", "status": "open"}

    # The reference: the next free one proposed, checked against the local store on save -----

    def after_load(self) -> None:
        super().after_load()
        if self.is_new and not self._proposing:
            self._proposing = True
            ref_ops.propose_reference(self.ctx, on_done=self._propose, owner=self)

    def _propose(self, reference: str | None) -> None:
        field = self.binder.widget("reference")
        if not reference or field.value() != self.new_data()["reference"]:
            return  # something was typed (or restored) meanwhile: keep it
        field.blockSignals(True)  # a proposal is not an edit: no draft, nothing to discard
        field.set_value(reference)
        field.blockSignals(False)
        self.base_data = {**self.base_data, "reference": reference}

    def validation_errors(self, data: dict[str, Any]) -> list:
        errors = list(super().validation_errors(data))
        reference = str(data.get("reference") or "").strip().upper()
        if any(e.field == "reference" for e in errors) or not reference:
            return errors
        clash = self._clash
        if clash is not None and clash.reference == reference:
            errors.append(self._clash_error(clash))
        elif self.is_new and reference_problem(reference, self.ctx.owner_country):
            country = self.ctx.owner_country
            errors.append(self._clash_error(ref_ops.ReferenceClash(reference, country, "")))
        return errors

    def _clash_error(self, clash: ref_ops.ReferenceClash) -> FieldError:
        params = {"reference": clash.reference, "country": clash.owner_country or ""}
        shown = {"reference": ltr(clash.reference), "country": ltr(params["country"] + "-")}
        if clash.other_id is None:
            text = self.tr("“{reference}” must start with {country}, the country of the case.")
            return FieldError("reference", text.format(**shown), "reference_country", params)
        text = self.tr("“{reference}” is already used by another case ({name}); choose another.")
        message = text.format(name=clash.other_title or ltr(clash.other_id), **shown)
        params = {**params, "id": clash.other_id, "name": clash.other_title or clash.other_id}
        return FieldError("reference", message, "reference_taken", params)

    def save(self) -> bool:
        """Validate, check the reference against the local store, then save."""
        if self.read_only or self._validate_all():
            return super().save()  # says why it cannot save
        ref_ops.check_reference(
            self.ctx,
            self.current_data(),
            self.record_id,
            on_done=self._reference_checked,
            owner=self,
        )
        return True

    def _reference_checked(self, clash: ref_ops.ReferenceClash | None) -> None:
        self._clash = clash
        if clash is None:
            super().save()
            return
        self._validate_all()
        self.binder.widget("reference").setFocus()

    def title(self) -> str:
        if self.is_new and not self.base_data.get("person"):
            return self.tr("New missing case")
        reference = self.base_data.get("reference") or ""
        return f"{ltr(reference)} — {display_name(self.base_data)}"

    def build_form(self, body: QWidget) -> None:
        labels, lang, b = Labels(), i18n.current_language(), self.binder
        left, right = two_columns(body)

        case = FormSection(self.tr("Case"), b, body)
        case.add(
            "reference",
            self.tr("Reference"),
            TextEdit(upper=True),
            help_text=self.tr("Country code, year and number, e.g. SN-2026-0042"),
        )
        case.add("status", self.tr("Status"), ValueCombo(_items(labels.case_status())))
        left.addWidget(case)

        person = FormSection(self.tr("Person sought"), b, body, prefix="person")
        person.add("person.given_names", self.tr("Given names"), TextEdit())
        person.add("person.family_name", self.tr("Family name"), TextEdit())
        person.add(
            "person.other_spellings",
            self.tr("Other spellings"),
            ListEdit(),
            help_text=self.tr("Separate spellings with semicolons"),
        )
        person.add("person.sex", self.tr("Sex"), ValueCombo(_items(labels.sex())))
        person.add("person.date_of_birth", self.tr("Date of birth"), DateEdit())
        person.add("person.age", self.tr("Age (years)"), NumberEdit(minimum=0, maximum=120))
        person.add("person.nationality", self.tr("Nationality"), country_combo(lang))
        person.add("person.languages", self.tr("Languages spoken"), ListEdit())
        person.add(
            "person.description", self.tr("Physical description, clothing, effects"), _text_box()
        )
        left.addWidget(person)

        journey = FormSection(self.tr("Journey"), b, body, prefix="journey")
        journey.add("journey.departure_place", self.tr("Place of departure"), TextEdit())
        journey.add(
            "journey.departure_country", self.tr("Country of departure"), country_combo(lang)
        )
        journey.add(
            "journey.destination_country", self.tr("Intended destination"), country_combo(lang)
        )
        routes = ValueCombo(items(Labels().route()), blank="", editable=True)
        journey.add("journey.route", self.tr("Migration route"), routes)
        journey.add(
            "journey.transit_points",
            self.tr("Transit points"),
            ListEdit(),
            help_text=self.tr("Places passed through, separated by semicolons"),
        )
        left.addWidget(journey)
        left.addStretch(1)

        contact = FormSection(
            self.tr("Last contact"),
            b,
            body,
            prefix="last_contact",
            group_field="last_contact.latitude",  # "give both latitude and longitude"
        )
        contact.add("last_contact.date", self.tr("Date"), DateEdit())
        contact.add(
            "last_contact.date_precision",
            self.tr("Precision of the date"),
            ValueCombo(_items(labels.date_precision())),
        )
        contact.add("last_contact.place", self.tr("Place"), TextEdit())
        contact.add("last_contact.country", self.tr("Country"), country_combo(lang))
        contact.add(
            "last_contact.latitude", self.tr("Latitude"), NumberEdit(minimum=-90, maximum=90)
        )
        contact.add(
            "last_contact.longitude", self.tr("Longitude"), NumberEdit(minimum=-180, maximum=180)
        )
        contact.add("last_contact.circumstances", self.tr("Circumstances"), _text_box())
        right.addWidget(contact)

        enquirer = FormSection(self.tr("Enquirer (family)"), b, body, prefix="enquirer")
        enquirer.add("enquirer.name", self.tr("Name"), TextEdit())
        enquirer.add("enquirer.relationship", self.tr("Relationship"), TextEdit())
        enquirer.add("enquirer.contact", self.tr("Contact"), TextEdit())
        enquirer.add("enquirer.language", self.tr("Language"), TextEdit())
        right.addWidget(enquirer)

        consent = FormSection(self.tr("Consent and referrals"), b, body, prefix="consent")
        consent.add(
            "consent.data_sharing",
            self.tr("Data sharing"),
            QCheckBox(self.tr("Family consents to sharing")),
        )
        consent.add(
            "consent.rfl_referral",
            self.tr("Red Cross"),
            QCheckBox(self.tr("Consents to RFL referral")),
        )
        consent.add("referrals", self.tr("Referrals"), ReferralsEdit())
        consent.add(
            "shared_with",
            self.tr("Shared with countries"),
            country_checklist(lang),
            help_text=self.tr("Needs the family's consent to sharing"),
        )
        right.addWidget(consent)

        links = FormSection(self.tr("Incident and notes"), b, body)
        links.add("incident", self.tr("Linked incident"), IncidentLink(self.ctx))
        links.add("notes", self.tr("Notes"), _text_box(4))
        right.addWidget(links)
        right.addStretch(1)


def _items(mapping: dict[str, str]) -> list[tuple[str, str]]:
    return [(text, value) for value, text in mapping.items()]
