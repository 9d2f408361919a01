"""Realistic synthetic data for demonstrations, training and benchmarks.

The same seed gives the same data. Cases are spread over several years in registration order, with the real
mix of services, channels and outcomes of a district office: most old cases decided on time and closed, some
late, some paused while the citizen brings a document, some extended, a few withdrawn, and the recent ones still
open (some of them overdue). Everything is written as events, sealed into this node's hash chain, and projected
by the same fold as live work, through bulk Core inserts, committing every chunk so a cancel keeps what is done.
"""

from __future__ import annotations

from bisect import bisect
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
import random
import multiprocessing
import os
from queue import Empty, Full
from collections.abc import Callable, Iterator

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from caseapp.domain import deadlines
from caseapp.domain import register as regno
from caseapp.domain.case_number import format_case_number
from caseapp.domain.clock import OFFICE_TZ
from caseapp.domain.events import CALENDAR, CASE, CITIZEN, Event, canonical_json
from caseapp.domain.hlc import Timestamp, from_datetime_ms
from caseapp.domain.ids import access_code, uuid7
from caseapp.errors import CancelledError, ConflictError, StorageError, ValidationError
from caseapp.services import auth, settings
from caseapp.services.database import Database
from caseapp.services.setup import DEMO_SETTING, create_user_event
from caseapp.storage.bulk import fold_new_streams, insert_new_projections, load_events, refresh_statistics
from caseapp.storage.calendar import load_calendar
from caseapp.storage.eventlog import EventWriter, SEQUENCES, load_chain_head, save_chain_head
from caseapp.storage.models import CalendarOverrideRow, OfficeRow, ServiceTypeRow, UserRow, table_of
from caseapp.storage.projections import CITIZENS
import resources

DEMO_PASSWORD = "demo-pass-2026"
MAX_CASES = 5_000_000
CHUNK_CASES = 25_000            # cases per transaction (a cancel keeps every finished chunk)
PARALLEL_FROM = 50_000          # from this many cases the data is made up in a second process
LOCAL_UTC_OFFSET = OFFICE_TZ.utcoffset(None)   # Ulaanbaatar time
OFFICE_OPENS = time(9, 0)
CHANNELS = (("counter", 66), ("letter", 10), ("e-mongolia", 12), ("phone", 5), ("11-11", 7))
CATEGORY_WEIGHT = {"civil_registration": 30, "address": 18, "reference": 14, "identity": 10,
                   "social_welfare": 10, "petition": 9, "land": 5, "business": 3, "other": 1}
DEMO_STAFF = (("demo.clerk1", "Батболдын Сарангэрэл", auth.CLERK), ("demo.clerk2", "Доржийн Ганбаатар", auth.CLERK),
              ("demo.clerk3", "Түвшинжаргалын Өлзийсайхан", auth.CLERK),
              ("demo.clerk4", "Мөнхбатын Үүрцайх", auth.CLERK),
              ("demo.manager", "Гантулгын Энхтуяа", auth.MANAGER),
              ("demo.auditor", "Очирын Бат-Эрдэнэ", auth.AUDITOR))
CALENDAR_OVERRIDES = table_of(CalendarOverrideRow)
PERSON_LETTERS = "АБВГДЕЖЗИКЛМНОӨПРСТУҮФХЦЧШЭЮЯ"
Progress = Callable[[str, int, int | None], None]
Draft = dict      # keyword arguments of ChainHead.seal: an event made up but not yet in the chain


@dataclass(frozen=True)
class DemoResult:
    cases: int
    citizens: int
    events: int
    first_day: date
    last_day: date
    staff: tuple[str, ...]
    password: str


@dataclass
class _Service:
    code: str
    category: str
    clock: deadlines.Clock


_EPOCH_LOCAL = datetime(1970, 1, 1) + LOCAL_UTC_OFFSET


def _utc_iso(moment: datetime) -> str:
    """A local Ulaanbaatar wall time as ISO 8601 UTC."""
    return (moment - LOCAL_UTC_OFFSET).isoformat(timespec="milliseconds") + "+00:00"


def _ms(moment: datetime) -> int:
    return (moment - _EPOCH_LOCAL) // timedelta(milliseconds=1)


