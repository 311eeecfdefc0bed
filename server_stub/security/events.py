"""Security events: one log line each, with who (account), which device and from where.

Every line goes to the `focal.security` logger as `event=<name> account=… device=… address=…`
followed by the event's own details. Values are quoted when they hold spaces, and control
characters are escaped, so a crafted e-mail or device name cannot forge a second line (OWASP
ASVS 16.4.1). Callers pass identifiers and counts only: never a token, a password or anything
from a record's data.
"""

from __future__ import annotations

import logging

log = logging.getLogger("focal.security")

_MAX_VALUE = 200


def _shown(value: object) -> str:
    text = str(value)
    text = text.encode("unicode_escape").decode("ascii") if not text.isprintable() else text
    text = text[:_MAX_VALUE]
    if not text or any(ch in text for ch in ' "='):
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text


def security_event(
    event: str,
    *,
    account: str | int | None = None,
    device: int | None = None,
    address: str | None = None,
    level: int = logging.INFO,
    **details: object,
) -> None:
    """Log one security event; `details` are identifiers, counts and outcomes only."""
    fields = {"account": account, "device": device, "address": address, **details}
    parts = [f"event={event}"]
    parts.extend(f"{key}={_shown(value)}" for key, value in fields.items() if value is not None)
    log.log(level, " ".join(parts))
