"""The one source of the current time.

Everything that asks "what day is it" or "what time is it" (services, queries, demo data, the desktop, the event
log's hybrid clock) asks a ``Clock`` handed to it, never ``date.today()`` or ``datetime.now()`` (a test in
``tests/test_architecture.py`` enforces this). The real clock is the default; tests fix the instant, so the suite
gives the same answer on any day and at any hour.

Offices keep Ulaanbaatar time (UTC+8, no daylight saving since 2017): "today" is the office's calendar day, not
the UTC day (from 00:00 to 08:00 local time the two differ).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, UTC
import time

OFFICE_TZ = timezone(timedelta(hours=8), "ULAT")


class Clock:
    """The real clock."""

    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        return datetime.fromtimestamp(time.time(), UTC)

    def now_ms(self) -> int:
        """Milliseconds since the Unix epoch (the hybrid logical clock's wall time)."""
        return int(self.now().timestamp() * 1000)

    def local_now(self) -> datetime:
        """The office's wall time, without a timezone (what a clerk reads on the wall)."""
        return self.now().astimezone(OFFICE_TZ).replace(tzinfo=None)

    def today(self) -> date:
        """The office's calendar day."""
        return self.now().astimezone(OFFICE_TZ).date()


SYSTEM_CLOCK = Clock()


class FixedClock(Clock):
    """A clock that stands still at one instant until moved (tests, reproducible runs)."""

    def __init__(self, instant: datetime) -> None:
        if instant.tzinfo is None:
            raise ValueError("a fixed clock needs a timezone-aware instant")
        self._instant = instant.astimezone(UTC)

    def now(self) -> datetime:
        return self._instant

    def advance(self, delta: timedelta) -> None:
        self._instant += delta

    def set(self, instant: datetime) -> None:
        if instant.tzinfo is None:
            raise ValueError("a fixed clock needs a timezone-aware instant")
        self._instant = instant.astimezone(UTC)

    @classmethod
    def parse(cls, text: str) -> "FixedClock":
        """``2027-02-19T16:55:00+08:00``; a time without an offset is office time."""
        instant = datetime.fromisoformat(text)
        return cls(instant if instant.tzinfo else instant.replace(tzinfo=OFFICE_TZ))



def office_wall_time(moment: datetime | str) -> datetime:
    """A stored instant (aware, or ISO 8601 text with an offset) as the office's wall time, without a timezone.
    Never the PC's own timezone: a workstation set to UTC still shows and reports Ulaanbaatar time."""
    instant = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    if instant.tzinfo is None:
        raise ValueError(f"not a moment with a timezone: {moment!r}")
    return instant.astimezone(OFFICE_TZ).replace(tzinfo=None)


def office_day_start(day: date) -> datetime:
    """00:00 of an office calendar day, as an aware UTC instant (a bound for stored event times)."""
    return datetime(day.year, day.month, day.day, tzinfo=OFFICE_TZ).astimezone(UTC)
