"""Field types shared by the record kinds."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field

from .errors import Invalid
from .reference.countries import is_iso_country, is_partner


class DatePrecision(StrEnum):
    """How much of a date is known: the day, only the month (the date is then the 1st) or
    only the year (then 1 January)."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


def _blank_to_none(value: object) -> object:
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _strip(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


def _iso_country(value: str) -> str:
    code = value.upper()
    if not is_iso_country(code):
        raise Invalid(
            "country_code",
            f"“{value}” is not a country code; use two letters such as SN or ES",
            value=value,
        )
    return code


def _partner_code(value: str) -> str:
    code = value.upper()
    if not is_partner(code):
        raise Invalid(
            "partner_code",
            f"“{value}” is not one of the programme's partner countries or bodies",
            value=value,
        )
    return code


Text = Annotated[str, BeforeValidator(_strip), Field(max_length=500)]
LongText = Annotated[str, BeforeValidator(_strip), Field(max_length=20_000)]
OptionalText = Annotated[str | None, BeforeValidator(_blank_to_none), BeforeValidator(_strip)]
Count = Annotated[Annotated[int, Field(ge=0)] | None, BeforeValidator(_blank_to_none)]
CountryCode = Annotated[str, AfterValidator(_iso_country)]
PartnerCode = Annotated[str, AfterValidator(_partner_code)]
Latitude = Annotated[Annotated[float, Field(ge=-90, le=90)] | None, BeforeValidator(_blank_to_none)]
Longitude = Annotated[
    Annotated[float, Field(ge=-180, le=180)] | None, BeforeValidator(_blank_to_none)
]
