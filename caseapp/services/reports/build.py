"""``build_report``: one report, from one read transaction (a consistent snapshot), into a write-only workbook
saved under a temporary name and renamed into place when complete."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from collections.abc import Callable

from caseapp.services.database import Database
from caseapp.services.queries import workstation
from caseapp.services.reports import extensions, ontime, overdue, register, transfers, workload
from caseapp.services.reports.common import Context, Progress, ReportResult, Words
from caseapp.services.reports.validation import validate_request
from caseapp.services.reports.workbook import atomic_target, new_workbook
from caseapp.services.users import Actor, require

BUILDERS = {"register": register.write, "ontime": ontime.write, "overdue": overdue.write,
            "workload": workload.write, "extensions": extensions.write, "transfers": transfers.write}


def build_report(db: Database, actor: Actor, kind: str, date_from: date, date_to: date, path: Path | str, *,
                 language: str = "mn", progress: Progress | None = None,
                 cancelled: Callable[[], bool] = lambda: False, today: date | None = None,
                 now: datetime | None = None) -> ReportResult:
    """Write report ``kind`` for ``date_from``..``date_to`` (inclusive) to ``path`` (.xlsx).

    Raises PermissionDenied (clerks), ValidationError naming the field, CancelledError when ``cancelled()``
    turns true; in every failure no file is left behind and an existing file at ``path`` is untouched."""
    require(actor, "run_reports")
    target = validate_request(kind, date_from, date_to, path, language)
    progress = progress or (lambda stage, done, total: None)
    now = now or db.clock.local_now().replace(microsecond=0)
    today = today or db.today()
    office = workstation(db)
    w = Words(language)
    wb = new_workbook()
    with atomic_target(wb, target) as temp:
        with db.uow() as uow:           # one read transaction: every sheet sees the same snapshot
            ctx = Context(db, uow.conn, actor, w, office.office_code,
                          office.office_name_en if language == "en" else office.office_name_mn,
                          date_from, date_to, today, now, progress, cancelled)
            ctx.check_cancel()
            BUILDERS[kind](ctx, wb)
        ctx.check_cancel()
        wb.properties.title = w(f"title.{kind}")
        wb.properties.creator = actor.full_name[:200]
        wb.save(temp)
        ctx.check_cancel()
    return ReportResult(kind, target, ctx.rows, tuple(ctx.sheets))
