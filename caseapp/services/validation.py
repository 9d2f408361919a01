"""Checks on what people type: one clear message naming the field, in the user's language."""

from __future__ import annotations

import re
import unicodedata

from caseapp.errors import ValidationError
from caseapp.messages import message

_CONTROL_OK = {"\n", "\r", "\t"}


def text(value: str | None, field: str, *, required: bool = False, max_length: int, multiline: bool = False,
         strip: bool = False) -> str:
    """Text stored exactly as typed (markup, formulas, emoji, SQL-looking text are all legitimate), but
    never empty when required, never longer than the limit, and never with invisible control characters."""
    value = "" if value is None else str(value)
    if strip:
        value = value.strip()
    if required and not value.strip():
        raise ValidationError(message("field.required", field=message(f"label.{field}")), field=field)
    if len(value) > max_length:
        raise ValidationError(message("field.too_long", field=message(f"label.{field}"), max=f"{max_length:,}",
                                      length=f"{len(value):,}"), field=field)
    for ch in value:
        if unicodedata.category(ch) == "Cc" and not (multiline and ch in _CONTROL_OK):
            raise ValidationError(message("field.control", field=message(f"label.{field}")), field=field)
    return value


_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{5,19}$")


def phone(value: str | None) -> str:
    value = (value or "").strip()
    if value and not _PHONE.match(value):
        raise ValidationError(message("field.phone"), field="phone")
    return value


def one_of(value: str, allowed: tuple[str, ...], field: str) -> str:
    if value not in allowed:
        raise ValidationError(message("field.choice", field=message(f"label.{field}"),
                                      allowed=", ".join(allowed)), field=field)
    return value


def positive_days(value, field: str = "days") -> int:
    try:
        days = int(value)
    except (TypeError, ValueError):
        raise ValidationError(message("field.days", field=message(f"label.{field}")), field=field) from None
    if days < 1 or days > 365:
        raise ValidationError(message("field.days", field=message(f"label.{field}")), field=field)
    return days
