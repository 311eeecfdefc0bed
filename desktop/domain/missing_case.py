"""A missing-migrant case: a family asks about a person who went missing on a route.

The most sensitive record of the product: `PERSONAL_FIELDS` names every field that holds
personal data, so exports can leave them out and logs never carry them.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Literal
from uuid import UUID

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from .errors import Invalid
from .types import (
    DESCRIPTION_CHARS,
    LABEL_CHARS,
    LANGUAGE_CHARS,
    LONG_TEXT_CHARS,
    MAX_COUNTRIES,
    MAX_ITEMS,
    NAME_CHARS,
    PLACE_CHARS,
    CountryCode,
    DatePrecision,
    Latitude,
    Longitude,
    OptionalText,
    PastDay,
    bounded,
    date_in_range,
    in_future,
)

KIND = "missing_case"
REFERENCE_PATTERN = re.compile(r"^[A-Z]{2,6}-\d{4}-\d{4,6}$")


class CaseStatus(StrEnum):
    OPEN = "open"
    TRACING = "tracing"
    REFERRED = "referred"
    FOUND_ALIVE = "found_alive"
    DECEASED_IDENTIFIED = "deceased_identified"
    CLOSED = "closed"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    UNKNOWN = "unknown"


def _reference(value: str) -> str:
    value = value.strip().upper()
    if not REFERENCE_PATTERN.match(value):
        raise Invalid(
            "reference_format",
            f"Reference “{value}” must look like SN-2026-0042: country code, year, number",
            value=value,
        )
    return value


def reference_country(reference: str) -> str:
    """The country prefix of a reference ("SN" of "SN-2026-0042")."""
    return reference.strip().upper().split("-", 1)[0]


def reference_problem(reference: str, owner_country: str | None) -> str | None:
    """Why `reference` cannot be a case of `owner_country`, or None when it can.

    A reference's prefix is its owner's country code: a Senegal focal point's cases are
    SN-…, never GM-…. Without an owner (the secretariat) any well-formed prefix is accepted.
    """
    try:
        clean = _reference(reference)
    except ValueError as exc:
        return str(exc)
    if owner_country and reference_country(clean) != owner_country.upper():
        return (
            f"Reference “{clean}” must start with {owner_country.upper()}-, "
            "the country the case belongs to"
        )
    return None


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, defer_build=True)


class PersonSought(_Part):
    given_names: OptionalText = Field(None, title="Given names", max_length=NAME_CHARS)
    family_name: OptionalText = Field(None, title="Family name", max_length=NAME_CHARS)
    other_spellings: list[bounded(NAME_CHARS)] = Field(
        default_factory=list, title="Other spellings", max_length=MAX_ITEMS
    )
    sex: Sex = Field(Sex.UNKNOWN, title="Sex")
    date_of_birth: dt.date | None = Field(None, title="Date of birth")
    age: Annotated[int | None, Field(ge=0, le=120)] = Field(None, title="Age")
    nationality: CountryCode | None = Field(None, title="Nationality")
    languages: list[bounded(LABEL_CHARS)] = Field(
        default_factory=list, title="Languages", max_length=MAX_ITEMS
    )
    description: OptionalText = Field(None, title="Description", max_length=DESCRIPTION_CHARS)

    @field_validator("date_of_birth")
    @classmethod
    def _born(cls, value: dt.date | None) -> dt.date | None:
        if value and in_future(value):
            raise Invalid("birth_in_future", "Date of birth cannot be in the future")
        return date_in_range(value)

    @model_validator(mode="after")
    def _named(self) -> PersonSought:
        if not (self.given_names or self.family_name):
            raise Invalid("person_unnamed", "Give the missing person's given names or family name")
        return self


class Journey(_Part):
    departure_place: OptionalText = Field(None, title="Place of departure", max_length=PLACE_CHARS)
    departure_country: CountryCode | None = Field(None, title="Country of departure")
    destination_country: CountryCode | None = Field(None, title="Intended destination")
    route: OptionalText = Field(None, title="Migration route", max_length=NAME_CHARS)
    transit_points: list[bounded(PLACE_CHARS)] = Field(
        default_factory=list, title="Transit points", max_length=MAX_ITEMS
    )


class LastContact(_Part):
    date: dt.date | None = Field(None, title="Date of last contact")
    date_precision: DatePrecision = Field(DatePrecision.DAY, title="Precision of the date")
    place: OptionalText = Field(None, title="Place of last contact", max_length=PLACE_CHARS)
    country: CountryCode | None = Field(None, title="Country of last contact")
    latitude: Latitude = Field(None, title="Latitude")
    longitude: Longitude = Field(None, title="Longitude")
    circumstances: OptionalText = Field(None, title="Circumstances", max_length=DESCRIPTION_CHARS)

    @field_validator("date")
    @classmethod
    def _past(cls, value: dt.date | None) -> dt.date | None:
        if value and in_future(value):
            raise Invalid("contact_in_future", "Date of last contact cannot be in the future")
        return date_in_range(value)

    @model_validator(mode="after")
    def _check(self) -> LastContact:
        if (self.latitude is None) != (self.longitude is None):
            raise Invalid(
                "coordinates_pair",
                "Give both latitude and longitude of the last contact, or neither",
            )
        return self


class Enquirer(_Part):
    name: OptionalText = Field(None, title="Enquirer's name", max_length=NAME_CHARS)
    relationship: OptionalText = Field(
        None, title="Relationship to the missing person", max_length=NAME_CHARS
    )
    contact: OptionalText = Field(None, title="Enquirer's contact", max_length=PLACE_CHARS)
    language: OptionalText = Field(None, title="Enquirer's language", max_length=LANGUAGE_CHARS)


class Consent(_Part):
    data_sharing: bool = Field(False, title="Consent to share data")
    rfl_referral: bool = Field(False, title="Consent to refer to Red Cross Restoring Family Links")


class Referral(_Part):
    organisation: str = Field(title="Organisation", min_length=1, max_length=NAME_CHARS)
    date: PastDay | None = Field(None, title="Referral date")
    reference: OptionalText = Field(None, title="Their reference", max_length=LABEL_CHARS)


class MissingCase(_Part):
    # "missing_person_report" today; "unidentified_remains" is the second kind the network needs.
    record_type: Literal["missing_person_report"] = Field(
        "missing_person_report", title="Record type"
    )
    reference: Annotated[str, Field(max_length=40), AfterValidator(_reference)] = Field(
        title="Reference"
    )
    status: CaseStatus = Field(CaseStatus.OPEN, title="Status")
    person: PersonSought = Field(title="Person sought")
    journey: Journey = Field(default_factory=Journey, title="Journey")
    last_contact: LastContact = Field(default_factory=LastContact, title="Last contact")
    enquirer: Enquirer = Field(default_factory=Enquirer, title="Enquirer")
    consent: Consent = Field(default_factory=Consent, title="Consent")
    referrals: list[Referral] = Field(default_factory=list, title="Referrals", max_length=MAX_ITEMS)
    incident: UUID | None = Field(None, title="Linked incident")
    shared_with: list[CountryCode] = Field(
        default_factory=list, title="Shared with", max_length=MAX_COUNTRIES
    )
    notes: OptionalText = Field(None, title="Notes", max_length=LONG_TEXT_CHARS)

    # Consent is checked on the field that needs it, so the message is shown next to it.
    @field_validator("shared_with")
    @classmethod
    def _sharing_needs_consent(cls, value: list[str], info: ValidationInfo) -> list[str]:
        consent = info.data.get("consent")
        if value and consent is not None and not consent.data_sharing:
            raise Invalid(
                "share_needs_consent",
                "A case can be shared with another country only with consent",
            )
        return value

    @field_validator("referrals")
    @classmethod
    def _rfl_needs_consent(cls, value: list[Referral], info: ValidationInfo) -> list[Referral]:
        consent = info.data.get("consent")
        rfl = any("red cross" in r.organisation.lower() for r in value)
        if rfl and consent is not None and not consent.rfl_referral:
            raise Invalid(
                "referral_needs_consent",
                "Record the family's consent before referring to the Red Cross",
            )
        return value


# Every field that carries personal data of the missing person or the family.
PERSONAL_FIELDS: tuple[str, ...] = (
    "person.given_names",
    "person.family_name",
    "person.other_spellings",
    "person.date_of_birth",
    "person.description",
    "last_contact.circumstances",
    "last_contact.latitude",
    "last_contact.longitude",
    "enquirer.name",
    "enquirer.relationship",
    "enquirer.contact",
    "notes",
)


def display_name(data: dict) -> str:
    person = data.get("person") or {}
    parts = [person.get("family_name"), person.get("given_names")]
    return ", ".join(p for p in parts if p) or "(no name)"
