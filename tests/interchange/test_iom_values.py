"""IOM cell values: causes that contain commas, month-first dates, "lat, lon", counts, text."""

from __future__ import annotations

from datetime import date

import pytest

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
            [HARSH, iom_values.CAUSES_OF_DEATH[4]],
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
    assert iom_values.causes(cell) == expected


def test_a_cause_that_only_starts_like_a_category_is_unknown():
    with pytest.raises(ValueError, match="“Drowning at sea” is not one of IOM's causes"):
        iom_values.causes("Drowning at sea")


def test_every_unknown_piece_is_named():
    with pytest.raises(ValueError, match="“Heat”, “Cold” is not one of"):
        iom_values.causes("Heat, Drowning, Cold")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Thu, 01/01/2026 - 12:00", date(2026, 1, 1)),
        ("Sat, 12/31/2022 - 12:00", date(2022, 12, 31)),
        ("2/3/2026", date(2026, 2, 3)),
        ("2025-09-08", date(2025, 9, 8)),
        ("2025-09-08T00:00:00Z", date(2025, 9, 8)),
    ],
)
def test_dates(cell, expected):
    assert iom_values.incident_date(cell) == expected


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
