"""Dates and labels the way a Mongolian office writes them (Babel), shared by every screen."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from PySide6.QtCore import QCoreApplication

from caseapp.domain.clock import office_wall_time


def long_date(value: date | None, language: str = "mn") -> str:
    """A date written out for people: "2026 оны 2-р сарын 18" (Babel's default form, as DESIGN.md §10 shows),
    "18 Feb 2026" in English."""
    if value is None:
        return ""
    text = format_date(value, format="medium", locale="mn" if language == "mn" else "en_GB")
    return text.replace("\u202f", " ")          # CLDR's narrow no-break space: a plain one copies and prints alike


def short_date(value: date | None) -> str:
    """ISO yyyy-mm-dd: the form Mongolian offices use in tables, and it sorts."""
    return value.isoformat() if value else ""


CHANNELS = ("counter", "phone", "letter", "e-mongolia", "11-11")


def channel_label(channel: str) -> str:
    """How a request reached the office, in the interface language."""
    labels = {"counter": QCoreApplication.translate("Channels", "Counter"),
              "phone": QCoreApplication.translate("Channels", "Phone"),
              "letter": QCoreApplication.translate("Channels", "Letter"),
              "e-mongolia": "e-Mongolia", "11-11": QCoreApplication.translate("Channels", "11-11 call centre")}
    return labels.get(channel, channel)


def local_time(moment: str) -> str:
    """A stored UTC timestamp (ISO 8601) as the office's wall time, "yyyy-mm-dd hh:mm"."""
    try:
        return office_wall_time(moment).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return moment[:16].replace("T", " ")
