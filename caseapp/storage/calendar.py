"""Mongolian public holidays (``holidays`` package, PUBLIC category only) and the decreed override table."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import holidays
from sqlalchemy import Connection, select

from caseapp.domain.deadlines import WorkCalendar
from caseapp.storage.models import CalendarOverrideRow, table_of


@lru_cache(maxsize=256)
def public_holidays(year: int) -> frozenset[date]:
    """The law's public holidays of one year. The WORKDAY category (commemorative working days) is left out."""
    return frozenset(holidays.country_holidays("MN", years=year, categories=(holidays.PUBLIC,)).keys())


def holiday_names(year: int, language: str = "mn") -> dict[date, str]:
    """The names of one year's public holidays (the ``holidays`` package speaks Mongolian and English)."""
    return dict(holidays.country_holidays("MN", years=year, categories=(holidays.PUBLIC,),
                                          language="en_US" if language == "en" else "mn"))


def load_calendar(conn: Connection) -> WorkCalendar:
    table = table_of(CalendarOverrideRow)
    overrides = {row.day: row.kind for row in conn.execute(select(table.c.day, table.c.kind))}
    return WorkCalendar(public_holidays, overrides)
