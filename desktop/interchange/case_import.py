"""Import missing cases from a spreadsheet or JSON file: a row's reference is its identity.

Every row goes through the domain's validation (`desktop.domain.records.normalise`) and the
reference-prefix rule (`reference_problem`). A new reference adds a case, a known one updates
that case (same record id, a new outbox entry) or, when nothing differs, leaves it alone: the
same file imported twice changes nothing. A column the file does not have keeps the stored
value (an export without personal fields re-imports without wiping them); an empty cell
clears the field. Bad rows are reported with their row number, column and reason; they never
stop the good ones.
"""

from __future__ import annotations

import copy
import logging
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol
from uuid import UUID

from desktop.domain.errors import FieldError, RecordInvalid
from desktop.domain.missing_case import KIND, reference_problem
from desktop.domain.records import normalise

from .case_cells import CellError, parse_cell
from .case_reader import SourceRow, read_case_file
from .case_summary import CaseImportSummary, RejectedRow
from .case_template import BY_PATH, REFERENCE

log = logging.getLogger(__name__)

CHUNK_SIZE = 500
Progress = Callable[[int, int], None]


class CaseStore(Protocol):
    def by_reference(self, references: list[str]) -> dict[str, tuple[UUID, dict[str, Any]]]:
        """(record id, data) of the cases, not deleted, with these references."""
        ...

    def ids_in_use(self, ids: list[UUID]) -> set[UUID]:
        """Those of `ids` that any record (of any kind, deleted or not) already has."""
        ...

    def save_many(
        self, kind: str, items: list[tuple[UUID, dict[str, Any]]], owner_country: str | None
    ) -> None:
        """Create or replace these (validated) records with their outbox entries, at once."""
        ...


