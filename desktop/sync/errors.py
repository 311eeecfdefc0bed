"""Typed sync errors. `str(error)` is a message for the user that says what to do."""

from __future__ import annotations

import threading


class SyncError(Exception):
    """Base of every sync failure. `code` is the server's error code when it gave one (the
    window shows its own sentence for it, in the user's language)."""

    code: str = ""


class Offline(SyncError):
    """No connection to the server (DNS, refused, timed out, dropped)."""

    server: str = ""  # the address that could not be reached, when known


ServerUnreachable = Offline


class CertificateError(SyncError):
    """The server's TLS certificate is not trusted."""


class InsecureConnection(SyncError):
    """Plain http:// to a server that is not this computer, and the settings do not allow it."""


class BadServerAddress(SyncError):
    """The server address is not an http(s) address with a host."""


class AuthFailed(SyncError):
    """Wrong email or password."""


class SessionExpired(SyncError):
    """No valid session: the user must sign in again."""


class NotSignedIn(SessionExpired):
    pass


class RateLimited(SyncError):
    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class ServerError(SyncError):
    """The server failed (5xx) or answered something that is not the protocol."""


class RequestRefused(SyncError):
    """The server refused the request (4xx) with a message; `fields` has field errors."""

    def __init__(self, message: str, status: int, code: str = "", fields: list | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.fields = fields or []


class Cancelled(SyncError):
    pass


def check_cancel(cancel: threading.Event | None) -> None:
    """Raise `Cancelled` once `cancel` is set; called between batches and pages."""
    if cancel is not None and cancel.is_set():
        raise Cancelled("Sync cancelled; it will resume where it stopped.")


class OtherAccount(SyncError):
    """The account signing in has another scope (role or country) than the one whose data
    this profile holds. Nothing was kept of the sign-in. `pending`: local changes not sent
    yet; `switching`: the user asked to remove the old data, refused because of them."""

    def __init__(self, held: tuple[str, str | None], wanted: tuple[str, str | None],
                 pending: int, switching: bool):  # fmt: skip
        self.held, self.wanted, self.pending, self.switching = held, wanted, pending, switching
        self.code = "changes_pending" if switching else "other_account"
        super().__init__(
            f"this profile holds the data of a {_scope(held)}; signing in as a "
            f"{_scope(wanted)} needs another profile"
        )


def _scope(scope: tuple[str, str | None]) -> str:
    role, country = scope
    return f"{role.replace('_', ' ') or 'earlier account'}{f' of {country}' if country else ''}"
