"""Argon2id password hashes (argon2-cffi's recommended parameters), and the rule a new password
must meet: 12 characters at least, no longer than a sign-in accepts, and not a common or easily
guessed one (zxcvbn's estimate, OWASP ASVS 6.2)."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from zxcvbn import zxcvbn

from desktop.domain.wire import PASSWORD_MAX_LENGTH

MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = PASSWORD_MAX_LENGTH  # what POST /api/v1/auth/login accepts
# zxcvbn's score (0–4); 3 is "safely unguessable" against an online attack and a slow hash.
MIN_STRENGTH = 3
_ZXCVBN_CHARS = 72  # zxcvbn refuses longer input; a longer password is judged by its start
HASHER = PasswordHasher()


@cache
def _dummy_hash(hasher: PasswordHasher) -> str:
    """Checked when the email is unknown, so that a login takes as long either way."""
    return hasher.hash("not a real password; equalises timing")


class WeakPassword(ValueError):
    pass


def check_new_password(password: str, *, context: tuple[str, ...] = ()) -> None:
    """Raise WeakPassword, saying what to change, unless `password` may be set. `context` holds
    words the password must not lean on (the account's e-mail, for example)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPassword(f"The password must be at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise WeakPassword(
            f"The password must be at most {MAX_PASSWORD_LENGTH} characters (a sign-in accepts "
            "no more)"
        )
    if not password.strip():
        raise WeakPassword("The password must not be only spaces")
    verdict = zxcvbn(password[:_ZXCVBN_CHARS], user_inputs=[c for c in context if c])
    if verdict["score"] < MIN_STRENGTH:
        hint = (verdict.get("feedback") or {}).get("warning") or ""
        hint = f": {hint[:1].lower()}{hint[1:].rstrip('.')}" if hint else ""
        raise WeakPassword(
            f"The password is too easy to guess{hint}. Use a passphrase of several uncommon words"
        )


def hash_password(password: str, *, context: tuple[str, ...] = ()) -> str:
    check_new_password(password, context=context)
    return HASHER.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return HASHER.verify(password_hash or _dummy_hash(HASHER), password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return HASHER.check_needs_rehash(password_hash)
