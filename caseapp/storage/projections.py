"""Projections: the tables screens and reports read, folded from the event log.

The same row-mapping functions serve the incremental path (one stream refolded after an append), the bulk paths
(demo data, ``rebuild``) and ``check`` (which folds again and compares), so the three cannot drift apart.
"""

from __future__ import annotations

import base64
from collections import Counter
from functools import cache
from datetime import date
import json
from collections.abc import Iterable

from sqlalchemy import Connection, delete, func, insert, or_, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from caseapp.domain import deadlines
from caseapp.domain.events import CALENDAR, CASE, CATALOGUE, CITIZEN, OFFICE, USER, Event
from caseapp.domain.fold import CaseState, RecordState, fold_calendar, fold_case, fold_record
from caseapp.storage.calendar import load_calendar
from caseapp.storage.event_rows import EVENTS, iter_events, load_stream, row_to_event
from caseapp.storage.models import (CalendarOverrideRow, CaseRow, CitizenRow, DocumentRow, OfficeRow,
                                    ServiceTypeRow, UserRow, table_of)

CASES = table_of(CaseRow)
CITIZENS = table_of(CitizenRow)
OFFICES = table_of(OfficeRow)
SERVICES = table_of(ServiceTypeRow)
USERS = table_of(UserRow)
OVERRIDES = table_of(CalendarOverrideRow)
DOCUMENTS = table_of(DocumentRow)

RECORD_TABLES = {CITIZEN: CITIZENS, OFFICE: OFFICES, CATALOGUE: SERVICES, USER: USERS}
KEY_COLUMNS = {CITIZEN: "citizen_id", OFFICE: "code", CATALOGUE: "code", USER: "user_id", CASE: "case_id"}


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def clock_of(state: CaseState) -> deadlines.Clock | None:
    c = state.clock
    if not c:
        return None
    return deadlines.Clock(c["kind"], int(c["target_days"]), bool(c.get("roll_forward", True)),
                           int(c.get("max_extension_days", 0)))


def case_row(state: CaseState, calendar: deadlines.WorkCalendar,
             citizen: tuple[str, str | None] | None = None) -> dict:
    """The case's projection row; ``citizen`` is its citizen's (name_fold, register_no), another stream's data
    copied for sorting."""
    clock = clock_of(state)
    start = state.clock_from or state.registered_on
    due = deadlines.due_date(start, clock, calendar, state.pauses, state.extensions) if clock and start else None
    came_from = next((t["from_office"] for t in reversed(state.transfers)
                      if t["outcome"] == "accepted" and t["to_office"] == state.owner_office), None)
    return {
        "case_id": state.case_id, "case_number": state.number, "owner_office": state.owner_office,
        "service_code": state.service, "citizen_id": state.citizen_id,
        "citizen_sort": citizen[0] if citizen else None, "citizen_register": citizen[1] if citizen else None,
        "subject": state.subject,
        "description": state.description, "channel": state.channel, "state": state.state,
        "assignee_id": state.assignee, "registered_at": state.registered_at,
        "registered_on": state.registered_on, "registered_by": state.registered_by, "due_date": due,
        "extension_days": state.extension_days, "extensions": _json(state.extensions),
        "pauses": _json([[a.isoformat(), b.isoformat() if b else None] for a, b in state.pauses]),
        "paused_since": state.paused_since, "decision": state.decision, "decision_text": state.decision_text,
        "decided_on": state.decided_on, "closed_on": state.closed_on, "transfer_to": state.transfer_to,
        "notes_count": state.notes, "version": state.version, "last_hlc": state.last_hlc,
        "updated_at": state.updated_at, "conflict": bool(state.conflicts),
        "conflict_details": _json(state.conflicts) if state.conflicts else None,
        "extension_request": _json(state.extension_request) if state.extension_request else None,
        "transfers": _json(state.transfers) if state.transfers else None, "transferred_from": came_from,
        "clock_from": state.clock_from,
    }


def document_rows(state: CaseState) -> list[dict]:
    return [{"doc_id": d["doc_id"], "case_id": state.case_id, "kind": d["kind"], "sha256": d["sha256"],
             "token": d["token"], "created_by": d.get("created_by"), "created_at": d["created_at"],
             "file_name": d.get("file_name"), "reprint_of": d.get("reprint_of")} for d in state.documents]


def citizen_row(state: RecordState) -> dict:
    f = state.fields
    family, given = f.get("family_name", ""), f.get("given_name", "")
    return {"citizen_id": state.stream_id, "kind": f.get("kind", "person"), "register_no": f.get("register_no"),
            "family_name": family, "given_name": given, "name_fold": f"{family} {given}".strip().casefold(),
            "birth_date": _day(f.get("birth_date")), "phone": f.get("phone"), "address": f.get("address"),
            "email": f.get("email"), "version": state.version, "conflict": bool(state.conflicts)}


