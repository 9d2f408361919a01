"""Read side: plain DTOs for screens and the command line (never ORM objects or Sessions).

Every list is paged and sorted in SQL on indexed columns, so the first page of a million cases comes back in
milliseconds. Names are found through the FTS5 index (it folds Cyrillic case, Ө/ө and Ү/ү included).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
import json
import re

from sqlalchemy import ColumnElement, Connection, and_, func, literal_column, or_, select, text

from caseapp.domain import register as regno
from caseapp.domain.case_number import looks_like_case_number
from caseapp.domain.deadlines import WORKING, Clock, count_forward, due_soon_until, projected_due_date
from caseapp.domain.events import CASE
from caseapp.domain.fold import fold_case
from caseapp.domain.states import OPEN_STATES, STATES
from caseapp.errors import ValidationError
from caseapp.services.case_lookup import case_condition, not_found
from caseapp.services.database import Database
from caseapp.storage.calendar import load_calendar
from caseapp.storage.eventlog import load_chain_head, pending_count
from caseapp.storage.event_rows import load_stream
from caseapp.storage.models import (CaseRow, CitizenRow, OfficeRow, ServiceTypeRow, UserRow, case_sequence_of,
                                    phone_tail, table_of)

CASES = table_of(CaseRow)
CITIZENS = table_of(CitizenRow)
SERVICES = table_of(ServiceTypeRow)
OFFICES = table_of(OfficeRow)
USERS = table_of(UserRow)
OPEN = tuple(sorted(OPEN_STATES))
ACTIVE = ("registered", "in_progress")          # the clock runs (not paused, not transferred)


@dataclass(frozen=True)
class CaseSummary:
    case_id: str
    case_number: str
    registered_on: date
    citizen_name: str
    register_no: str | None
    service_code: str
    service_name_mn: str
    service_name_en: str
    subject: str
    state: str
    due_date: date | None
    channel: str
    assignee_id: str | None = None
    assignee_name: str | None = None
    conflict: bool = False

    def overdue(self, today: date) -> bool:
        return self.state in ACTIVE and self.due_date is not None and self.due_date < today

    def days_overdue(self, today: date) -> int:
        return (today - self.due_date).days if self.due_date is not None and self.overdue(today) else 0


@dataclass(frozen=True)
class CaseDetail(CaseSummary):
    owner_office: str = ""
    citizen_id: str | None = None
    description: str = ""
    registered_at: str = ""
    registered_by: str | None = None
    pauses: tuple[tuple[date, date | None], ...] = ()
    paused_since: date | None = None
    extension_days: int = 0
    decision: str | None = None
    decision_text: str | None = None
    decided_on: date | None = None
    closed_on: date | None = None
    transfer_to: str | None = None
    notes_count: int = 0
    version: int = 0
    conflict_details: tuple[dict, ...] = ()
    max_extension_days: int = 0
    projected_due_date: date | None = None     # while paused: the due date if resumed today
    extension_request: dict | None = None      # {"days", "reason", "by", "at"}: waiting for a manager
    as_of: date | None = None                  # the day this was read (a running pause counts up to it)
    transferred_from: str | None = None        # the office this one took the case over from
    clock_from: date | None = None             # the clock restarted on that day (the service's rule)
    transfers: tuple[dict, ...] = ()           # every offer of the case, and its outcome

    @property
    def paused_days(self) -> int:
        return sum(((end or self.as_of or start) - start).days for start, end in self.pauses)


@dataclass(frozen=True)
class TimelineEntry:
    at: str
    kind: str
    user_id: str | None
    user_name: str | None
    node_id: str
    payload: dict


@dataclass(frozen=True)
class WorkstationInfo:
    office_code: str
    office_name_mn: str
    office_name_en: str
    node_id: str
    pending_sync: int


@dataclass(frozen=True)
class CaseFilter:
    states: tuple[str, ...] = ()
    service_code: str | None = None
    assignee_id: str | None = None
    unassigned: bool = False
    channel: str | None = None
    due_from: date | None = None
    due_to: date | None = None
    overdue: bool = False
    registered_from: date | None = None
    registered_to: date | None = None
    closed_from: date | None = None
    office_id: str | None = None
    citizen_id: str | None = None
    search: str = ""
    conflicts_only: bool = False
    extension_requested: bool = False
    incoming_to: str | None = None        # offered to this office by another, not answered yet
    offered_by: str | None = None         # ever offered by this office to another (whatever the answer)


@dataclass(frozen=True)
class Dashboard:
    my_open: int
    office_open: int
    due_today: int
    due_soon: int                # within 3 working days, not overdue, not today
    overdue: int
    waiting: int
    recently_closed: int         # closed in the last 7 days
    conflicts: int
    extension_requests: int = 0
    incoming_transfers: int = 0  # offered to this office by another
    outgoing_transfers: int = 0  # ever offered by this office (the Outgoing transfers list: waiting or answered)


SORTABLE = {
    "case_number": CASES.c.case_number, "registered_on": CASES.c.registered_on, "due_date": CASES.c.due_date,
    "state": CASES.c.state, "service": CASES.c.service_code, "channel": CASES.c.channel,
    "subject": CASES.c.subject, "citizen": CASES.c.citizen_sort, "register_no": CASES.c.citizen_register,
    "assignee": CASES.c.assignee_id,
}


def _summary_columns():
    return (CASES.c.case_id, CASES.c.case_number, CASES.c.registered_on, CITIZENS.c.family_name,
            CITIZENS.c.given_name, CITIZENS.c.register_no, CASES.c.service_code, SERVICES.c.name_mn,
            SERVICES.c.name_en, CASES.c.subject, CASES.c.state, CASES.c.due_date, CASES.c.channel,
            CASES.c.assignee_id, USERS.c.full_name.label("assignee_name"), CASES.c.conflict)


def _joined(base=CASES):
    return (base.outerjoin(CITIZENS, CITIZENS.c.citizen_id == CASES.c.citizen_id)
            .outerjoin(SERVICES, SERVICES.c.code == CASES.c.service_code)
            .outerjoin(USERS, USERS.c.user_id == CASES.c.assignee_id))


def _summary(r) -> CaseSummary:
    return CaseSummary(r.case_id, r.case_number, r.registered_on,
                       f"{r.family_name or ''} {r.given_name or ''}".strip(), r.register_no, r.service_code,
                       r.name_mn or r.service_code, r.name_en or r.service_code, r.subject, r.state, r.due_date,
                       r.channel, r.assignee_id, r.assignee_name, bool(r.conflict))


def service_choices(db: Database, language: str = "mn") -> list[tuple[str, str]]:
    """(code, name) of every active service type, for pickers."""
    with db.uow() as uow:
        rows = uow.conn.execute(select(SERVICES.c.code, SERVICES.c.name_mn, SERVICES.c.name_en)
                                .where(SERVICES.c.active).order_by(SERVICES.c.code)).all()
    return [(r.code, r.name_en if language == "en" else r.name_mn) for r in rows]


def office_choices(db: Database, language: str = "mn") -> list[tuple[str, str]]:
    """(code, name) of every active office, for pickers (the receiving office of a transfer)."""
    with db.uow() as uow:
        rows = uow.conn.execute(select(OFFICES.c.code, OFFICES.c.name_mn, OFFICES.c.name_en)
                                .where(OFFICES.c.active).order_by(OFFICES.c.code)).all()
    return [(r.code, r.name_en if language == "en" else r.name_mn) for r in rows]


def workstation(db: Database) -> WorkstationInfo:
    with db.uow() as uow:
        head = load_chain_head(uow.conn, uow.clock)
        office = uow.conn.execute(select(OFFICES.c.name_mn, OFFICES.c.name_en)
                                  .where(OFFICES.c.code == head.office_id)).first()
        pending = pending_count(uow.conn, head.node_id)
    return WorkstationInfo(head.office_id, office.name_mn if office else head.office_id,
                           office.name_en if office else head.office_id, head.node_id, pending)


# --- search --------------------------------------------------------------------------------------------------

_FTS_TOKEN = re.compile(r"\w+", re.UNICODE)
_NOT_A_NUMBER = re.compile(r"[^0-9 +\-()]")


def fts_query(text_: str) -> str:
    """A safe FTS5 query from what a person typed: every word must match as a prefix."""
    words = _FTS_TOKEN.findall(text_ or "")
    return " ".join(f'"{w}"*' for w in words[:8])


def _search_condition(conn: Connection, search: str, walk_sort_index: bool = False):
    """What one search box understands: a register number, a case number, or words of a name or subject."""
    value = (search or "").strip()
    if not value:
        return None
    if looks_like_case_number(value):
        return CASES.c.case_number == value.upper()
    try:
        number = regno.parse(value).value
    except regno.RegisterNumberError:
        number = None
    if number is not None:
        ids = select(CITIZENS.c.citizen_id).where(CITIZENS.c.register_no == number)
        return CASES.c.citizen_id.in_(ids)
    digits = "".join(ch for ch in value if ch.isdigit())
    if digits and not _NOT_A_NUMBER.search(value):
        if len(digits) <= 6:                     # the tail of a case number, as read off a receipt: 10664
            return case_sequence_of(CASES.c.case_number) == digits.zfill(6)
        if len(digits) >= 8:                     # a phone number: its last 8 digits, however it was typed
            ids = select(CITIZENS.c.citizen_id).where(phone_tail(CITIZENS.c.phone) == digits[-8:])
            return CASES.c.citizen_id.in_(ids)
    query = fts_query(value)
    if not query:
        return CASES.c.case_id.is_(None)        # nothing searchable (only punctuation): no match
    names = text("SELECT c.citizen_id FROM citizens_fts JOIN citizens c ON c.rowid = citizens_fts.rowid "
                 "WHERE citizens_fts MATCH :q").bindparams(q=query)
    # the index's rowids are the cases' own: no look-up of each matching case to learn its id
    subjects = text("SELECT rowid FROM cases_fts WHERE cases_fts MATCH :q2").bindparams(q2=f"subject : ({query})")
    if walk_sort_index:
        # many matches ("Бат" finds 146,000 of a million): walking the sort column's index and testing each case
        # finds a page in 100 ms; gathering every match through the id indexes and sorting took 550-830 ms
        return or_(literal_column("+cases.citizen_id").in_(names), literal_column("+cases.rowid").in_(subjects))
    return or_(CASES.c.citizen_id.in_(names), literal_column("cases.rowid").in_(subjects))


def offered_by(office_id: str):
    """Cases an office ever offered to another: a match in the folded ``transfers`` text (after ``transfers IS NOT
    NULL``, which the partial index ``ix_cases_transferred`` narrows to the few cases that ever moved)."""
    return CASES.c.transfers.contains(f'"from_office":{json.dumps(office_id, ensure_ascii=False)}', autoescape=True)


def _conditions(conn: Connection, f: CaseFilter, today: date, *, walk_sort_index: bool = False) -> list:
    where = []
    if f.office_id:
        where.append(CASES.c.owner_office == f.office_id)
    if f.states:
        unknown = set(f.states) - set(STATES)
        if unknown:
            raise ValidationError("query.unknown_state", field="state", states=", ".join(sorted(unknown)))
        where.append(CASES.c.state.in_(f.states))
    if f.service_code:
        where.append(CASES.c.service_code == f.service_code)
    if f.assignee_id:
        where.append(CASES.c.assignee_id == f.assignee_id)
    if f.unassigned:
        where.append(CASES.c.assignee_id.is_(None))
    if f.channel:
        where.append(CASES.c.channel == f.channel)
    if f.citizen_id:
        where.append(CASES.c.citizen_id == f.citizen_id)
    if f.due_from:
        where.append(CASES.c.due_date >= f.due_from)
    if f.due_to:
        where.append(CASES.c.due_date <= f.due_to)
    if f.overdue:
        where += [CASES.c.state.in_(ACTIVE), CASES.c.due_date < today]
    if f.registered_from:
        where.append(CASES.c.registered_on >= f.registered_from)
    if f.registered_to:
        where.append(CASES.c.registered_on <= f.registered_to)
    if f.closed_from:
        where.append(CASES.c.closed_on >= f.closed_from)
    if f.extension_requested:
        where.append(CASES.c.extension_request.is_not(None))
    if f.incoming_to:
        where += [CASES.c.transfer_to == f.incoming_to, CASES.c.state == "transferred_out"]
    if f.offered_by:
        where += [CASES.c.transfers.is_not(None), offered_by(f.offered_by)]
    if f.conflicts_only:
        where.append(CASES.c.conflict == True)  # noqa: E712 - "= 1" is what the partial index is defined on
    condition = _search_condition(conn, f.search, walk_sort_index)
    if condition is not None:
        where.append(condition)
    return where


# Up to this many matching cases, sorting them beats walking the sort column's index past every other case.
SORT_IN_MEMORY_UP_TO = 20_000


def list_cases(db: Database, filters: CaseFilter | None = None, *, sort: str = "registered_on",
               descending: bool = True, offset: int = 0, limit: int = 200, today: date | None = None,
               expected_rows: int | None = None) -> list[CaseSummary]:
    """One page of cases. Ties are broken by case number so paging is stable.

    ``expected_rows`` (the count the caller already has) lets a narrow filter use its own index: SQLite's
    statistics do not know that only 114 of a million cases wait for the citizen, so it would walk the whole
    registration-date index to avoid sorting them (0.7 s instead of a few ms)."""
    if sort not in SORTABLE:
        raise ValidationError("query.sort", field="sort", sort=sort)
    if not 1 <= limit <= 1000 or offset < 0:
        raise ValidationError("query.page_size", field="limit")
    today = today or db.today()
    sort_column = SORTABLE[sort]
    column: ColumnElement = sort_column
    if expected_rows is not None and expected_rows <= SORT_IN_MEMORY_UP_TO:
        # unary + : not a reason to use its index
        column = literal_column(f"+{sort_column.table.name}.{sort_column.name}")
    reverse = expected_rows is not None and expected_rows // 2 < offset < expected_rows
    if expected_rows is not None and reverse:
        # the far half of the list is read from its other end: the index walk skips at most half the rows
        end = min(offset + limit, expected_rows)
        offset, limit, descending = expected_rows - end, end - offset, not descending
    order = [column.desc() if descending else column.asc()]
    if sort != "case_number":
        order.append(CASES.c.case_number.desc() if descending else CASES.c.case_number.asc())
    with db.uow() as uow:
        many = expected_rows is not None and expected_rows > SORT_IN_MEMORY_UP_TO
        where = _conditions(uow.conn, filters or CaseFilter(), today, walk_sort_index=many)
        # The page is chosen on the cases table alone (an index walk that skips ``offset`` entries without
        # touching the joined tables), then only its rows are joined: page 5,000 of a million cases costs
        # about what page 1 does.
        page = (select(CASES.c.case_id).where(and_(True, *where)).order_by(*order)
                .offset(offset).limit(limit).subquery("page"))
        rows = uow.conn.execute(select(*_summary_columns())
                                .select_from(_joined(page.join(CASES, CASES.c.case_id == page.c.case_id)))
                                .order_by(*order)).all()
    return [_summary(r) for r in (reversed(rows) if reverse else rows)]


def count_cases(db: Database, filters: CaseFilter | None = None, *, today: date | None = None) -> int:
    with db.uow() as uow:
        where = _conditions(uow.conn, filters or CaseFilter(), today or db.today())
        return uow.conn.execute(select(func.count()).select_from(CASES).where(and_(True, *where))).scalar_one()


# --- one case --------------------------------------------------------------------------------------------------

def _case_row(conn: Connection, reference: str):
    columns = (*_summary_columns(), *[c for c in CASES.c if c.name not in
                                       {"case_id", "case_number", "registered_on", "service_code", "subject",
                                        "state", "due_date", "channel", "assignee_id", "conflict"}])
    row = conn.execute(select(*columns).select_from(_joined()).where(case_condition(reference))).first()
    if row is None:
        raise not_found(reference)
    return row


def get_case(db: Database, reference: str, *, today: date | None = None) -> CaseDetail:
    """A case by id or case number, with what the case view shows."""
    today = today or db.today()
    with db.uow() as uow:
        r = _case_row(uow.conn, reference)
        state = fold_case(r.case_id, load_stream(uow.conn, CASE, r.case_id))
        projected = None
        if r.paused_since is not None and state.clock:
            projected = projected_due_date(state.clock_from or r.registered_on, Clock(**state.clock),
                                           load_calendar(uow.conn),
                                           state.pauses, state.extensions, today)
    summary = _summary(r)
    return CaseDetail(**summary.__dict__, owner_office=r.owner_office, citizen_id=r.citizen_id,
                      description=r.description, registered_at=r.registered_at, registered_by=r.registered_by,
                      pauses=tuple(state.pauses), paused_since=r.paused_since, extension_days=r.extension_days,
                      decision=r.decision, decision_text=r.decision_text, decided_on=r.decided_on,
                      closed_on=r.closed_on, transfer_to=r.transfer_to, notes_count=r.notes_count,
                      version=r.version, conflict_details=tuple(json.loads(r.conflict_details or "[]")),
                      max_extension_days=int(state.clock.get("max_extension_days", 0)),
                      projected_due_date=projected, as_of=today,
                      extension_request=json.loads(r.extension_request) if r.extension_request else None,
                      transferred_from=r.transferred_from, clock_from=r.clock_from,
                      transfers=tuple(state.transfers))


def timeline(db: Database, reference: str) -> list[TimelineEntry]:
    """Every event of the case in fold order, with who did it."""
    with db.uow() as uow:
        case_id = _case_row(uow.conn, reference).case_id
        names: dict[str | None, str] = {r.user_id: r.full_name
                                        for r in uow.conn.execute(select(USERS.c.user_id, USERS.c.full_name))}
        events = load_stream(uow.conn, CASE, case_id)
    return [TimelineEntry(e.recorded_at, e.kind, e.user_id, names.get(e.user_id), e.node_id, e.payload)
            for e in events]


@dataclass(frozen=True)
class StaffMember:
    user_id: str
    full_name: str
    username: str
    role: str


def assignable_staff(db: Database, office_id: str) -> list[StaffMember]:
    """Who a case of ``office_id`` can be given to: the office's active, unlocked clerks and managers."""
    with db.uow() as uow:
        rows = uow.conn.execute(select(USERS.c.user_id, USERS.c.full_name, USERS.c.username, USERS.c.role)
                                .where(USERS.c.office_id == office_id, USERS.c.active == True,  # noqa: E712
                                       USERS.c.locked == False, USERS.c.role.in_(("clerk", "manager")))  # noqa: E712
                                .order_by(USERS.c.full_name)).all()
    return [StaffMember(r.user_id, r.full_name, r.username, r.role) for r in rows]


