"""The country of an incident from IOM's location text, for files that have no country column.

IOM's CSV download has no "Country of incident"; its "Location of death" ends with the country
("Near the breakwater of Tarajal beach, Ceuta, Spain"), sometimes followed by a note
("…, Italy - departure from Sfax, Tunisia on 21 Jan", "…, Ethiopia en route to Djibouti").
Text in parentheses and the note after a spaced dash are left aside; when the text after the
last comma then starts with a country's name (English, as pycountry, CLDR or IOM write it,
accents ignored), that name is the country of incident. Otherwise ("Unspecified location off
the coast of Libya") it stays empty: a guess is never made from the middle of a sentence.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

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


_ASIDE = re.compile(r"\([^()]*\)")
_NOTE = re.compile(r"\s[-–—]\s|\s[-–—]$|\(|;")
_MAX_WORDS = 6  # "Democratic Republic of the Congo", "United States of America"


def _fold(text: str) -> str:
    bare = unicodedata.normalize("NFKD", text.replace("’", "'"))
    bare = "".join(ch for ch in bare if not unicodedata.combining(ch))
    return " ".join(bare.split()).casefold()


@lru_cache(maxsize=8192)  # IOM repeats its locations ("Unspecified location off Libya")
def country_from_location(location: str | None) -> str | None:
    """The country a location text ends with ("…, Almería, Spain" → "Spain"), else None."""
    if not location:
        return None
    place = _NOTE.split(_ASIDE.sub(" ", location), maxsplit=1)[0]
    words = place.rsplit(",", 1)[-1].split()
    names = _country_names()
    for size in range(min(len(words), _MAX_WORDS), 0, -1):
        candidate = " ".join(words[:size]).rstrip(".")
        if _fold(candidate) in names:
            return candidate
    return None
