"""Text for spreadsheet cells that no spreadsheet runs as a formula ("CSV injection").

Excel, LibreOffice and Google Sheets read a cell whose text starts with = + - @, a tab or a
carriage return as a formula (OWASP, "CSV Injection"); a formula can open links, read other
cells into a web address, or start programs through DDE. Every CSV and XLSX writer of both the
client and the server passes its text cells through `inert_text`, which puts a single quote
before such text, as OWASP advises; a line feed counts too (LibreOffice trims it on import).

- Numbers written as text ("-17.05", IOM's "-16.5, 27.8" coordinates) are left alone: they
  hold no function, reference or DDE call, and other tools read them as numbers.
- Text that already starts with quotes before a formula start gets one more, so `restore_text`
  (used by our importers) takes off exactly the quote that was added and a round trip through
  a file gives back the same text, whatever it was.

JSON exports are data for programs, never run by a spreadsheet: they keep the text as it is.
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
QUOTE = "'"
_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_NUMBERS = re.compile(rf"{_NUMBER}(?:,\s*{_NUMBER})*")


def _needs_quote(text: str) -> bool:
    return text.lstrip(QUOTE).startswith(FORMULA_STARTS) and not _NUMBERS.fullmatch(text)


def inert_text(text: str) -> str:
    """`text` as a spreadsheet cell that is never a formula (a leading quote when needed)."""
    return QUOTE + text if _needs_quote(text) else text


def inert_cell(value: Any) -> Any:
    """`inert_text` for text; numbers, dates and None stay what they are."""
    return inert_text(value) if isinstance(value, str) else value


def xlsx_text(text: str) -> str:
    """`inert_text` for an XLSX cell: first the characters XML cannot hold are taken out
    (openpyxl refuses them), since "\x01=…" would start with "=" once they are gone."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return inert_text(ILLEGAL_CHARACTERS_RE.sub("", text))


def restore_text(text: str) -> str:
    """The text `inert_text` was given: the one quote it added is taken off, nothing else."""
    if text.startswith(QUOTE) and _needs_quote(text[1:]):
        return text[1:]
    return text
