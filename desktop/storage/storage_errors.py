"""What went wrong with a profile's disk or files, as typed errors with a stable `code`.

SQLite (through SQLAlchemy, which keeps the driver's exception in `orig`) and the OS report a
full disk, a damaged page or a garbled file in their own words; `classify` turns them into one
of the errors below, told apart by the SQLite result code (`sqlite_errorcode`) and `errno`
rather than by message text. Each error's text is one English line saying what happened and
what to do (the command line prints it); the window shows its own translated sentence for the
`code`, filled with `params`. No Qt here.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop.config.paths import ProfilePaths

# SQLite primary result codes (https://sqlite.org/rescode.html); the driver's constants cover
# only some of them, and the extended code's low byte is the primary one.
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26
SQLITE_IOERR_SHORT_READ = 10 | (2 << 8)
_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}

NEW_PROFILE = (
    "or sign in to a new profile (another --profile folder) and sync: what was synced comes "
    "back from the server, changes made here since the last sync would be lost"
)


class StorageError(Exception):
    """The local database cannot be used; the message says why and what to do."""

    code = "storage_error"

    @property
    def params(self) -> dict[str, str]:
        return {}


class WrongKey(StorageError):
    code = "wrong_key"


class DiskFull(StorageError):
    """Nothing more can be written to the disk that holds the profile folder. A write
    transaction that failed was rolled back whole; what was saved before is kept."""

    code = "disk_full"

    def __init__(self, folder: Path | None):
        self.folder = folder
        where = f"the profile folder {folder}" if folder else "the profile folder"
        super().__init__(
            f"the disk that holds {where} is full: free space on it and try again "
            "(nothing was lost: what did not fit was not written)"
        )

    @property
    def params(self) -> dict[str, str]:
        return {"folder": str(self.folder or "")}


class DiskWriteFailed(DiskFull):
    """The OS refused a write of the database (SQLite's I/O error): a full disk, a file-size
    limit or a failing disk. SQLite rolled the transaction back."""

    code = "disk_write_failed"

    def __init__(self, folder: Path | None):
        super().__init__(folder)
        where = f"the profile folder {folder}" if folder else "the profile folder"
        self.args = (
            f"the disk that holds {where} refused a write (it is full, or failing): free space "
            "on it and try again (nothing was lost: what was not written was rolled back)",
        )


class ProfileDamaged(StorageError):
    """A file of the profile cannot be read as what it should be."""

    def __init__(self, folder: Path, path: Path, what: str, restore: str = ""):
        self.folder = folder
        self.path = path
        restore = restore or f"restore the profile folder {folder} from a backup"
        super().__init__(f"{what}: {restore}, {NEW_PROFILE}")

    @property
    def params(self) -> dict[str, str]:
        return {"folder": str(self.folder), "path": str(self.path)}


class DatabaseDamaged(ProfileDamaged):
    code = "database_damaged"

    def __init__(self, folder: Path, path: Path):
        super().__init__(folder, path, f"this profile's database {path} is damaged")


class DatabaseEmptied(ProfileDamaged):
    """The profile had a database, and its file is now missing or empty: never made anew."""

    code = "database_emptied"

    def __init__(self, folder: Path, path: Path):
        state = "is empty (0 bytes)" if path.exists() else "is missing"
        super().__init__(
            folder, path, f"this profile's database {path} {state} although the profile had one"
        )


class ProfileFileDamaged(ProfileDamaged):
    code = "profile_file_damaged"

    def __init__(self, path: Path):
        super().__init__(
            path.parent,
            path,
            f"{path} is damaged, so this profile's database cannot be opened",
            # the database itself is likely whole: this file alone brings it back
            f"restore that file (or the whole profile folder {path.parent}) from a backup",
        )


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """`exc`, the driver error SQLAlchemy wrapped (`orig`), and their causes."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [getattr(current, "orig", None), current.__cause__, current.__context__]


def sqlite_code(exc: BaseException) -> int | None:
    """The SQLite result code (extended when known) carried by `exc` or what it wraps."""
    for current in _chain(exc):
        code = getattr(current, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code
    return None


def classify(exc: BaseException, paths: ProfilePaths | None = None) -> StorageError | None:
    """The typed error for `exc` (a full disk, a damaged database), or None for anything else.
    `paths` are those of the profile whose database failed."""
    folder = paths.root if paths is not None else None
    if isinstance(exc, StorageError) and exc.code != "storage_error":
        return exc
    for current in _chain(exc):
        if isinstance(current, StorageError) and current.code != "storage_error":
            return current
        if isinstance(current, OSError) and current.errno in _DISK_FULL_ERRNOS:
            return _full_profile_disk(current, paths)
    code = sqlite_code(exc)
    if code is None:
        return None
    primary = code & 0xFF
    if primary == SQLITE_FULL:
        return DiskFull(folder)
    if code == SQLITE_IOERR_SHORT_READ or primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DatabaseDamaged(paths.root, paths.database) if paths is not None else None
    if primary == SQLITE_IOERR:
        # A write, sync or truncate the OS refused (a full disk, a file-size limit, a failing
        # disk); SQLite has rolled the transaction back.
        return DiskWriteFailed(folder)
    return None


def _full_profile_disk(exc: OSError, paths: ProfilePaths | None) -> DiskFull | None:
    """A full disk met writing a file of the profile (profile.json, settings.json): a file
    elsewhere (an export) is its caller's to report."""
    if paths is None:
        return None
    name = exc.filename
    if name and not Path(name).absolute().is_relative_to(paths.root.absolute()):
        return None
    return DiskFull(paths.root)


def pages_fail_their_check(engine: Any) -> bool:
    """Whether SQLCipher finds pages of the database whose HMAC does not match (reads every
    page once; run only after a failure)."""
    try:
        with engine.connect() as conn:
            return bool(conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall())
    except Exception as exc:
        code = sqlite_code(exc)
        return code is not None and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)


@contextmanager
def translate_errors(paths: ProfilePaths, engine: Any = None) -> Iterator[None]:
    """Re-raise a full disk or a damaged database met inside the block as its typed error.

    SQLCipher reports some pages that fail their HMAC as SQLite's "out of memory" (Python's
    MemoryError, with no result code); with the database's `engine` given, such an error is
    checked against `PRAGMA cipher_integrity_check` before it is called damage."""
    try:
        yield
    except StorageError:
        raise
    except MemoryError as exc:
        if engine is not None and pages_fail_their_check(engine):
            raise DatabaseDamaged(paths.root, paths.database) from exc
        raise
    except Exception as exc:
        typed = classify(exc, paths)
        if typed is None:
            raise
        raise typed from exc