def citizen_cases(db: Database, citizen_id: str, *, exclude: str | None = None, limit: int = 50) -> list[CaseSummary]:
    with db.uow() as uow:
        where = [CASES.c.citizen_id == citizen_id]
        if exclude:
            where.append(CASES.c.case_id != exclude)
        rows = uow.conn.execute(select(*_summary_columns()).select_from(_joined()).where(*where)
                                .order_by(CASES.c.registered_on.desc()).limit(limit)).all()
    return [_summary(r) for r in rows]


@dataclass(frozen=True)
class RecentCitizen:
    register_no: str
    family_name: str
    given_name: str


def recent_citizens(db: Database, user_id: str, *, limit: int = 5) -> list[RecentCitizen]:
    """The last citizens the user ``user_id`` registered a case for, newest first, each once: who the counter served
    lately, one key away in the intake (a citizen who comes back for a second request the same day)."""
    with db.uow() as uow:
        latest = (select(CASES.c.citizen_id, CASES.c.registered_at)
                  .where(CASES.c.registered_by == user_id, CASES.c.citizen_id.is_not(None))
                  .order_by(CASES.c.registered_at.desc()).limit(limit * 10).subquery())
        rows = uow.conn.execute(select(CITIZENS.c.citizen_id, CITIZENS.c.register_no, CITIZENS.c.family_name,
                                       CITIZENS.c.given_name)
                                .join(latest, latest.c.citizen_id == CITIZENS.c.citizen_id)
                                .where(CITIZENS.c.register_no.is_not(None))
                                .order_by(latest.c.registered_at.desc())).all()
    seen: dict[str, RecentCitizen] = {}
    for row in rows:
        if row.citizen_id not in seen:
            seen[row.citizen_id] = RecentCitizen(row.register_no, row.family_name, row.given_name)
    return list(seen.values())[:limit]


