"""Users, roles and passwords (argon2id).

The password policy (``validate_password``), the same for every account and every way a password is set (the
first admin at ``init``, a new user, an admin's reset, a user's own change): at least ``MIN_PASSWORD``
characters, not one character repeated, not the user name (whatever the case) with only digits or punctuation
around it, and not one of the well-known passwords people try first (``COMMON_PASSWORDS``).
"""

from __future__ import annotations

from functools import cache
import re
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from caseapp.errors import ValidationError

from caseapp.domain.permissions import ADMIN, AUDITOR, CLERK, MANAGER, ROLES  # noqa: F401 (re-exported)
MIN_PASSWORD = 10
MAX_PASSWORD = 200
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")
_hasher = PasswordHasher()   # argon2id with the library's current recommended parameters

# Well-known passwords of 10 characters or more (the shorter ones are refused for their length), compared
# case-insensitively: the lists attackers try first start with these.
COMMON_PASSWORDS = frozenset({
    "1234567890", "0123456789", "0987654321", "9876543210", "12345678910", "1234512345", "1122334455",
    "1234567890a", "123456789a", "a123456789", "123456789q", "q123456789", "123123123123", "147258369a",
    "qwertyuiop", "qwertyuiop1", "qwertyuiop123", "qwerty1234", "qwerty12345", "qwerty123!", "1q2w3e4r5t",
    "1q2w3e4r5t6y", "q1w2e3r4t5", "1qaz2wsx3edc", "zaq12wsx12", "asdfghjkl1", "asdfghjkl;", "zxcvbnm123",
    "password12", "password123", "password1234", "password1!", "password!1", "passw0rd123", "p@ssw0rd123",
    "p@ssword123", "passwordpassword", "iloveyou12", "iloveyou123", "welcome123", "welcome1234", "letmein123",
    "monkey1234", "dragon1234", "football12", "football123", "baseball12", "sunshine12", "princess12",
    "superman12", "trustno1234", "abc1234567", "abcd123456", "abcdefghij", "abcdefghijk", "admin12345",
    "admin123456", "administrator", "changeme123", "default123", "secret1234", "computer12", "internet12",
    "mongolia123", "mongolia2024", "mongolia2025", "mongolia2026", "ulaanbaatar", "ulaanbaatar1",
})

# A hash of a random secret nobody kept, with the same parameters as ``_hasher``: checking a password against it
# costs what checking a real one costs, and never succeeds (``dummy_verify`` ignores the result anyway).
_DUMMY_HASH = "$argon2id$v=19$m=65536,t=3,p=4$+QfzoN7qI4hsLw8HmmZv7g$pZljc5yrw+KoiwVatoqzUzBfKWBPN9u9tz66bd8CinA"


def hash_password(password: str, *, username: str | None = None) -> str:
    validate_password(password, username=username)
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@cache
def _dummy_hash() -> str:
    """``_DUMMY_HASH``, or a fresh one if the library's parameters changed (then a real check costs more)."""
    return _hasher.hash(secrets.token_urlsafe(32)) if _hasher.check_needs_rehash(_DUMMY_HASH) else _DUMMY_HASH


def dummy_verify(password: str) -> None:
    """The work of one password check, for a sign-in with no account to check against (an unknown user name):
    without it such a sign-in is refused at once, and the time it takes tells which user names exist."""
    verify_password(_dummy_hash(), password or "")


def validate_password(password: str, *, username: str | None = None) -> None:
    """The password policy (the module's docstring); ``username``, where known, is the account's user name."""
    if password is None or len(password) < MIN_PASSWORD:
        raise ValidationError("password.too_short", field="password", min=MIN_PASSWORD)
    if len(password) > MAX_PASSWORD:
        raise ValidationError("password.too_long", field="password", max=MAX_PASSWORD)
    if len(set(password)) == 1:
        raise ValidationError("password.one_character", field="password")
    folded = password.casefold()
    name = (username or "").strip().casefold()
    if name and name in folded and not any(c.isalpha() for c in folded.replace(name, "", 1)):
        raise ValidationError("password.like_user_name", field="password")    # "admin", "Admin2026", "admin-123!"
    if folded in COMMON_PASSWORDS:
        raise ValidationError("password.common", field="password")


def normalise_username(username: str) -> str:
    value = (username or "").strip().casefold()
    if not _USERNAME.match(value):
        raise ValidationError("username.format", field="username")
    return value


def validate_role(role: str) -> str:
    if role not in ROLES:
        raise ValidationError("role.unknown", field="role", role=repr(role), allowed=", ".join(ROLES))
    return role
