"""``extensions``: every extension recorded in the period (who, how many days, why, from the event log), and
paused time per service of the cases registered in the period."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
import json

from openpyxl import Workbook
from sqlalchemy import and_, func, or_, select

from caseapp.services.reports.common import (CASES, CHUNK, CITIZENS, SERVICES, USERS, Context, citizen_name,
                                             local_datetime, paused_days, service_name_column, utc_bound)
from caseapp.services.reports.workbook import Sheet, datetime_cell, decimal, text
from caseapp.storage.event_rows import EVENTS

EXTENSION_COLUMNS = (("col.extended_at", 17), ("col.case_number", 24), ("col.citizen", 28), ("col.service", 36),
                     ("col.days", 8), ("col.reason", 50), ("col.requested_by", 26), ("col.extended_by", 26),
                     ("col.manager_note", 40), ("col.extension_days", 10), ("col.due_date", 12), ("col.state", 18))


def _requests_answered(conn, office_code: str) -> dict[str, tuple[str, str | None]]:
    """{extension event id: (the reason the clerk gave, who asked)} for extensions that answered a request: the
    reason is the clerk's; what the manager wrote when extending is a note beside it."""
    stmt = (select(EVENTS.c.event_id, EVENTS.c.stream_id, EVENTS.c.kind, EVENTS.c.payload, EVENTS.c.user_id)
            .select_from(CASES.join(EVENTS, and_(EVENTS.c.stream == "case", EVENTS.c.stream_id == CASES.c.case_id)))
            .where(CASES.c.owner_office == office_code, CASES.c.extension_days > 0,
                   EVENTS.c.kind.in_(("case.extension_requested", "case.extension_declined", "case.extended")))
            .order_by(EVENTS.c.stream_id, EVENTS.c.hlc, EVENTS.c.node_id, EVENTS.c.event_id))
    answered: dict[str, tuple[str, str | None]] = {}
    pending: dict[str, tuple[str, str | None]] = {}
    for r in conn.execute(stmt):
        if r.kind == "case.extension_requested":
            pending[r.stream_id] = (str(json.loads(r.payload).get("reason") or ""), r.user_id)
        elif r.kind == "case.extension_declined":
            pending.pop(r.stream_id, None)
        elif r.stream_id in pending:
            answered[r.event_id] = pending.pop(r.stream_id)
    return answered


