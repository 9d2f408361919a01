"""Dates and labels the way a Mongolian office writes them (Babel), shared by every screen."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date


def long_date(value: date | None, language: str = "mn") -> str:
    if value is None:
        return ""
    return format_date(value, format="long", locale="mn" if language == "mn" else "en_GB")


def short_date(value: date | None) -> str:
    """ISO yyyy-mm-dd: the form Mongolian offices use in tables, and it sorts."""
    return value.isoformat() if value else ""
