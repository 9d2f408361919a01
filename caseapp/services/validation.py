"""Checks on what people type: one clear message naming the field, in the user's language."""

from __future__ import annotations

from datetime import date, datetime
import re
import unicodedata

from caseapp.domain.deadlines import FIRST_DAY, LAST_DAY
from caseapp.errors import ValidationError
from caseapp.text import Term

# Characters that show nothing. A value made only of them is no text at all, and at the ends of a word they
# only hide a difference (two records of one person that look alike on screen but not to a search). Inside a
# word they are kept: the joiners shape traditional Mongolian script and emoji sequences.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u034f\u180e\u200e\u200f\u061c"
                      "\u2061\u2062\u2063\u2064\u115f\u1160\u3164\uffa0")
_INVISIBLE_CLASS = "[" + "".join(sorted(INVISIBLE)) + "]"
_INVISIBLE_AROUND_WORDS = re.compile(rf"(?:^|(?<=\s)){_INVISIBLE_CLASS}+|{_INVISIBLE_CLASS}+(?=\s|$)")
_VARIATION_SELECTORS = re.compile("[\u180b-\u180d\u180f\ufe00-\ufe0f\U000e0100-\U000e01ef]")

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")                       # Unicode category Cc
_CONTROL_MULTILINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")   # \t, \n and \r are a text's own
# Embeddings, overrides and isolates turn what follows around on screen (a "\u202e" makes "gpj.exe" read
# "exe.jpg"): stored text would not read as it was typed.
_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")
_LINE_SEPARATOR = re.compile("[\u2028\u2029]")


def _label(field: str) -> Term:
    return Term(f"label.{field}")


def is_text(value: str) -> bool:
    """Whether ``value`` can be written as UTF-8: a lone surrogate is a byte that was not UTF-8 (a
    command-line argument, a bad file, a broken paste) and no database, file or screen can hold it."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def plain(value: object, field: str) -> str:
    """A code or a reference (a case number, an id a screen holds, a service's code) as text a query can take:
    None is empty; what is not text (bytes, a lone surrogate) is refused before it reaches a query or a message."""
    if value is None:
        return ""
    if isinstance(value, (bytes, bytearray, memoryview)) or not is_text(str(value)):
        raise ValidationError("field.not_text", field=field, label=_label(field))
    return str(value)


def _visible(ch: str) -> bool:
    return not (ch.isspace() or ch in INVISIBLE or unicodedata.category(ch) == "Cf"
                or _VARIATION_SELECTORS.match(ch))


def text(value: object, field: str, *, required: bool = False, max_length: int, multiline: bool = False,
         strip: bool = False) -> str:
    """Text stored exactly as typed (markup, formulas, emoji, SQL-looking text are all legitimate), but
    never empty when required, never longer than the limit, never with invisible control characters or
    characters that turn the text around on screen, never only invisible characters, one line unless
    ``multiline`` (a Unicode line or paragraph separator there becomes a line break). ``strip`` also drops
    the invisible characters at the ends of the words (zero-width spaces, joiners, a byte-order mark)."""
    value = plain(value, field)
    if _CONTROL.search(value) if not multiline else _CONTROL_MULTILINE.search(value):
        raise ValidationError("field.control", field=field, label=_label(field))
    if _BIDI_CONTROL.search(value):
        raise ValidationError("field.bidi", field=field, label=_label(field))
    if _LINE_SEPARATOR.search(value):
        if not multiline:
            raise ValidationError("field.one_line", field=field, label=_label(field))
        value = _LINE_SEPARATOR.sub("\n", value)
    if value.strip() and not any(_visible(ch) for ch in value):
        raise ValidationError("field.invisible", field=field, label=_label(field))
    if strip:
        value = _INVISIBLE_AROUND_WORDS.sub("", value.strip()).strip()
    if required and not value.strip():
        raise ValidationError("field.required", field=field, label=_label(field))
    if len(value) > max_length:
        raise ValidationError("field.too_long", field=field, label=_label(field), max=f"{max_length:,}",
                              length=f"{len(value):,}")
    return value


_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{5,19}$")


def phone(value: str | None) -> str:
    value = plain(value, "phone").strip()
    if value and not _PHONE.match(value):
        raise ValidationError("field.phone", field="phone")
    return value


def one_of(value: str, allowed: tuple[str, ...], field: str) -> str:
    if value not in allowed:
        raise ValidationError("field.choice", field=field, label=_label(field), allowed=", ".join(allowed))
    return value


def positive_days(value: object, field: str = "days") -> int:
    """A number of days a person chose: a whole number (not True, not 1.9, not the text "3") from 1 to 365."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("field.whole_days", field=field, label=_label(field))
    if value < 1 or value > 365:
        raise ValidationError("field.days", field=field, label=_label(field))
    return int(value)


def day(value: object, field: str = "date", *, not_after: date | None = None) -> date:
    """A calendar day (a date: not a moment of a day, not text), not after ``not_after`` (today, for the day
    something happened), within the years the holiday tables and the law cover (FIRST_DAY..LAST_DAY), so no
    deadline counted from it runs off the calendar."""
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError("field.not_a_date", field=field, label=_label(field))
    if not_after is not None and value > not_after:
        raise ValidationError("case.date_future", field=field)
    if not FIRST_DAY <= value <= LAST_DAY:
        raise ValidationError("calendar.day_out_of_range", field=field, day=value.isoformat(),
                              first=FIRST_DAY.year, last=LAST_DAY.year)
    return value


def year(value: object, field: str = "year", *, first: int = date.min.year, last: int = date.max.year) -> int:
    """A whole year from ``first`` to ``last`` (by default any year a date can be in: reading a year the holiday
    tables do not cover is harmless, it has no holidays; what is written is held to FIRST_DAY..LAST_DAY)."""
    if isinstance(value, bool) or not isinstance(value, int) or not first <= value <= last:
        raise ValidationError("calendar.year_out_of_range", field=field, year=repr(value)[:12], first=first,
                              last=last)
    return value
