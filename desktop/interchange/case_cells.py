"""One cell of the case template, read (`parse_cell`) and written (`format_cell`).

Reading accepts what Excel and people write: real dates or YYYY-MM-DD (or DD/MM/YYYY) text,
numbers with a decimal comma, Yes/No/Oui/Non, choices by code or label, countries by code or
name. A cell that cannot be read raises `CellError` with a message saying what to write. Text an
export escaped so that a spreadsheet never runs it (a leading quote before "=", "+", …) is read
back without that quote (`desktop.domain.spreadsheet.restore_text`).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from desktop.domain.reference.countries import country_by_name, is_iso_country
from desktop.domain.spreadsheet import restore_text

from .case_template import (
    BOOL,
    CHOICE,
    CHOICE_LABELS,
    COUNTRIES,
    COUNTRY,
    DATE,
    FLOAT,
    INT,
    LIST,
    NO,
    REFERRALS,
    YES,
    Column,
    choice_code,
    fold,
)
from .flatten import LIST_SEPARATOR

_DAY_FIRST = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_TRUE = {fold(v) for v in (*YES.values(), "y", "o", "true", "vrai", "1", "x")}
_FALSE = {fold(v) for v in (*NO.values(), "n", "false", "faux", "0")}


class CellError(ValueError):
    """A cell that cannot be read; the message says what the column wants. `code` and
    `params` name the problem for a translated message ("cell_date", {"value": "31/02"})."""

    def __init__(self, code: str, message: str, **params: Any):
        super().__init__(message)
        self.code = f"cell_{code}"
        self.params = params


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse_cell(column: Column, value: Any) -> Any:
    """The case field's JSON value for a cell; None for an empty cell (the field's default)."""
    if is_blank(value):
        return None
    if isinstance(value, str):
        value = restore_text(value)
    reader = _READERS.get(column.type)
    return reader(column, value) if reader else _text(value)


def format_cell(column: Column, value: Any, language: str = "en") -> Any:
    """A case field's JSON value as the template's cell (dates stay dates for the writer)."""
    if value is None or value == [] or value == "":
        return None
    if column.type == BOOL:
        return (YES if value else NO)[language]
    if column.type == DATE:
        return date.fromisoformat(value) if isinstance(value, str) else value
    if column.type in (LIST, COUNTRIES):
        return LIST_SEPARATOR.join(str(item) for item in value)
    if column.type == REFERRALS:
        lines = []
        for item in value:
            parts = [item.get("organisation") or "", item.get("date") or "", item.get("reference")]
            lines.append(LIST_SEPARATOR.join(p for p in parts if p is not None).rstrip("; "))
        return "\n".join(lines)
    return value


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a number typed in a text column (a phone number, a reference)
    if isinstance(value, datetime | date):
        value = value.isoformat()[:10]
    return str(value).strip()


def _list(_column: Column, value: Any) -> list[str]:
    return [part.strip() for part in re.split(r"[;\n]", _text(value)) if part.strip()]


def _date(_column: Column, value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = _text(value)
    day_first = _DAY_FIRST.match(text)
    try:
        if day_first:
            day, month, year = (int(part) for part in day_first.groups())
            return date(year, month, day).isoformat()
        return date.fromisoformat(text[:10] if "T" in text else text).isoformat()
    except ValueError:
        message = f"“{text}” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31"
        raise CellError("date", message, value=text) from None


def _number(column: Column, value: Any) -> int | float:
    if isinstance(value, bool):
        raise CellError("number", f"“{value}” is not a number", value=str(value))
    if isinstance(value, int | float):
        number = value
    else:
        text = _text(value).replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise CellError(
                "number", f"“{_text(value)}” is not a number", value=_text(value)
            ) from None
    if column.type == INT:
        if float(number) != int(number):
            raise CellError(
                "whole_number", f"“{_text(value)}” must be a whole number", value=_text(value)
            )
        return int(number)
    return float(number)


def _bool(_column: Column, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = fold(_text(value))
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError(
        "yes_no", f"“{_text(value)}” must be Yes or No (Oui or Non)", value=_text(value)
    )


def _choice(column: Column, value: Any) -> str:
    code = choice_code(column, _text(value))
    if code is None:
        allowed = ", ".join(str(c) for c in CHOICE_LABELS[column.choices or ""])
        message = f"“{_text(value)}” must be one of: {allowed}"
        raise CellError("choice", message, value=_text(value), allowed=allowed)
    return code


def _country(_column: Column, value: Any) -> str:
    text = _text(value)
    if is_iso_country(text.upper()):
        return text.upper()
    code = country_by_name(text)
    if code is None:
        message = f"“{text}” is not a country; write its two-letter code, such as SN"
        raise CellError("country", message, value=text)
    return code


def _countries(column: Column, value: Any) -> list[str]:
    return [_country(column, part) for part in _list(column, value)]


def _referrals(_column: Column, value: Any) -> list[dict[str, Any]]:
    out = []
    for line in _text(value).splitlines():
        parts = [part.strip() for part in line.split(";")]
        if not any(parts):
            continue
        organisation, when, reference = [*parts, "", ""][:3]
        out.append(
            {
                "organisation": organisation,
                "date": _date(_column, when) if when else None,
                "reference": reference or None,
            }
        )
    return out


_READERS = {
    LIST: _list,
    DATE: _date,
    INT: _number,
    FLOAT: _number,
    BOOL: _bool,
    CHOICE: _choice,
    COUNTRY: _country,
    COUNTRIES: _countries,
    REFERRALS: _referrals,
}


def template_row(columns: tuple[Column, ...], data: dict[str, Any]) -> dict[str, Any]:
    """A record's data as the template's cells, by dotted field name."""
    row: dict[str, Any] = {}
    for column in columns:
        value: Any = data
        for part in column.path.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        row[column.path] = format_cell(column, value)
    return row
