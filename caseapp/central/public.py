"""The citizens' pages of the central server (DESIGN section 11): server-rendered HTML (Jinja2), no scripts, no
external fonts; Mongolian first, English a link away (``?lang=en``). A thin edge over ``services/public.py``.

- ``/d/<token>``: what a document's QR opens: genuine or unknown, and for a receipt its case's status.
- ``/status``: a case's status by its number and the access code on the receipt (a form, posted: the code never
  sits in an address, a browser's history or a log).
- ``/stats`` (``.csv``, ``.xlsx``): per office and quarter, received / decided on time / late / median days.

Failed look-ups are limited per client address (``FailureLimit``); every look-up is counted without personal
data (``public_lookups``); every page is sent with a strict content security policy and no referrer.
"""

from __future__ import annotations

import csv
import io
import threading
import time
from collections import OrderedDict, deque
from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from caseapp.services import central, public
from caseapp.services.documents.wording import kind_name, local_time, written_date
from caseapp.text import translate

HERE = Path(__file__).resolve().parent
MAX_FORM_BYTES = 2048
STALE_DAYS = 3                     # an office silent longer than this: its citizens are told the answer may be old
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; "
       "frame-ancestors 'none'")
LANGUAGE_NAMES = {"mn": "Монгол", "en": "English"}     # each in its own language: the link to switch to it
PAGE_HEADERS = {"Content-Security-Policy": CSP, "Referrer-Policy": "no-referrer",
                "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Cache-Control": "no-store"}


class FailureLimit:
    """Failed look-ups per client address: after ``allowed`` within ``window_s``, a wait until the oldest of them
    is that old. Memory is bounded: the least recently seen addresses are forgotten first."""

    def __init__(self, allowed: int = 5, window_s: float = 600.0, addresses: int = 10_000) -> None:
        self.allowed, self.window_s, self.addresses = allowed, window_s, addresses
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def _recent(self, address: str, now: float) -> deque[float]:
        failures = self._failures.setdefault(address, deque())
        self._failures.move_to_end(address)
        while failures and now - failures[0] > self.window_s:
            failures.popleft()
        while len(self._failures) > self.addresses:
            self._failures.popitem(last=False)
        return failures

    def wait_s(self, address: str) -> float:
        """How long this address must wait before its next look-up (0: it may go on)."""
        now = time.monotonic()
        with self._lock:
            failures = self._recent(address, now)
            return max(0.0, self.window_s - (now - failures[0])) if len(failures) >= self.allowed else 0.0

    def failed(self, address: str) -> None:
        with self._lock:
            self._recent(address, time.monotonic()).append(time.monotonic())


def _language(request: Request) -> str:
    return "en" if request.query_params.get("lang") == "en" else "mn"


