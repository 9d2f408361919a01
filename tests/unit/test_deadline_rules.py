"""Deadline rules of docs/architecture.md §12 on a calendar written by hand (pure: no holidays package, no storage).

2026, Mongolia: Jan 1; Tsagaan Sar Feb 18-20; Women's Day Sun Mar 8; Buddha's Birthday Sun May 31; Children's
Day Mon Jun 1; Naadam Jul 10-15; Chinggis Khaan Day Tue Nov 10; Republic Day Thu Nov 26; Independence Day Tue
Dec 29; 2027: Jan 1.
"""

from datetime import date, timedelta

import pytest

from caseapp.domain.deadlines import (CALENDAR, DAY_OFF, WORKDAY, WORKING, Clock, WorkCalendar, count_forward,
                                      due_date, paused_days, projected_due_date)

HOLIDAYS = {date(2026, 1, 1), date(2026, 2, 18), date(2026, 2, 19), date(2026, 2, 20), date(2026, 3, 8),
            date(2026, 5, 31), date(2026, 6, 1), *(date(2026, 7, d) for d in range(10, 16)), date(2026, 11, 10),
            date(2026, 11, 26), date(2026, 12, 29), date(2027, 1, 1)}


def mn_2026() -> WorkCalendar:
    """A new calendar in each test (one made at import would escape mutation testing of its constructor)."""
    return WorkCalendar(HOLIDAYS)

PETITION = Clock(CALENDAR, 30, roll_forward=True, max_extension_days=30)


# --- the normative examples ------------------------------------------------------------------------------------

def test_working_days_over_tsagaan_sar():
    assert due_date(date(2026, 2, 17), Clock(WORKING, 3), mn_2026()) == date(2026, 2, 25)


def test_calendar_days_roll_forward_out_of_naadam():
    assert due_date(date(2026, 6, 12), PETITION, mn_2026()) == date(2026, 7, 16)


def test_without_roll_forward_the_due_date_stays_on_the_holiday():
    assert due_date(date(2026, 6, 12), Clock(CALENDAR, 30, roll_forward=False), mn_2026()) == date(2026, 7, 12)


def test_a_pause_removes_its_days_and_the_resume_day_counts():
    clock = Clock(WORKING, 5)
    assert due_date(date(2026, 11, 2), clock, mn_2026()) == date(2026, 11, 9)
    assert due_date(date(2026, 11, 2), clock, mn_2026(), [(date(2026, 11, 4), date(2026, 11, 9))]) == date(2026, 11, 13)


def test_an_extension_counts_on_from_the_due_date_and_rolls():
    assert due_date(date(2026, 6, 12), PETITION, mn_2026(), extensions=[30]) == date(2026, 8, 17)


def test_a_decreed_day_off_and_an_extra_working_day():
    cal = WorkCalendar(HOLIDAYS, {date(2026, 12, 25): DAY_OFF, date(2026, 12, 26): WORKDAY})
    assert not cal.is_working_day(date(2026, 12, 25))          # a Friday
    assert cal.is_working_day(date(2026, 12, 26))              # a Saturday
    # registered Thu 24th, 2 working days: Sat 26th and Mon 28th count
    assert due_date(date(2026, 12, 24), Clock(WORKING, 2), cal) == date(2026, 12, 28)
    assert due_date(date(2026, 12, 24), Clock(WORKING, 1), cal) == date(2026, 12, 26)
    assert due_date(date(2026, 12, 24), Clock(WORKING, 1), mn_2026()) == date(2026, 12, 25)


# --- pauses and extensions together ----------------------------------------------------------------------------

def test_paused_days_during_an_extension_do_not_count():
    # due Jul 16; paused Jul 20, resumed Jul 25 (Jul 20-24 removed); 30 more days: Jul 17-19 (3), Jul 25 .. Aug 20
    pauses = [(date(2026, 7, 20), date(2026, 7, 25))]
    assert due_date(date(2026, 6, 12), PETITION, mn_2026(), pauses) == date(2026, 7, 16)
    assert due_date(date(2026, 6, 12), PETITION, mn_2026(), pauses, [30]) == date(2026, 8, 20)


def test_two_extensions_count_on_one_after_the_other():
    # Jul 16 + 10 = Sun Jul 26, rolled to Mon Jul 27; + 5 = Sat Aug 1, rolled to Mon Aug 3
    assert due_date(date(2026, 6, 12), PETITION, mn_2026(), extensions=[10, 5]) == date(2026, 8, 3)


