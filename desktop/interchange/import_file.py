"""Reading a file to import, with the limits that keep a hostile one from harming the device.

An import file comes from outside (a download, an e-mail attachment, a colleague's USB stick).
Before any parser sees it:
- its size is bounded (`MAX_FILE_BYTES`): the whole file is read into memory;
- an .xlsx (a zip archive) is bounded in what it unpacks to (`MAX_UNPACKED_BYTES`, checked on
  the archive's own directory; Python's zipfile then refuses a member that unpacks to more than
  it declares), so a small "zip bomb" cannot fill the memory or the disk;
- XML inside a spreadsheet is parsed by openpyxl through defusedxml (installed as a
  dependency), which refuses entity declarations ("billion laughs", external entities).
JSON nested too deeply for the parser is refused with a reason, not a crash.
"""

from __future__ import annotations

import io
import stat
import zipfile
from pathlib import Path

from .errors import UnreadableFile

MAX_FILE_BYTES = 256 * 1024 * 1024  # IOM's whole history as CSV is about 15 MB
MAX_UNPACKED_BYTES = 512 * 1024 * 1024


def read_import_file(path: Path) -> bytes:
    """The bytes of `path`, or `UnreadableFile` saying why they cannot be had."""
    try:
        found = path.stat()
        if stat.S_ISDIR(found.st_mode):
            raise UnreadableFile(f"{path} is a folder; choose the file inside it")
        size = found.st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(
                f"{path.name} is {size // (1024 * 1024)} MB, more than the "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB an import takes; split it into smaller files"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise UnreadableFile(f"There is no file at {path}") from None
    except PermissionError:
        raise UnreadableFile(f"{path} cannot be opened: permission denied") from None
    except OSError as exc:
        raise UnreadableFile(f"{path} cannot be read: {exc.strerror or exc}") from None


def check_archive(raw: bytes) -> None:
    """Refuse a spreadsheet archive that is broken or would unpack to more than the limit."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise UnreadableFile(f"the spreadsheet cannot be read ({type(exc).__name__})") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise UnreadableFile(
            f"the spreadsheet would unpack to {unpacked // (1024 * 1024)} MB, more than the "
            f"{MAX_UNPACKED_BYTES // (1024 * 1024)} MB an import takes; it is not a plain "
            "spreadsheet — save it again from Excel or LibreOffice, or split it"
        )


def hostile_xml(exc: Exception) -> UnreadableFile | None:
    """The reason to give for an XML problem inside a spreadsheet, or None if `exc` is not one."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException

    while exc.__cause__ is not None and not isinstance(exc, DefusedXmlException | ParseError):
        exc = exc.__cause__  # openpyxl wraps what its XML parser raised in a ValueError
    if isinstance(exc, DefusedXmlException):
        return UnreadableFile(
            "the spreadsheet holds XML entity declarations, which no spreadsheet needs and which "
            "can be used to attack the computer; it was not read — save it again from Excel or "
            "LibreOffice"
        )
    if isinstance(exc, ParseError):
        return UnreadableFile(f"the spreadsheet's XML is damaged ({exc}); save it again")
    return None


def too_deep() -> UnreadableFile:
    """The reason to give when JSON is nested deeper than the parser goes."""
    return UnreadableFile("the JSON is nested too deeply to be records; check how it was made")