class _Generator:
    """Makes up citizens and the life of each case as event drafts (sealed later, in the writing process)."""

    def __init__(self, rng: random.Random, services: list[_Service], staff: list[str],
                 manager: str, calendar: deadlines.WorkCalendar, now_local: datetime, district_name: str) -> None:
        self.rng = rng
        self.services = services
        cumulative, total = [], 0
        for service in services:
            total += CATEGORY_WEIGHT.get(service.category, 1)
            cumulative.append(total)
        self._service_cum, self._service_total = cumulative, total
        self.staff = staff
        self.manager = manager
        self.calendar = calendar
        self.today = now_local.date()
        self.cutoff = now_local        # nothing is made up that has not happened yet
        self.names = resources.load_json("demo", "names.json")
        self.district = district_name
        self.citizens: list[str] = []
        self.used_registers: set[str] = set()

    # --- citizens ----------------------------------------------------------------------------------------------
    def _register_number(self) -> tuple[str, date]:
        rng = self.rng
        while True:
            born = date(1940, 1, 1) + timedelta(days=rng.randrange(0, (date(2008, 12, 31) - date(1940, 1, 1)).days))
            letters = rng.choice(PERSON_LETTERS) + rng.choice(PERSON_LETTERS)
            value = regno.make(letters, born, rng.randrange(0, 100))
            if value not in self.used_registers:
                self.used_registers.add(value)
                return value, born

    def new_citizen(self, when: datetime) -> tuple[str, Draft]:
        rng = self.rng
        names = self.names
        citizen_id = uuid7(_ms(when) - 1)
        if rng.random() < 0.05:
            while True:
                number = f"{rng.randrange(2_000_000, 9_999_999)}"
                if number not in self.used_registers:
                    self.used_registers.add(number)
                    break
            org = f"{rng.choice(names['family'])} {rng.choice(['ХХК', 'ТББ', 'ХК', 'ББСБ'])}"
            payload = {"kind": "organisation", "register_no": number, "family_name": "", "given_name": org,
                       "birth_date": None}
        else:
            number, born = self._register_number()
            given = rng.choice(names["female_given"] if rng.random() < 0.55 else names["male_given"])
            payload = {"kind": "person", "register_no": number, "family_name": rng.choice(names["family"]),
                       "given_name": given, "birth_date": born.isoformat()}
        payload["phone"] = f"{rng.choice(['99', '88', '95', '94', '80', '86', '91'])}{rng.randrange(0, 1_000_000):06d}"
        payload["address"] = (f"{self.district}, {rng.randrange(1, 44)}-р хороо, {rng.choice(names['streets'])}, "
                              f"{rng.randrange(1, 120)}-р байр, {rng.randrange(1, 150)} тоот")
        moment = when - timedelta(seconds=30)
        draft = {"stream": CITIZEN, "stream_id": citizen_id, "kind": "citizen.registered", "payload": payload,
                 "payload_json": canonical_json(payload), "user_id": None, "base_version": 0,
                 "hlc": from_datetime_ms(_ms(moment)),
                 "recorded_at": _utc_iso(moment), "event_id": uuid7(_ms(moment))}
        self.citizens.append(citizen_id)
        return citizen_id, draft

    # --- cases -------------------------------------------------------------------------------------------------
    def _pick_service(self) -> _Service:
        return self.services[bisect(self._service_cum, self.rng.randrange(self._service_total))]

    def _channel(self) -> str:
        r = self.rng.randrange(100)
        for name, weight in CHANNELS:
            if r < weight:
                return name
            r -= weight
        return "counter"

    def _at(self, day: date, earliest: time | None = None) -> datetime:
        start = 9 * 60 if earliest is None else earliest.hour * 60 + earliest.minute + 1
        minute = min(start + self.rng.randrange(0, 8 * 60 + 30), 18 * 60 - 1)
        return datetime.combine(day, time(minute // 60, minute % 60, self.rng.randrange(60)))

    def case(self, day: date, number: str) -> list[Draft]:
        """The events of one case (preceded by its citizen's registration when the citizen is new)."""
        rng = self.rng
        service = self._pick_service()
        clock = service.clock
        registered_at = min(self._at(day), self.cutoff)    # a case registered today, before now
        citizen_events: list[Draft] = []
        if not self.citizens or rng.random() < 0.32:
            citizen_id, draft = self.new_citizen(registered_at)
            citizen_events.append(draft)
        else:
            citizen_id = self.citizens[int(len(self.citizens) * rng.random() ** 1.5)]
        clerk = rng.choice(self.staff)
        names = self.names
        subjects = names["subjects"].get(service.code) or [service.code]
        case_id = uuid7(_ms(registered_at))
        timeline: list[tuple[datetime, str, dict, str]] = []
        register_payload = {
            "number": number, "service": service.code, "citizen_id": citizen_id,
            "clock": {"kind": clock.kind, "target_days": clock.target_days, "roll_forward": clock.roll_forward,
                      "max_extension_days": clock.max_extension_days},
            "subject": rng.choice(subjects), "description": "", "channel": self._channel(),
            "registered_at": _utc_iso(registered_at), "registered_on": day.isoformat(), "assignee": clerk,
            "access_code": access_code(random.Random(case_id)),        # the same on every run, the rng untouched
        }
        timeline.append((registered_at, "case.registered", register_payload, clerk))
        calendar = self.calendar
        pauses: list[tuple[date, date | None]] = []
        extensions: list[int] = []
        current = day
        if rng.random() < 0.05:      # handed to a colleague
            current = calendar.next_working_day(current + timedelta(days=rng.randrange(0, 2)))
            clerk = rng.choice(self.staff)
            timeline.append((self._at(current), "case.assigned", {"assignee": clerk}, self.manager))
        if rng.random() < 0.012:     # withdrawn by the citizen
            when = calendar.next_working_day(day + timedelta(days=rng.randrange(1, 6)))
            timeline.append((self._at(when), "case.withdrawn", {"on": when.isoformat(),
                                                                "reason": "Иргэн хүсэлтээ буцаан авсан."}, clerk))
            return citizen_events + self._drafts(case_id, self._in_order(timeline))
        forgotten = rng.random() < 0.006      # fell through the cracks: open and, in time, overdue
        started = day if clock.target_days == 0 else calendar.next_working_day(day + timedelta(days=1))
        if not (forgotten and rng.random() < 0.5):      # half of those were never even started
            timeline.append((self._at(started), "case.started", {}, clerk))
        if rng.random() < 0.08 and clock.target_days > 0:
            pause_on = calendar.next_working_day(started + timedelta(days=rng.randrange(0, 3)))
            resume_on = calendar.next_working_day(pause_on + timedelta(days=rng.randrange(2, 12)))
            timeline.append((self._at(pause_on), "case.paused",
                             {"on": pause_on.isoformat(), "reason": rng.choice(names["pause_reasons"])}, clerk))
            if resume_on <= self.today:
                timeline.append((self._at(resume_on), "case.resumed", {"on": resume_on.isoformat()}, clerk))
                pauses.append((pause_on, resume_on))
            else:
                pauses.append((pause_on, None))
        if clock.max_extension_days and rng.random() < (0.12 if service.category == "petition" else 0.03):
            days = rng.randrange(1, clock.max_extension_days + 1)
            base_due = deadlines.due_date(day, clock, calendar, pauses)
            if base_due is not None:
                when = max(day, base_due - timedelta(days=rng.randrange(1, 4)))
                timeline.append((self._at(when), "case.extended",
                                 {"days": days, "reason": rng.choice(names["extension_reasons"])}, self.manager))
                extensions.append(days)
        if rng.random() < 0.25:
            when = calendar.next_working_day(day + timedelta(days=rng.randrange(0, 4)))
            timeline.append((self._at(when), "case.note_added", {"text": rng.choice(names["notes"])}, clerk))
        due = deadlines.due_date(day, clock, calendar, pauses, extensions)
        if due is not None:
            if rng.random() < 0.08:          # late
                decided = calendar.next_working_day(due + timedelta(days=rng.randrange(1, 15)))
            elif clock.target_days == 0:
                decided = day
            else:
                span = max(0, (due - started).days)
                decided = calendar.next_working_day(started + timedelta(days=int(span * rng.random() ** 0.7)))
                decided = min(decided, due)
            last_event_day = max(t.date() for t, *_ in timeline)
            decided = max(decided, last_event_day)
            if not forgotten and decided <= self.today and not (decided == self.today and rng.random() < 0.5):
                outcome = rng.choices(("approved", "answered", "rejected"), (70, 20, 10))[0]
                text = rng.choice(names["decisions"][outcome])
                decided_at = self._at(decided, max(t for t, *_ in timeline).time()
                                      if decided == last_event_day else None)
                timeline.append((decided_at, "case.decided",
                                 {"outcome": outcome, "text": text, "on": decided.isoformat()}, clerk))
                closed = calendar.next_working_day(decided + timedelta(days=rng.randrange(0, 4)))
                if closed <= self.today and rng.random() < 0.93:
                    closed_at = self._at(closed, decided_at.time() if closed == decided else None)
                    timeline.append((closed_at, "case.closed", {"on": closed.isoformat()}, clerk))
        return citizen_events + self._drafts(case_id, self._in_order(timeline))

    def _in_order(self, timeline: list[tuple[datetime, str, dict, str]]) -> list[tuple[datetime, str, dict, str]]:
        """Times that follow the story (an event made up for the same day never comes before the one it
        follows), and nothing that has not happened yet: recent cases stay registered, paused or in progress.
        The registration itself is never after the cut-off (``case`` draws it before now)."""
        ordered = []
        previous = None
        for moment, kind, payload, user in timeline:
            if previous is not None and moment <= previous:
                moment = previous + timedelta(minutes=self.rng.randrange(1, 40))
            if moment > self.cutoff and previous is not None:
                break
            ordered.append((moment, kind, payload, user))
            previous = moment
        return ordered

    @staticmethod
    def _drafts(case_id: str, timeline: list[tuple[datetime, str, dict, str]]) -> list[Draft]:
        drafts = []
        for version, (moment, kind, payload, user) in enumerate(timeline):
            ms = _ms(moment)
            drafts.append({"stream": CASE, "stream_id": case_id, "kind": kind, "payload": payload,
                           "payload_json": canonical_json(payload), "user_id": user,
                           "base_version": version, "hlc": from_datetime_ms(ms, version),
                           "recorded_at": _utc_iso(moment), "event_id": uuid7(ms)})
        return drafts


def _registration_days(rng: random.Random, count: int, first: date, today: date,
                       calendar: deadlines.WorkCalendar) -> list[date]:
    working = [first + timedelta(days=i) for i in range((today - first).days + 1)
               if calendar.is_working_day(first + timedelta(days=i))]
    if not working:
        raise ValidationError("demo.no_working_days", field="years")
    # a little more work in recent years (the office grows)
    picks = sorted(int(len(working) * (rng.random() ** 0.85)) for _ in range(count))
    return [working[min(i, len(working) - 1)] for i in picks]


def _ensure_staff(db: Database, office_id: str) -> tuple[list[str], str]:
    users = table_of(UserRow)
    with db.uow(write=True) as uow:
        existing = {row.username: row.user_id for row in uow.conn.execute(select(users.c.username, users.c.user_id))}
        writer = EventWriter(uow.conn, uow.clock)
        password_hash = None
        ids = {}
        for username, full_name, role in DEMO_STAFF:
            if username in existing:
                ids[username] = existing[username]
                continue
            password_hash = password_hash or auth.hash_password(DEMO_PASSWORD)
            ids[username] = create_user_event(writer, username=username, password="", role=role,
                                              full_name=full_name, office_id=office_id, by=None,
                                              password_hash=password_hash)
        if writer.changes.events:
            writer.flush()
        uow.commit()
    clerks = [ids[u] for u, _, role in DEMO_STAFF if role == auth.CLERK]
    return clerks, ids["demo.manager"]


def _ensure_demo_calendar(db: Database, first: date, today: date) -> None:
    """Two decreed changes, as a government resolution would make them, so the demo shows the override table."""
    with db.uow(write=True) as uow:
        if uow.conn.execute(select(CALENDAR_OVERRIDES.c.day).limit(1)).first() is None:
            writer = EventWriter(uow.conn, uow.clock)
            year = today.year
            for day, kind, reason in (
                (date(year, 12, 31), deadlines.DAY_OFF, "Жишээ: Засгийн газрын тогтоолоор шилжүүлсэн амралтын өдөр"),
                (date(year, 12, 26), deadlines.WORKDAY, "Жишээ: 12-р сарын 31-ний оронд ажиллах бямба гараг"),
            ):
                if day.weekday() == 5 or kind == deadlines.DAY_OFF:
                    writer.append(CALENDAR, "MN", "calendar.day_set",
                                  {"date": day.isoformat(), "kind": kind, "reason": reason}, user_id=None)
            writer.flush()
        uow.commit()


def generate(db: Database, *, cases: int, seed: int = 1, years: int | None = None,
             progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> DemoResult:
    """Add ``cases`` demo cases to a demo database (never to a real office's). The data depends only on the seed
    and the database's clock: the same seed at the same instant gives the same data, and every case asked for is
    stored, numbered without gaps."""
    if not isinstance(cases, int) or cases < 1 or cases > MAX_CASES:
        raise ValidationError("demo.case_count", field="cases", max=f"{MAX_CASES:,}")
    if not is_demo(db):
        raise ConflictError("demo.real_office", field="db")
    now_local = db.clock.local_now()
    today = now_local.date()
    # registrations start when the office opens: before 09:00 the last day with new cases is yesterday
    last_day = today if now_local.time() >= OFFICE_OPENS else today - timedelta(days=1)
    years = years or min(10, max(2, cases // 100_000))
    if not 1 <= years <= 30:
        raise ValidationError("demo.years", field="years")
    progress = progress or (lambda stage, done, total: None)
    cancelled = cancelled or (lambda: False)
    first = date(today.year - years + 1, 1, 1)
    with db.uow() as uow:
        head = load_chain_head(uow.conn, uow.clock)
        offices = table_of(OfficeRow)
        office = uow.conn.execute(select(offices).where(offices.c.code == head.office_id)).first()
        service_rows = uow.conn.execute(select(table_of(ServiceTypeRow)).where(table_of(ServiceTypeRow).c.active)
                                        .order_by(table_of(ServiceTypeRow).c.code)).all()
    staff, manager = _ensure_staff(db, head.office_id)
    _ensure_demo_calendar(db, first, today)
    services = [_Service(r.code, r.category, deadlines.Clock(r.clock, r.target_days, r.roll_forward,
                                                             r.max_extension_days)) for r in service_rows]
    rng = random.Random(seed)
    district = office.name_mn if office is not None else head.office_id
    with db.uow() as uow:
        head = load_chain_head(uow.conn, uow.clock)       # after the staff and calendar events above
        calendar = load_calendar(uow.conn)
        known_citizens: list[str] = list(uow.conn.execute(select(CITIZENS.c.citizen_id)).scalars())
        known_registers: set[str] = set(uow.conn.execute(
            select(CITIZENS.c.register_no).where(CITIZENS.c.register_no.is_not(None))).scalars())
        sequences = _sequences(uow.conn, head.node_id)
    days = _registration_days(rng, cases, first, last_day, calendar)
    generator = _Generator(rng, services, staff, manager, calendar, now_local, district)
    generator.citizens = known_citizens
    generator.used_registers = known_registers
    make = _chunks_in_worker if cases >= PARALLEL_FROM else _chunks
    chunks = make(generator, days, sequences, head.node_id, head.node_no, calendar)
    total_events = citizens = done = 0
    try:
        for drafts, projection_rows, chunk_sequences in chunks:
            if cancelled():
                raise CancelledError("demo.cancelled", done=f"{done:,}")
            with db.uow(write=True) as uow:
                if load_chain_head(uow.conn, uow.clock).node_seq != head.node_seq:
                    raise ConflictError("demo.concurrent_write")
                events = [head.seal(**draft) for draft in drafts]
                load_events(uow.conn, events)
                loaded = insert_new_projections(uow.conn, projection_rows)
                _save_sequences(uow.conn, head.node_id, chunk_sequences)
                head.clock.receive(Timestamp.parse(max(e.hlc for e, _ in events)))
                save_chain_head(uow.conn, head)
                uow.commit()
            total_events += len(events)
            citizens += loaded.get(CITIZEN, 0)
            done += loaded.get(CASE, 0)
            progress("demo", done, cases)
    finally:
        close = getattr(chunks, "close", None)
        if close:
            close()
    with db.uow(write=True) as uow:
        refresh_statistics(uow.conn)
        uow.commit()
    return DemoResult(done, citizens, total_events, days[0], days[-1],
                      tuple(u for u, _, _ in DEMO_STAFF), DEMO_PASSWORD)


Chunk = tuple[list[Draft], dict[str, list[dict]], dict[int, int]]


def _chunks(generator: _Generator, days: list[date], sequences: dict[int, int], node_id: str, node_no: int,
            calendar: deadlines.WorkCalendar) -> Iterator[Chunk]:
    """CHUNK_CASES cases at a time: event drafts, their projection rows, and the case-number sequences after."""
    office = node_id.rsplit("-", 1)[0]
    for start in range(0, len(days), CHUNK_CASES):
        drafts: list[Draft] = []
        for day in days[start:start + CHUNK_CASES]:
            seq = sequences.get(day.year, 0) + 1
            sequences[day.year] = seq
            drafts += generator.case(day, format_case_number(office, day.year, node_no, seq))
        # folding needs no hash chain: unsealed events fold to the same rows as the sealed ones will
        unsealed = (Event(d["event_id"], d["stream"], d["stream_id"], d["kind"], d["payload"], office, node_id, 0,
                          d["user_id"], d["hlc"], d["base_version"], d["recorded_at"]) for d in drafts)
        yield drafts, fold_new_streams(unsealed, calendar), dict(sequences)


def _produce(queue, *args) -> None:
    """Worker process: make up the data while the parent seals and writes the previous chunk. It stops as soon
    as the parent is gone (killed, or the machine's power button), instead of waiting forever on a full queue."""
    parent = multiprocessing.parent_process()

    def put(item) -> None:
        while True:
            if parent is not None and not parent.is_alive():
                # nobody will read the queue again: leave now, without waiting for its feeder thread
                os._exit(0)
            try:
                queue.put(item, timeout=0.5)
                return
            except Full:
                continue

    try:
        for chunk in _chunks(*args):
            put(chunk)
        put(None)
    except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it
        put(exc)


def _chunks_in_worker(*args) -> Iterator[Chunk]:
    """The same chunks as ``_chunks``, made in a second process (the machine has at least two cores)."""
    context = multiprocessing.get_context("spawn")      # never fork a process that may run Qt
    queue = context.Queue(maxsize=2)
    worker = context.Process(target=_produce, args=(queue, *args), daemon=True)
    worker.start()
    try:
        while True:
            try:
                item = queue.get(timeout=0.5)
            except Empty:
                if not worker.is_alive():          # it died without a word (killed, out of memory)
                    raise StorageError("demo.worker_died", code=worker.exitcode) from None
                continue
            if item is None:
                break
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        if worker.is_alive():
            worker.terminate()
        worker.join(10)


def _sequences(conn, node_id: str) -> dict[int, int]:
    return {row.year: row.last_seq for row in conn.execute(select(SEQUENCES).where(SEQUENCES.c.node_id == node_id))}


def _save_sequences(conn, node_id: str, sequences: dict[int, int]) -> None:
    for year, last in sequences.items():
        statement = sqlite_insert(SEQUENCES).values(node_id=node_id, year=year, last_seq=last)
        conn.execute(statement.on_conflict_do_update(index_elements=["node_id", "year"],
                                                     set_={"last_seq": statement.excluded.last_seq}))


DEMO_OFFICE = "UB-BZD"
DEMO_ADMIN = "admin"


def is_demo(db: Database) -> bool:
    """Whether this database was made as a demo (by the desktop's demo choice or ``caseapp demo``)."""
    return settings.get(db, DEMO_SETTING) == "1"


def demo_accounts(db: Database) -> tuple[tuple[str, ...], str] | None:
    """(the demo user names that exist, their password) of a demo database; None for a real office's."""
    if not is_demo(db):
        return None
    from caseapp.services import users

    existing = {u.username for u in users.list_users(db) if u.active and not u.locked}
    names = tuple(name for name in (DEMO_ADMIN, *(u for u, _, _ in DEMO_STAFF)) if name in existing)
    return names, DEMO_PASSWORD


def create_demo_workstation(db: Database, *, cases: int = 3000, seed: int = 1, years: int | None = None,
                            progress: Progress | None = None,
                            cancelled: Callable[[], bool] | None = None) -> DemoResult:
    """First start without a database: a demo office (Bayanzürkh district), node 1, and demo data."""
    from caseapp.services.setup import initialise

    initialise(db, office_code=DEMO_OFFICE, node_no=1, admin_username=DEMO_ADMIN, admin_password=DEMO_PASSWORD,
               admin_full_name="Жишээ админ", demo=True)
    return generate(db, cases=cases, seed=seed, years=years, progress=progress, cancelled=cancelled)
