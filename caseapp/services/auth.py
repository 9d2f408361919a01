"""Users, roles and passwords (argon2id)."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from caseapp.errors import ValidationError

from caseapp.domain.permissions import ADMIN, AUDITOR, CLERK, MANAGER, ROLES  # noqa: F401 (re-exported)
MIN_PASSWORD = 8
MAX_PASSWORD = 200
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")
_hasher = PasswordHasher()   # argon2id with the library's current recommended parameters


def hash_password(password: str) -> str:
    validate_password(password)
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def validate_password(password: str) -> None:
    if password is None or len(password) < MIN_PASSWORD:
        raise ValidationError("password.too_short", field="password", min=MIN_PASSWORD)
    if len(password) > MAX_PASSWORD:
        raise ValidationError("password.too_long", field="password", max=MAX_PASSWORD)


def normalise_username(username: str) -> str:
    value = (username or "").strip().casefold()
    if not _USERNAME.match(value):
        raise ValidationError("username.format", field="username")
    return value


def validate_role(role: str) -> str:
    if role not in ROLES:
        raise ValidationError("role.unknown", field="role", role=repr(role), allowed=", ".join(ROLES))
    return role
