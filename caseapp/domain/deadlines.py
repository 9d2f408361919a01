"""Deadline maths (docs/architecture.md §12). Pure: the calendar's holidays are handed in.

Conventions: day 1 is the day after registration; a case is due at the end of its last counted day; a pause
from day P to resume day R removes P..R-1 from counting; an extension counts on from the current due date with
the same clock and roll-forward.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from collections.abc import Callable, Iterable, Sequence

CALENDAR = "calendar"
WORKING = "working"
CLOCKS = (CALENDAR, WORKING)
DAY_OFF = "day_off"
WORKDAY = "workday"
_ONE = timedelta(days=1)
# The days a case, a decree or a deadline can be about: what the holiday tables and the law cover. Counting on
# from a day outside them would leave the calendar (year 9999 runs into date.max).
FIRST_DAY, LAST_DAY = date(1990, 1, 1), date(2099, 12, 31)


class WorkCalendar:
    """Which days are working days: Mon-Fri minus public holidays, then decreed overrides on top."""

    def __init__(self, public_holidays: Iterable[date] | Callable[[int], Iterable[date]] = (),
                 overrides: dict[date, str] | None = None) -> None:
        """``public_holidays`` is a collection of dates, or a function giving one year's holidays (loaded lazily)."""
        self._by_year: dict[int, frozenset[date]] = {}
        if callable(public_holidays):
            self._source = public_holidays
        else:
            fixed = frozenset(public_holidays)
            self._source = lambda year: {d for d in fixed if d.year == year}
        self.overrides = dict(overrides or {})
        self._memo: dict[date, bool] = {}

    def holidays_in(self, year: int) -> frozenset[date]:
        days = self._by_year.get(year)
        if days is None:
            days = self._by_year[year] = frozenset(self._source(year))
        return days

    def is_working_day(self, day: date) -> bool:
        known = self._memo.get(day)
        if known is None:
            override = self.overrides.get(day)
            if override == DAY_OFF:
                known = False
            elif override == WORKDAY:
                known = True
            else:
                known = day.weekday() < 5 and day not in self.holidays_in(day.year)
            self._memo[day] = known
        return known

    def next_working_day(self, day: date, skip: set[date] | frozenset[date] = frozenset()) -> date:
        """The first working day on or after ``day`` that is not in ``skip`` (paused days)."""
        for _ in range(800):
            if day not in skip and self.is_working_day(day):
                return day
            day += _ONE
        raise ValueError("no working day within two years: the calendar is broken")


@dataclass(frozen=True)
class Clock:
    kind: str                 # CALENDAR or WORKING
    target_days: int
    roll_forward: bool = True
    max_extension_days: int = 0

    def __post_init__(self) -> None:
        if self.kind not in CLOCKS:
            raise ValueError(f"unknown clock kind {self.kind!r}")
        if self.target_days < 0 or self.max_extension_days < 0:
            raise ValueError("days cannot be negative")


Pause = tuple[date, "date | None"]


def paused_days(pauses: Sequence[Pause]) -> set[date]:
    """Every day removed from counting by closed pauses (P..R-1)."""
    days: set[date] = set()
    for start, end in pauses:
        if end is None:
            continue
        day = start
        while day < end:
            days.add(day)
            day += _ONE
    return days


def count_forward(start: date, days: int, clock: str, calendar: WorkCalendar,
                  skip: set[date] | frozenset[date] = frozenset()) -> date:
    """The date of the ``days``-th counted day after ``start`` (``start`` itself when ``days`` is 0)."""
    day = start
    counted = 0
    while counted < days:
        day += _ONE
        if day in skip:
            continue
        if clock == CALENDAR or calendar.is_working_day(day):
            counted += 1
    return day


def due_date(registered_on: date, clock: Clock, calendar: WorkCalendar,
             pauses: Sequence[Pause] = (), extensions: Sequence[int] = ()) -> date | None:
    """The due date, or None while the case is paused (a pause that has not ended)."""
    if any(end is None for _, end in pauses):
        return None
    skip = paused_days(pauses)
    due = count_forward(registered_on, clock.target_days, clock.kind, calendar, skip)
    if clock.roll_forward:
        due = calendar.next_working_day(due, skip)      # a paused day is no day to be due on either
    for extra in extensions:
        due = count_forward(due, extra, clock.kind, calendar, skip)
        if clock.roll_forward:
            due = calendar.next_working_day(due, skip)
    return due


def projected_due_date(registered_on: date, clock: Clock, calendar: WorkCalendar, pauses: Sequence[Pause],
                       extensions: Sequence[int], resume_on: date) -> date:
    """The due date if an open pause ended on ``resume_on`` (what a clerk can tell a waiting citizen)."""
    closed = [(start, end if end is not None else max(resume_on, start)) for start, end in pauses]
    result = due_date(registered_on, clock, calendar, closed, extensions)
    assert result is not None
    return result


# --- "late" and "due soon": one definition each, used by the screens, the queues and the reports --------------

DUE_SOON_WORKING_DAYS = 3


def days_late(due_date: date | None, decided_on: date | None) -> int:
    """How many days after its due date a case was decided (0: on time, not decided, or no deadline). The
    decision ends the statutory clock: closing the file later does not make a case late."""
    if due_date is None or decided_on is None:
        return 0
    return max(0, (decided_on - due_date).days)


def due_soon_until(today: date, calendar: WorkCalendar) -> date:
    """The last day of "due soon": DUE_SOON_WORKING_DAYS working days after today."""
    return count_forward(today, DUE_SOON_WORKING_DAYS, WORKING, calendar)