def test_an_extension_without_roll_forward_may_end_on_a_weekend():
    clock = Clock(CALENDAR, 30, roll_forward=False, max_extension_days=30)
    assert due_date(date(2026, 6, 12), clock, mn_2026(), extensions=[30]) == date(2026, 8, 11)   # Jul 12 + 30


def test_a_working_day_extension_skips_the_holiday():
    # due Mon Nov 9; 3 more working days: (Tue 10 holiday) 11, 12, 13
    assert due_date(date(2026, 11, 2), Clock(WORKING, 5), mn_2026(), extensions=[3]) == date(2026, 11, 13)


def test_a_roll_forward_never_lands_on_a_paused_day():
    # calendar clock lands on Sat Jan 10; Jan 11-13 are paused: the first countable working day is Wed 14
    pauses = [(date(2026, 1, 11), date(2026, 1, 14))]
    assert due_date(date(2026, 1, 5), Clock(CALENDAR, 5), mn_2026(), pauses) == date(2026, 1, 14)
    assert due_date(date(2026, 1, 5), Clock(CALENDAR, 5), mn_2026()) == date(2026, 1, 12)


def test_the_roll_forward_after_an_extension_never_lands_on_a_paused_day_either():
    # Jul 16 + 30 = Sat Aug 15; Aug 17 and 18 paused (resumed Wed 19): due Aug 19
    pauses = [(date(2026, 8, 17), date(2026, 8, 19))]
    assert due_date(date(2026, 6, 12), PETITION, mn_2026(), pauses, [30]) == date(2026, 8, 19)


def test_several_pauses_all_count():
    # 5 working days from Mon Nov 2: paused Nov 3 (resumed 4) and Nov 5-6 (resumed Mon 9):
    # count 4, 9, (10 holiday) 11, 12, 13
    pauses = [(date(2026, 11, 3), date(2026, 11, 4)), (date(2026, 11, 5), date(2026, 11, 9))]
    assert due_date(date(2026, 11, 2), Clock(WORKING, 5), mn_2026(), pauses) == date(2026, 11, 13)


def test_a_pause_resumed_the_same_day_removes_nothing():
    pauses = [(date(2026, 11, 4), date(2026, 11, 4))]
    assert due_date(date(2026, 11, 2), Clock(WORKING, 5), mn_2026(), pauses) == date(2026, 11, 9)


def test_an_open_pause_has_no_due_date():
    assert due_date(date(2026, 11, 2), Clock(WORKING, 5), mn_2026(), [(date(2026, 11, 4), None)]) is None
    closed_then_open = [(date(2026, 11, 3), date(2026, 11, 4)), (date(2026, 11, 5), None)]
    assert due_date(date(2026, 11, 2), Clock(WORKING, 5), mn_2026(), closed_then_open) is None


def test_same_day_service():
    assert due_date(date(2026, 11, 27), Clock(WORKING, 0), mn_2026()) == date(2026, 11, 27)
    assert due_date(date(2026, 11, 28), Clock(WORKING, 0), mn_2026()) == date(2026, 11, 30)     # Saturday intake
    assert due_date(date(2026, 11, 28), Clock(WORKING, 0, roll_forward=False), mn_2026()) == date(2026, 11, 28)


def test_over_the_new_year():
    # Mon Dec 28 + 7 calendar days = Mon Jan 4 2027; Thu Dec 24 + 8 calendar days = Fri Jan 1 (holiday): Mon Jan 4
    assert due_date(date(2026, 12, 28), Clock(CALENDAR, 7), mn_2026()) == date(2027, 1, 4)
    assert due_date(date(2026, 12, 24), Clock(CALENDAR, 8), mn_2026()) == date(2027, 1, 4)
    # 3 working days from Fri Dec 25: Mon 28, (29 holiday) Wed 30, Thu 31
    assert due_date(date(2026, 12, 25), Clock(WORKING, 3), mn_2026()) == date(2026, 12, 31)


# --- what a clerk tells a waiting citizen ----------------------------------------------------------------------

def test_the_projected_due_date_if_the_citizen_comes_back_on_a_day():
    pauses = [(date(2026, 11, 4), None)]
    assert projected_due_date(date(2026, 11, 2), Clock(WORKING, 5), mn_2026(), pauses, [], date(2026, 11, 9)) == \
        date(2026, 11, 13)


