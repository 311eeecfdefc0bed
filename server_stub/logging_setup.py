"""One logging setup for the command line: plain lines on stderr."""

from __future__ import annotations

import logging
import sys

_HANDLER_NAME = "focal-server"


def setup_logging(level: str = "INFO") -> None:
    """Log to stderr at `level`. Called again (the command line first, then `serve` with the
    configured level), it changes the level of the handler it made. A host that set up logging
    itself (a test runner, an embedding app) keeps its handlers and its level."""
    root = logging.getLogger()
    ours = next((h for h in root.handlers if h.get_name() == _HANDLER_NAME), None)
    if ours is None:
        if root.handlers:
            return
        ours = logging.StreamHandler(sys.stderr)
        ours.set_name(_HANDLER_NAME)
        ours.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(ours)
    root.setLevel(level.upper())
    # SQLAlchemy and Alembic speak only about problems; their INFO lines may hold statements.
    for name in ("sqlalchemy", "alembic"):
        logging.getLogger(name).setLevel(logging.WARNING)
