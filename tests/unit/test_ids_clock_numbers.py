import uuid

import pytest

from caseapp.domain.case_number import format_case_number, looks_like_case_number, parse_case_number
from caseapp.domain.hlc import HybridClock, Timestamp
from caseapp.domain.ids import uuid7, uuid7_time_ms


def test_uuid7_is_version_7_and_increasing():
    ids = [uuid7() for _ in range(5000)]
    assert all(uuid.UUID(i).version == 7 for i in ids)
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_uuid7_carries_its_time():
    assert uuid7_time_ms(uuid7(1_767_225_600_000)) == 1_767_225_600_000


def test_hlc_never_goes_backwards_when_the_wall_clock_does():
    wall = [1000]
    clock = HybridClock(now_ms=lambda: wall[0])
    first = clock.now()
    wall[0] = 500                                   # the PC's clock was set back
    second = clock.now()
    assert second > first
    assert str(second) > str(first)                 # text order == time order


def test_hlc_after_receive_is_later_than_the_remote_stamp():
    clock = HybridClock(now_ms=lambda: 1000)
    remote = Timestamp(5000, 7)                     # another node whose clock runs fast
    merged = clock.receive(remote)
    assert merged > remote
    assert clock.now() > merged


def test_hlc_text_round_trip_and_rejects_garbage():
    stamp = Timestamp(1_767_225_600_123, 42)
    assert Timestamp.parse(str(stamp)) == stamp
    with pytest.raises(ValueError):
        Timestamp.parse("2026-01-01")


def test_case_number_format_and_parse():
    text = format_case_number("UB-BZD", 2026, 3, 125)
    assert text == "UB-BZD-2026-03-000125"
    parsed = parse_case_number(" ub-bzd-2026-03-000125 ")
    assert (parsed.office, parsed.year, parsed.node, parsed.seq) == ("UB-BZD", 2026, 3, 125)
    assert parse_case_number("AR-2026-01-1234567").seq == 1234567      # grows past six digits
    assert not looks_like_case_number("УБ99031512")
    with pytest.raises(ValueError):
        format_case_number("UB", 2026, 100, 1)
