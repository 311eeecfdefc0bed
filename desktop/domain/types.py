"""Field types shared by the record kinds, and the bounds every field is held to.

Each kind of text has one maximum length, each list one maximum count, counts a sane maximum,
dates a sane range and web addresses the http(s) scheme: a value over a bound is refused at its
field with a message that says what to fix, before it is stored, synced or exported. Both
sides validate with these, so the client refuses what the server would refuse.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field

from .errors import Invalid
from .reference.countries import is_iso_country, is_partner


class DatePrecision(StrEnum):
    """How much of a date is known: the day, only the month (the date is then the 1st) or
    only the year (then 1 January)."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


# Longest text, in characters, per kind of field.
CODE_CHARS = 64  # identifiers: an IOM incident ID, a question ID, a priority area
LANGUAGE_CHARS = 50  # a language's name
LABEL_CHARS = 100  # a region, a grouping, a country written out, a referral's reference
NAME_CHARS = 200  # a person's or an organisation's name, a route, a relationship
PLACE_CHARS = 300  # a place, a way to contact someone
SHORT_TEXT_CHARS = 500  # a title, one entry of a list
SOURCE_CHARS = 2000  # a location described, an information source, one web address
URL_CHARS = 4000  # IOM's URL field: several web addresses
DESCRIPTION_CHARS = 5000  # a person's description, the circumstances of a last contact
COMMENT_CHARS = 10_000
LONG_TEXT_CHARS = 20_000  # notes, an initiative's description, a long answer
CODE_FIELD_CHARS = 100  # a country or partner code as typed, before it is checked

# Most entries of a list.
MAX_ITEMS = 100  # names, languages, places, organisations, referrals, causes
MAX_COUNTRIES = 250  # a list of countries (there are 249 ISO 3166-1 codes)
MAX_INITIATIVES = 500  # initiatives of one country report
MAX_COMMENTS = 1000  # review comments on one report
MAX_ANSWERS = 500  # answers of one report (a form's questions)
MAX_ANSWER_ITEMS = 300  # entries of one multiple-choice or country-list answer

# Counts of people: IOM's largest single incidents count dead and missing in the hundreds.
MAX_COUNT = 100_000

# Dates: nothing a focal point records happened before 1900 or is planned after 2100.
MIN_DATE = dt.date(1900, 1, 1)
MAX_DATE = dt.date(2100, 12, 31)
# The last time zone to start a day is 14 hours ahead of UTC.
_LATEST_OFFSET = dt.timedelta(hours=14)


def latest_today() -> dt.date:
    """The latest date that has begun somewhere on Earth: a date after it is in the future
    for everyone, whatever the clock of the computer that checks it says."""
    return (dt.datetime.now(dt.UTC) + _LATEST_OFFSET).date()


def in_future(day: dt.date) -> bool:
    return day > latest_today()