def test_the_projected_due_date_counts_the_extensions():
    # petition of Jun 12, paused Jun 15, back on Jun 20 (Jun 15-19 removed): 30 days end Fri Jul 17;
    # extended by 30: Sun Aug 16, rolled to Mon Aug 17
    pauses = [(date(2026, 6, 15), None)]
    projected = projected_due_date(date(2026, 6, 12), PETITION, mn_2026(), pauses, [], date(2026, 6, 20))
    assert projected == date(2026, 7, 17)
    assert projected_due_date(date(2026, 6, 12), PETITION, mn_2026(), pauses, [30], date(2026, 6, 20)) == \
        date(2026, 8, 17)


def test_the_projected_due_date_keeps_the_closed_pauses():
    pauses = [(date(2026, 11, 3), date(2026, 11, 4)), (date(2026, 11, 5), None)]
    assert projected_due_date(date(2026, 11, 2), Clock(WORKING, 5), mn_2026(), pauses, [], date(2026, 11, 9)) == \
        date(2026, 11, 13)


def test_a_projected_return_before_the_pause_began_removes_nothing():
    pauses = [(date(2026, 6, 15), None)]
    assert projected_due_date(date(2026, 6, 12), PETITION, mn_2026(), pauses, [], date(2026, 6, 1)) == date(2026, 7, 16)


# --- the building blocks -------------------------------------------------------------------------------------------

def test_paused_days_are_pause_day_to_the_day_before_resuming():
    assert paused_days([(date(2026, 11, 4), date(2026, 11, 9))]) == {date(2026, 11, d) for d in range(4, 9)}
    assert paused_days([(date(2026, 11, 4), None)]) == set()
    assert paused_days([(date(2026, 11, 4), date(2026, 11, 4))]) == set()
    assert paused_days([(date(2026, 12, 31), date(2027, 1, 2)), (date(2026, 1, 5), date(2026, 1, 6))]) == \
        {date(2026, 12, 31), date(2027, 1, 1), date(2026, 1, 5)}
    assert paused_days([]) == set()
    assert paused_days([(date(2026, 11, 4), None), (date(2026, 11, 1), date(2026, 11, 3))]) == \
        {date(2026, 11, 1), date(2026, 11, 2)}


def test_count_forward():
    start = date(2026, 11, 6)                                                  # a Friday
    assert count_forward(start, 0, WORKING, mn_2026()) == start
    assert count_forward(start, 1, WORKING, mn_2026()) == date(2026, 11, 9)
    assert count_forward(start, 1, CALENDAR, mn_2026()) == date(2026, 11, 7)
    assert count_forward(start, 2, WORKING, mn_2026()) == date(2026, 11, 11)        # Nov 10 is a holiday
    assert count_forward(start, 2, CALENDAR, mn_2026(), {date(2026, 11, 7)}) == date(2026, 11, 9)
    assert count_forward(start, 1, WORKING, mn_2026(), {date(2026, 11, 9)}) == date(2026, 11, 11)


def test_working_days():
    assert mn_2026().is_working_day(date(2026, 2, 23))            # Monday
    assert not mn_2026().is_working_day(date(2026, 2, 19))        # Tsagaan Sar
    assert not mn_2026().is_working_day(date(2026, 2, 21))        # Saturday
    assert not mn_2026().is_working_day(date(2026, 2, 22))        # Sunday
    assert mn_2026().is_working_day(date(2026, 2, 27))            # Friday
    assert mn_2026().is_working_day(date(2026, 2, 19)) is False   # asked twice: the same answer


def test_overrides_beat_the_holidays_and_the_weekend():
    cal = WorkCalendar(HOLIDAYS, {date(2026, 11, 10): WORKDAY, date(2026, 11, 11): DAY_OFF,
                                  date(2026, 11, 14): WORKDAY, date(2026, 11, 16): "something else"})
    assert cal.is_working_day(date(2026, 11, 10))           # a holiday made a working day
    assert cal.is_working_day(date(2026, 11, 11)) is False  # a Wednesday off
    assert cal.is_working_day(date(2026, 11, 14))           # a Saturday worked
    assert cal.is_working_day(date(2026, 11, 16))           # an unknown override changes nothing
    assert cal.overrides == {date(2026, 11, 10): WORKDAY, date(2026, 11, 11): DAY_OFF,
                             date(2026, 11, 14): WORKDAY, date(2026, 11, 16): "something else"}
    assert WorkCalendar(HOLIDAYS).overrides == {}


