"""Citizens and organisations as applicants: register numbers with a reason a clerk understands."""

from __future__ import annotations

from datetime import date

from caseapp.domain import register as regno
from caseapp.errors import ValidationError


def parse_register_number(text: str, *, today: date | None = None) -> regno.RegisterNumber:
    """Normalised register number (with the birth date of a person), or a ValidationError naming the field."""
    try:
        return regno.parse(text, today=today)
    except regno.RegisterNumberError as exc:
        digits = "".join(ch for ch in regno.normalise(text) if ch.isdigit())[:6]
        raise ValidationError(f"register.{exc.code}", field="register_no", digits=digits) from None