# --- deadlines ---------------------------------------------------------------------------------------------------

def due_soon_horizon(db: Database, today: date | None = None) -> date:
    """The last day of "due soon" by this office's calendar (the domain's one definition)."""
    with db.uow() as uow:
        calendar = load_calendar(uow.conn)
    return due_soon_until(today or db.today(), calendar)


def working_day_horizon(db: Database, days: int, today: date | None = None) -> date:
    """The date ``days`` working days after today (today itself for 0)."""
    today = today or db.today()
    with db.uow() as uow:
        calendar = load_calendar(uow.conn)
    return count_forward(today, days, WORKING, calendar)


def due_within(db: Database, working_days: int, *, office_id: str | None = None, today: date | None = None,
               limit: int = 1000) -> list[CaseSummary]:
    """Running cases due from today up to ``working_days`` working days ahead, soonest first."""
    today = today or db.today()
    horizon = working_day_horizon(db, working_days, today)
    return list_cases(db, CaseFilter(states=ACTIVE, due_from=today, due_to=horizon, office_id=office_id),
                      sort="due_date", descending=False, limit=limit, today=today)


def overdue(db: Database, *, office_id: str | None = None, today: date | None = None,
            limit: int = 1000) -> list[CaseSummary]:
    """Running cases past their due date, the longest overdue first."""
    return list_cases(db, CaseFilter(overdue=True, office_id=office_id), sort="due_date", descending=False,
                      limit=limit, today=today)


