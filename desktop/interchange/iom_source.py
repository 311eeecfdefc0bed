"""Open an IOM file: check it is text, tell CSV from JSON by content, cut it into records.

Each record keeps the line where it starts, so a rejected row can be found in the file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from .errors import UnreadableFile
from .import_file import read_import_file
from .iom_raw import IomSource
from .iom_source_csv import read_csv_records
from .iom_source_json import read_json_records

log = logging.getLogger(__name__)

_SNIFF_BYTES = 8192


def load_iom_source(path: str | Path) -> IomSource:
    """Read and cut the file at `path`; raises `UnreadableFile` saying why it cannot."""
    text = decode(read_import_file(Path(path)))
    start = text.lstrip()[:1]
    if start == "<":
        raise UnreadableFile(
            "The file is a web page (HTML or XML), not IOM's CSV or JSON; download it again"
        )
    reader = read_json_records if start in ("[", "{") else read_csv_records
    source = reader(text)
    log.info("read %s with %d records", source.format, len(source.records))
    return source


def decode(raw: bytes) -> str:
    """UTF-8 text with or without a byte-order mark; anything else is refused with a reason."""
    head = raw[:_SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableFile(
            "The file is UTF-16 text; save it as UTF-8 (in Excel: “CSV UTF-8”) and import again"
        )
    if head.startswith(b"PK\x03\x04"):
        raise UnreadableFile(
            "The file is a zip archive or an Excel workbook, not CSV or JSON; "
            "use IOM's CSV download, or save the sheet as “CSV UTF-8”"
        )
    if b"\x00" in head:
        raise UnreadableFile("The file is binary, not text; choose IOM's CSV download or JSON")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableFile(
            f"The file is not UTF-8 text (unexpected byte at position {exc.start}); "
            "save it as UTF-8 (in Excel: “CSV UTF-8”) and import again"
        ) from None
    if not text.strip():
        raise UnreadableFile("The file is empty")
    return text