def pages(store: central.CentralStore, limit: FailureLimit | None = None) -> APIRouter:
    """The routes of the citizens' pages over ``store``."""
    router = APIRouter(include_in_schema=False)
    limit = limit or FailureLimit()
    templates = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]),
                            trim_blocks=True, lstrip_blocks=True)
    css = (HERE / "static" / "site.css").read_bytes()

    def render(request: Request, name: str, title_key: str, status_code: int = 200, **values) -> HTMLResponse:
        lang = _language(request)
        other = "en" if lang == "mn" else "mn"
        query = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
        other_url = request.url.path + "?" + urlencode([("lang", other), *query])
        html = templates.get_template(name).render(
            lang=lang, other_lang=other, other_language_url=other_url, other_language=LANGUAGE_NAMES[other],
            title=translate(title_key, lang),
            t=lambda key, **v: translate(key, lang, **v), written=lambda day: written_date(day, lang), **values)
        return HTMLResponse(html, status_code=status_code, headers=PAGE_HEADERS)

    def client(request: Request) -> str:
        return request.client.host if request.client else "-"

    def status_values(status: public.CaseStatus | None, lang: str) -> dict:
        if status is None:
            return {"status": None}
        if status.state == "transferred_out" and status.offered_to is not None:
            state_text = translate("public.state.transferred_out", lang, office=status.offered_to.name)
        else:
            state_text = translate(f"public.state.{status.state}", lang)
        stale = ""
        if status.as_of:
            as_of = translate("public.status.as_of", lang, date=local_time(status.as_of))
            silent = (store.clock.now() - datetime.fromisoformat(status.as_of.replace("Z", "+00:00"))).days
            if silent > STALE_DAYS:
                stale = translate("public.status.stale", lang, days=silent)
        else:
            as_of = translate("public.status.as_of_never", lang)
        return {"status": status, "state_text": state_text, "as_of": as_of, "stale": stale}

    def limited(request: Request, page: str, wait: float) -> HTMLResponse:
        public.record(store, page, "limited")
        minutes = max(1, round(wait / 60))
        response = render(request, "error.html", f"public.{'doc' if page == 'document' else 'status'}.title",
                          status_code=429, message=translate("public.status.limited", _language(request),
                                                             minutes=minutes))
        response.headers["Retry-After"] = str(int(wait) + 1)
        return response

    @router.get("/static/site.css")
    def stylesheet() -> Response:
        return Response(css, media_type="text/css", headers={"Cache-Control": "max-age=3600",
                                                             "X-Content-Type-Options": "nosniff"})

    @router.get("/d/{token:path}", response_class=HTMLResponse)
    def document(token: str, request: Request) -> HTMLResponse:
        lang = _language(request)
        wait = limit.wait_s(client(request))
        if wait:
            return limited(request, "document", wait)
        check = public.check_document(store, token, language=lang)
        public.record(store, "document", "found" if check else "unknown")
        if check is None:
            limit.failed(client(request))
            return render(request, "document.html", "public.doc.title", status_code=404, check=None)
        reprint = translate("public.doc.reprint", lang, dates=", ".join(local_time(at) for at in check.reprinted_at)
                            ) if check.reprinted_at else ""
        return render(request, "document.html", "public.doc.title", check=check, kind=kind_name(check.kind, lang),
                      issued=local_time(check.issued_at), reprint=reprint, **status_values(check.status, lang))

    @router.get("/status", response_class=HTMLResponse)
    def status_form(request: Request) -> HTMLResponse:
        return render(request, "status.html", "public.status.title", status=None, message="", number="")

    @router.post("/status", response_class=HTMLResponse)
    async def status_lookup(request: Request) -> HTMLResponse:
        body = await request.body()
        return await _off_loop(lambda: answer_status(request, body))     # the look-up, its count, the page

    def answer_status(request: Request, body: bytes) -> HTMLResponse:
        lang = _language(request)
        if len(body) > MAX_FORM_BYTES:
            public.record(store, "status", "bad_request")
            return render(request, "status.html", "public.status.title", status_code=413, status=None,
                          message=translate("public.status.missing", lang), number="")
        form = parse_qs(body.decode("utf-8", "replace"), max_num_fields=10)
        number = (form.get("case") or [""])[0].strip()[:public.MAX_NUMBER]
        code = (form.get("code") or [""])[0].strip()[:20]
        if not number or not code:
            return render(request, "status.html", "public.status.title", status_code=422, status=None,
                          message=translate("public.status.missing", lang), number=number)
        wait = limit.wait_s(client(request))
        if wait:
            return limited(request, "status", wait)
        found = public.case_status(store, number, code, language=lang)
        public.record(store, "status", "found" if found else "refused")
        if found is None:
            limit.failed(client(request))
            return render(request, "status.html", "public.status.title", status_code=404, status=None,
                          message=translate("public.status.not_found", lang), number=number)
        return render(request, "status.html", "public.status.title", message="", number=number,
                      **status_values(found, lang))

    @router.get("/stats", response_class=HTMLResponse)
    def statistics(request: Request) -> HTMLResponse:
        lang = _language(request)
        rows = public.quarterly(store, language=lang)
        public.record(store, "stats", "found")
        latest = rows[0].quarter if rows else ""
        return render(request, "stats.html", "public.stats.title", rows=rows, latest=latest,
                      chart=_chart([r for r in rows if r.quarter == latest]))

    @router.get("/stats.csv")
    def statistics_csv(request: Request) -> Response:
        lang = _language(request)
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow([translate(f"public.stats.{k}", lang) for k in
                         ("office", "quarter", "received", "on_time", "late", "median")] + ["code"])
        for row in public.quarterly(store, language=lang):
            writer.writerow([_cell(row.office_name), row.quarter, row.received, row.decided_on_time, row.decided_late,
                             "" if row.median_days is None else f"{row.median_days:g}", row.office])
        public.record(store, "stats", "found")
        return Response("\ufeff" + out.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={**PAGE_HEADERS, "Content-Disposition": 'attachment; filename="statistics.csv"'})

    @router.get("/stats.xlsx")
    def statistics_xlsx(request: Request) -> Response:
        from openpyxl import Workbook

        lang = _language(request)
        book = Workbook()
        sheet = book.active
        sheet.title = translate("public.stats.title", lang)[:31]
        sheet.append([translate(f"public.stats.{k}", lang) for k in
                      ("office", "quarter", "received", "on_time", "late", "median")] + ["code"])
        for row in public.quarterly(store, language=lang):
            sheet.append([_cell(row.office_name), row.quarter, row.received, row.decided_on_time, row.decided_late,
                          row.median_days, row.office])
        sheet.column_dimensions["A"].width = 40
        buffer = io.BytesIO()
        book.save(buffer)
        public.record(store, "stats", "found")
        return Response(buffer.getvalue(), headers={**PAGE_HEADERS,
                        "Content-Disposition": 'attachment; filename="statistics.xlsx"'},
                        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")

    return router


async def _off_loop(work):
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(work)


def _cell(text: str) -> str:
    """A name as a spreadsheet keeps it: never read as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _chart(rows: list[public.QuarterRow]) -> str:
    """A bar per office: the share of its decisions made on time in the latest quarter (inline SVG: no script,
    allowed by the page's policy)."""
    from xml.sax.saxutils import escape

    decided = [(r, r.decided_on_time + r.decided_late) for r in rows]
    decided = [(r, n) for r, n in decided if n]
    if not decided:
        return ""
    bar, gap, label_w, width = 22, 8, 260, 640
    height = len(decided) * (bar + gap) + gap
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{escape(rows[0].quarter)}">']
    for i, (row, total) in enumerate(decided):
        share = row.decided_on_time / total
        y = gap + i * (bar + gap)
        length = (width - label_w - 60) * share
        parts.append(f'<text x="0" y="{y + bar - 6}" font-size="14">{escape(row.office_name[:34])}</text>'
                     f'<rect x="{label_w}" y="{y}" width="{length:.1f}" height="{bar}" fill="#0b4f8a"/>'
                     f'<text x="{label_w + length + 6:.1f}" y="{y + bar - 6}" font-size="14">{share:.0%}</text>')
    parts.append("</svg>")
    return "".join(parts)


def too_long(request_path: str, query: str) -> Response | None:
    """A path or query no page has (a 10,000-character address): a short refusal, before any routing."""
    if len(request_path) > 512 or len(query) > 1024:
        return PlainTextResponse(translate("public.error.too_long", "mn") + " / " +
                                 translate("public.error.too_long", "en"), status_code=414, headers=PAGE_HEADERS)
    return None
