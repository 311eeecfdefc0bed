"""Cells for write-only worksheets: styled header, real dates, text that never turns formula.

Text is always a text cell (openpyxl would make "=…" a formula and "#N/A" an error) and goes
through `desktop.domain.spreadsheet.inert_text`: a text cell alone is inert when the file is
opened, but turns live when someone edits it or saves the sheet as CSV; the leading quote keeps
it inert through both, and the case import takes it off again.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desktop.domain.spreadsheet import xlsx_text

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill(fill_type="solid", fgColor="1F4E78")
HEADER_ALIGNMENT = Alignment(vertical="center")
MAX_CELL_TEXT = 32_767  # Excel's limit for one cell
MIN_WIDTH, MAX_WIDTH = 8, 60
_DATE_WIDTH, _DATETIME_WIDTH = 12, 20


def header_cells(ws, names: list[str], note: str | None = None) -> list[WriteOnlyCell]:
    cells = []
    for name in names:
        cell = text_cell(ws, name)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGNMENT
        cells.append(cell)
    if note and cells:
        cells[0].comment = Comment(note, "Focal Point Desk", width=320, height=120)
    return cells


def body_cell(ws, value: Any) -> Any:
    """The value itself when Excel reads it right, else a cell that pins its type."""
    if isinstance(value, datetime):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATETIME_FORMAT
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    if isinstance(value, str):
        return text_cell(ws, value)
    return value


def text_cell(ws, value: str) -> WriteOnlyCell:
    """A text cell that is never a formula, an error code or a number."""
    cell = WriteOnlyCell(ws, value=clean_text(value))
    cell.data_type = "s"
    return cell


def clean_text(value: str) -> str:
    """Safe for a cell (`xlsx_text`) and cut to what one Excel cell holds."""
    value = xlsx_text(value)
    if len(value) > MAX_CELL_TEXT:
        value = value[: MAX_CELL_TEXT - 1] + "…"
    return value


def column_widths(header: list[str], rows: list[list[Any]]) -> list[float]:
    """Widths that fit the content: longest line per column, within sensible bounds."""
    widths = [len(name) for name in header]
    for row in rows:
        for index, value in enumerate(row):
            widths[index] = max(widths[index], _display_width(value))
    return [min(MAX_WIDTH, max(MIN_WIDTH, width + 2)) for width in widths]


def _display_width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return _DATETIME_WIDTH
    if isinstance(value, date):
        return _DATE_WIDTH
    text = str(value)
    if "\n" in text:
        return max(len(line) for line in text.split("\n"))
    return len(text)


def set_widths(ws, widths: list[float]) -> None:
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
