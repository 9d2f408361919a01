"""Case work: intake at the counter and every step of a case's life.

Each use case is one unit of work: it validates everything first (input, permission, the case's owning office,
the state machine), then appends its events, refolds the projections and commits; it returns the case as it is
now (``CaseDetail``), so the caller can show what changed. Nothing is written when a check fails.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, select

from caseapp.domain import rules, states
from caseapp.domain.case_number import format_case_number
from caseapp.domain.deadlines import Clock, due_date
from caseapp.domain.events import CASE, CITIZEN
from caseapp.domain.ids import access_code, uuid7
from caseapp.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from caseapp.services import validation as check
from caseapp.services.case_lookup import case_condition, not_found
from caseapp.services.citizens import parse_register_number
from caseapp.services.database import Database
from caseapp.services.queries import CaseDetail, get_case
from caseapp.services.users import Actor, require
from caseapp.storage.calendar import load_calendar
from caseapp.domain.fold import fold_case
from caseapp.storage.eventlog import EventWriter, next_case_sequence
from caseapp.storage.event_rows import load_stream, stream_version
from caseapp.storage.models import CaseRow, CitizenRow, ServiceTypeRow, UserRow, table_of
from caseapp.text import Term, has

CASES = table_of(CaseRow)
CITIZENS = table_of(CitizenRow)
SERVICES = table_of(ServiceTypeRow)
USERS = table_of(UserRow)

CHANNELS = ("counter", "phone", "letter", "e-mongolia", "11-11")
APPLICANT_KINDS = ("person", "organisation", "foreign")
MAX_SUBJECT = 300
MAX_TEXT = 20_000
MAX_NAME = 100
MAX_ORG_NAME = 200
MAX_ADDRESS = 500

# Kept for the report code that still imports it (lower-case, as a case's state reads in a sentence).


def _term(prefix: str, code: str) -> Term | str:
    """A state's or an action's name from the labels catalogue (the code itself if it has none)."""
    return Term(f"{prefix}.{code}") if has(f"{prefix}.{code}") else code


# --- intake --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class IntakeForm:
    register_no: str
    service_code: str
    subject: str
    applicant_kind: str = "person"
    family_name: str = ""
    given_name: str = ""           # an organisation's name for organisations
    phone: str = ""
    address: str = ""
    description: str = ""
    channel: str = "counter"
    citizen_id: str | None = None  # the known citizen the clerk picked
    new_citizen_confirmed: bool = False   # the clerk saw the look-alikes and wants a new record
    assignee_id: str | None = None


@dataclass(frozen=True)
class CitizenCandidate:
    citizen_id: str
    kind: str
    register_no: str | None
    family_name: str
    given_name: str
    birth_date: date | None
    phone: str | None
    address: str | None
    open_cases: int
    reason: str                  # "same_register" or "same_name_birth"


class DuplicateCandidates(ConflictError):
    """Possible existing records of the applicant: the clerk must pick one or confirm a new record."""

    def __init__(self, candidates: list[CitizenCandidate]) -> None:
        super().__init__("intake.duplicates", field="register_no")
        self.candidates = candidates


@dataclass(frozen=True)
class IntakePreview:
    register_no: str | None
    applicant_kind: str
    birth_date: date | None
    known_citizen: CitizenCandidate | None
    candidates: list[CitizenCandidate]
    due_date: date | None


def _normalise_foreign(text: str) -> str:
    value = "".join((text or "").split()).upper()
    if not 5 <= len(value) <= 20 or not value.isalnum() or not value.isascii():
        raise ValidationError("intake.foreign_document", field="register_no")
    return value


def _identity(form: IntakeForm, today: date) -> tuple[str, str, date | None]:
    """(normalised number, kind, birth date) of the applicant."""
    kind = check.one_of(form.applicant_kind, APPLICANT_KINDS, "applicant_kind")
    check.plain(form.register_no, "register_no")
    if kind == "foreign":
        return _normalise_foreign(form.register_no), kind, None
    parsed = parse_register_number(form.register_no, today=today)
    if parsed.kind != kind:
        raise ValidationError("intake.register_organisation" if kind == "organisation" else "intake.register_person",
                              field="register_no")
    return parsed.value, kind, parsed.birth_date


def _candidate(conn: Connection, row, reason: str) -> CitizenCandidate:
    open_cases = conn.execute(select(func.count()).select_from(CASES).where(
        CASES.c.citizen_id == row.citizen_id, CASES.c.state.in_(states.OPEN_STATES))).scalar_one()
    return CitizenCandidate(row.citizen_id, row.kind, row.register_no, row.family_name, row.given_name,
                            row.birth_date, row.phone, row.address, open_cases, reason)


def find_candidates(conn: Connection, register_no: str | None, family_name: str, given_name: str,
                    birth_date: date | None) -> list[CitizenCandidate]:
    """Existing records that may be this applicant: the same register number, or the same name and birth date."""
    found: dict[str, CitizenCandidate] = {}
    if register_no:
        for row in conn.execute(select(CITIZENS).where(CITIZENS.c.register_no == register_no)):
            found[row.citizen_id] = _candidate(conn, row, "same_register")
    name_fold = f"{family_name.strip()} {given_name.strip()}".strip().casefold()
    if name_fold and birth_date is not None:
        for row in conn.execute(select(CITIZENS).where(CITIZENS.c.name_fold == name_fold,
                                                       CITIZENS.c.birth_date == birth_date).limit(20)):
            found.setdefault(row.citizen_id, _candidate(conn, row, "same_name_birth"))
    return list(found.values())


def _service(conn: Connection, code: str):
    code = check.plain(code, "service")
    row = conn.execute(select(SERVICES).where(SERVICES.c.code == code.strip().upper())).first()
    if row is None or not row.active:
        raise ValidationError("intake.service_not_found", field="service", code=code)
    return row


def _clock(service) -> dict:
    return {"kind": service.clock, "target_days": service.target_days, "roll_forward": bool(service.roll_forward),
            "max_extension_days": service.max_extension_days}


def preview_intake(db: Database, register_no: str, service_code: str = "", *, applicant_kind: str = "person",
                   family_name: str = "", given_name: str = "", today: date | None = None) -> IntakePreview:
    """What the counter screen shows while the clerk types: the birth date, a known citizen, look-alikes and
    the due date, before anything is saved."""
    today = _work_day(db, today)
    family_name = check.text(family_name, "family_name", max_length=MAX_ORG_NAME, strip=True)
    given_name = check.text(given_name, "given_name", max_length=MAX_ORG_NAME, strip=True)
    form = IntakeForm(register_no=register_no, service_code=service_code, subject="",
                      applicant_kind=applicant_kind, family_name=family_name, given_name=given_name)
    number, kind, born = _identity(form, today)
    with db.uow() as uow:
        candidates = find_candidates(uow.conn, number, family_name, given_name, born)
        known = next((c for c in candidates if c.reason == "same_register"), None)
        due = None
        if service_code:
            service = _service(uow.conn, service_code)
            due = due_date(today, Clock(**_clock(service)), load_calendar(uow.conn))
    return IntakePreview(number, kind, born, known, candidates, due)


def register_case(db: Database, actor: Actor, form: IntakeForm, *, today: date | None = None) -> CaseDetail:
    """Register a citizen's request at the counter (creating or reusing the citizen's record)."""
    require(actor, "register")
    today = _work_day(db, today)
    check.plain(form.citizen_id, "citizen")
    check.plain(form.assignee_id, "assignee")
    number, kind, born = _identity(form, today)
    subject = check.text(form.subject, "subject", required=True, max_length=MAX_SUBJECT)
    description = check.text(form.description, "description", max_length=MAX_TEXT, multiline=True)
    channel = check.one_of(form.channel, CHANNELS, "channel")
    family = check.text(form.family_name, "family_name", max_length=MAX_NAME, strip=True)
    given = check.text(form.given_name, "given_name", required=form.citizen_id is None,
                       max_length=MAX_ORG_NAME if kind == "organisation" else MAX_NAME, strip=True)
    phone = check.phone(form.phone)
    address = check.text(form.address, "address", max_length=MAX_ADDRESS, multiline=True, strip=True)
    with db.uow(write=True, acting=actor) as uow:
        conn = uow.conn
        service = _service(conn, form.service_code)
        assignee = _assignee(conn, actor, form.assignee_id)
        citizen_id = _resolve_citizen(conn, form, number, family, given, born)
        writer = EventWriter(conn, uow.clock)
        if citizen_id is None:
            citizen_id = uuid7()
            writer.append(CITIZEN, citizen_id, "citizen.registered", {
                "kind": kind, "register_no": number, "family_name": family, "given_name": given,
                "birth_date": born.isoformat() if born else None, "phone": phone or None,
                "address": address or None}, user_id=actor.user_id, base_version=0)
        year = today.year
        seq = next_case_sequence(conn, writer.node_id, year)
        case_id = uuid7()
        case_number = format_case_number(writer.head.office_id, year, writer.head.node_no, seq)
        writer.append(CASE, case_id, "case.registered", {
            "number": case_number, "service": service.code, "citizen_id": citizen_id, "clock": _clock(service),
            "subject": subject, "description": description, "channel": channel,
            "registered_at": uow.clock.now().isoformat(timespec="milliseconds"),
            "registered_on": today.isoformat(), "assignee": assignee, "access_code": access_code()},
            user_id=actor.user_id, base_version=0)
        writer.flush()
        uow.commit()
    return get_case(db, case_id)


def _work_day(db: Database, today: date | None) -> date:
    """The day a caller says the work happens on (None: the database's today): a real day, not after today."""
    return db.today() if today is None else check.day(today, not_after=db.today())


def _assignee(conn: Connection, actor: Actor, assignee_id: str | None) -> str:
    if not assignee_id or assignee_id == actor.user_id:
        return actor.user_id
    if not actor.can("assign"):
        raise PermissionDenied("assign.manager_only", field="assignee")
    row = conn.execute(select(USERS).where(USERS.c.user_id == assignee_id)).first()
    if row is None or not row.active or row.locked or row.office_id != actor.office_id or \
            row.role not in ("clerk", "manager"):
        raise ValidationError("assign.not_colleague", field="assignee")
    return assignee_id


def _resolve_citizen(conn: Connection, form: IntakeForm, number: str, family: str, given: str,
                     born: date | None) -> str | None:
    """The citizen record to use, None for a new one, or DuplicateCandidates for the clerk to decide."""
    if form.citizen_id:
        row = conn.execute(select(CITIZENS).where(CITIZENS.c.citizen_id == form.citizen_id)).first()
        if row is None:
            raise ValidationError("intake.citizen_not_found", field="register_no")
        # the clerk chose this record (a look-alike confirmed as the same person): the case is filed under it
        return row.citizen_id
    candidates = find_candidates(conn, number, family, given, born)
    if not candidates or form.new_citizen_confirmed:
        return None
    same = [c for c in candidates if c.reason == "same_register"]
    if len(same) == 1 and len(candidates) == 1 and _same_name(same[0], family, given):
        return same[0].citizen_id       # a known citizen: recalled by the register number
    raise DuplicateCandidates(candidates)


def _same_name(candidate: CitizenCandidate, family: str, given: str) -> bool:
    """Whether the typed name (if any) is the record's: another name under a known number is for the clerk
    to decide (a typo, a changed name, or the wrong person), never silently filed under the record."""
    def fold(text: str) -> str:
        return " ".join((text or "").split()).casefold()
    return ((not family or fold(family) == fold(candidate.family_name))
            and (not given or fold(given) == fold(candidate.given_name)))


# --- the life of a case --------------------------------------------------------------------------------------

def _load_case(conn: Connection, reference: str):
    row = conn.execute(select(CASES).where(case_condition(reference))).first()
    if row is None:
        raise not_found(reference)
    return row


def _check_action(actor: Actor, row, action: str, permission: str | None = None,
                  expected_version: int | None = None) -> None:
    refusal = rules.case_action_refusal(role=actor.role, actor_office=actor.office_id, action=action,
                                        state=row.state, owner_office=row.owner_office,
                                        transfer_to=row.transfer_to, permission=permission)
    if refusal is not None and refusal.key == "permission.role":
        require(actor, permission or action)              # the role's name in the user's words
    if refusal is not None and refusal.kind == "permission":
        raise PermissionDenied(refusal.key, field=refusal.field, **refusal.values)
    if refusal is not None:
        raise ConflictError(refusal.key, field=refusal.field, state=_term("case_state", row.state),
                            action=_term("action", action))
    if expected_version is not None and expected_version != row.version:
        raise ConflictError("case.changed", field="case")


def _act(db: Database, actor: Actor, reference: str, action: str, kind: str,
         payload: dict | Callable[[Connection, Any], dict], *, permission: str | None = None,
         expected_version: int | None = None, extra_check=None) -> CaseDetail:
    """One action on a case: checked (role, office, state, version, ``extra_check``), written, refolded.
    ``payload`` may be a function of the connection and the case row, for an event that names what it found
    (the office a transfer goes to, the rule of the service that takes a case over)."""
    reference = check.plain(reference, "case")
    with db.uow(write=True, acting=actor) as uow:
        row = _load_case(uow.conn, reference)
        _check_action(actor, row, action, permission, expected_version)
        if extra_check is not None:
            extra_check(uow.conn, row)
        if callable(payload):
            payload = payload(uow.conn, row)
        writer = EventWriter(uow.conn, uow.clock)
        writer.append(CASE, row.case_id, kind, payload, user_id=actor.user_id,
                      base_version=stream_version(uow.conn, CASE, row.case_id))
        writer.flush()
        uow.commit()
        case_id = row.case_id
    return get_case(db, case_id)


def start(db: Database, actor: Actor, case: str, *, expected_version: int | None = None) -> CaseDetail:
    return _act(db, actor, case, "start", "case.started", {}, expected_version=expected_version)


def assign(db: Database, actor: Actor, case: str, assignee_id: str, *,
           expected_version: int | None = None) -> CaseDetail:
    assignee_id = check.plain(assignee_id, "assignee")

    def ensure_colleague(conn, row):
        row_user = conn.execute(select(USERS).where(USERS.c.user_id == assignee_id)).first()
        if row_user is None or not row_user.active or row_user.locked or row_user.office_id != row.owner_office \
                or row_user.role not in ("clerk", "manager"):
            raise ValidationError("assign.not_colleague", field="assignee")
        if row.assignee_id == assignee_id:
            raise ValidationError("assign.same", field="assignee")
    return _act(db, actor, case, "assign", "case.assigned", {"assignee": assignee_id},
                expected_version=expected_version, extra_check=ensure_colleague)


def pause(db: Database, actor: Actor, case: str, reason: str, *, on: date | None = None,
          expected_version: int | None = None) -> CaseDetail:
    reason = check.text(reason, "reason", required=True, max_length=1000, multiline=True)
    day, in_the_case = _action_day(db, on)
    return _act(db, actor, case, "pause", "case.paused", {"on": day.isoformat(), "reason": reason},
                expected_version=expected_version, extra_check=in_the_case)


def resume(db: Database, actor: Actor, case: str, *, on: date | None = None,
           expected_version: int | None = None) -> CaseDetail:
    day, in_the_case = _action_day(db, on)

    def after_pause(conn, row):
        in_the_case(conn, row)
        if row.paused_since and day < row.paused_since:
            raise ValidationError("case.resume_before_pause", field="date")
    return _act(db, actor, case, "resume", "case.resumed", {"on": day.isoformat()},
                expected_version=expected_version, extra_check=after_pause)


def extend(db: Database, actor: Actor, case: str, days: int, reason: str, *,
           expected_version: int | None = None) -> CaseDetail:
    """A one-way extension (manager): capped by the service type, with a reason (a notice goes to the citizen)."""
    days = check.positive_days(days)
    reason = check.text(reason, "reason", required=True, max_length=1000, multiline=True)

    def within_cap(conn, row):
        _check_extension_cap(_case_clock(conn, row), row.extension_days or 0, days)
    return _act(db, actor, case, "extend", "case.extended", {"days": days, "reason": reason},
                expected_version=expected_version, extra_check=within_cap)


def request_extension(db: Database, actor: Actor, case: str, days: int, reason: str, *,
                      expected_version: int | None = None) -> CaseDetail:
    """A clerk asks the manager for more time (the manager then extends or declines)."""
    days = check.positive_days(days)
    reason = check.text(reason, "reason", required=True, max_length=1000, multiline=True)

    def within_cap(conn, row):
        if row.extension_request:
            raise ConflictError("extension.pending", field="days")
        _check_extension_cap(_case_clock(conn, row), row.extension_days or 0, days)
    return _act(db, actor, case, "request_extension", "case.extension_requested", {"days": days, "reason": reason},
                expected_version=expected_version, extra_check=within_cap)


def decline_extension(db: Database, actor: Actor, case: str, reason: str, *,
                      expected_version: int | None = None) -> CaseDetail:
    reason = check.text(reason, "reason", required=True, max_length=1000, multiline=True)

    def requested(conn, row):
        if not row.extension_request:
            raise ConflictError("extension.none", field="case")
    return _act(db, actor, case, "decline_extension", "case.extension_declined", {"reason": reason},
                expected_version=expected_version, extra_check=requested)


def _check_extension_cap(clock: dict, used: int, days: int) -> None:
    if clock["max_extension_days"] == 0:
        raise ValidationError("extension.not_allowed", field="days")
    if used + days > clock["max_extension_days"]:
        left = clock["max_extension_days"] - used
        raise ValidationError("extension.cap", field="days", max=clock["max_extension_days"], left=left)


ACTION_PERMISSION = {"change_service": "register", "offer_transfer": "transfer", "accept_transfer": "transfer",
                     "return_transfer": "transfer"}


def available_actions(actor: Actor, case: CaseDetail) -> frozenset[str]:
    """What this user may do to this case now (role, owning office and state): the case view offers these.
    The services check the same rules again when the action runs. A case offered to another office offers its
    owner ``withdraw_transfer`` (and notes), and the receiving office ``accept_transfer``/``return_transfer``."""
    allowed = set()
    for action in states.ALLOWED_FROM:
        if not actor.can(ACTION_PERMISSION.get(action, action)) or not states.can(action, case.state):
            continue
        if action == "note":
            if actor.office_id not in (case.owner_office, case.transfer_to):
                continue
        elif case.owner_office != actor.office_id:
            continue
        allowed.add(action)
    if case.extension_request:
        allowed.discard("request_extension")
    else:
        allowed.discard("decline_extension")
    if case.max_extension_days - case.extension_days <= 0:
        allowed -= {"extend", "request_extension"}
    if case.state == states.TRANSFERRED_OUT:
        allowed -= {"accept_transfer", "return_transfer"}
        if actor.can("transfer") and case.owner_office == actor.office_id:
            allowed.add("withdraw_transfer")
        if actor.can("transfer") and case.transfer_to == actor.office_id:
            allowed |= {"accept_transfer", "return_transfer"}
    return frozenset(allowed)


def _case_clock(conn: Connection, row) -> dict:
    """The clock the case runs on (the service's rules when it was registered or its service changed)."""
    return fold_case(row.case_id, load_stream(conn, CASE, row.case_id)).clock


def change_service(db: Database, actor: Actor, case: str, service_code: str, *,
                   expected_version: int | None = None) -> CaseDetail:
    """The citizen asked for something else: the new service's clock applies from the registration day, and
    paused time stays excluded."""
    with db.uow() as uow:
        service = _service(uow.conn, service_code)
    return _act(db, actor, case, "change_service", "case.service_changed",
                {"service": service.code, "clock": _clock(service)}, permission="register",
                expected_version=expected_version)


def decide(db: Database, actor: Actor, case: str, outcome: str, text: str, *, on: date | None = None,
           expected_version: int | None = None) -> CaseDetail:
    outcome = check.one_of(outcome, states.DECISION_OUTCOMES, "outcome")
    text = check.text(text, "text", required=True, max_length=MAX_TEXT, multiline=True)
    day, in_the_case = _action_day(db, on)
    return _act(db, actor, case, "decide", "case.decided",
                {"outcome": outcome, "text": text, "on": day.isoformat()},
                expected_version=expected_version, extra_check=in_the_case)


def close(db: Database, actor: Actor, case: str, *, on: date | None = None,
          expected_version: int | None = None) -> CaseDetail:
    day, in_the_case = _action_day(db, on)

    def after_the_decision(conn, row) -> None:
        in_the_case(conn, row)
        if row.decided_on is not None and day < row.decided_on:     # a case is closed once it was decided
            raise ValidationError("case.close_before_decision", field="date", decided=row.decided_on.isoformat())
    return _act(db, actor, case, "close", "case.closed", {"on": day.isoformat()},
                expected_version=expected_version, extra_check=after_the_decision)


def withdraw(db: Database, actor: Actor, case: str, reason: str, *, on: date | None = None,
             expected_version: int | None = None) -> CaseDetail:
    reason = check.text(reason, "reason", required=True, max_length=1000, multiline=True)
    day, in_the_case = _action_day(db, on)
    return _act(db, actor, case, "withdraw", "case.withdrawn", {"on": day.isoformat(), "reason": reason},
                expected_version=expected_version, extra_check=in_the_case)


def reopen(db: Database, actor: Actor, case: str, reason: str, *,
           expected_version: int | None = None) -> CaseDetail:
    reason = check.text(reason, "reason", required=True, max_length=1000, multiline=True)
    return _act(db, actor, case, "reopen", "case.reopened", {"reason": reason}, expected_version=expected_version)


def add_note(db: Database, actor: Actor, case: str, text: str) -> CaseDetail:
    text = check.text(text, "text", required=True, max_length=MAX_TEXT, multiline=True)
    return _act(db, actor, case, "note", "case.note_added", {"text": text})


def _action_day(db: Database, on: date | None):
    """The day a clerk gives to an action (pause, resume, decide, close, withdraw; None: today) and the check,
    run on the case, that it is a day of the case's life: not before its registration day, not after today."""
    day = _work_day(db, on)

    def in_the_case(conn, row) -> None:
        if day < row.registered_on:
            raise ValidationError("case.date_before_registration", field="date")
    return day, in_the_case


# --- citizens ------------------------------------------------------------------------------------------------

CORRECTABLE = ("register_no", "family_name", "given_name", "phone", "address", "email")


def correct_citizen(db: Database, actor: Actor, citizen_id: str, changes: dict[str, str], *,
                    today: date | None = None) -> dict:
    """Correct a citizen's record (a typo in the name, a new phone). Returns the fields as now stored."""
    require(actor, "correct_citizen")
    citizen_id = check.plain(citizen_id, "citizen")
    for name in changes:
        check.plain(name, "citizen")
    unknown = set(changes) - set(CORRECTABLE)
    if unknown:
        raise ValidationError("citizen.unknown_fields", field=sorted(unknown)[0], fields=", ".join(sorted(unknown)))
    if not changes:
        raise ValidationError("citizen.no_changes", field="register_no")
    today = _work_day(db, today)
    with db.uow(write=True, acting=actor) as uow:
        row = uow.conn.execute(select(CITIZENS).where(CITIZENS.c.citizen_id == citizen_id)).first()
        if row is None:
            raise NotFoundError("citizen.not_found", field="citizen")
        fields: dict[str, object] = {}
        for name, value in changes.items():
            if name == "register_no":
                if row.kind == "foreign":
                    fields[name] = _normalise_foreign(value)
                else:
                    parsed = parse_register_number(check.plain(value, "register_no"), today=today)
                    if parsed.kind != row.kind:
                        raise ValidationError("citizen.kind_fixed", field="register_no")
                    fields[name] = parsed.value
                    if parsed.birth_date:
                        fields["birth_date"] = parsed.birth_date.isoformat()
            elif name == "phone":
                fields[name] = check.phone(value) or None
            elif name == "email":
                value = check.text(value, "email", max_length=200, strip=True)
                if value and ("@" not in value or " " in value):
                    raise ValidationError("citizen.email", field="email")
                fields[name] = value or None
            else:
                required = name == "given_name"
                limit = MAX_ADDRESS if name == "address" else (MAX_ORG_NAME if row.kind == "organisation" else MAX_NAME)
                fields[name] = check.text(value, name, required=required, max_length=limit, strip=True,
                                          multiline=name == "address") or ("" if name == "family_name" else None)
        writer = EventWriter(uow.conn, uow.clock)
        writer.append(CITIZEN, citizen_id, "citizen.corrected", fields, user_id=actor.user_id,
                      base_version=stream_version(uow.conn, CITIZEN, citizen_id))
        writer.flush()
        uow.commit()
    with db.uow() as uow:
        stored = uow.conn.execute(select(CITIZENS).where(CITIZENS.c.citizen_id == citizen_id)).one()
    return dict(stored._mapping)
