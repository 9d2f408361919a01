"""``transfers``: every offer of a case to or from this office made in the period (the other office, why, what
became of it and when), and the counts per direction and outcome. Read from the cases' folded ``transfers`` (one
entry per offer in the case's row): an offer counts once, however many offices hold the case."""

from __future__ import annotations

from datetime import timedelta
import json

from openpyxl import Workbook
from sqlalchemy import select

from caseapp.services.reports.common import CASES, CHUNK, Context, local_datetime, utc_bound
from caseapp.services.reports.workbook import Sheet, datetime_cell, text
from caseapp.storage.models import OfficeRow, table_of

OFFICES = table_of(OfficeRow)
OUTCOMES = ("offered", "accepted", "returned", "withdrawn")
TRANSFER_COLUMNS = (("col.offered_at", 17), ("col.case_number", 24), ("col.direction", 12), ("col.other_office", 36),
                    ("col.reason", 40), ("col.outcome", 16), ("col.answered_at", 17), ("col.answer_reason", 40),
                    ("col.state", 18))


def write(ctx: Context, wb: Workbook) -> None:
    w, conn = ctx.w, ctx.conn
    names = {r.code: (r.name_en if w.language == "en" else r.name_mn) or r.code
             for r in conn.execute(select(OFFICES.c.code, OFFICES.c.name_mn, OFFICES.c.name_en))}
    start, end = utc_bound(ctx.date_from), utc_bound(ctx.date_to + timedelta(days=1))
    found = []
    ctx.progress("report", 0, None)
    stmt = select(CASES.c.case_number, CASES.c.state, CASES.c.owner_office, CASES.c.transfers).where(
        CASES.c.transfers.is_not(None))                       # the few cases that ever moved: a partial index
    for chunk in conn.execute(stmt, execution_options={"yield_per": CHUNK}).partitions():
        ctx.check_cancel()
        for r in chunk:
            for offer in json.loads(r.transfers):
                if ctx.office_code not in (offer["from_office"], offer["to_office"]):
                    continue
                if not start <= offer["offered_at"] < end:
                    continue
                found.append((offer, r))
    found.sort(key=lambda item: (item[0]["offered_at"], item[1].case_number))
    sheet = Sheet(ctx, wb, w("title.transfers"), w("sheet.transfers"),
                  [(w(key), width) for key, width in TRANSFER_COLUMNS], notes=[w("note.transfers.1")])
    ws = sheet.ws
    counts = {(direction, outcome): 0 for direction in ("out", "in") for outcome in OUTCOMES}
    for offer, r in found:
        outgoing = offer["from_office"] == ctx.office_code
        direction = "out" if outgoing else "in"
        other = offer["to_office"] if outgoing else offer["from_office"]
        counts[(direction, offer["outcome"])] = counts.get((direction, offer["outcome"]), 0) + 1
        answered = local_datetime(offer["answered_at"]) if offer.get("answered_at") else None
        # the state only where this office still holds the case (else it is the other office's to tell)
        state = w.state(r.state) if r.owner_office == ctx.office_code else ""
        sheet.add([datetime_cell(ws, local_datetime(offer["offered_at"])), r.case_number,
                   w(f"direction.{direction}"), text(ws, f"{names.get(other, other)} ({other})"),
                   text(ws, offer.get("reason", "")), w(f"outcome.{offer['outcome']}"),
                   datetime_cell(ws, answered) if answered else None, text(ws, offer.get("answer_reason") or ""),
                   state])
    sheet.finish()

    summary = Sheet(ctx, wb, w("title.transfer_counts"), w("sheet.transfer_counts"),
                    [(w("col.direction"), 14), *[(w(f"outcome.{o}"), 14) for o in OUTCOMES], (w("total"), 12)],
                    notes=[w("note.transfers.2")])
    totals = [0] * (len(OUTCOMES) + 1)
    for direction in ("out", "in"):
        values = [counts[(direction, o)] for o in OUTCOMES]
        values.append(sum(values))
        totals = [a + b for a, b in zip(totals, values)]
        summary.add([w(f"direction.{direction}"), *values])
    last = summary.row
    summary.add_total([w("total"), *totals])
    summary.finish(last)
    ctx.progress("report", ctx.rows, ctx.rows)
