"""The central endpoint of Focal Point Desk (console script `focal-server`).

FastAPI over SQLAlchemy 2.0: SQLite by default, PostgreSQL in production. Records are validated
with `desktop.domain`, so the server and the desktop client agree on what is valid; nothing else
of `desktop` is imported here, so a server install needs no Qt (the `server` extra).
"""

from importlib.metadata import PackageNotFoundError, version

DISTRIBUTION = "focal-point-desk"
# Sources run without being installed (no package metadata): the version is unknown, and says so.
UNKNOWN_VERSION = "0+unknown"

try:
    __version__ = version(DISTRIBUTION)
except PackageNotFoundError:
    __version__ = UNKNOWN_VERSION

__all__ = ["__version__"]
