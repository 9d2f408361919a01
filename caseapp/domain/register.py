"""Mongolian register numbers (регистрийн дугаар).

A citizen's number is two Cyrillic letters and eight digits; digits 1-6 are the birth date as YYMMDD, where a
birth from 2000 on has 20 added to the month. No public check-digit algorithm exists, so only the format and
the date are validated. A legal entity's register number is seven digits.

Errors carry a ``code`` that the service layer turns into a message in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
import re

# Latin letters that look exactly like Cyrillic ones: text pasted from elsewhere often mixes them.
_LOOKALIKES = str.maketrans("ABEKMHOPCTXY", "АВЕКМНОРСТХУ")
_ALLOWED_LETTERS = frozenset(chr(c) for c in range(ord("А"), ord("Я") + 1)) | {"Ө", "Ү"}
_PERSON = re.compile(r"^(\S\S)([0-9]{8})$")      # ASCII digits only: other scripts' digits would never be found
_ORG = re.compile(r"^[0-9]{7}$")


class RegisterNumberError(ValueError):
    """``code`` is one of: empty, letters, latin, format, date, future."""

    def __init__(self, code: str, text: str) -> None:
        super().__init__(f"{code}: {text!r}")
        self.code = code
        self.text = text


@dataclass(frozen=True)
class RegisterNumber:
    value: str                 # normalised: upper-case Cyrillic letters + digits, no spaces
    kind: str                  # "person" or "organisation"
    birth_date: date | None    # persons only

    def __str__(self) -> str:
        return self.value


def normalise(text: str) -> str:
    """Upper-case, drop spaces and dashes, map Latin look-alikes to Cyrillic."""
    cleaned = re.sub(r"[\s\-]+", "", text or "").upper()
    return cleaned.translate(_LOOKALIKES)


def birth_date_from_digits(digits: str) -> date:
    """YYMMDD with the +20 month rule for births from 2000. Raises ValueError if impossible."""
    yy, mm, dd = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    if 21 <= mm <= 32:
        year, month = 2000 + yy, mm - 20
    elif 1 <= mm <= 12:
        year, month = 1900 + yy, mm
    else:
        raise ValueError("month")
    return date(year, month, dd)


def parse(text: str, *, today: date | None = None) -> RegisterNumber:
    """Parse and validate; raises RegisterNumberError with a reason code. A birth date after ``today`` is
    refused; without ``today`` (a search) only the format and the date itself are checked."""
    value = normalise(text)
    if not value:
        raise RegisterNumberError("empty", text)
    if _ORG.match(value):
        return RegisterNumber(value, "organisation", None)
    match = _PERSON.match(value)
    if not match:
        if len(value) >= 2 and not value[:2].isdigit() and any("A" <= ch <= "Z" for ch in value[:2]):
            raise RegisterNumberError("latin", text)
        raise RegisterNumberError("format", text)
    letters, digits = match.groups()
    if any("A" <= ch <= "Z" for ch in letters):
        raise RegisterNumberError("latin", text)
    if not all(ch in _ALLOWED_LETTERS for ch in letters):
        raise RegisterNumberError("letters", text)
    try:
        born = birth_date_from_digits(digits)
    except ValueError:
        raise RegisterNumberError("date", text) from None
    if today is not None and born > today:     # without a day to compare with, only the format is checked
        raise RegisterNumberError("future", text)
    return RegisterNumber(value, "person", born)


def make(letters: str, born: date, serial: int) -> str:
    """Build a well-formed citizen register number (used by the demo generator and tests)."""
    month = born.month + 20 if born.year >= 2000 else born.month
    return f"{letters}{born.year % 100:02d}{month:02d}{born.day:02d}{serial:02d}"
