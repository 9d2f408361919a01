"""What the central server tells citizens (DESIGN section 11), from its log and projections: whether a document
is genuine (by its QR token), where a case stands (by its number and the access code on the receipt), and the
offices' on-time statistics per quarter. Never personal data beyond the applicant's initials; every look-up is
counted (``public_lookups``) without who asked or for what.
"""

from __future__ import annotations

import hmac
import json
import statistics as stats
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, insert, select

from caseapp.domain.events import CASE
from caseapp.domain.ids import normalise_access_code
from caseapp.services.central import CentralStore
from caseapp.storage.central_models import DEVICES, PUBLIC_LOOKUPS
from caseapp.storage.event_rows import EVENTS
from caseapp.storage.eventlog import utc_iso
from caseapp.storage.models import CaseRow, CitizenRow, DocumentRow, OfficeRow, ServiceTypeRow, UserRow, table_of

CASES, CITIZENS, DOCUMENTS, USERS = table_of(CaseRow), table_of(CitizenRow), table_of(DocumentRow), table_of(UserRow)
OFFICES, SERVICES = table_of(OfficeRow), table_of(ServiceTypeRow)
MAX_NUMBER, MAX_TOKEN = 40, 64
OFFICES_KEPT_S = 60.0                  # offices' names and contacts, read once a minute (reference data)
STATS_KEPT_S = 300.0                   # the quarterly statistics, worked out at most every 5 minutes
CASE_COLUMNS = (CASES.c.case_id, CASES.c.case_number, CASES.c.owner_office, CASES.c.service_code,
                CASES.c.citizen_id, CASES.c.state, CASES.c.due_date, CASES.c.decided_on, CASES.c.decision,
                CASES.c.transfer_to)
_kept: dict[tuple[str, str, str], tuple[float, Any]] = {}


def _kept_for(store: CentralStore, what: str, language: str, seconds: float, work):
    """``work()``, kept ``seconds`` per store and language: what every page would otherwise read again."""
    import time

    key = (store.url, what, language)
    held = _kept.get(key)
    if held is None or time.monotonic() - held[0] > seconds:
        held = (time.monotonic(), work())
        _kept[key] = held
    return held[1]


@dataclass(frozen=True)
class Office:
    code: str
    name: str
    address: str
    phone: str


@dataclass(frozen=True)
class CaseStatus:
    """A case as its citizen may see it."""
    case_number: str
    state: str
    due_date: date | None
    decided_on: date | None
    decision: str | None
    office: Office                       # the office that holds it now
    offered_to: Office | None            # while it waits to be taken over by another office
    bring: tuple[str, ...]               # while it waits for the citizen: what the service asks for
    initials: str
    as_of: str | None                    # the holding office's last sync with the server (UTC ISO)


@dataclass(frozen=True)
class DocumentCheck:
    """A genuine document: what it is and whose; a receipt also says where its case stands."""
    kind: str
    case_number: str
    issued_at: str
    office: Office
    reprinted_at: tuple[str, ...]        # reprints (the same document, the same token): when each was made
    initials: str
    status: CaseStatus | None


@dataclass(frozen=True)
class QuarterRow:
    office: str
    office_name: str
    quarter: str                         # "2026 Q4"
    received: int
    decided_on_time: int
    decided_late: int
    median_days: float | None


def record(store: CentralStore, page: str, outcome: str) -> None:
    """Count one look-up (its page and outcome, when): no address, number or code. On PostgreSQL the commit does
    not wait for the disk (a crash may lose the last moment's counts, never anything else): a citizen's page is
    not held up by an audit count."""
    with store.uow(write=True) as uow:
        if uow.conn.dialect.name == "postgresql":
            uow.conn.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")
        uow.conn.execute(insert(PUBLIC_LOOKUPS).values(at=utc_iso(store.clock), page=page, outcome=outcome))
        uow.commit()


def _office(store: CentralStore, conn, code: str | None, language: str) -> Office:
    """An office's name (in ``language``), address and phone; the table is kept a minute at a time (a page
    reads one or two offices, and they change a few times a year)."""
    offices = _kept_for(store, "offices", language, OFFICES_KEPT_S, lambda: {
        r.code: Office(r.code, r.name_en if language == "en" else r.name_mn, r.address or "", r.phone or "")
        for r in conn.execute(select(OFFICES.c.code, OFFICES.c.name_mn, OFFICES.c.name_en, OFFICES.c.address,
                                     OFFICES.c.phone))})
    return offices.get(code or "") or Office(code or "", code or "", "", "")


def _initials(conn, citizen_id: str | None) -> str:
    row = conn.execute(select(CITIZENS.c.family_name, CITIZENS.c.given_name)
                       .where(CITIZENS.c.citizen_id == citizen_id)).first() if citizen_id else None
    if row is None:
        return ""
    return " ".join(f"{name.strip()[0]}." for name in (row.family_name, row.given_name) if name and name.strip())


def _access_code(conn, case_id: str) -> str:
    payload: Any = conn.execute(select(EVENTS.c.payload).where(
        EVENTS.c.stream == CASE, EVENTS.c.stream_id == case_id, EVENTS.c.kind == "case.registered")).scalar()
    return str(json.loads(str(payload)).get("access_code") or "") if payload else ""