def test_holidays_by_year_from_a_collection():
    assert mn_2026().holidays_in(2027) == {date(2027, 1, 1)}
    assert date(2026, 1, 1) in mn_2026().holidays_in(2026) and len(mn_2026().holidays_in(2026)) == 16
    assert WorkCalendar().holidays_in(2026) == frozenset()
    assert WorkCalendar().is_working_day(date(2026, 1, 1))          # no holidays given: a Thursday works


def test_holidays_by_year_from_a_function_are_loaded_once_a_year():
    asked = []

    def holidays_of(year):
        asked.append(year)
        return [date(year, 1, 1)]

    cal = WorkCalendar(holidays_of)
    assert not cal.is_working_day(date(2026, 1, 1)) and not cal.is_working_day(date(2027, 1, 1))
    assert cal.is_working_day(date(2026, 1, 2))
    assert cal.holidays_in(2026) == {date(2026, 1, 1)}
    assert asked == [2026, 2027]


def test_next_working_day():
    assert mn_2026().next_working_day(date(2026, 7, 9)) == date(2026, 7, 9)
    assert mn_2026().next_working_day(date(2026, 7, 10)) == date(2026, 7, 16)
    assert mn_2026().next_working_day(date(2026, 7, 10), {date(2026, 7, 16)}) == date(2026, 7, 17)
    assert mn_2026().next_working_day(date(2026, 7, 9), frozenset({date(2026, 7, 9)})) == date(2026, 7, 16)


def test_a_calendar_without_working_days_is_reported():
    never = WorkCalendar(lambda year: [date(year, 1, 1) + timedelta(days=i) for i in range(366)])
    with pytest.raises(ValueError) as info:
        never.next_working_day(date(2026, 1, 1))
    assert str(info.value) == "no working day within two years: the calendar is broken"
    # a working day 799 days ahead (Tue Mar 14 2028) is still found; 800 days ahead is too far
    almost = WorkCalendar(HOLIDAYS, {date(2026, 1, 5) + timedelta(days=i): DAY_OFF for i in range(799)})
    assert almost.next_working_day(date(2026, 1, 5)) == date(2028, 3, 14)
    too_far = WorkCalendar(HOLIDAYS, {date(2026, 1, 5) + timedelta(days=i): DAY_OFF for i in range(800)})
    with pytest.raises(ValueError):
        too_far.next_working_day(date(2026, 1, 5))


def test_clocks():
    clock = Clock(WORKING, 3)
    assert (clock.roll_forward, clock.max_extension_days) == (True, 0)
    assert Clock(CALENDAR, 0, max_extension_days=0).target_days == 0
    for bad in (lambda: Clock("lunar", 3), lambda: Clock(WORKING, -1), lambda: Clock(WORKING, 3, True, -1)):
        with pytest.raises(ValueError):
            bad()
    with pytest.raises(ValueError, match="unknown clock kind 'lunar'"):
        Clock("lunar", 3)
    with pytest.raises(ValueError) as info:
        Clock(WORKING, 3, True, -1)
    assert str(info.value) == "days cannot be negative"


def test_late_is_decided_after_the_due_date_and_closing_later_does_not_count():
    from caseapp.domain.deadlines import days_late

    assert days_late(date(2026, 7, 16), date(2026, 7, 16)) == 0          # on the due date: on time
    assert days_late(date(2026, 7, 16), date(2026, 7, 20)) == 4
    assert days_late(date(2026, 7, 16), None) == 0 and days_late(None, date(2026, 7, 20)) == 0


def test_due_soon_is_three_working_days():
    from caseapp.domain.deadlines import due_soon_until

    # Thu 2026-02-12: Fri 13, (weekend) Mon 16, Tue 17; Tsagaan Sar Feb 18-20 lies beyond
    assert due_soon_until(date(2026, 2, 12), mn_2026()) == date(2026, 2, 17)
    # Tue 2026-02-17: Tsagaan Sar and the weekend skipped: Mon 23, Tue 24, Wed 25
    assert due_soon_until(date(2026, 2, 17), mn_2026()) == date(2026, 2, 25)
