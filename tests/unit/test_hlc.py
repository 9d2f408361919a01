"""The hybrid logical clock (docs/architecture.md §3 and §12): equal wall times, a clock set back, receive() merges."""

import time

import pytest

from caseapp.domain.hlc import MAX_COUNTER, HybridClock, Timestamp, from_datetime_ms


def clock_at(wall: list[int], last: Timestamp | None = None) -> HybridClock:
    return HybridClock(last, now_ms=lambda: wall[0])


def test_the_text_form_is_fixed_width_so_text_order_is_time_order():
    assert str(Timestamp(1_780_000_000_123, 42)) == "001780000000123-00042"
    assert str(Timestamp(5)) == "000000000000005-00000"
    assert from_datetime_ms(1_780_000_000_123) == "001780000000123-00000"
    assert from_datetime_ms(1_780_000_000_123, 7) == "001780000000123-00007"
    assert str(Timestamp(9, 99_999)) < str(Timestamp(10, 0))
    assert Timestamp(9, 99_999) < Timestamp(10, 0) < Timestamp(10, 1)


def test_parse_round_trips():
    assert Timestamp.parse("001780000000123-00042") == Timestamp(1_780_000_000_123, 42)
    assert Timestamp.parse("000000000000000-00000") == Timestamp(0, 0)


@pytest.mark.parametrize("text", ["2026-01-01", "01780000000123-00042", "001780000000123-0042",
                                  "0017800000001230-00042", "00178000000012a-00042", "001780000000123-0004b",
                                  "001780000000123", "", "001780000000123_00042", "+01780000000123-00042"])
def test_parse_rejects_what_is_not_a_clock_value(text):
    with pytest.raises(ValueError, match="not a hybrid logical clock value"):
        Timestamp.parse(text)


def test_a_new_clock_starts_at_zero_and_follows_the_wall():
    wall = [1_000]
    clock = clock_at(wall)
    assert clock.last == Timestamp(0, 0)
    assert clock.now() == Timestamp(1_000, 0)
    wall[0] = 2_000
    assert clock.now() == Timestamp(2_000, 0)
    assert clock.last == Timestamp(2_000, 0)


def test_two_events_in_one_millisecond_count_up():
    clock = clock_at([1_000])
    assert [clock.now() for _ in range(3)] == [Timestamp(1_000, 0), Timestamp(1_000, 1), Timestamp(1_000, 2)]


def test_a_clock_set_back_keeps_the_time_and_counts_up():
    wall = [1_000]
    clock = clock_at(wall)
    clock.now()
    wall[0] = 500
    assert clock.now() == Timestamp(1_000, 1)
    assert clock.now() == Timestamp(1_000, 2)
    wall[0] = 1_001                                  # the wall catches up: the counter starts again
    assert clock.now() == Timestamp(1_001, 0)


def test_a_clock_resumed_from_the_stored_last_value():
    clock = clock_at([1_000], Timestamp(1_000, 7))
    assert clock.now() == Timestamp(1_000, 8)


def test_the_counter_overflows_into_the_next_millisecond():
    clock = clock_at([1_000], Timestamp(1_000, MAX_COUNTER - 1))
    assert clock.now() == Timestamp(1_000, 99_999)
    assert clock.now() == Timestamp(1_001, 0)
    assert MAX_COUNTER == 99_999


def test_receive_from_a_node_whose_clock_runs_fast():
    clock = clock_at([1_000])
    assert clock.receive(Timestamp(5_000, 7)) == Timestamp(5_000, 8)
    assert clock.last == Timestamp(5_000, 8)
    assert clock.now() == Timestamp(5_000, 9)


def test_receive_when_the_local_wall_is_ahead():
    clock = clock_at([9_000], Timestamp(2_000, 4))
    assert clock.receive(Timestamp(5_000, 7)) == Timestamp(9_000, 0)


def test_receive_when_the_last_local_value_is_ahead():
    clock = clock_at([1_000], Timestamp(6_000, 4))
    assert clock.receive(Timestamp(5_000, 7)) == Timestamp(6_000, 5)


def test_receive_with_equal_wall_times_takes_the_larger_counter():
    assert clock_at([1_000], Timestamp(5_000, 4)).receive(Timestamp(5_000, 7)) == Timestamp(5_000, 8)
    assert clock_at([1_000], Timestamp(5_000, 9)).receive(Timestamp(5_000, 7)) == Timestamp(5_000, 10)
    assert clock_at([5_000], Timestamp(5_000, 2)).receive(Timestamp(5_000, 2)) == Timestamp(5_000, 3)


def test_receive_when_wall_and_remote_agree_but_the_last_value_is_older():
    assert clock_at([5_000], Timestamp(1_000, 3)).receive(Timestamp(5_000, 6)) == Timestamp(5_000, 7)


def test_receive_when_wall_and_last_agree_and_the_remote_is_older():
    assert clock_at([5_000], Timestamp(5_000, 3)).receive(Timestamp(1_000, 60)) == Timestamp(5_000, 4)


def test_receive_at_the_counter_limit_moves_to_the_next_millisecond():
    clock = clock_at([1_000])
    assert clock.receive(Timestamp(5_000, MAX_COUNTER)) == Timestamp(5_001, 0)


def test_the_real_clock_by_default():
    before = time.time_ns() // 1_000_000
    stamp = HybridClock().now()
    after = time.time_ns() // 1_000_000
    assert before - 1 <= stamp.wall_ms <= after + 1 and stamp.counter == 0