def write(ctx: Context, wb: Workbook) -> None:
    w, conn, today = ctx.w, ctx.conn, ctx.today
    sheet = Sheet(ctx, wb, w("title.extensions"), w("sheet.extensions"),
                   [(w(key), width) for key, width in EXTENSION_COLUMNS], notes=[w("note.extensions.1")])
    ws = sheet.ws
    by = USERS.alias("by_user")
    # An extension happens while the case is open: only cases extended at all, registered by the end of the
    # period and not closed before it, are looked at (the event log itself is searched per case, on its index).
    requests = _requests_answered(conn, ctx.office_code)
    people: dict[str | None, str] = dict(conn.execute(select(USERS.c.user_id, USERS.c.full_name)).all())
    stmt = (select(EVENTS.c.event_id, EVENTS.c.recorded_at, EVENTS.c.payload, CASES.c.case_number,
                   CITIZENS.c.family_name,
                   CITIZENS.c.given_name, service_name_column(ctx).label("service_name"), CASES.c.service_code,
                   by.c.full_name.label("by_name"), EVENTS.c.user_id, CASES.c.extension_days, CASES.c.due_date,
                   CASES.c.state)
            .select_from(CASES.join(EVENTS, and_(EVENTS.c.stream == "case", EVENTS.c.stream_id == CASES.c.case_id))
                         .outerjoin(CITIZENS, CITIZENS.c.citizen_id == CASES.c.citizen_id)
                         .outerjoin(SERVICES, SERVICES.c.code == CASES.c.service_code)
                         .outerjoin(by, by.c.user_id == EVENTS.c.user_id))
            .where(CASES.c.owner_office == ctx.office_code, CASES.c.extension_days > 0,
                   CASES.c.registered_on <= ctx.date_to,
                   or_(CASES.c.closed_on.is_(None), CASES.c.closed_on >= ctx.date_from),
                   EVENTS.c.kind == "case.extended",
                   EVENTS.c.recorded_at >= utc_bound(ctx.date_from),
                   EVENTS.c.recorded_at < utc_bound(ctx.date_to + timedelta(days=1)))
            .order_by(EVENTS.c.recorded_at, CASES.c.case_number))
    ctx.progress("report", 0, None)
    for chunk in conn.execute(stmt, execution_options={"yield_per": CHUNK}).partitions():
        ctx.check_cancel()
        for r in chunk:
            try:
                payload = json.loads(r.payload)
            except ValueError:
                payload = {}
            days = payload.get("days")
            written = str(payload.get("reason") or "")
            asked = requests.get(r.event_id)
            reason, note = (asked[0], written) if asked else (written, "")
            requester = (people.get(asked[1]) or asked[1] or "") if asked else ""
            sheet.add([datetime_cell(ws, local_datetime(r.recorded_at)), r.case_number,
                       text(ws, citizen_name(r.family_name, r.given_name)),
                       text(ws, r.service_name or r.service_code), int(days) if days is not None else None,
                       text(ws, reason), text(ws, requester), text(ws, r.by_name or r.user_id), text(ws, note),
                       r.extension_days, r.due_date, w.state(r.state)])
        ctx.progress("report", ctx.rows, None)
    sheet.finish()

    # paused time per service, of the cases registered in the period
    received: dict[str, int] = dict(conn.execute(select(CASES.c.service_code, func.count()).where(
        CASES.c.owner_office == ctx.office_code, CASES.c.registered_on >= ctx.date_from,
        CASES.c.registered_on <= ctx.date_to).group_by(CASES.c.service_code)).all())
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])   # cases paused, pauses, days, paused now
    stmt = (select(CASES.c.service_code, CASES.c.pauses, CASES.c.paused_since)
            .where(CASES.c.owner_office == ctx.office_code, CASES.c.registered_on >= ctx.date_from,
                   CASES.c.registered_on <= ctx.date_to, CASES.c.pauses != "[]"))
    for chunk in conn.execute(stmt, execution_options={"yield_per": CHUNK}).partitions():
        ctx.check_cancel()
        for r in chunk:
            pauses = json.loads(r.pauses or "[]")
            if not pauses:
                continue
            s = stats[r.service_code]
            s[0] += 1
            s[1] += len(pauses)
            s[2] += paused_days(r.pauses, today)
            s[3] += 1 if r.paused_since is not None else 0
    names: dict[str, str] = dict(conn.execute(select(SERVICES.c.code, service_name_column(ctx))).all())
    sheet = Sheet(ctx, wb, w("title.pauses"), w("sheet.pauses"),
                   [(w("col.service_code"), 16), (w("col.service"), 44), (w("col.received"), 11),
                    (w("col.cases_paused"), 12), (w("col.pauses"), 12), (w("col.paused_days_total"), 14),
                    (w("col.paused_days_mean"), 14), (w("col.paused_now"), 12)],
                   notes=[w("note.pauses.1")])
    ws = sheet.ws
    totals = [0, 0, 0, 0, 0]
    for code in sorted(received):
        cases_paused, pauses, days, now = stats.get(code, (0, 0, 0, 0))
        values = [received[code], cases_paused, pauses, days, now]
        for i, v in enumerate(values):
            totals[i] += v
        sheet.add([code, text(ws, names.get(code) or code), *values[:4],
                   decimal(ws, days / cases_paused if cases_paused else None), now])
    last = sheet.row
    sheet.add_total([w("total"), None, *totals[:4], decimal(ws, totals[3] / totals[1] if totals[1] else None),
                     totals[4]])
    sheet.finish(last)
    ctx.progress("report", ctx.rows, ctx.rows)