def dashboard(db: Database, *, office_id: str, user_id: str | None = None, today: date | None = None) -> Dashboard:
    today = today or db.today()
    soon = due_soon_horizon(db, today)
    with db.uow() as uow:
        conn = uow.conn

        def count(*where) -> int:
            return conn.execute(select(func.count()).select_from(CASES)
                                .where(CASES.c.owner_office == office_id, *where)).scalar_one()
        running = CASES.c.state.in_(ACTIVE)
        return Dashboard(
            my_open=count(CASES.c.assignee_id == user_id, CASES.c.state.in_(OPEN)) if user_id else 0,
            office_open=count(CASES.c.state.in_(OPEN)),
            due_today=count(running, CASES.c.due_date == today),
            due_soon=count(running, CASES.c.due_date > today, CASES.c.due_date <= soon),
            overdue=count(running, CASES.c.due_date < today),
            waiting=count(CASES.c.state == "waiting"),
            recently_closed=count(CASES.c.closed_on >= today - timedelta(days=7)),
            conflicts=count(CASES.c.conflict == True),  # noqa: E712 - matches the partial index
            extension_requests=count(CASES.c.extension_request.is_not(None)),
            incoming_transfers=conn.execute(select(func.count()).select_from(CASES).where(
                CASES.c.transfer_to == office_id, CASES.c.state == "transferred_out")).scalar_one(),
            outgoing_transfers=conn.execute(select(func.count()).select_from(CASES).where(
                CASES.c.transfers.is_not(None), offered_by(office_id))).scalar_one(),
        )
