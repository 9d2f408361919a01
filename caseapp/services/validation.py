"""Checks on what people type: one clear message naming the field, in the user's language."""

from __future__ import annotations

import re
import unicodedata

from caseapp.errors import ValidationError
from caseapp.text import Term

_CONTROL_OK = {"\n", "\r", "\t"}


def text(value: str | None, field: str, *, required: bool = False, max_length: int, multiline: bool = False,
         strip: bool = False) -> str:
    """Text stored exactly as typed (markup, formulas, emoji, SQL-looking text are all legitimate), but
    never empty when required, never longer than the limit, and never with invisible control characters."""
    value = "" if value is None else str(value)
    if strip:
        value = value.strip()
    if required and not value.strip():
        raise ValidationError("field.required", field=field, label=Term(f"label.{field}"))
    if len(value) > max_length:
        raise ValidationError("field.too_long", field=field, label=Term(f"label.{field}"), max=f"{max_length:,}",
                              length=f"{len(value):,}")
    for ch in value:
        category = unicodedata.category(ch)
        if category == "Cs":             # a byte that was not UTF-8 (a command-line argument, a bad file)
            raise ValidationError("field.not_text", field=field, label=Term(f"label.{field}"))
        if category == "Cc" and not (multiline and ch in _CONTROL_OK):
            raise ValidationError("field.control", field=field, label=Term(f"label.{field}"))
    return value


_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{5,19}$")


def phone(value: str | None) -> str:
    value = (value or "").strip()
    if value and not _PHONE.match(value):
        raise ValidationError("field.phone", field="phone")
    return value


def one_of(value: str, allowed: tuple[str, ...], field: str) -> str:
    if value not in allowed:
        raise ValidationError("field.choice", field=field, label=Term(f"label.{field}"), allowed=", ".join(allowed))
    return value


def positive_days(value, field: str = "days") -> int:
    try:
        days = int(value)
    except (TypeError, ValueError):
        raise ValidationError("field.days", field=field, label=Term(f"label.{field}")) from None
    if days < 1 or days > 365:
        raise ValidationError("field.days", field=field, label=Term(f"label.{field}"))
    return days
