"""The central endpoint of Focal Point Desk (console script `focal-server`).

FastAPI over SQLAlchemy 2.0: SQLite by default, PostgreSQL in production. Records are validated
with `desktop.domain`, so the server and the desktop client agree on what is valid.
"""

from desktop import __version__

__all__ = ["__version__"]
