"""What every report shares: the kinds and limits, the result, the words (catalogue keys ``report.*`` and the
shared ``state.*``/``channel.*``/``role.*`` labels), the context of one run, and small data helpers."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
import json
from pathlib import Path
from collections.abc import Callable

from babel.dates import format_date

from caseapp.domain.clock import office_day_start, office_wall_time
from sqlalchemy import Connection

from caseapp.errors import CancelledError
from caseapp.services.database import Database
from caseapp.services.users import Actor
from caseapp.storage.models import CaseRow, CitizenRow, ServiceTypeRow, UserRow
from caseapp.text import has, translate

CASES = CaseRow.__table__
CITIZENS = CitizenRow.__table__
SERVICES = ServiceTypeRow.__table__
USERS = UserRow.__table__

KINDS = ("register", "ontime", "overdue", "workload", "extensions", "transfers")
LANGUAGES = ("mn", "en")
FILE_STEMS = {"register": "case-register", "ontime": "on-time", "overdue": "overdue-due-soon",
              "workload": "workload", "extensions": "extensions-pauses"}
MAX_PERIOD_DAYS = 3653                      # ten years
EARLIEST, LATEST = date(1990, 1, 1), date(2100, 12, 31)
CHUNK = 1000                                # rows fetched at a time; progress and cancel each chunk
ACTIVE = ("registered", "in_progress")      # the clock runs: these can be overdue (as in queries.py)
RESOLVED = frozenset({"decided", "rejected", "closed"})

Progress = Callable[[str, int, "int | None"], None]


@dataclass(frozen=True)
class ReportResult:
    kind: str
    path: Path
    rows: int                       # data rows written (all sheets; no title, header or total rows)
    sheets: tuple[str, ...]


def default_file_name(kind: str, date_from: date, date_to: date) -> str:
    """``case-register-2026-10-01-2026-12-31.xlsx``."""
    return f"{FILE_STEMS.get(kind, kind)}-{date_from.isoformat()}-{date_to.isoformat()}.xlsx"


# --- words ----------------------------------------------------------------------------------------------------

class Words:
    """The words of one report in its language: ``w("col.state")`` is the catalogue's ``report.col.state``."""

    def __init__(self, language: str) -> None:
        self.language = "en" if language == "en" else "mn"

    def __call__(self, key: str, **values: object) -> str:
        return translate(f"report.{key}", self.language, **values)

    def _label(self, key: str, fallback: str) -> str:
        return translate(key, self.language) if has(key) else fallback

    def state(self, state: str) -> str:
        return self._label(f"state.{state}", state)

    def channel(self, channel: str) -> str:
        return self._label(f"channel.{channel}", channel)

    def role(self, role: str) -> str:
        return self._label(f"role.{role}", role)

    def long_date(self, value: date) -> str:
        """"2026 оны 2-р сарын 18" / "18 Feb 2026" (as ui/format.py writes dates for people)."""
        text = format_date(value, format="medium", locale="en_GB" if self.language == "en" else "mn")
        return text.replace("\u202f", " ")


# --- one run ------------------------------------------------------------------------------------------------

@dataclass
class Context:
    db: Database
    conn: Connection
    actor: Actor
    w: Words
    office_code: str
    office_name: str
    date_from: date
    date_to: date
    today: date
    now: datetime                       # local, naive
    progress: Progress
    cancelled: Callable[[], bool]
    rows: int = 0
    sheets: list[str] = field(default_factory=list)

    def check_cancel(self) -> None:
        if self.cancelled():
            raise CancelledError("report.cancelled")


# --- data helpers -------------------------------------------------------------------------------------------

def local_datetime(recorded_at: str) -> datetime | None:
    try:
        return office_wall_time(recorded_at).replace(microsecond=0)
    except (TypeError, ValueError):
        return None


def utc_bound(day: date) -> str:
    """The start of a local day as the stored event time text (UTC, ISO 8601, milliseconds)."""
    return office_day_start(day).isoformat(timespec="milliseconds")


def paused_days(pauses_json: str | None, today: date) -> int:
    if not pauses_json or pauses_json == "[]":
        return 0
    total = 0
    for start, end in json.loads(pauses_json):
        total += ((date.fromisoformat(end) if end else today) - date.fromisoformat(start)).days
    return total


def citizen_name(family: str | None, given: str | None) -> str:
    return f"{family or ''} {given or ''}".strip()


def service_name_column(ctx: Context):
    return SERVICES.c.name_en if ctx.w.language == "en" else SERVICES.c.name_mn


def median(counts: Counter) -> float | None:
    n = sum(counts.values())
    if not n:
        return None
    ordered = sorted(counts.items())

    def nth(k: int) -> int:          # the k-th smallest value, 0-based
        seen = 0
        for value, count in ordered:
            seen += count
            if k < seen:
                return value
        return ordered[-1][0]
    if n % 2:
        return float(nth(n // 2))
    return (nth(n // 2 - 1) + nth(n // 2)) / 2

