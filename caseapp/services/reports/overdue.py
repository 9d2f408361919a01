"""``overdue``: running cases of this office past their due date or due within 3 working days, as of today."""

from __future__ import annotations

from datetime import date

from openpyxl import Workbook
from sqlalchemy import select

from caseapp.domain.deadlines import DUE_SOON_WORKING_DAYS, due_soon_until
from caseapp.services.reports.common import (ACTIVE, CASES, CHUNK, CITIZENS, SERVICES, USERS,
                                             Context, citizen_name, service_name_column)
from caseapp.services.reports.workbook import Sheet, text
from caseapp.storage.calendar import load_calendar

OVERDUE_COLUMNS = (("col.status", 16), ("col.case_number", 24), ("col.registered_on", 12), ("col.citizen", 28),
                   ("col.register_no", 13), ("col.service", 36), ("col.subject", 40), ("col.state", 18),
                   ("col.assignee", 26), ("col.due_date", 12), ("col.overdue_days", 10))


def due_soon_horizon(conn, today: date) -> date:
    """The last day of "due soon" (the domain's rule, as the queues use it)."""
    return due_soon_until(today, load_calendar(conn))


def write(ctx: Context, wb: Workbook) -> None:
    w, conn, today = ctx.w, ctx.conn, ctx.today
    horizon = due_soon_horizon(conn, today)
    sheet = Sheet(ctx, wb, w("title.overdue"), w("sheet.overdue"),
                   [(w(key), width) for key, width in OVERDUE_COLUMNS],
                   notes=[w("note.overdue.1", days=DUE_SOON_WORKING_DAYS), w("note.overdue.2")],
                   period=False, as_of=True)
    ws = sheet.ws
    stmt = (select(CASES.c.case_number, CASES.c.registered_on, CITIZENS.c.family_name, CITIZENS.c.given_name,
                   CITIZENS.c.register_no, service_name_column(ctx).label("service_name"), CASES.c.service_code,
                   CASES.c.subject, CASES.c.state, USERS.c.full_name.label("assignee_name"), CASES.c.due_date)
            .select_from(CASES.outerjoin(CITIZENS, CITIZENS.c.citizen_id == CASES.c.citizen_id)
                         .outerjoin(SERVICES, SERVICES.c.code == CASES.c.service_code)
                         .outerjoin(USERS, USERS.c.user_id == CASES.c.assignee_id))
            .where(CASES.c.owner_office == ctx.office_code, CASES.c.state.in_(ACTIVE),
                   CASES.c.due_date.is_not(None), CASES.c.due_date <= horizon)
            .order_by(CASES.c.due_date, CASES.c.case_number))
    labels = {"overdue": w("status.overdue"), "today": w("status.due_today"), "soon": w("status.due_soon")}
    ctx.progress("report", 0, None)
    for chunk in conn.execute(stmt, execution_options={"yield_per": CHUNK}).partitions():
        ctx.check_cancel()
        for r in chunk:
            late = (today - r.due_date).days
            status = "overdue" if late > 0 else ("today" if late == 0 else "soon")
            sheet.add([labels[status], r.case_number, r.registered_on,
                       text(ws, citizen_name(r.family_name, r.given_name)), r.register_no,
                       text(ws, r.service_name or r.service_code), text(ws, r.subject), w.state(r.state),
                       text(ws, r.assignee_name) or w("unassigned"), r.due_date, late if late > 0 else None])
        ctx.progress("report", ctx.rows, None)
    sheet.finish()

