"""Dates as the screens write them."""

from __future__ import annotations

from datetime import date
import os
import time

from ui.format import local_time, long_date


def test_dates_are_written_the_mongolian_way():
    assert long_date(date(2026, 2, 18)) == "2026 оны 2-р сарын 18"          # docs/architecture.md §12
    assert long_date(date(2026, 2, 18), "en") == "18 Feb 2026"
    assert long_date(None) == ""


def test_stored_utc_times_are_shown_in_local_time():
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Ulaanbaatar"
    time.tzset()
    try:
        assert local_time("2026-11-23T21:02:13.120+00:00") == "2026-11-24 05:02"      # UTC+8
    finally:
        if before is None:
            os.environ.pop("TZ")
        else:
            os.environ["TZ"] = before
        time.tzset()
