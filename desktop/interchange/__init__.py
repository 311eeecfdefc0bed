"""IOM Missing Migrants Project import and export, and record exports (XLSX, JSON).

Depends only on `desktop.domain`: no Qt, no SQL. Storage plugs in through `RecordStore`.

- `read_iom_file(path)` → `IomFile` of `IomRow`s (CSV download or API JSON, told by content)
- `import_iom_file(path, store, owner_country=…, progress=…)` → `ImportSummary`
- `write_iom_csv(path, incidents)`, `write_xlsx(path, kind, envelopes, include_personal=…)`,
  `write_records_json(path, envelopes)`
- `case_import.import_case_file(path, store, owner_country=…, progress=…)` → a
  `CaseImportSummary` (missing cases from the template as .xlsx/.csv, or the app's JSON);
  `case_template_writer.write_template(path, kind, language=…)`; the columns are
  `case_template.CASE_COLUMNS`
- `UnreadableFile`: the file cannot be read at all; the message says why.
"""

from .errors import UnreadableFile
from .iom_csv_writer import write_iom_csv
from .iom_identity import IOM_NAMESPACE, record_id
from .iom_import import CHUNK_SIZE, ImportSummary, import_iom_file
from .iom_raw import CSV_FORMAT, JSON_FORMAT
from .iom_reader import IomFile, IomRow, read_iom_file
from .json_writer import write_records_json
from .record_store import RecordStore
from .xlsx_writer import write_xlsx

__all__ = [
    "CHUNK_SIZE",
    "CSV_FORMAT",
    "IOM_NAMESPACE",
    "JSON_FORMAT",
    "ImportSummary",
    "IomFile",
    "IomRow",
    "RecordStore",
    "UnreadableFile",
    "import_iom_file",
    "read_iom_file",
    "record_id",
    "write_iom_csv",
    "write_records_json",
    "write_xlsx",
]
