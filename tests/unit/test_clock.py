"""The one source of the current time: offices keep Ulaanbaatar time (UTC+8)."""

from datetime import date, datetime, timedelta, UTC
import time

import pytest

from caseapp.domain.clock import OFFICE_TZ, SYSTEM_CLOCK, Clock, FixedClock

UTC = UTC


def test_office_time_is_utc_plus_eight():
    assert OFFICE_TZ.utcoffset(None) == timedelta(hours=8)


def test_a_fixed_clock_stands_still_in_utc():
    clock = FixedClock(datetime(2026, 11, 23, 21, 2, 13, tzinfo=UTC))
    assert clock.now() == datetime(2026, 11, 23, 21, 2, 13, tzinfo=UTC)
    assert clock.now().utcoffset() == timedelta(0)
    assert clock.now_ms() == 1_795_467_733_000
    assert clock.now() == clock.now()


def test_the_office_day_is_not_the_utc_day_before_eight_in_the_morning():
    clock = FixedClock(datetime(2026, 11, 23, 21, 2, tzinfo=UTC))             # 05:02 on the 24th in Ulaanbaatar
    assert clock.today() == date(2026, 11, 24)
    assert clock.local_now() == datetime(2026, 11, 24, 5, 2)
    assert clock.local_now().tzinfo is None
    clock.set(datetime(2026, 11, 23, 15, 59, tzinfo=UTC))                     # 23:59 on the 23rd
    assert clock.today() == date(2026, 11, 23)


def test_a_fixed_clock_given_office_time_is_kept_in_utc():
    clock = FixedClock(datetime(2027, 2, 19, 16, 55, tzinfo=OFFICE_TZ))
    assert clock.now() == datetime(2027, 2, 19, 8, 55, tzinfo=UTC) and clock.now().tzinfo == UTC
    clock.set(datetime(2027, 2, 20, 9, 0, tzinfo=OFFICE_TZ))
    assert clock.now() == datetime(2027, 2, 20, 1, 0, tzinfo=UTC) and clock.now().tzinfo == UTC


def test_a_fixed_clock_writes_utc_on_a_machine_set_to_office_time(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Ulaanbaatar")
    time.tzset()
    try:
        clock = FixedClock(datetime(2027, 2, 19, 16, 55, tzinfo=OFFICE_TZ))
        assert clock.now().isoformat() == "2027-02-19T08:55:00+00:00"
        clock.set(datetime(2027, 2, 19, 17, 0, tzinfo=OFFICE_TZ))
        assert clock.now().isoformat() == "2027-02-19T09:00:00+00:00"
        assert SYSTEM_CLOCK.now().utcoffset() == timedelta(0)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_fixed_clock_moves_when_told():
    clock = FixedClock(datetime(2026, 12, 31, 15, 30, tzinfo=UTC))
    clock.advance(timedelta(minutes=45))
    assert clock.now() == datetime(2026, 12, 31, 16, 15, tzinfo=UTC)
    assert clock.today() == date(2027, 1, 1)


def test_a_fixed_clock_needs_a_timezone():
    with pytest.raises(ValueError) as info:
        FixedClock(datetime(2026, 1, 1, 12, 0))
    assert str(info.value) == "a fixed clock needs a timezone-aware instant"
    clock = FixedClock(datetime(2026, 1, 1, 12, 0, tzinfo=UTC))
    with pytest.raises(ValueError) as info:
        clock.set(datetime(2026, 1, 2, 12, 0))
    assert str(info.value) == "a fixed clock needs a timezone-aware instant"
    assert clock.now() == datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def test_parse_reads_office_time_unless_an_offset_is_given():
    assert FixedClock.parse("2027-02-19T16:55:00").now() == datetime(2027, 2, 19, 8, 55, tzinfo=UTC)
    assert FixedClock.parse("2027-02-19T16:55:00+08:00").now() == datetime(2027, 2, 19, 8, 55, tzinfo=UTC)
    assert FixedClock.parse("2027-02-19T16:55:00+00:00").now() == datetime(2027, 2, 19, 16, 55, tzinfo=UTC)
    assert isinstance(FixedClock.parse("2027-02-19T16:55:00"), FixedClock)


def test_the_real_clock():
    before = time.time()
    now = SYSTEM_CLOCK.now()
    ms = Clock().now_ms()
    after = time.time()
    assert now.tzinfo is not None and now.utcoffset() == timedelta(0)
    assert before - 1 <= now.timestamp() <= after + 1
    assert int(before * 1000) - 1 <= ms <= int(after * 1000) + 1
    local = SYSTEM_CLOCK.local_now()
    assert local.tzinfo is None
    assert abs((local - datetime.now(UTC).astimezone(OFFICE_TZ).replace(tzinfo=None)).total_seconds()) < 5
    assert SYSTEM_CLOCK.today() in {(datetime.now(UTC) + timedelta(hours=8)).date(),
                                    (datetime.now(UTC) + timedelta(hours=8, seconds=-5)).date()}


def test_a_stored_moment_shows_as_office_time_whatever_the_pc_timezone():
    from caseapp.domain.clock import office_day_start, office_wall_time

    # 22:30 UTC on 27 February is 06:30 on 28 February in Ulaanbaatar (Tsagaan Sar 2028)
    assert office_wall_time("2028-02-27T22:30:00.000+00:00") == datetime(2028, 2, 28, 6, 30)
    assert office_day_start(date(2028, 2, 28)) == datetime(2028, 2, 27, 16, 0, tzinfo=UTC)
    with pytest.raises(ValueError):
        office_wall_time("2028-02-27T22:30:00")                 # no offset: not a stored moment
