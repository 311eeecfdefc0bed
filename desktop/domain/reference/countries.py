"""The programme's partner countries (ISO 3166-1 alpha-2) and partner organisations.

Names come from pycountry (English) and Babel's CLDR data (French, Portuguese, Arabic), so they
are the standard spellings in each language.
"""

from __future__ import annotations

from functools import cache

import pycountry
from babel import Locale

LANGUAGES = ("en", "fr", "pt", "ar")

# The programme's list, as published. Short English names follow the programme, not ISO.
PARTNER_COUNTRIES: dict[str, str] = {
    "DZ": "Algeria", "AT": "Austria", "BE": "Belgium", "BJ": "Benin", "BG": "Bulgaria",
    "BF": "Burkina Faso", "CV": "Cabo Verde", "CM": "Cameroon", "CF": "Central African Republic",
    "TD": "Chad", "CG": "Congo", "CI": "Côte d'Ivoire", "HR": "Croatia", "CY": "Cyprus",
    "CZ": "Czechia", "DK": "Denmark", "CD": "Democratic Republic of the Congo", "DJ": "Djibouti",
    "EG": "Egypt", "ER": "Eritrea", "EE": "Estonia", "ET": "Ethiopia", "GQ": "Equatorial Guinea",
    "FI": "Finland", "FR": "France", "GA": "Gabon", "GM": "The Gambia", "GH": "Ghana",
    "DE": "Germany", "GR": "Greece", "GN": "Guinea", "GW": "Guinea-Bissau", "HU": "Hungary",
    "IE": "Ireland", "IT": "Italy", "KE": "Kenya", "LV": "Latvia", "LR": "Liberia", "LY": "Libya",
    "LT": "Lithuania", "LU": "Luxembourg", "ML": "Mali", "MT": "Malta", "MR": "Mauritania",
    "MA": "Morocco", "NL": "Netherlands", "NE": "Niger", "NG": "Nigeria", "NO": "Norway",
    "PL": "Poland", "PT": "Portugal", "RO": "Romania", "ST": "São Tomé and Príncipe",
    "SN": "Senegal", "SL": "Sierra Leone", "SK": "Slovakia", "SI": "Slovenia", "SO": "Somalia",
    "SS": "South Sudan", "ES": "Spain", "SD": "Sudan", "SE": "Sweden", "CH": "Switzerland",
    "TG": "Togo", "TN": "Tunisia", "UG": "Uganda",
}  # fmt: skip

# JVAP partners that are organisations, not countries. Their codes never collide with ISO
# alpha-2 codes (they are longer), so an owner code is either a country or one of these.
PARTNER_ORGANISATIONS: dict[str, str] = {
    "EU": "European Union",
    "AU": "African Union",
    "ECOWAS": "Economic Community of West African States",
    "IGAD": "Intergovernmental Authority on Development",
    "UNHCR": "UN Refugee Agency",
    "IOM": "International Organization for Migration",
    "ILO": "International Labour Organization",
    "UNDP": "United Nations Development Programme",
    "UNODC": "United Nations Office on Drugs and Crime",
}


def is_partner_country(code: str) -> bool:
    return code in PARTNER_COUNTRIES


def is_iso_country(code: str) -> bool:
    """Any ISO 3166-1 alpha-2 code (nationalities and routes reach beyond the partners)."""
    return (
        isinstance(code, str)
        and len(code) == 2
        and pycountry.countries.get(alpha_2=code) is not None
    )


def is_partner(code: str) -> bool:
    """A partner country or a partner organisation: who may own records."""
    return code in PARTNER_COUNTRIES or code in PARTNER_ORGANISATIONS


@cache
def country_name(code: str, language: str = "en") -> str:
    """The country's name in one of the product's languages; the code itself if unknown."""
    if language == "en":
        if code in PARTNER_COUNTRIES:
            return PARTNER_COUNTRIES[code]
        country = pycountry.countries.get(alpha_2=code)
        return getattr(country, "common_name", None) or (country.name if country else code)
    return Locale(language).territories.get(code) or country_name(code, "en")


@cache
def country_by_name(name: str) -> str | None:
    """ISO alpha-2 for a country name as IOM or a person writes it; None when not a country."""
    cleaned = name.strip()
    if not cleaned:
        return None
    for code, english in PARTNER_COUNTRIES.items():
        if english.casefold() == cleaned.casefold():
            return code
    try:
        return pycountry.countries.lookup(cleaned).alpha_2
    except LookupError:
        pass
    try:
        matches = pycountry.countries.search_fuzzy(cleaned) if len(cleaned) > 3 else []
    except LookupError:
        return None
    return matches[0].alpha_2 if len(matches) == 1 else None


def sorted_partner_countries(language: str = "en") -> list[tuple[str, str]]:
    """(code, name) pairs sorted by name in the given language."""
    pairs = [(code, country_name(code, language)) for code in PARTNER_COUNTRIES]
    return sorted(pairs, key=lambda pair: pair[1].casefold())
