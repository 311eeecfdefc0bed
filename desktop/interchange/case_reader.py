"""Reading a file of missing cases: the template as .xlsx or .csv, or the app's JSON export.

Spreadsheet rows keep their row number as the spreadsheet shows it (the header is row 1);
JSON items their position in the list (the first is record 1). A file that cannot be read at
all raises `UnreadableFile`; one bad row never does.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.domain.errors import FieldError

from .case_template import RECORD_ID_HEADER, REFERENCE, Column, fold, match_headers
from .errors import UnreadableFile
from .import_file import check_archive, hostile_xml, read_import_file, too_deep

XLSX, CSV, JSON = "xlsx", "csv", "json"


@dataclass
class SourceRow:
    position: int  # spreadsheet row number, or the record's place in a JSON list
    cells: dict[str, tuple[str, Any]] = field(default_factory=dict)  # path → (header, value)
    data: Any = None  # JSON: the case's data as it travels
    record_id: str | None = None  # the record's id (JSON envelopes, an export's record.id)
    problem: FieldError | None = None  # JSON: why the item is not a case at all


@dataclass
class CaseFile:
    format: str
    rows: list[SourceRow]
    unknown_headers: list[str] = field(default_factory=list)

    @property
    def unit(self) -> str:
        return "record" if self.format == JSON else "row"


def read_case_file(path: str | Path) -> CaseFile:
    raw = read_import_file(Path(path))
    if raw.startswith(b"PK"):
        return _from_xlsx(raw)
    text = _decode(raw)
    if text.lstrip()[:1] in ("[", "{"):
        return _from_json(text)
    return _from_csv(text)


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:  # Excel's "CSV (semicolon separated)" in a French Windows writes Windows-1252
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise UnreadableFile("the file is not text, a spreadsheet (.xlsx) or JSON") from None


def _from_xlsx(raw: bytes) -> CaseFile:
    import openpyxl

    check_archive(raw)
    workbook = None
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        rows = sheet.iter_rows(values_only=True)  # the sheet's XML is parsed as rows are read
        header = list(next(rows, None) or [])
        columns, unknown = _columns(header)
        found = [_row(n, values, columns, header) for n, values in enumerate(rows, start=2)]
    except Exception as exc:
        if (reason := hostile_xml(exc)) is not None:
            raise reason from None
        unopened = workbook is None
        if unopened and isinstance(exc, zipfile.BadZipFile | KeyError | ValueError | OSError):
            raise UnreadableFile(f"the spreadsheet cannot be read ({type(exc).__name__})") from None
        raise
    finally:
        if workbook is not None:
            workbook.close()
    return CaseFile(XLSX, [row for row in found if row.cells], unknown)


def _from_csv(text: str) -> CaseFile:
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, [])
        columns, unknown = _columns(header)
        found = [_row(n, values, columns, header) for n, values in enumerate(reader, start=2)]
    except csv.Error as exc:
        message = f"the CSV file is malformed near line {reader.line_num}: {exc}"
        raise UnreadableFile(message) from None
    return CaseFile(CSV, [row for row in found if row.cells], unknown)


def _columns(header: list[Any]) -> tuple[dict[int, Column], list[str]]:
    try:
        columns, unknown = match_headers(header)
    except ValueError as exc:
        raise UnreadableFile(str(exc)) from None
    if not any(column.path == REFERENCE for column in columns.values()):
        raise UnreadableFile(
            "the first row must hold the template's column names, with a Reference (Référence) "
            "column; download the template to see them"
        )
    return columns, unknown


def _row(number: int, values: Any, columns: dict[int, Column], header: list[Any]) -> SourceRow:
    values = list(values)
    record_id = _record_id(values, header)
    cells = {}
    for position, column in columns.items():
        value = values[position] if position < len(values) else None
        cells[column.path] = (str(header[position]).strip(), value)
    if all(v is None or (isinstance(v, str) and not v.strip()) for _h, v in cells.values()):
        cells = {}  # an empty row: skipped, not counted
    return SourceRow(number, cells, record_id=record_id)


def _record_id(values: list[Any], header: list[Any]) -> str | None:
    """The record id an export writes beside the template's columns (kept by a new profile)."""
    position = _record_id_position(tuple(header))
    value = values[position] if position is not None and position < len(values) else None
    return str(value).strip() if value else None


@lru_cache(maxsize=8)
def _record_id_position(header: tuple[Any, ...]) -> int | None:
    wanted = fold(RECORD_ID_HEADER)
    return next((i for i, name in enumerate(header) if name and fold(str(name)) == wanted), None)


def _from_json(text: str) -> CaseFile:
    try:
        items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnreadableFile(f"the JSON is malformed at line {exc.lineno}: {exc.msg}") from None
    except RecursionError:
        raise too_deep() from None
    if not isinstance(items, list):
        raise UnreadableFile("the JSON must be a list of cases (as the app exports them)")
    return CaseFile(JSON, [_item(number, item) for number, item in enumerate(items, start=1)])


def _item(number: int, item: Any) -> SourceRow:
    if not isinstance(item, dict):
        return SourceRow(number, problem=_not_a_case("not_object", "This item is not an object"))
    if "data" in item and "kind" in item:  # a record as it travels
        if item.get("kind") != "missing_case":
            kind = str(item.get("kind"))
            noun = kind.replace("_", " ")
            article = "an" if noun[:1] in "aeiou" else "a"
            message = f"This record is {article} {noun}, not a missing case"
            return SourceRow(number, problem=_not_a_case("other_kind", message, kind=kind))
        if item.get("deleted"):
            message = "This case is deleted; it is not imported"
            return SourceRow(number, problem=_not_a_case("deleted", message))
        record_id = item.get("id")
        return SourceRow(number, data=item.get("data"), record_id=str(record_id or "") or None)
    return SourceRow(number, data=item)


def _not_a_case(code: str, message: str, **params: Any) -> FieldError:
    return FieldError("record", message, code=f"import_{code}", params=params)
