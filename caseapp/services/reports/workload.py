"""``workload``: per staff member: open, overdue and waiting now; decided and closed in the period."""

from __future__ import annotations

from openpyxl import Workbook
from sqlalchemy import and_, case, func, or_, select

from caseapp.domain.states import OPEN_STATES
from caseapp.services.reports.common import ACTIVE, CASES, RESOLVED, USERS, Context
from caseapp.services.reports.workbook import Sheet, bar_chart, text


def write(ctx: Context, wb: Workbook) -> None:
    w, conn, today = ctx.w, ctx.conn, ctx.today
    in_period = lambda column: and_(column >= ctx.date_from, column <= ctx.date_to)  # noqa: E731
    count = lambda condition: func.sum(case((condition, 1), else_=0))               # noqa: E731
    stmt = (select(CASES.c.assignee_id,
                   count(CASES.c.state.in_(tuple(OPEN_STATES))).label("open"),
                   count(and_(CASES.c.state.in_(ACTIVE), CASES.c.due_date < today)).label("overdue"),
                   count(CASES.c.state == "waiting").label("waiting"),
                   count(and_(CASES.c.state.in_(tuple(RESOLVED)), in_period(CASES.c.decided_on))).label("decided"),
                   count(and_(CASES.c.state == "closed", in_period(CASES.c.closed_on))).label("closed"))
            .where(CASES.c.owner_office == ctx.office_code,
                   or_(CASES.c.state.in_(tuple(OPEN_STATES)), in_period(CASES.c.decided_on),
                       in_period(CASES.c.closed_on)))
            .group_by(CASES.c.assignee_id))
    ctx.progress("report", 0, None)
    counts = {r.assignee_id: r for r in conn.execute(stmt)}
    ctx.check_cancel()
    staff = conn.execute(select(USERS.c.user_id, USERS.c.full_name, USERS.c.username, USERS.c.role)
                         .where(or_(and_(USERS.c.office_id == ctx.office_code,
                                         USERS.c.role.in_(("clerk", "manager")), USERS.c.active == True),  # noqa: E712
                                    USERS.c.user_id.in_([k for k in counts if k is not None])))
                         .order_by(USERS.c.full_name, USERS.c.username)).all()
    sheet = Sheet(ctx, wb, w("title.workload"), w("sheet.workload"),
                   [(w("col.staff"), 30), (w("col.username"), 16), (w("col.role"), 12), (w("col.open_now"), 12),
                    (w("col.overdue_now"), 12), (w("col.waiting_now"), 14), (w("col.decided_in_period"), 14),
                    (w("col.closed_in_period"), 14)],
                   notes=[w("note.workload.1")], as_of=True)
    ws = sheet.ws
    totals = [0, 0, 0, 0, 0]

    def numbers(row) -> list[int]:
        values = [int(row.open or 0), int(row.overdue or 0), int(row.waiting or 0), int(row.decided or 0),
                  int(row.closed or 0)] if row is not None else [0, 0, 0, 0, 0]
        for i, v in enumerate(values):
            totals[i] += v
        return values
    known = set()
    for user in staff:
        known.add(user.user_id)
        sheet.add([text(ws, user.full_name), text(ws, user.username), w.role(user.role),
                   *numbers(counts.get(user.user_id))])
    for assignee, row in counts.items():          # assigned to someone no longer in the users table
        if assignee is not None and assignee not in known:
            sheet.add([text(ws, assignee), None, None, *numbers(row)])
    if None in counts:
        sheet.add([w("unassigned"), None, None, *numbers(counts[None])])
    last = sheet.row
    sheet.add_total([w("total"), None, None, *totals])
    sheet.finish(last)
    bar_chart(sheet, w("title.workload"), 4, 5, 1, last, horizontal=True, stacked=False,
               anchor_row=sheet.row + 3)
    ctx.progress("report", ctx.rows, ctx.rows)

