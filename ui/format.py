"""Dates and labels the way a Mongolian office writes them (Babel), shared by every screen."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

from caseapp.domain.clock import office_wall_time
from caseapp.text import has, translate
from ui.i18n import current_language


def long_date(value: date | None, language: str = "mn") -> str:
    """A date written out for people: "2026 оны 2-р сарын 18" (Babel's default form, as docs/architecture.md §12 shows),
    "18 Feb 2026" in English."""
    if value is None:
        return ""
    text = format_date(value, format="medium", locale="mn" if language == "mn" else "en_GB")
    return text.replace("\u202f", " ")          # CLDR's narrow no-break space: a plain one copies and prints alike


def short_date(value: date | None) -> str:
    """ISO yyyy-mm-dd: the form Mongolian offices use in tables, and it sorts."""
    return value.isoformat() if value else ""


CHANNELS = ("counter", "phone", "letter", "e-mongolia", "11-11")


def label(kind: str, code: str) -> str:
    """The name of a state, channel or role in the interface language, from the one catalogue every screen,
    document and report shares (``caseapp/text/*/labels.py``)."""
    key = f"{kind}.{code}"
    return translate(key, current_language()) if has(key) else code


def channel_label(channel: str) -> str:
    """How a request reached the office, in the interface language."""
    return label("channel", channel)


def state_label(state: str) -> str:
    return label("state", state)


def role_label(role: str) -> str:
    return label("role", role)


def local_time(moment: str) -> str:
    """A stored UTC timestamp (ISO 8601) as the office's wall time, "yyyy-mm-dd hh:mm"."""
    try:
        return office_wall_time(moment).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return moment[:16].replace("T", " ")