def office_row(state: RecordState) -> dict:
    f = state.fields
    logo = f.get("logo_png_b64")
    return {"code": state.stream_id, "level": f["level"], "parent_code": f.get("parent"),
            "name_mn": f["name_mn"], "name_en": f["name_en"], "centre_mn": f.get("centre_mn"),
            "centre_en": f.get("centre_en"), "iso": f.get("iso"), "active": bool(f.get("active", True)),
            "address": f.get("address"), "phone": f.get("phone"), "signatory_name": f.get("signatory_name"),
            "signatory_title": f.get("signatory_title"),
            "logo_png": base64.b64decode(logo) if logo else None, "version": state.version,
            "conflict": bool(state.conflicts)}


def service_row(state: RecordState) -> dict:
    f = state.fields
    return {"code": state.stream_id, "category": f["category"], "name_mn": f["name_mn"], "name_en": f["name_en"],
            "clock": f["clock"], "target_days": int(f["target_days"]),
            "max_extension_days": int(f["max_extension_days"]), "roll_forward": bool(f["roll_forward"]),
            "reminder_days": _json(f.get("reminder_days", [])),
            "required_documents": _json(f.get("required_documents", [])), "fee_mnt": int(f.get("fee_mnt", 0)),
            "legal_basis_mn": f.get("legal_basis_mn"), "active": bool(f.get("active", True)),
            "on_transfer": f.get("on_transfer", "continue"),
            "version": state.version, "conflict": bool(state.conflicts)}


def user_row(state: RecordState) -> dict:
    f = state.fields
    return {"user_id": state.stream_id, "username": f["username"].casefold(), "full_name": f["full_name"],
            "role": f["role"], "office_id": f["office_id"], "password_hash": f["password_hash"],
            "active": bool(f.get("active", True)), "locked": bool(f.get("locked", False)),
            "version": state.version, "conflict": bool(state.conflicts)}


RECORD_ROWS = {CITIZEN: citizen_row, OFFICE: office_row, CATALOGUE: service_row, USER: user_row}


def flag_name_clashes(rows: list[dict]) -> list[dict]:
    """User names are unique per office, but two workstations of an office can each create a "bat" while
    offline: when sync brings both together, every account of the clash is flagged for an admin (never a
    failed ingest), and nobody signs in under that name until it is resolved."""
    groups = Counter((row["office_id"], row["username"]) for row in rows)
    for row in rows:
        if groups[(row["office_id"], row["username"])] > 1:
            row["conflict"] = True
    return rows


def calendar_rows(events: Iterable[Event]) -> list[dict]:
    return [{"day": day, "kind": kind, "reason": reason}
            for day, (kind, reason) in sorted(fold_calendar(events).items())]


@cache
def _upsert_statement(table, key: str, dialect: str = "sqlite"):
    """INSERT ... ON CONFLICT DO UPDATE of every column, built once per table (and database kind: the central
    server folds the same projections on PostgreSQL) so SQLAlchemy's compiled cache is hit on every refold."""
    statement = (postgresql_insert if dialect == "postgresql" else sqlite_insert)(table)
    return statement.on_conflict_do_update(index_elements=[key], set_={c.name: statement.excluded[c.name]
                                                                        for c in table.columns if c.name != key})


def _upsert(conn: Connection, table, key: str, row: dict) -> None:
    conn.execute(_upsert_statement(table, key, conn.dialect.name), [row])


