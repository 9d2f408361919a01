"""Where things live on this machine."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from caseapp.domain.clock import SYSTEM_CLOCK, Clock, FixedClock

APP_NAME = "caseapp"
DB_ENV = "CASEAPP_DB"
NOW_ENV = "CASEAPP_NOW"


def default_db_path() -> Path:
    """``$CASEAPP_DB`` if set, else the user data directory (e.g. ~/.local/share/caseapp/caseapp.sqlite3)."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "caseapp.sqlite3"


def clock_from_environment() -> Clock:
    """The real clock, or with ``$CASEAPP_NOW`` (``2027-06-11T16:55:00+08:00``) a clock that stands at that
    instant: for reproducing what a report or a list showed on a given day, and for the tests."""
    start = os.environ.get(NOW_ENV)
    if not start:
        return SYSTEM_CLOCK
    try:
        return FixedClock.parse(start)
    except ValueError:
        raise SystemExit(f"caseapp: {NOW_ENV}={start!r} is not an ISO 8601 time (2027-06-11T16:55:00+08:00)") from None
