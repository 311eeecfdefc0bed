"""A value over a field's bound is said next to the field in the window's language: pydantic's
length and count errors and the domain's date and web-address codes all have a sentence."""

from __future__ import annotations

from desktop.domain.records import check
from desktop.ui import i18n
from desktop.ui.messages import field_message

CASE = {
    "reference": "SN-2026-0042",
    "person": {"family_name": "Diallo", "other_spellings": ["A"] * 101,
               "date_of_birth": "1850-01-01"},
    "enquirer": {"relationship": "x" * 201},
}  # fmt: skip
INCIDENT = {
    "incident_id": "T-1",
    "incident_date": "9999-12-31",
    "number_dead": 2**64 - 1,
    "url": "javascript:alert(1)",
}


def messages(kind, data) -> dict[str, str]:
    return {error.field: field_message(error) for error in check(kind, data)}


def test_bound_errors_read_as_sentences_at_their_field(qapp):
    assert messages("missing_case", CASE) == {
        "enquirer.relationship": "Relationship to the missing person must be at most 200 "
        "characters",
        "person.other_spellings": "Other spellings: give at most 100",
        "person.date_of_birth": "Date of birth cannot be before 1900-01-01",
    }
    assert messages("incident", INCIDENT) == {
        "incident_date": "Incident date cannot be in the future",
        "number_dead": "Number dead must be between 0 and 100000",
        "url": "URL: web addresses must start with http:// or https://",
    }


def test_the_field_title_is_said_in_the_window_language(qapp):
    english = messages("missing_case", CASE)["enquirer.relationship"]
    i18n.apply_language("fr", qapp)
    try:
        french = messages("missing_case", CASE)["enquirer.relationship"]
    finally:
        i18n.apply_language("en", qapp)
    assert french != english and "200" in french
