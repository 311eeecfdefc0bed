"""Which server addresses the app may connect to: https:// anywhere, plain http:// only to this
computer (localhost, 127.0.0.0/8, ::1) unless the `allow_insecure_http` setting allows it.

Plain http to another computer would carry passwords, tokens and case records readable by
anyone on the way. The check is one function used by the sync session (which refuses before a
byte is sent) and by the sign-in dialog (which says so next to the server field).
"""

from __future__ import annotations

import ipaddress
from typing import Literal
from urllib.parse import urlsplit

Problem = Literal["not_an_address", "insecure_http"]


def is_loopback(host: str) -> bool:
    """`host` is this computer: localhost, 127.0.0.0/8 or ::1 (no name lookup is trusted)."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def host_of(url: str) -> str | None:
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - a port that is not a number raises here
    except ValueError:
        return None
    return parts.hostname


def address_problem(url: str, *, allow_insecure_http: bool = False) -> Problem | None:
    """None when the app may connect to `url`; else why not."""
    host = host_of(url)
    scheme = urlsplit(url.strip()).scheme.lower() if host else ""
    if scheme not in ("http", "https") or not host:
        return "not_an_address"
    if scheme == "http" and not allow_insecure_http and not is_loopback(host):
        return "insecure_http"
    return None
