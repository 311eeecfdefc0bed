"""What went wrong with an update, in words a focal point (or their IT) can act on.

TUF's exceptions are precise but technical; `explain()` turns each into one sentence that says
what was refused and why. Nothing is ever installed after any of these.
"""

from __future__ import annotations

import requests
from tuf.api import exceptions as tuf_errors


class UpdateError(Exception):
    """An update could not be checked, downloaded or installed; str() is the message to show."""


class UpdateRefused(UpdateError):
    """The update failed verification: its signatures, dates, versions or bytes are wrong."""


_NOTHING = "Nothing was installed."


def explain(exc: BaseException, server_url: str) -> UpdateError:
    """The UpdateError that says what `exc` (raised while updating) means for the user."""
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, tuf_errors.UnsignedMetadataError):
        return UpdateRefused(
            "the update was refused: its signature does not match the keys this app trusts "
            f"({detail}). {_NOTHING} Tell the secretariat."
        )
    if isinstance(exc, tuf_errors.ExpiredMetadataError):
        return UpdateRefused(
            f"the update was refused: the update metadata expired ({detail}), so it may be "
            f"stale or replayed. {_NOTHING} Try again later, or tell the secretariat."
        )
    if isinstance(exc, tuf_errors.BadVersionNumberError):
        return UpdateRefused(
            "the update was refused: it would roll back to an older version of the update "
            f"metadata than this computer has already seen ({detail}). {_NOTHING} "
            "Tell the secretariat."
        )
    if isinstance(
        exc, tuf_errors.LengthOrHashMismatchError | tuf_errors.DownloadLengthMismatchError
    ):
        return UpdateRefused(
            "the update was refused: the downloaded file does not match its signed checksum "
            f"(it was changed or damaged on the way: {detail}). {_NOTHING}"
        )
    if isinstance(exc, tuf_errors.RepositoryError):
        return UpdateRefused(
            f"the update was refused: its metadata failed verification ({detail})."
        )
    if isinstance(exc, tuf_errors.DownloadHTTPError) and exc.status_code == 404:
        return UpdateError(
            f"the server at {server_url} has no update files where they should be ({detail})"
        )
    if isinstance(exc, tuf_errors.DownloadError | requests.RequestException):
        return UpdateError(f"could not reach the update server at {server_url}: {detail}")
    if isinstance(exc, OSError):
        where = f" {exc.filename}" if exc.filename else ""
        return UpdateError(f"could not write the update files{where}: {exc.strerror or detail}")
    return UpdateError(f"the update check failed: {detail}")