class Projector:
    """Refolds one stream at a time into its projection rows (incremental path)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._calendar: deadlines.WorkCalendar | None = None

    @property
    def calendar(self) -> deadlines.WorkCalendar:
        if self._calendar is None:
            self._calendar = load_calendar(self.conn)
        return self._calendar

    def refold(self, stream: str, stream_id: str) -> None:
        events = load_stream(self.conn, stream, stream_id) if stream != CALENDAR else []
        if stream == CASE:
            state = fold_case(stream_id, events)
            if not state.state:        # only events that came before their registration: nothing to show yet
                return
            citizen = self.conn.execute(select(CITIZENS.c.name_fold, CITIZENS.c.register_no).where(
                CITIZENS.c.citizen_id == state.citizen_id)).first() if state.citizen_id else None
            _upsert(self.conn, CASES, "case_id", case_row(state, self.calendar, tuple(citizen) if citizen else None))
            self.conn.execute(delete(DOCUMENTS).where(DOCUMENTS.c.case_id == stream_id))
            rows = document_rows(state)
            if rows:
                self.conn.execute(insert(DOCUMENTS), rows)
        elif stream == CALENDAR:
            before = {row.day: row.kind for row in self.conn.execute(select(OVERRIDES.c.day, OVERRIDES.c.kind))}
            rows = calendar_rows(iter_events(self.conn, CALENDAR))     # the table holds every calendar stream
            self.conn.execute(delete(OVERRIDES))
            if rows:
                self.conn.execute(insert(OVERRIDES), rows)
            after = {row["day"]: row["kind"] for row in rows}
            changed = {d for d in set(before) | set(after) if before.get(d) != after.get(d)}
            self._calendar = None
            if changed:
                self.recompute_due_dates(min(changed), max(changed))
        else:
            state = fold_record(stream_id, events)
            if state.exists:
                row = RECORD_ROWS[stream](state)
                _upsert(self.conn, RECORD_TABLES[stream], KEY_COLUMNS[stream], row)
                if stream == USER:
                    same = (USERS.c.office_id == row["office_id"]) & (USERS.c.username == row["username"])
                    if self.conn.execute(select(func.count()).select_from(USERS).where(same)).scalar_one() > 1:
                        self.conn.execute(update(USERS).where(same).values(conflict=True))
                if stream == CITIZEN:     # the citizen's cases sort by the name and number as they are now
                    self.conn.execute(update(CASES).where(
                        CASES.c.citizen_id == stream_id,
                        or_(CASES.c.citizen_sort.is_distinct_from(row["name_fold"]),
                            CASES.c.citizen_register.is_distinct_from(row["register_no"])))
                        .values(citizen_sort=row["name_fold"], citizen_register=row["register_no"]))

    def refold_many(self, stream: str, stream_ids: Iterable[str]) -> None:
        """Refold several streams of one kind: cases and citizens (what a pulled page is made of) with one read
        of their events and one write of their rows per 500; the rest one by one."""
        ids = sorted(set(stream_ids))
        if stream not in (CASE, CITIZEN) or len(ids) < 2:
            for stream_id in ids:
                self.refold(stream, stream_id)
            return
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            events: dict[str, list[Event]] = {stream_id: [] for stream_id in chunk}
            for row in self.conn.execute(select(EVENTS).where(EVENTS.c.stream == stream,
                                                              EVENTS.c.stream_id.in_(chunk))):
                events[row.stream_id].append(row_to_event(row))
            if stream == CITIZEN:
                self._write_citizens(chunk, events)
            else:
                self._write_cases(chunk, events)

    def _write_citizens(self, ids: list[str], events: dict[str, list[Event]]) -> None:
        rows = [citizen_row(state) for state in (fold_record(i, events[i]) for i in ids) if state.exists]
        if not rows:
            return
        self.conn.execute(_upsert_statement(CITIZENS, "citizen_id", self.conn.dialect.name), rows)
        with_cases = {c for (c,) in self.conn.execute(select(CASES.c.citizen_id).where(
            CASES.c.citizen_id.in_([r["citizen_id"] for r in rows])).distinct())}
        for row in rows:
            if row["citizen_id"] in with_cases:       # its cases sort by the name and number as they are now
                self.conn.execute(update(CASES).where(
                    CASES.c.citizen_id == row["citizen_id"],
                    or_(CASES.c.citizen_sort.is_distinct_from(row["name_fold"]),
                        CASES.c.citizen_register.is_distinct_from(row["register_no"])))
                    .values(citizen_sort=row["name_fold"], citizen_register=row["register_no"]))

    def _write_cases(self, ids: list[str], events: dict[str, list[Event]]) -> None:
        states = [state for state in (fold_case(i, events[i]) for i in ids) if state.state]
        if not states:
            return
        citizens = {r.citizen_id: (r.name_fold, r.register_no) for r in self.conn.execute(
            select(CITIZENS.c.citizen_id, CITIZENS.c.name_fold, CITIZENS.c.register_no).where(
                CITIZENS.c.citizen_id.in_({s.citizen_id for s in states if s.citizen_id})))}
        self.conn.execute(_upsert_statement(CASES, "case_id", self.conn.dialect.name),
                          [case_row(s, self.calendar, citizens.get(s.citizen_id)) for s in states])
        self.conn.execute(delete(DOCUMENTS).where(DOCUMENTS.c.case_id.in_([s.case_id for s in states])))
        documents = [row for s in states for row in document_rows(s)]
        if documents:
            self.conn.execute(insert(DOCUMENTS), documents)

    def recompute_due_dates(self, first: date, last: date) -> int:
        """Refresh the due dates a calendar change between ``first`` and ``last`` can move.

        A case whose counting ended before ``first`` or started after ``last`` cannot move.
        """
        candidates = self.conn.execute(
            select(CASES.c.case_id, CASES.c.due_date).where(
                CASES.c.registered_on <= last, or_(CASES.c.due_date >= first, CASES.c.due_date.is_(None)))
        ).all()
        changed = 0
        for case_id, old_due in candidates:
            state = fold_case(case_id, load_stream(self.conn, CASE, case_id))
            due = case_row(state, self.calendar)["due_date"]
            if due != old_due:
                self.conn.execute(update(CASES).where(CASES.c.case_id == case_id).values(due_date=due))
                changed += 1
        return changed
