"""``register``: one row per case of this office registered in the period (by ``registered_on``), in its state
now, with overdue days, the on-time flag and paused days. Rows are streamed from one Core select."""

from __future__ import annotations

from datetime import date

from openpyxl import Workbook
from sqlalchemy import func, select

from caseapp.domain.deadlines import days_late
from caseapp.domain.states import STATES
from caseapp.services.reports.common import (ACTIVE, CASES, CHUNK, CITIZENS, RESOLVED, SERVICES, USERS, Context,
                                             citizen_name, paused_days)
from caseapp.services.reports.workbook import Sheet, text, text_width
from caseapp.services.workflow import CHANNELS

REGISTER_COLUMNS = (("col.case_number", 24), ("col.registered_on", 12), ("col.citizen", 28),
                    ("col.register_no", 13), ("col.service_code", 14), ("col.service", 36), ("col.subject", 40),
                    ("col.channel", 14), ("col.state", 18), ("col.assignee", 26), ("col.due_date", 12),
                    ("col.decided_on", 12), ("col.closed_on", 12), ("col.extension_days", 10),
                    ("col.paused_days", 11), ("col.overdue_days", 10), ("col.on_time", 12))


def register_statement(office: str, date_from: date, date_to: date, language: str = "mn"):
    """The register's rows (a Core select, streamed): cases of ``office`` registered from..to."""
    name = SERVICES.c.name_en if language == "en" else SERVICES.c.name_mn
    return (select(CASES.c.case_number, CASES.c.registered_on, CITIZENS.c.family_name, CITIZENS.c.given_name,
                   CITIZENS.c.register_no, CASES.c.service_code, name.label("service_name"), CASES.c.subject,
                   CASES.c.channel, CASES.c.state, USERS.c.full_name.label("assignee_name"), CASES.c.due_date,
                   CASES.c.decided_on, CASES.c.closed_on, CASES.c.extension_days, CASES.c.pauses)
            .select_from(CASES.outerjoin(CITIZENS, CITIZENS.c.citizen_id == CASES.c.citizen_id)
                         .outerjoin(SERVICES, SERVICES.c.code == CASES.c.service_code)
                         .outerjoin(USERS, USERS.c.user_id == CASES.c.assignee_id))
            .where(CASES.c.owner_office == office, CASES.c.registered_on >= date_from,
                   CASES.c.registered_on <= date_to)
            .order_by(CASES.c.registered_on, CASES.c.case_number))


def write(ctx: Context, wb: Workbook) -> None:
    w, conn, today = ctx.w, ctx.conn, ctx.today
    total = conn.execute(select(func.count()).select_from(CASES).where(
        CASES.c.owner_office == ctx.office_code, CASES.c.registered_on >= ctx.date_from,
        CASES.c.registered_on <= ctx.date_to)).scalar_one()
    longest_code = conn.execute(select(func.max(func.length(SERVICES.c.code)))).scalar() or 0
    widths = dict(REGISTER_COLUMNS, **{"col.service_code": max(dict(REGISTER_COLUMNS)["col.service_code"],
                                                                text_width(longest_code))})
    sheet = Sheet(ctx, wb, w("title.register"), w("sheet.register"),
                   [(w(key), widths[key]) for key, _ in REGISTER_COLUMNS],
                   notes=[w("note.register.1"), w("note.register.2"), w("note.register.3")])
    ws = sheet.ws
    states = {s: w.state(s) for s in STATES}
    channels = {c: w.channel(c) for c in CHANNELS}
    yes, no = w("yes"), w("no")
    ctx.progress("report", 0, total)
    done = 0
    result = conn.execute(register_statement(ctx.office_code, ctx.date_from, ctx.date_to, w.language),
                          execution_options={"yield_per": CHUNK})
    for chunk in result.partitions():
        ctx.check_cancel()
        for r in chunk:
            state, due = r.state, r.due_date
            overdue_days = on_time = None
            if state in RESOLVED:
                if r.decided_on is not None:
                    overdue_days = days_late(due, r.decided_on)
                    on_time = no if overdue_days else yes
            elif state in ACTIVE and due is not None:
                late = (today - due).days
                overdue_days = late if late > 0 else 0
            pauses = r.pauses
            ws.append((
                r.case_number, r.registered_on, text(ws, citizen_name(r.family_name, r.given_name)),
                r.register_no, r.service_code, text(ws, r.service_name), text(ws, r.subject),
                channels.get(r.channel) or text(ws, r.channel), states.get(state, state),
                text(ws, r.assignee_name), due, r.decided_on, r.closed_on, r.extension_days,
                paused_days(pauses, today) if pauses and pauses != "[]" else 0, overdue_days, on_time))
            sheet.row += 1
        done += len(chunk)
        ctx.rows += len(chunk)
        ctx.progress("report", done, total)
    sheet.finish()

