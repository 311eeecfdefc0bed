"""The country of an incident from IOM's location text, for files that have no country column.

IOM's CSV download has no "Country of incident"; its "Location of death" ends with the country
("Near the breakwater of Tarajal beach, Ceuta, Spain"). When the text after the last comma is
a country's name (English, as pycountry, CLDR or IOM write it), that name is the country of
incident; otherwise ("Unspecified location off the coast of Libya") it stays empty.
"""

from __future__ import annotations

from functools import cache

import pycountry
from babel import Locale

from desktop.domain.reference.countries import PARTNER_COUNTRIES

# Names IOM or its sources use that neither pycountry nor CLDR lists.
_ALIASES = (
    "Turkey", "Ivory Coast", "DRC", "DR Congo", "Democratic Republic of Congo", "USA", "U.S.",
    "U.S.A.", "UK", "Russia", "Czech Republic", "Swaziland", "Macedonia", "Burma",
    "Republic of the Congo", "Cape Verde", "Vatican", "Palestine", "Kosovo",
)  # fmt: skip


@cache
def _country_names() -> frozenset[str]:
    names: set[str] = set(_ALIASES) | set(PARTNER_COUNTRIES.values())
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                names.add(value)
    for code, name in Locale("en").territories.items():
        if len(code) == 2 and code.isalpha():
            names.add(name)
    return frozenset(_fold(name) for name in names)


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


def country_from_location(location: str | None) -> str | None:
    """The country a location text ends with ("…, Almería, Spain" → "Spain"), else None."""
    if not location:
        return None
    last = location.rsplit(",", 1)[-1].strip().rstrip(".").strip()
    if last and _fold(last) in _country_names():
        return last
    return None