def _status(store: CentralStore, conn, row, language: str, initials: str | None = None) -> CaseStatus:
    bring: tuple[str, ...] = ()
    if row.state == "waiting":
        service = conn.execute(select(SERVICES.c.required_documents).where(SERVICES.c.code == row.service_code)
                               ).scalar()
        bring = tuple(d.get("en" if language == "en" else "mn", "") for d in json.loads(service or "[]"))
    as_of = conn.execute(select(func.max(DEVICES.c.last_seen_at)).where(DEVICES.c.office_id == row.owner_office)
                         ).scalar()
    offered = (_office(store, conn, row.transfer_to, language) if row.state == "transferred_out" and row.transfer_to
               else None)
    return CaseStatus(row.case_number, row.state, row.due_date, row.decided_on, row.decision,
                      _office(store, conn, row.owner_office, language), offered, bring,
                      _initials(conn, row.citizen_id) if initials is None else initials, as_of)


def case_status(store: CentralStore, number: str, code: str, *, language: str = "mn") -> CaseStatus | None:
    """The case with this number if ``code`` is its access code; None otherwise (which of the two was wrong is
    not said: that would help a guesser)."""
    number = (number or "").strip().upper()
    code = normalise_access_code(code)
    if not number or len(number) > MAX_NUMBER or not code or len(code) > 20:
        return None
    with store.reader() as uow:
        row = uow.conn.execute(select(*CASE_COLUMNS).where(CASES.c.case_number == number)).first()
        if row is None:
            return None
        kept = _access_code(uow.conn, row.case_id)
        if not kept or not hmac.compare_digest(kept.encode(), code.encode()):
            return None
        return _status(store, uow.conn, row, language)


def check_document(store: CentralStore, token: str, *, language: str = "mn") -> DocumentCheck | None:
    """The document this QR token was printed on, or None: a token no office issued (or not synced yet)."""
    if not token or len(token) > MAX_TOKEN or not token.replace("-", "").replace("_", "").isalnum():
        return None
    with store.reader() as uow:
        conn = uow.conn
        issues = conn.execute(select(DOCUMENTS.c.doc_id, DOCUMENTS.c.kind, DOCUMENTS.c.created_at,
                                     DOCUMENTS.c.created_by, DOCUMENTS.c.reprint_of, *CASE_COLUMNS)
                              .join(CASES, CASES.c.case_id == DOCUMENTS.c.case_id)
                              .where(DOCUMENTS.c.token == token).order_by(DOCUMENTS.c.created_at)).all()
        doc = next((d for d in issues if d.reprint_of is None), issues[0] if issues else None)
        if doc is None:
            return None
        issuer = _issuing_office(conn, doc)
        initials = _initials(conn, doc.citizen_id)
        return DocumentCheck(doc.kind, doc.case_number, doc.created_at, _office(store, conn, issuer, language),
                             tuple(d.created_at for d in issues if d.doc_id != doc.doc_id), initials,
                             _status(store, conn, doc, language, initials) if doc.kind == "receipt" else None)


def _issuing_office(conn, doc) -> str:
    """The office of the user who issued the document (its case may have moved since)."""
    office = conn.execute(select(USERS.c.office_id).where(USERS.c.user_id == doc.created_by)).scalar() \
        if doc.created_by else None
    return str(office or doc.owner_office)


def quarter_of(day: date) -> str:
    return f"{day.year} Q{(day.month - 1) // 3 + 1}"


def quarterly(store: CentralStore, *, language: str = "mn") -> list[QuarterRow]:
    """Per office and quarter: cases received (registered), decided on time and late (by the day decided), and
    the median of calendar days from registration to decision. Counts only: no case is named. Worked out from
    every case at most every ``STATS_KEPT_S`` (the page, its CSV and its XLSX share it)."""
    return _kept_for(store, "quarterly", language, STATS_KEPT_S, lambda: _quarterly(store, language))


def _quarterly(store: CentralStore, language: str) -> list[QuarterRow]:
    received: dict[tuple[str, str], int] = {}
    on_time: dict[tuple[str, str], int] = {}
    late: dict[tuple[str, str], int] = {}
    days: dict[tuple[str, str], list[int]] = {}
    with store.reader() as uow:
        conn = uow.conn
        names = {r.code: (r.name_en if language == "en" else r.name_mn) for r in
                 conn.execute(select(OFFICES.c.code, OFFICES.c.name_mn, OFFICES.c.name_en))}
        rows: Any = conn.execute(select(CASES.c.owner_office, CASES.c.registered_on, CASES.c.decided_on,
                                        CASES.c.due_date), execution_options={"yield_per": 20_000})
        office: str
        registered_on: date
        decided_on: date | None
        due_date: date | None
        for office, registered_on, decided_on, due_date in rows:
            key = (office, quarter_of(registered_on))
            received[key] = received.get(key, 0) + 1
            if decided_on is not None:
                decided = (office, quarter_of(decided_on))
                if due_date is None or decided_on <= due_date:
                    on_time[decided] = on_time.get(decided, 0) + 1
                else:
                    late[decided] = late.get(decided, 0) + 1
                days.setdefault(decided, []).append((decided_on - registered_on).days)
    keys = sorted(sorted(set(received) | set(on_time) | set(late)), key=lambda k: k[1], reverse=True)
    return [QuarterRow(office, names.get(office, office), quarter, received.get((office, quarter), 0),
                       on_time.get((office, quarter), 0), late.get((office, quarter), 0),
                       float(stats.median(days[(office, quarter)])) if (office, quarter) in days else None)
            for office, quarter in keys]