def _blank_to_none(value: object) -> object:
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _strip(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


def _stripped_or_none(value: object) -> object:
    """`_strip`, then `_blank_to_none`, in one call (a record has a dozen optional texts, and a
    Python validator's call costs more than its work)."""
    if isinstance(value, str):
        return value.strip() or None
    return value


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


def date_in_range(value: Any) -> Any:
    """The date (or moment) itself when it lies within MIN_DATE…MAX_DATE; None passes."""
    if value is None:
        return None
    day = value.date() if isinstance(value, dt.datetime) else value
    if day < MIN_DATE:
        raise Invalid(
            "date_too_early", f"{{field}} cannot be before {MIN_DATE}", min=MIN_DATE.isoformat()
        )
    if day > MAX_DATE:
        raise Invalid(
            "date_too_late", f"{{field}} cannot be after {MAX_DATE}", max=MAX_DATE.isoformat()
        )
    return value


def _not_in_future(value: dt.date) -> dt.date:
    if in_future(value):
        raise Invalid("date_in_future", "{field} cannot be in the future")
    return value


_WEB_ADDRESS = re.compile(r"https?://\S+", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s,]+")


def _web_address(value: str | None) -> str | None:
    if value is not None and not _WEB_ADDRESS.fullmatch(value):
        raise Invalid("url", "{field} must be a web address starting with http:// or https://")
    return value


def split_web_addresses(text: str) -> tuple[list[str], list[str]]:
    """IOM's URL field cut at commas and spaces: (the web addresses, the other pieces)."""
    good: list[str] = []
    bad: list[str] = []
    for part in _SEPARATORS.split(text):
        if part:
            (good if _WEB_ADDRESS.fullmatch(part) else bad).append(part)
    return good, bad


def _web_addresses(value: str | None) -> str | None:
    """IOM's URL field: one or more web addresses, separated by commas or spaces."""
    if value is not None and split_web_addresses(value)[1]:
        raise Invalid(
            "url", "{field} must be web addresses starting with http:// or https://, "
            "separated by commas",
        )  # fmt: skip
    return value


_ANSWER_SHAPE = "Answer with text, a number, a date or a list of choices"


def _answer(value: Any, depth: int = 0) -> Any:
    """An answer to a campaign's question: text, a number, yes/no, a date as text, or a list
    of those (a group of them is read too); the form's own rules come after (`forms.py`)."""
    if value is None or isinstance(value, int | float | bool | Decimal | dt.date):
        return value
    if isinstance(value, str):
        limit = LONG_TEXT_CHARS if depth == 0 else SHORT_TEXT_CHARS
        if len(value) > limit:
            raise Invalid("answer_too_long", f"Keep the answer under {limit} characters", max=limit)
        return value
    if depth >= 2 or not isinstance(value, list | dict):
        raise Invalid("answer_shape", _ANSWER_SHAPE)
    if len(value) > MAX_ANSWER_ITEMS:
        raise Invalid(
            "answer_too_many",
            f"Give at most {MAX_ANSWER_ITEMS} answers in the list",
            max=MAX_ANSWER_ITEMS,
        )
    if isinstance(value, dict):
        for key in value:
            if len(str(key)) > CODE_CHARS:
                raise Invalid("answer_shape", _ANSWER_SHAPE)
        return {key: _answer(item, depth + 1) for key, item in value.items()}
    return [_answer(item, depth + 1) for item in value]


def bounded(max_length: int) -> Any:
    """A required text of at most `max_length` characters (one entry of a list, a title)."""
    return Annotated[str, Field(max_length=max_length)]


Text = Annotated[str, BeforeValidator(_strip), Field(max_length=SHORT_TEXT_CHARS)]
LongText = Annotated[str, BeforeValidator(_strip), Field(max_length=LONG_TEXT_CHARS)]
OptionalText = Annotated[str | None, BeforeValidator(_stripped_or_none)]
Count = Annotated[Annotated[int, Field(ge=0, le=MAX_COUNT)] | None, BeforeValidator(_blank_to_none)]
CountryCode = Annotated[str, Field(max_length=CODE_FIELD_CHARS), AfterValidator(_iso_country)]
PartnerCode = Annotated[str, Field(max_length=CODE_FIELD_CHARS), AfterValidator(_partner_code)]
# Dates of any kind stay within MIN_DATE…MAX_DATE; a past event's date is not in the future.
Day = Annotated[dt.date, AfterValidator(date_in_range)]
PastDay = Annotated[dt.date, AfterValidator(_not_in_future), AfterValidator(date_in_range)]
Moment = Annotated[dt.datetime, AfterValidator(date_in_range)]
# Web addresses (optional): http(s) only, never javascript:, data: or file:.
WebAddress = Annotated[OptionalText, AfterValidator(_web_address)]
WebAddresses = Annotated[OptionalText, AfterValidator(_web_addresses)]
Answer = Annotated[Any, AfterValidator(_answer)]
Latitude = Annotated[Annotated[float, Field(ge=-90, le=90)] | None, BeforeValidator(_blank_to_none)]
Longitude = Annotated[
    Annotated[float, Field(ge=-180, le=180)] | None, BeforeValidator(_blank_to_none)
]
