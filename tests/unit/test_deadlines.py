"""The normative examples of docs/architecture.md §12, on the real 2026 calendar."""

from datetime import date

import pytest

from caseapp.domain.deadlines import CALENDAR, DAY_OFF, WORKDAY, WORKING, Clock, WorkCalendar, due_date
from caseapp.storage.calendar import public_holidays

CAL = WorkCalendar(public_holidays)


def test_public_holidays_2026_are_the_law_s():
    days = public_holidays(2026)
    for day in (date(2026, 2, 18), date(2026, 2, 20), date(2026, 7, 10), date(2026, 7, 15), date(2026, 11, 10),
                date(2026, 11, 26)):
        assert day in days
    assert not CAL.is_working_day(date(2026, 2, 19))
    assert CAL.is_working_day(date(2026, 2, 23))


def test_working_days_over_tsagaan_sar():
    assert due_date(date(2026, 2, 17), Clock(WORKING, 3), CAL) == date(2026, 2, 25)


def test_calendar_days_roll_forward_out_of_naadam():
    assert due_date(date(2026, 6, 12), Clock(CALENDAR, 30, roll_forward=True), CAL) == date(2026, 7, 16)


def test_calendar_days_without_roll_forward_stay_on_the_holiday():
    assert due_date(date(2026, 6, 12), Clock(CALENDAR, 30, roll_forward=False), CAL) == date(2026, 7, 12)


def test_pause_removes_days_and_the_resume_day_counts():
    clock = Clock(WORKING, 5)
    assert due_date(date(2026, 11, 2), clock, CAL) == date(2026, 11, 9)
    assert due_date(date(2026, 11, 2), clock, CAL, [(date(2026, 11, 4), date(2026, 11, 9))]) == date(2026, 11, 13)


def test_open_pause_has_no_due_date():
    assert due_date(date(2026, 11, 2), Clock(WORKING, 5), CAL, [(date(2026, 11, 4), None)]) is None


def test_extension_counts_on_from_the_due_date():
    clock = Clock(CALENDAR, 30, roll_forward=True, max_extension_days=30)
    assert due_date(date(2026, 6, 12), clock, CAL, extensions=[30]) == date(2026, 8, 17)


def test_decreed_day_off_and_extra_working_day():
    # Fri 2026-12-25 decreed a day off; Sat 2026-12-26 decreed a working day
    cal = WorkCalendar(public_holidays, {date(2026, 12, 25): DAY_OFF, date(2026, 12, 26): WORKDAY})
    assert not cal.is_working_day(date(2026, 12, 25))
    assert cal.is_working_day(date(2026, 12, 26))
    # registered Thu 24th, 2 working days: Sat 26th and Mon 28th count
    assert due_date(date(2026, 12, 24), Clock(WORKING, 2), cal) == date(2026, 12, 28)
    assert due_date(date(2026, 12, 24), Clock(WORKING, 2), CAL) == date(2026, 12, 28)  # 25th, 28th
    assert due_date(date(2026, 12, 24), Clock(WORKING, 1), cal) == date(2026, 12, 26)


def test_same_day_service_on_a_working_day():
    assert due_date(date(2026, 11, 27), Clock(WORKING, 0), CAL) == date(2026, 11, 27)


def test_negative_days_rejected():
    with pytest.raises(ValueError):
        Clock(WORKING, -1)