def import_case_file(
    path: str | Path,
    store: CaseStore,
    *,
    owner_country: str | None,
    progress: Progress | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> CaseImportSummary:
    """Import a case template (.xlsx, .csv) or the app's JSON export into `store`.

    Raises `UnreadableFile` when the file cannot be read at all.
    """
    case_file = read_case_file(path)
    rows = case_file.rows
    summary = CaseImportSummary(case_file.format, len(rows), case_file.unit)
    summary.warnings += [
        (1, FieldError("record", f"The column “{name}” is not in the template; it was not read",
                       code="import_unknown_column", params={"column": name}))
        for name in case_file.unknown_headers
    ]  # fmt: skip
    importer = _Importer(store, owner_country, summary)
    if progress:
        progress(0, len(rows))
    for start in range(0, len(rows), chunk_size):
        importer.import_chunk(rows[start : start + chunk_size])
        if progress:
            progress(min(start + chunk_size, len(rows)), len(rows))
    log.info("case import finished: %s", summary)
    return summary


class _Importer:
    def __init__(self, store: CaseStore, owner_country: str | None, summary: CaseImportSummary):
        self.store = store
        self.owner = owner_country
        self.summary = summary
        self.first: dict[str, tuple[int, dict[str, Any]]] = {}  # reference → (row, clean data)

    def import_chunk(self, rows: list[SourceRow]) -> None:
        references = {row.position: _reference_of(row) for row in rows}
        stored = self.store.by_reference(sorted({r for r in references.values() if r}))
        queued: list[tuple[UUID, dict[str, Any]]] = []
        fresh: list[tuple[SourceRow, dict[str, Any]]] = []
        for row in rows:
            reference = references[row.position]
            known = stored.get(reference) if reference else None
            try:
                clean = self._clean(row, known[1] if known else None)
            except _Rejected as exc:
                self._reject(row, exc.problems)
                continue
            reference = clean[REFERENCE]
            if reference in self.first:
                self._repeat(row, reference, clean)
                continue
            self.first[reference] = (row.position, clean)
            if known is None:
                fresh.append((row, clean))
            elif known[1] == clean:
                self.summary.unchanged += 1
            else:
                self.summary.updated += 1
                queued.append((known[0], clean))
        queued += self._new_ids(fresh)
        self.summary.added += len(fresh)
        if queued:
            self.store.save_many(KIND, queued, self.owner)

    def _clean(self, row: SourceRow, stored: dict[str, Any] | None) -> dict[str, Any]:
        """The row's case, validated; raises `_Rejected` with every problem of the row."""
        if row.problem:
            raise _Rejected([(None, row.problem)])
        problems: list[tuple[str | None, FieldError]] = []
        if row.data is None:
            data, problems = _from_cells(row, stored)
        else:
            data = row.data
        if not isinstance(data, dict):
            message = "A missing case must be an object of fields"
            raise _Rejected([(None, FieldError("record", message, code="group"))])
        unreadable = {column for column, _why in problems}
        clean = None
        try:
            clean = normalise(KIND, data)
        except RecordInvalid as exc:
            for error in exc.errors:
                column = _header(row, error.field)
                if column not in unreadable or column is None:
                    problems.append((column, error))
        reference = clean[REFERENCE] if clean else _reference_of(row)
        if reference and not any(c == _header(row, REFERENCE) for c, _w in problems):
            problem = reference_problem(reference, self.owner)
            if problem:
                problems.append((_header(row, REFERENCE), self._prefix_error(reference, problem)))
        if problems or clean is None:
            raise _Rejected(problems)
        return clean

    def _new_ids(self, fresh: list[tuple[SourceRow, dict[str, Any]]]):
        wanted = {row.position: _uuid(row.record_id) for row, _clean in fresh}
        taken = self.store.ids_in_use([i for i in wanted.values() if i])
        for row, clean in fresh:
            record_id = wanted[row.position]
            if not record_id or record_id in taken:
                record_id = uuid.uuid4()  # none given, or another record has it already
            taken.add(record_id)
            yield record_id, clean

    def _repeat(self, row: SourceRow, reference: str, clean: dict[str, Any]) -> None:
        first_row, first_data = self.first[reference]
        if first_data == clean:
            self.summary.duplicates += 1
            return
        message = (
            f"{reference} is already on {self.summary.unit} {first_row} with other values; "
            "keep one of the two"
        )
        params = {"value": reference, "row": first_row}
        error = FieldError(REFERENCE, message, code="import_repeated", params=params)
        self._reject(row, [(_header(row, REFERENCE), error)])

    def _prefix_error(self, reference: str, message: str) -> FieldError:
        # The code and params of the server's refusal (server_stub/sync/case_rules.py).
        params = {"reference": reference, "country": self.owner}
        return FieldError(REFERENCE, message, code="reference_country", params=params)

    def _reject(self, row: SourceRow, problems: list[tuple[str | None, FieldError]]) -> None:
        self.summary.rejected.append(RejectedRow(row.position, tuple(problems), self.summary.unit))


class _Rejected(Exception):
    def __init__(self, problems: list[tuple[str | None, FieldError]]):
        self.problems = problems


def _reference_of(row: SourceRow) -> str | None:
    if row.data is not None:
        value = row.data.get(REFERENCE) if isinstance(row.data, dict) else None
    else:
        value = row.cells.get(REFERENCE, (None, None))[1]
    return str(value).strip().upper() if value not in (None, "") else None


def _from_cells(row: SourceRow, stored: dict[str, Any] | None):
    """The case a spreadsheet row describes (the stored case with the row's columns applied),
    and the cells that could not be read."""
    data = copy.deepcopy(stored) if stored else {}
    problems: list[tuple[str | None, FieldError]] = []
    for path, (header, raw) in row.cells.items():
        try:
            value = parse_cell(BY_PATH[path], raw)
        except CellError as exc:
            problems.append((header, FieldError(path, str(exc), exc.code, exc.params)))
            continue
        _set(data, path, value)
    return data, problems


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    *parents, name = path.split(".")
    for part in parents:
        child = data.get(part)
        if not isinstance(child, dict):
            child = data[part] = {}
        data = child
    if value is None:
        data.pop(name, None)  # empty cell: the field's default
    else:
        data[name] = value


def _header(row: SourceRow, field_path: str) -> str | None:
    """The column a field error is about, as the file names it (None for a whole group)."""
    parts = [p for p in field_path.split(".") if not p.isdigit()]
    while parts:
        path = ".".join(parts)
        if path in row.cells:
            return row.cells[path][0]
        if path in BY_PATH:
            return BY_PATH[path].en
        parts.pop()
    return None


def _uuid(value: str | None) -> UUID | None:
    try:
        return UUID(value) if value else None
    except ValueError:
        return None
