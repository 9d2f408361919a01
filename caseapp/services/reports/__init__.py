"""Excel reports for office managers (openpyxl, docs/architecture.md §9).

Each report is a workbook a manager can hand to a superior as it is: a title block (office, period, when and by
whom it was made), the definitions of its columns where they are not obvious, a frozen header with an autofilter,
real dates and numbers with number formats, print titles and landscape fit-to-width, and a chart where a manager
would look rather than read. Mongolian by default, English with ``language="en"``; the words are the catalogue's
``report.*`` entries (caseapp/text/{mn,en}/reports.py) and the shared state, channel and role labels.

- ``register``:   one row per case of this office registered in the period (by ``registered_on``).
- ``ontime``:     on-time statistics of the cases registered in the period, by service type and by channel
                  (two sheets, each with a bar chart): the shape of the quarterly petitions report.
- ``overdue``:    running cases of this office past their due date or due within 3 working days, as of today.
- ``workload``:   per staff member: open, overdue and waiting now; decided and closed in the period.
- ``extensions``: every extension recorded in the period (who, how many days, why, from the event log), and
                  paused time per service of the cases registered in the period.
- ``transfers``:  every offer of a case to or from this office made in the period, with its outcome, and the
                  counts per direction (out, in) and outcome.

Counts are of the cases as they are now (the projections are current state): a case registered in the period
and decided later counts as decided. "Now" and "today" are the moment the report is made.

Safety and size: every user-typed string is written as a string cell (``workbook.text``), rows are streamed from
one read transaction (a consistent snapshot) into a write-only workbook, so memory stays flat however many rows;
the file is written next to the target under a temporary name and renamed into place only when complete
(``workbook.atomic_target``), so a cancel or an error leaves no file behind and never a half-written target.

Modules: ``common`` (kinds, limits, result, words, context), ``workbook`` (cells, sheets, charts, the file),
``validation``, one module per report, ``build`` (build_report).
"""

from __future__ import annotations

from caseapp.services.reports.build import BUILDERS, build_report
from caseapp.services.reports.common import (ACTIVE, CHUNK, EARLIEST, FILE_STEMS, KINDS,
                                             LANGUAGES, LATEST, MAX_PERIOD_DAYS, RESOLVED, Context, Progress,
                                             ReportResult, Words, default_file_name)
from caseapp.services.reports.overdue import due_soon_horizon
from caseapp.services.reports.register import register_statement
from caseapp.services.reports.validation import validate_request
from caseapp.services.reports.workbook import MAX_CELL_TEXT

__all__ = [
    "build_report", "validate_request", "default_file_name", "ReportResult", "Progress",
    "KINDS", "LANGUAGES", "FILE_STEMS", "MAX_PERIOD_DAYS", "EARLIEST", "LATEST", "CHUNK",
    "ACTIVE", "RESOLVED", "MAX_CELL_TEXT", "BUILDERS", "Context", "Words", "register_statement",
    "due_soon_horizon",
]
