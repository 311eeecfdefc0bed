"""Validation of good and bad values, with the messages a person reads."""

from __future__ import annotations

import pytest

from desktop.domain.errors import RecordInvalid
from desktop.domain.records import check, normalise

GOOD_INCIDENT = {
    "incident_id": "2026.MMP0001",
    "incident_date": "2026-01-01",
    "number_dead": "1",
    "number_missing": "",
    "latitude": "37.3",
    "longitude": "42.9",
    "cause_of_death": ["drowning", "Violence"],
    "source_quality": 3,
}

GOOD_CASE = {
    "reference": "sn-2026-0042",
    "person": {"given_names": "Awa", "family_name": "Diallo", "nationality": "sn", "age": 24},
    "journey": {"route": "Western Africa / Atlantic route to the Canary Islands"},
    "last_contact": {"date": "2025-11-02", "country": "ES", "date_precision": "month"},
    "consent": {"data_sharing": True},
    "shared_with": ["ES"],
}


def messages(kind, data):
    return {e.field: e.message for e in check(kind, data)}


def test_a_good_incident_is_normalised_to_its_canonical_shape():
    data = normalise("incident", GOOD_INCIDENT)
    assert data["number_dead"] == 1
    assert data["number_missing"] is None
    assert data["cause_of_death"] == ["Drowning", "Violence"]
    assert data["latitude"] == pytest.approx(37.3)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("number_dead", "-1", "Number dead must be a whole number, 0 or more"),
        ("number_dead", "three", "Number dead must be a whole number, 0 or more"),
        ("number_children", 2.5, "Number of children must be a whole number, 0 or more"),
        ("incident_date", "01/02/2026", "Incident date must be a date written as YYYY-MM-DD"),
        ("source_quality", 9, "Source quality must be between 1 and 5"),
        ("latitude", "95", "Latitude must be between -90 and 90"),
        ("cause_of_death", ["Shark"], "“Shark” is not one of IOM's causes of death"),
    ],
)
def test_a_bad_incident_value_gets_a_message_that_says_what_to_fix(field, value, message):
    found = messages("incident", {**GOOD_INCIDENT, field: value})
    assert found[field].startswith(message)


def test_a_missing_required_field_is_named():
    found = messages("incident", {"incident_date": "2026-01-01"})
    assert found == {"incident_id": "Incident ID is required"}


def test_coordinates_come_in_pairs():
    found = messages("incident", {**GOOD_INCIDENT, "longitude": None})
    assert found == {"longitude": "Give both latitude and longitude, or neither"}  # at the field


def test_a_good_case_is_normalised():
    data = normalise("missing_case", GOOD_CASE)
    assert data["reference"] == "SN-2026-0042"
    assert data["person"]["nationality"] == "SN"
    assert data["status"] == "open"
    assert data["record_type"] == "missing_person_report"


@pytest.mark.parametrize(
    ("patch", "field", "message"),
    [
        ({"reference": "42"}, "reference", "Reference “42” must look like SN-2026-0042"),
        ({"person": {"age": 30}}, "person", "Give the missing person's given names or family"),
        (
            {"person": {"family_name": "Diallo", "date_of_birth": "2999-01-01"}},
            "person.date_of_birth",
            "Date of birth cannot be in the future",
        ),
        (
            {"person": {"family_name": "Diallo", "nationality": "XX"}},
            "person.nationality",
            "“XX” is not a country code",
        ),
        ({"status": "lost"}, "status", "Status must be one of: open, tracing"),
        ({"unknown": 1}, "unknown", "Unknown is not a field of this record"),
        (
            {"consent": {"data_sharing": False}},
            "shared_with",
            "A case can be shared with another country only with consent",
        ),
        (
            {"last_contact": {"date": "2999-01-01"}},
            "last_contact.date",
            "Date of last contact cannot be in the future",
        ),
    ],
)
def test_a_bad_case_gets_clear_messages(patch, field, message):
    found = messages("missing_case", {**GOOD_CASE, **patch})
    assert found[field].startswith(message), found


def test_normalise_raises_with_every_field_error():
    with pytest.raises(RecordInvalid) as caught:
        normalise("incident", {"incident_id": "", "incident_date": "x", "number_dead": -2})
    fields = {e.field for e in caught.value.errors}
    assert fields == {"incident_id", "incident_date", "number_dead"}


def test_an_unknown_kind_is_refused_by_name():
    assert messages("person", {}) == {
        "kind": "“person” is not a record kind; use one of campaign, country_report, "
        "missing_case, incident"
    }


def test_a_record_that_is_not_an_object_is_refused():
    assert messages("incident", ["x"]) == {"data": "An incident must be an object of fields"}
