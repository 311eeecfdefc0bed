"""IOM cell values: causes that contain commas, month-first dates, "lat, lon", counts, text."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.reference.iom import CAUSES_OF_DEATH
from desktop.interchange import iom_values

HARSH = "Harsh environmental conditions / lack of adequate shelter, food, water"
VEHICLE = "Vehicle accident / death linked to hazardous transport"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Drowning", ["Drowning"]),
        (HARSH, [HARSH]),
        (
            f"{HARSH},Sickness / lack of access to adequate healthcare",
            [HARSH, CAUSES_OF_DEATH[4]],
        ),
        (f"Mixed or unknown,{VEHICLE},Violence", ["Mixed or unknown", VEHICLE, "Violence"]),
        (f"Drowning, {HARSH}", ["Drowning", HARSH]),
        ("drowning ; VIOLENCE", ["Drowning", "Violence"]),
        ("Drowning, Drowning", ["Drowning"]),
        (HARSH.replace(" / ", "  /  "), [HARSH]),
        (["Violence", "Drowning"], ["Violence", "Drowning"]),
        ("", []),
        (None, []),
    ],
)
def test_causes(cell, expected):
    mapped = iom_values.causes(cell)
    assert list(mapped.categories) == expected
    assert mapped.reported is None and mapped.unmatched == ()  # categories only: no free text


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Drowning at sea", ["Drowning"]),
        ("Heat, Drowning, Cold", [HARSH, "Drowning"]),
        ("Presumed drowning", ["Drowning"]),
        ("Car Accident", [VEHICLE]),
        ("Vehicle_Accident ", [VEHICLE]),
        ("Fall from train", [VEHICLE]),
        ("Suffocation in truck", [VEHICLE]),
        ("Hit by vehicle", [VEHICLE]),
        ("Unknown (skeletal remains)", ["Mixed or unknown"]),
        ("Hypothermia, Drowning", [HARSH, "Drowning"]),
        ("Dehydration", [HARSH]),
        ("Starvation; exhaustion", [HARSH]),
        ("Shot", ["Violence"]),
        ("beaten and stabbed", ["Violence"]),
        ("Sickness and lack of access to medicines", [CAUSES_OF_DEATH[4]]),
        ("Heart attack", [CAUSES_OF_DEATH[4]]),
        ("Electrocution", ["Accidental death"]),
        (f"{HARSH},Violence, shot", [HARSH, "Violence"]),
        (["Hypothermia", "Shot"], [HARSH, "Violence"]),
    ],
)
def test_older_free_text_maps_to_categories_and_is_kept(cell, expected):
    mapped = iom_values.causes(cell)
    assert list(mapped.categories) == expected and mapped.unmatched == ()
    assert mapped.reported == " ".join((cell if isinstance(cell, str) else ",".join(cell)).split())


def test_text_that_maps_to_nothing_is_mixed_or_unknown_and_named():
    mapped = iom_values.causes("Xqzzt blorp")
    assert (mapped.categories, mapped.reported) == (("Mixed or unknown",), "Xqzzt blorp")
    assert mapped.unmatched == ("Xqzzt blorp",)
    partly = iom_values.causes("Drowning, xqzzt")
    assert (partly.categories, partly.unmatched) == (("Drowning",), ("xqzzt",))


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2019-03", (date(2019, 3, 1), "month")),
        ("2019", (date(2019, 1, 1), "year")),
        ("2019-03-04", (date(2019, 3, 4), "day")),
    ],
)
def test_dates_with_their_precision(cell, expected):
    assert iom_values.incident_time(cell) == expected


def test_the_year_an_iom_id_carries():
    assert iom_values.year_in_id("2019.MMP01859") == 2019
    assert iom_values.year_in_id("MMP01859") is None
    assert iom_values.year_and_month("2019", "March") == (2019, 3)
    assert iom_values.year_and_month("", "") == (None, None)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Thu, 01/01/2026 - 12:00", date(2026, 1, 1)),
        ("Sat, 12/31/2022 - 12:00", date(2022, 12, 31)),
        ("2/3/2026", date(2026, 2, 3)),
        ("2025-09-08", date(2025, 9, 8)),
        ("2025-09-08T00:00:00Z", date(2025, 9, 8)),
        ("January 05, 2016", date(2016, 1, 5)),  # older downloads write the month in words
        ("5 January 2016", date(2016, 1, 5)),
        ("Sat, January 2, 2016", date(2016, 1, 2)),
    ],
)
def test_dates(cell, expected):
    assert iom_values.incident_date(cell) == expected


@pytest.mark.parametrize("cell", ["Foo 3, 2017", "February 30, 2016", "someday"])
def test_bad_dates(cell):
    with pytest.raises(ValueError, match="is not a"):
        iom_values.incident_date(cell)


def test_the_writer_date_is_what_iom_writes():
    assert iom_values.format_iom_date(date(2026, 1, 1)) == "Thu, 01/01/2026 - 12:00"
    assert iom_values.format_iom_date(date(2026, 5, 3)) == "Sun, 05/03/2026 - 12:00"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("35.87214373, -5.343058568", (35.87214373, -5.343058568)),
        ("34.35,11.866667", (34.35, 11.866667)),
        ("  ", (None, None)),
    ],
)
def test_coordinates(cell, expected):
    assert iom_values.coordinates(cell) == expected
    if expected[0] is not None:
        assert iom_values.coordinates(iom_values.format_coordinates(*expected)) == expected


@pytest.mark.parametrize("cell", ["35.8", "35.8, -5.3, 1", "nan, 1", "a, b"])
def test_bad_coordinates(cell):
    with pytest.raises(ValueError, match="latitude, longitude"):
        iom_values.coordinates(cell)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("", None), (" 12 ", 12), ("1,234", 1234), ("4.0", 4), (7, 7), (2.0, 2), (None, None)],
)
def test_counts(cell, expected):
    assert iom_values.count(cell) == expected


@pytest.mark.parametrize("cell", ["1.5", "three", "1,23", True, 2.5])
def test_bad_counts(cell):
    with pytest.raises(ValueError, match="is not a whole number"):
        iom_values.count(cell)


def test_text_decodes_entities_and_trims():
    assert iom_values.text("L&#039;Unione Sarda &amp; ANSA\n") == "L'Unione Sarda & ANSA"
    assert iom_values.text("AT&T, R&D") == "AT&T, R&D"
    assert iom_values.text("  \n") is None
