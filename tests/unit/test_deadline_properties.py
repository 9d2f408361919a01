"""Deadline tables on the real 2026 calendar, and properties that hold for every input."""

from datetime import date, timedelta

from hypothesis import given, settings, strategies as st
import pytest

from caseapp.domain.deadlines import CALENDAR, WORKING, Clock, WorkCalendar, due_date
from caseapp.storage.calendar import public_holidays

CAL = WorkCalendar(public_holidays)

# (registered, clock, days, roll forward, due) — written by hand from the 2026 calendar:
# Tsagaan Sar Feb 18-20, Women's Day Sun Mar 8, Buddha's Birthday Sun May 31, Children's Day Mon Jun 1,
# Naadam Jul 10-15, Chinggis Khaan Day Tue Nov 10, Republic Day Thu Nov 26, Independence Day Tue Dec 29.
TABLE = [
    (date(2026, 2, 16), WORKING, 1, True, date(2026, 2, 17)),
    (date(2026, 2, 17), WORKING, 1, True, date(2026, 2, 23)),      # 18-20 Tsagaan Sar, 21-22 weekend
    (date(2026, 2, 17), WORKING, 3, True, date(2026, 2, 25)),
    (date(2026, 2, 13), CALENDAR, 5, True, date(2026, 2, 23)),     # Wed 18 is Tsagaan Sar: rolled to Mon 23
    (date(2026, 2, 13), CALENDAR, 5, False, date(2026, 2, 18)),
    (date(2026, 5, 29), WORKING, 1, True, date(2026, 6, 2)),       # Sat, Sun, Mon Jun 1 holiday
    (date(2026, 7, 9), WORKING, 1, True, date(2026, 7, 16)),       # Naadam
    (date(2026, 7, 9), WORKING, 5, True, date(2026, 7, 22)),
    (date(2026, 6, 12), CALENDAR, 30, True, date(2026, 7, 16)),
    (date(2026, 11, 9), WORKING, 1, True, date(2026, 11, 11)),     # Chinggis Khaan Day
    (date(2026, 11, 25), WORKING, 1, True, date(2026, 11, 27)),    # Republic Day
    (date(2026, 11, 25), CALENDAR, 1, True, date(2026, 11, 27)),   # Thu 26 rolled to Fri 27
    (date(2026, 12, 25), WORKING, 3, True, date(2026, 12, 31)),    # Mon 28, (Tue 29 holiday), Wed 30, Thu 31
    (date(2026, 12, 28), CALENDAR, 7, True, date(2027, 1, 4)),     # Mon Jan 4 (Jan 1 holiday, 2-3 weekend)
    (date(2026, 11, 27), WORKING, 0, True, date(2026, 11, 27)),
    (date(2026, 11, 28), WORKING, 0, True, date(2026, 11, 30)),    # a Saturday intake: due Monday
]


@pytest.mark.parametrize("registered, kind, days, roll, due", TABLE)
def test_deadline_table_2026(registered, kind, days, roll, due):
    assert due_date(registered, Clock(kind, days, roll_forward=roll), CAL) == due


def test_pause_across_tsagaan_sar():
    # registered Fri Feb 13, 5 working days; paused Mon 16, resumed Tue Feb 24:
    # 16, 17 paused, 18-20 holidays, 21-22 weekend, 23 paused: count 24, 25, 26, 27, Mar 2
    assert due_date(date(2026, 2, 13), Clock(WORKING, 5), CAL,
                    [(date(2026, 2, 16), date(2026, 2, 24))]) == date(2026, 3, 2)


def test_roll_forward_skips_paused_days():
    # calendar clock lands on Sat Jan 10; Jan 11-13 are paused: the first countable working day is Wed 14
    assert due_date(date(2026, 1, 5), Clock(CALENDAR, 5), CAL, [(date(2026, 1, 11), date(2026, 1, 14))]) == \
        date(2026, 1, 14)


days_2026 = st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 12, 31))
clocks = st.builds(Clock, st.sampled_from([CALENDAR, WORKING]), st.integers(0, 40), st.booleans(),
                   st.just(60))


@settings(max_examples=300, deadline=None)
@given(registered=days_2026, clock=clocks, start=st.integers(0, 30), length=st.integers(0, 20))
def test_a_pause_never_makes_a_due_date_earlier(registered, clock, start, length):
    pause = (registered + timedelta(days=start), registered + timedelta(days=start + length))
    assert due_date(registered, clock, CAL, [pause]) >= due_date(registered, clock, CAL)


@settings(max_examples=300, deadline=None)
@given(registered=days_2026, clock=clocks, extensions=st.lists(st.integers(1, 20), max_size=3))
def test_an_extension_never_makes_a_due_date_earlier(registered, clock, extensions):
    base = due_date(registered, clock, CAL)
    extended = due_date(registered, clock, CAL, extensions=extensions)
    assert extended >= base
    if extensions:
        assert extended > base


@settings(max_examples=200, deadline=None)
@given(registered=days_2026, first=clocks, second=clocks, start=st.integers(1, 10), length=st.integers(1, 10))
def test_recomputing_after_a_type_change_keeps_the_paused_time(registered, first, second, start, length):
    """The due date under the new clock counts the same pause as a case registered under it from the start."""
    pause = [(registered + timedelta(days=start), registered + timedelta(days=start + length))]
    from caseapp.domain.fold import fold_case
    from tests.unit.streams import CASE_ID, Writer

    node = Writer("UB-BZD", 1)
    events = [node.register(on=registered.isoformat(), clock=first.__dict__ | {"kind": first.kind}),
              node.event("case.paused", {"on": pause[0][0].isoformat(), "reason": "x"}, 1),
              node.event("case.resumed", {"on": pause[0][1].isoformat()}, 2),
              node.event("case.service_changed",
                         {"service": "X", "clock": {"kind": second.kind, "target_days": second.target_days,
                                                    "roll_forward": second.roll_forward,
                                                    "max_extension_days": 60}}, 3)]
    state = fold_case(CASE_ID, events)
    assert state.pauses == pause
    assert due_date(registered, Clock(**state.clock), CAL, state.pauses) == due_date(registered, second, CAL, pause)
