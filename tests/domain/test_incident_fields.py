"""An incident's date precision and its cause of death as reported beside the categories."""

from __future__ import annotations

import pytest

from desktop.domain.records import check, normalise

BASE = {"incident_id": "2019.MMP01859-1", "incident_date": "2019-01-01"}


def test_defaults_are_a_day_precise_date_and_no_reported_cause():
    data = normalise("incident", BASE)
    assert data["incident_date_precision"] == "day"
    assert data["cause_of_death_reported"] is None


@pytest.mark.parametrize(
    ("date", "precision", "message"),
    [
        (
            "2019-03-04",
            "month",
            "With only the month known, write the date as the 1st of that month",
        ),
        (
            "2019-03-01",
            "year",
            "With only the year known, write the date as 1 January of that year",
        ),
        ("2019-01-01", "week", "Date precision must be one of: day, month or year"),
    ],
)
def test_the_date_must_fit_its_precision(date, precision, message):
    errors = check("incident", dict(BASE, incident_date=date, incident_date_precision=precision))
    assert [(e.field, e.message) for e in errors] == [("incident_date_precision", message)]


def test_only_categories_are_causes_the_free_text_goes_beside_them():
    data = normalise(
        "incident",
        dict(BASE, cause_of_death=["drowning"], cause_of_death_reported=" Presumed drowning "),
    )
    assert (data["cause_of_death"], data["cause_of_death_reported"]) == (
        ["Drowning"],
        "Presumed drowning",
    )
    (error,) = check("incident", dict(BASE, cause_of_death=["Presumed drowning"]))
    assert error.field == "cause_of_death"


def test_optional_texts_are_trimmed_and_blank_ones_become_none():
    """OptionalText trims, and a text of only spaces is no text (one validator does both)."""
    from desktop.domain.records import normalise

    data = normalise(
        "incident",
        {"incident_id": "T-1", "incident_date": "2025-06-01", "region": "  Sahel  ",
         "location": "   ", "route": "", "source": None, "main_id": "\t M-1 \n"},
    )  # fmt: skip
    assert data["region"] == "Sahel" and data["main_id"] == "M-1"
    assert data["location"] is None and data["route"] is None and data["source"] is None
