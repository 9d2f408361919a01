"""``ontime``: on-time statistics of the cases registered in the period, by service type and by channel (two
sheets, each with a bar chart): the shape of the quarterly petitions report."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from openpyxl import Workbook
from sqlalchemy import Integer, and_, case, cast, func, select

from caseapp.domain.states import OPEN_STATES
from caseapp.services.reports.common import ACTIVE, CASES, RESOLVED, SERVICES, Context, median, service_name_column
from caseapp.services.reports.workbook import Sheet, bar_chart, decimal, percent, text
from caseapp.services.workflow import CHANNELS


@dataclass
class _Tally:
    received: int = 0
    on_time: int = 0
    late: int = 0
    withdrawn: int = 0
    open: int = 0
    overdue: int = 0
    days: Counter = field(default_factory=Counter)

    def add(self, state: str, late: bool, overdue: bool, days: int | None, count: int) -> None:
        self.received += count
        if state in RESOLVED:
            if late:
                self.late += count
            else:
                self.on_time += count
            if days is not None:
                self.days[days] += count
        elif state == "withdrawn":
            self.withdrawn += count
        elif state in OPEN_STATES:
            self.open += count
            if overdue:
                self.overdue += count

    def values(self, ws) -> list:
        decided = self.on_time + self.late
        n = sum(self.days.values())
        mean = sum(d * c for d, c in self.days.items()) / n if n else None
        return [self.received, self.on_time, self.late, self.withdrawn, self.open, self.overdue,
                percent(ws, self.on_time / decided if decided else None), decimal(ws, mean),
                decimal(ws, median(self.days))]


def _ontime_tallies(ctx: Context) -> tuple[dict[str, _Tally], dict[str, _Tally], _Tally, dict[str, str]]:
    late = case((and_(CASES.c.decided_on.is_not(None), CASES.c.due_date.is_not(None),
                      CASES.c.decided_on > CASES.c.due_date), 1), else_=0)
    overdue = case((and_(CASES.c.state.in_(ACTIVE), CASES.c.due_date < ctx.today), 1), else_=0)
    days = case((CASES.c.decided_on.is_not(None),
                 cast(func.julianday(CASES.c.decided_on) - func.julianday(CASES.c.registered_on), Integer)),
                else_=None)
    stmt = (select(CASES.c.service_code, CASES.c.channel, CASES.c.state, late.label("late"),
                   overdue.label("overdue"), days.label("days"), func.count().label("n"))
            .where(CASES.c.owner_office == ctx.office_code, CASES.c.registered_on >= ctx.date_from,
                   CASES.c.registered_on <= ctx.date_to)
            .group_by(CASES.c.service_code, CASES.c.channel, CASES.c.state, "late", "overdue", "days"))
    by_service: dict[str, _Tally] = defaultdict(_Tally)
    by_channel: dict[str, _Tally] = defaultdict(_Tally)
    total = _Tally()
    for r in ctx.conn.execute(stmt):
        for tally in (by_service[r.service_code], by_channel[r.channel], total):
            tally.add(r.state, bool(r.late), bool(r.overdue), r.days, r.n)
    names: dict[str, str] = dict(ctx.conn.execute(select(SERVICES.c.code, service_name_column(ctx))).all())
    return by_service, by_channel, total, names



ONTIME_NUMBER_COLUMNS = (("col.received", 11), ("col.resolved_on_time", 13), ("col.resolved_late", 13),
                         ("col.withdrawn", 11), ("col.open", 13), ("col.open_overdue", 12),
                         ("col.share_on_time", 13), ("col.mean_days", 13), ("col.median_days", 13))


def write(ctx: Context, wb: Workbook) -> None:
    w = ctx.w
    ctx.progress("report", 0, None)
    by_service, by_channel, total, names = _ontime_tallies(ctx)
    ctx.check_cancel()
    notes = [w(f"note.ontime.{i}") for i in range(1, 6)]
    numbers = [(w(key), width) for key, width in ONTIME_NUMBER_COLUMNS]

    title = f"{w('title.ontime')}: {w('subtitle.by_service')}"
    sheet = Sheet(ctx, wb, title, w("sheet.by_service"),
                   [(w("col.service_code"), 16), (w("col.service"), 44), *numbers], notes=notes)
    ws = sheet.ws
    for code in sorted(by_service):
        sheet.add([code, text(ws, names.get(code) or code), *by_service[code].values(ws)])
    last = sheet.row
    sheet.add_total([w("total"), None, *total.values(ws)])
    sheet.finish(last)
    bar_chart(sheet, title, 4, 7, 2, last, horizontal=True, stacked=True, anchor_row=sheet.row + 3)
    ctx.check_cancel()

    title = f"{w('title.ontime')}: {w('subtitle.by_channel')}"
    sheet = Sheet(ctx, wb, title, w("sheet.by_channel"), [(w("col.channel"), 22), *numbers], notes=notes)
    ws = sheet.ws
    order = [c for c in CHANNELS if c in by_channel] + sorted(c for c in by_channel if c not in CHANNELS)
    for channel in order:
        label = w.channel(channel) if channel in CHANNELS else text(ws, channel)
        sheet.add([label, *by_channel[channel].values(ws)])
    last = sheet.row
    sheet.add_total([w("total"), *total.values(ws)])
    sheet.finish(last)
    bar_chart(sheet, title, 3, 6, 1, last, horizontal=False, stacked=True, anchor_row=sheet.row + 3)
    ctx.progress("report", ctx.rows, ctx.rows)

