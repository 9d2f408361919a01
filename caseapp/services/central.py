"""The central server's use cases (DESIGN §7), over the same domain and storage code as a workstation: the
HTTP layer (``caseapp/central``) and ``caseapp central ...`` both call these.

- ``initialise``: schema, reference data (the same events every workstation loads), the signing key.
- ``new_enrollment_code`` / ``enroll``: a one-time code for an office; a workstation trades it for a token.
- ``authenticate``: a request's token to its device (unknown or revoked: refused).
- ``push``: a node's events in one transaction under the ``seq_head`` lock, each checked (wire form, hash,
  chain, node, office, scope, role) and answered on its own; a signed checkpoint of what was acknowledged.
- ``pull``: the office's feed after a cursor, from one snapshot.
- ``digest``: count and XOR of hashes per office, narrowed by bucket and stream.
- ``fold_pending``: the central projections, folded by the same code after each push.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
import hashlib
import json
import logging
import re
import secrets
import threading
import time
from collections.abc import Sequence
from typing import Any

import orjson
from sqlalchemy import Connection, Engine, and_, func, insert, or_, select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql import Executable

from caseapp.domain import rules
from caseapp.domain.digests import BUCKETS, ZERO, Digest, group_digests, xor
from caseapp.domain.clock import SYSTEM_CLOCK, Clock
from caseapp.domain.events import (CALENDAR, CASE, CASE_ACTIONS, CATALOGUE, CITIZEN, OFFICE, STREAMS, USER, Event,
                                   canonical_json)
from caseapp.domain.wire import WireError, from_wire, to_wire
from caseapp.errors import ConflictError, NotFoundError, PermissionDenied, StorageError, ValidationError
from caseapp.services import signing
from caseapp.services.setup import REFERENCE_NODE, REFERENCE_OFFICE, find_reference_office, reference_events
from caseapp.storage import central as central_storage
from caseapp.storage.central_models import (DEVICES, DIGESTS, ENROLLMENTS, FEED, NATIONAL, NODE_HEADS, REFUSED,
                                            SCOPE, SEQ_HEAD, SERVER_STATE)
from caseapp.storage.engine import UnitOfWork
from caseapp.storage.event_rows import EVENTS, event_to_row, row_to_event
from caseapp.storage.eventlog import fold_priority, node_id_for, utc_iso
from caseapp.storage.models import OfficeRow, UserRow, table_of
from caseapp.domain.fold import fold_case
from caseapp.storage.projections import Projector

log = logging.getLogger(__name__)
OFFICES = table_of(OfficeRow)
USERS = table_of(UserRow)

API_VERSION = 1
MAX_PUSH_EVENTS = 1000               # events in one push
MAX_PULL_EVENTS = 5000               # events in one pull page
MAX_PAYLOAD_BYTES = 64 * 1024        # one event's payload (a letterhead's logo is the largest)
CODE_LIFETIME = timedelta(hours=24)
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"     # no 0/O, 1/I/L: read aloud and typed at a counter
CODE_LENGTH = 12
# kinds of reference stream: the national data comes from the centre; an office's own change stays its own
REFERENCE_STREAMS = (OFFICE, CATALOGUE, CALENDAR)
OWNER, OFFERED, READER = "owner", "offered", "reader"
TRANSFER_ACTIONS = frozenset({"offer_transfer", "accept_transfer", "return_transfer"})
# what an office may still have written about a case it held, and sent after its offer was answered
CROSSED_KINDS = frozenset({"case.transfer_withdrawn", "case.note_added"})


def sha256(text: str) -> bytes:
    return hashlib.sha256(text.encode()).digest()


_CODE = re.compile(r"^[A-Z0-9-]{1,40}$")          # office and node ids as the reference data spells them


def _plain(value: object, limit: int) -> bool:
    """Text a query may carry to the database: PostgreSQL refuses NUL, and no id of ours has a control
    character or is longer than its column."""
    return isinstance(value, str) and 0 < len(value) <= limit and value.isprintable()


@dataclass
class CentralStore:
    """An open central store: the engine, its URL (for messages) and the clock."""
    url: str
    engine: Engine
    clock: Clock = field(default=SYSTEM_CLOCK)

    _signing_key: bytes | None = field(default=None, repr=False, compare=False)
    # notified at each push's commit, which it counts: a push that came before the node's earlier ones waits
    # on it (``push``)
    pushed: threading.Condition = field(default_factory=threading.Condition, repr=False, compare=False)
    commits: int = field(default=0, repr=False, compare=False)

    def uow(self, *, write: bool = False) -> UnitOfWork:
        return UnitOfWork(self.engine, write=write, clock=self.clock)

    def signing_key(self, conn: Connection) -> bytes:
        """The server's private key (read once: it never changes after ``central init``)."""
        if self._signing_key is None:
            self._signing_key = bytes(conn.execute(select(SERVER_STATE.c.signing_key)
                                                   .where(SERVER_STATE.c.id == 1)).scalar_one())
        return self._signing_key

    def reader(self) -> UnitOfWork:
        """A unit of work over one consistent snapshot."""
        return UnitOfWork(central_storage.snapshot_engine(self.engine), clock=self.clock)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "CentralStore":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_store(url: str, *, clock: Clock = SYSTEM_CLOCK, migrate: bool = True) -> CentralStore:
    engine = central_storage.create_central_engine(url)
    try:
        if migrate:
            central_storage.upgrade(engine)
        elif central_storage.current_revision(engine) is None:
            raise StorageError("central.not_initialised")
    except StorageError:
        engine.dispose()
        raise
    except Exception as exc:  # noqa: BLE001 - a database that cannot be reached: one readable message
        engine.dispose()
        raise StorageError("central.cannot_open", url=safe_url(url), detail=str(exc).splitlines()[0]) from exc
    return CentralStore(url, engine, clock)


def safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001
        return "?"


# --- set-up ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CentralInfo:
    created: bool
    public_key: str
    reference_events: int


def initialise(store: CentralStore) -> CentralInfo:
    """Make the store ready (safe to run again): ``seq_head``, the signing key, the reference data."""
    with store.uow(write=True) as uow:
        conn = uow.conn
        state: Any = conn.execute(select(SERVER_STATE).where(SERVER_STATE.c.id == 1)).first()
        created = state is None
        if created:
            private, public = signing.new_key_pair()
            conn.execute(insert(SERVER_STATE).values(id=1, signing_key=private, public_key=public,
                                                     created_at=utc_iso(uow.clock), folded_seq=0))
            conn.execute(insert(SEQ_HEAD).values(id=1, last_seq=0))
            public_hex = public.hex()
        else:
            public_hex = state.public_key.hex()
        batch = _Push(conn, node_id=REFERENCE_NODE, office_id=REFERENCE_OFFICE, now=utc_iso(uow.clock))
        wire = [to_wire(event) for event in reference_events()]
        results = batch.run(wire)
        uow.commit()
    if created:          # the reference offices and catalogue, folded (a push checks a transfer's target there);
        fold_pending(store)      # later folds follow pushes, never a server's start-up
    return CentralInfo(created, public_hex, sum(1 for r in results if r["status"] == "accepted"))


def server_public_key(conn: Connection) -> str:
    key = conn.execute(select(SERVER_STATE.c.public_key).where(SERVER_STATE.c.id == 1)).scalar()
    if key is None:
        raise StorageError("central.not_initialised")
    return key.hex()


# --- enrollment -----------------------------------------------------------------------------------------------

def normalise_code(code: str) -> str:
    return "".join(ch for ch in str(code).upper() if ch.isalnum())


def format_code(code: str) -> str:
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


@dataclass(frozen=True)
class EnrollmentCode:
    code: str            # as shown: XXXX-XXXX-XXXX
    office_id: str
    expires_at: str


def new_enrollment_code(store: CentralStore, office_id: str) -> EnrollmentCode:
    """A one-time code for a workstation of ``office_id`` (a country-level office; valid 24 hours). Only its
    sha256 is kept."""
    office = find_reference_office(office_id)
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    now = store.clock.now()
    expires = (now + CODE_LIFETIME).isoformat(timespec="seconds")
    with store.uow(write=True) as uow:
        uow.conn.execute(insert(ENROLLMENTS).values(code_hash=sha256(code), office_id=office.code,
                                                    created_at=now.isoformat(timespec="seconds"),
                                                    expires_at=expires))
        uow.commit()
    return EnrollmentCode(format_code(code), office.code, expires)


@dataclass(frozen=True)
class Enrolled:
    token: str
    node_id: str
    node_no: int
    office_id: str
    public_key: str
    server_time: str


def enroll(store: CentralStore, code: str, *, node_id: str | None = None, office_id: str | None = None,
           node_no: int | None = None) -> Enrolled:
    """Trade a one-time code for a node token. An existing workstation names itself (``node_id``, its office
    and number): refused if that node is already enrolled (a copy of a database, a second ``init``). A new one
    names nothing and gets the office's next node number."""
    plain = normalise_code(code)
    if not plain or len(plain) > 64:
        raise ValidationError("enroll.code_unknown", field="code")
    now = store.clock.now()
    with store.uow(write=True) as uow:
        conn = uow.conn
        row = conn.execute(select(ENROLLMENTS).where(ENROLLMENTS.c.code_hash == sha256(plain))).first()
        if row is None:
            raise PermissionDenied("enroll.code_unknown", field="code")
        if row.used_at is not None:
            raise PermissionDenied("enroll.code_used", field="code", at=row.used_at)
        if row.expires_at <= now.isoformat(timespec="seconds"):
            raise PermissionDenied("enroll.code_expired", field="code", at=row.expires_at)
        if node_id is not None:
            if not (_CODE.match(node_id) and isinstance(office_id, str) and _CODE.match(office_id)):
                raise ValidationError("enroll.node_id", field="node_id", node=node_id[:40].encode(
                    "unicode_escape").decode())
            if office_id != row.office_id:
                raise PermissionDenied("enroll.other_office", field="office", office=str(office_id),
                                       code_office=row.office_id)
            if node_no is None or not 1 <= node_no <= 99 or node_id != node_id_for(row.office_id, node_no):
                raise ValidationError("enroll.node_id", field="node_id", node=node_id)
            taken = conn.execute(select(DEVICES.c.node_id).where(
                (DEVICES.c.node_id == node_id) | ((DEVICES.c.office_id == row.office_id)
                                                  & (DEVICES.c.node_no == node_no)))).first()
            if taken is not None or conn.execute(select(NODE_HEADS.c.node_id)
                                                 .where(NODE_HEADS.c.node_id == node_id)).first():
                raise ConflictError("enroll.node_enrolled", field="node_id", node=node_id)
        else:
            used = conn.execute(select(func.max(DEVICES.c.node_no)).where(DEVICES.c.office_id == row.office_id)
                                ).scalar() or 0
            node_no = used + 1
            if node_no > 99:
                raise ConflictError("enroll.office_full", office=row.office_id)
            node_id = node_id_for(row.office_id, node_no)
        token = secrets.token_urlsafe(32)                     # 256 random bits
        stamp = now.isoformat(timespec="seconds")
        conn.execute(insert(DEVICES).values(node_id=node_id, office_id=row.office_id, node_no=node_no,
                                            token_hash=sha256(token), enrolled_at=stamp))
        conn.execute(update(ENROLLMENTS).where(ENROLLMENTS.c.code_hash == row.code_hash)
                     .values(used_at=stamp, used_by=node_id))
        public = server_public_key(conn)
        uow.commit()
    return Enrolled(token, node_id, node_no, row.office_id, public, now.isoformat(timespec="milliseconds"))


@dataclass(frozen=True)
class Device:
    node_id: str
    office_id: str
    last_seen_at: str | None = None          # as the request found it


SEEN_EVERY = timedelta(minutes=1)           # how fresh a device's "last seen" is kept (not a write per request)


def authenticate(store: CentralStore, token: str | None) -> Device:
    """The device a request's token belongs to; refused when unknown or revoked."""
    with store.uow() as uow:
        return _device_of(uow.conn, token)


def _device_of(conn: Connection, token: str | None) -> Device:
    if not token or len(token) > 200:
        raise PermissionDenied("sync.token_missing")
    row = conn.execute(select(DEVICES.c.node_id, DEVICES.c.office_id, DEVICES.c.revoked_at, DEVICES.c.last_seen_at)
                       .where(DEVICES.c.token_hash == sha256(token))).first()
    if row is None:
        raise PermissionDenied("sync.token_unknown")
    if row.revoked_at is not None:
        raise PermissionDenied("sync.token_revoked", at=row.revoked_at)
    return Device(row.node_id, row.office_id, row.last_seen_at)


@dataclass(frozen=True)
class NodeInfo:
    node_id: str
    office_id: str
    enrolled_at: str
    revoked_at: str | None
    last_seen_at: str | None
    node_seq: int


def nodes(store: CentralStore) -> list[NodeInfo]:
    with store.uow() as uow:
        rows = uow.conn.execute(
            select(DEVICES, NODE_HEADS.c.node_seq).outerjoin(NODE_HEADS, NODE_HEADS.c.node_id == DEVICES.c.node_id)
            .order_by(DEVICES.c.office_id, DEVICES.c.node_no)).all()
    return [NodeInfo(r.node_id, r.office_id, r.enrolled_at, r.revoked_at, r.last_seen_at, r.node_seq or 0)
            for r in rows]


def revoke(store: CentralStore, node_id: str) -> str:
    """Revoke a workstation's token (a stolen or retired PC): every later request of it is refused."""
    with store.uow(write=True) as uow:
        row = uow.conn.execute(select(DEVICES.c.revoked_at).where(DEVICES.c.node_id == node_id)).first()
        if row is None:
            raise NotFoundError("central.node_unknown", node=node_id)
        at = row.revoked_at or store.clock.now().isoformat(timespec="seconds")
        uow.conn.execute(update(DEVICES).where(DEVICES.c.node_id == node_id).values(revoked_at=at))
        uow.commit()
    return at


# --- push -----------------------------------------------------------------------------------------------------

def hashed_payload(event: Event) -> tuple[str, bool]:
    """The payload's canonical JSON (``canonical_json``, as its author hashed it), and whether the event's hash
    is sound with it. orjson writes that same text several times faster, except for some numbers (``1e-7``,
    integers past 64 bits): only when its text does not give the hash is the payload written the slow way,
    before the event is called tampered."""
    try:
        fast = orjson.dumps(event.payload, option=orjson.OPT_SORT_KEYS).decode()
    except orjson.JSONEncodeError:
        fast = None
    if fast is not None and event.compute_hash(fast) == event.hash:
        return fast, True
    text = canonical_json(event.payload)
    return text, text != fast and event.compute_hash(text) == event.hash


class _Refused(Exception):
    """Why an event is refused: by ``_check_link`` (not a link of the node's chain: the head stays), or by
    ``_visibility`` (a sound link with content the office may not write: the head moves past it)."""

    def __init__(self, reason: str, *, detail: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


class _Push:
    """One push transaction's work: checks each event against the node's chain head and the streams' scope,
    and writes what it accepts in batches (the scope of a batch's streams is read once, up front)."""

    def __init__(self, conn: Connection, *, node_id: str, office_id: str, now: str,
                 also: Sequence[Executable] = ()) -> None:
        self.conn = conn
        self.node_id = node_id
        self.office_id = office_id
        self.now = now
        self.also = list(also)                    # statements of the caller's, sent with the push's last ones
        start = central_storage.lock_for_push(conn, node_id, office_id)
        self.last_seq = start.last_seq
        self.head_exists = start.node_seq is not None
        self.node_seq: int = int(start.node_seq or 0)
        self.last_hash: bytes = bytes(start.last_hash or b"")
        self.held_digests: dict[str, tuple[int, bytes] | None] = {     # office -> its digest row, as read
            office_id: None if start.digest_count is None else (start.digest_count, start.digest_xor or ZERO)}
        self.start_seq = self.node_seq
        self.head_server_seq: int | None = None     # the server_seq at node_seq, once this push has moved it
        self.scope: dict[tuple[str, str], dict[str, dict]] = {}      # stream -> office -> scope row
        self.scope_dirty: set[tuple[str, str, str]] = set()
        self.scope_stored: set[tuple[str, str, str]] = set()                # (stream, id, office) in the table
        self.event_rows: central_storage.RowStream | None = None     # the accepted events, as they come
        self.feed: list[dict] = []
        self.refused: list[dict] = []
        self.digests: dict[str, list] = {}                           # office -> [count, xor]
        self.roles: dict[str, tuple[str, str]] | None = None         # user -> (role, office)
        self.user_streams: set[str] = set()
        self.held: dict[str, tuple[str, int | None, bytes, str | None]] = {}     # filled by preload()

    def run(self, raw_events: Sequence[object], *, every_id: bool = True) -> list[dict]:
        """Take every event of the batch and write what is accepted: the answers, in order."""
        self.preload(raw_events, every_id=every_id)
        try:
            results = [self.take(raw) for raw in raw_events]
            self.finish()
        except BaseException as exc:
            if self.event_rows is not None:
                self.event_rows.abort(exc)
            raise
        return results

    # reading what is held ---------------------------------------------------------------------------------
    def preload(self, raw_events: Sequence[object], *, every_id: bool = True) -> None:
        """What the server already holds of the batch's events, and the scope of every stream it names: a
        query per kind, not per event. Without ``every_id``, the node's own events past its head are taken as
        new (its chain cannot hold them, and no other node's can unless it copied their ids: the insert then
        fails, and ``push`` answers the batch again with every id looked up)."""
        ids = sorted({r["event_id"] for r in raw_events if isinstance(r, dict) and _plain(r.get("event_id"), 64)
                      and (every_id or not self._past_head(r))})
        among = central_storage.among
        if ids:
            for row in self.conn.execute(select(EVENTS.c.event_id, EVENTS.c.server_seq, EVENTS.c.hash)
                                         .where(among(self.conn, EVENTS.c.event_id, ids))):
                self.held[row.event_id] = ("accepted", row.server_seq, row.hash, None)
            for row in self.conn.execute(select(REFUSED.c.event_id, REFUSED.c.hash, REFUSED.c.reason)
                                         .where(among(self.conn, REFUSED.c.event_id, ids))):
                self.held[row.event_id] = ("refused", None, row.hash, row.reason)
        keys: set[tuple[str, str]] = {(r["stream"], r["stream_id"]) for r in raw_events if isinstance(r, dict)
                                      and _plain(r.get("stream"), 16) and _plain(r.get("stream_id"), 64)}
        keys |= {(CITIZEN, r["payload"]["citizen_id"]) for r in raw_events       # the citizens cases name
                 if isinstance(r, dict) and r.get("kind") == "case.registered" and isinstance(r.get("payload"), dict)
                 and _plain(r["payload"].get("citizen_id"), 64)}
        keys -= set(self.scope)
        by_stream: dict[str, list[str]] = {}
        for stream, stream_id in sorted(keys):
            self.scope[(stream, stream_id)] = {}
            by_stream.setdefault(stream, []).append(stream_id)
        if by_stream:                           # the key's order: an index range per stream, in one query
            for row in self.conn.execute(select(SCOPE).where(or_(*(
                    and_(SCOPE.c.stream == stream, among(self.conn, SCOPE.c.stream_id, stream_ids))
                    for stream, stream_ids in by_stream.items())))):
                self.scope[(row.stream, row.stream_id)][row.office_id] = dict(row._mapping)
                self.scope_stored.add((row.stream, row.stream_id, row.office_id))
        self._load_roles()

    def begins_past_head(self, raw_events: Sequence[object]) -> bool:
        """Whether the batch's first event of this node is not the next link of its chain on the server, but
        a later one (a batch sent before the answer to the one before it)."""
        first = min((r["node_seq"] for r in raw_events if isinstance(r, dict) and r.get("node_id") == self.node_id
                     and isinstance(r.get("node_seq"), int) and not isinstance(r["node_seq"], bool)), default=None)
        return first is not None and first > self.node_seq + 1

    def _past_head(self, raw: dict) -> bool:
        node_seq = raw.get("node_seq")
        return raw.get("node_id") == self.node_id and isinstance(node_seq, int) and node_seq > self.node_seq

    def _scope_of(self, stream: str, stream_id: str) -> dict[str, dict]:
        if (stream, stream_id) not in self.scope:
            self.flush()
            self.scope[(stream, stream_id)] = {row.office_id: dict(row._mapping) for row in self.conn.execute(
                select(SCOPE).where(SCOPE.c.stream == stream, SCOPE.c.stream_id == stream_id))}
            self.scope_stored.update((stream, stream_id, office) for office in self.scope[(stream, stream_id)])
        return self.scope[(stream, stream_id)]

    def _active(self, stream: str, stream_id: str) -> dict[str, dict]:
        return {office: row for office, row in self._scope_of(stream, stream_id).items()
                if row["until_seq"] is None}

    def _known(self, event_id: str) -> tuple[str, int | None, bytes, str | None] | None:
        """(status, server_seq, hash, reason) of an event the server holds (read by ``preload``) or took
        earlier in this batch."""
        return self.held.get(event_id)

    def _fold_users(self) -> None:
        """Users are folded at once (not after the push like the rest): the events after a user's creation
        in the same batch are checked against that user's role."""
        if self.user_streams:
            self.flush()
            projector = Projector(self.conn)
            for user_id in sorted(self.user_streams):
                projector.refold(USER, user_id)
            self.user_streams.clear()
            self.roles = None

    def _role_of(self, user_id: str | None) -> tuple[str, str] | None:
        if user_id is None:
            return None
        self._fold_users()
        return self._load_roles().get(user_id)

    def _load_roles(self) -> dict[str, tuple[str, str]]:
        if self.roles is None:
            self.flush()
            self.roles = {r.user_id: (r.role, r.office_id) for r in
                          self.conn.execute(select(USERS.c.user_id, USERS.c.role, USERS.c.office_id)
                                            .where(USERS.c.office_id == self.office_id))}
        return self.roles

    # one event ---------------------------------------------------------------------------------------------
    def take(self, raw: object) -> dict:
        """Check one wire event and accept or refuse it: its answer ``{event_id, server_seq, status, reason}``."""
        event_id = raw.get("event_id") if isinstance(raw, dict) else None
        event_id = event_id if isinstance(event_id, str) and len(event_id) <= 64 else None
        try:
            event = from_wire(raw)
        except WireError as exc:
            return {"event_id": event_id, "server_seq": None, "status": "refused", "reason": f"malformed.{exc.field}"}
        known = self._known(event.event_id)
        if known is not None:
            status, seq, held_hash, reason = known
            if held_hash != event.hash:
                return self._answer(event, "refused", "event.hash_differs")
            if status == "refused":
                return self._answer(event, "refused", reason)
            return {"event_id": event.event_id, "server_seq": seq, "status": "duplicate", "reason": None}
        payload_json, sound = hashed_payload(event)          # once: for the hash, the size and the row
        try:
            self._check_link(event, sound)
        except _Refused as refusal:
            return self._answer(event, "refused", refusal.reason)
        self.node_seq, self.last_hash = event.node_seq, event.hash          # a sound link, whatever comes next
        try:
            if len(payload_json.encode()) > MAX_PAYLOAD_BYTES:
                raise _Refused("event.too_large")
            offices, grants, ends = self._visibility(event)
        except _Refused as refusal:
            self.refused.append({"event_id": event.event_id, "node_id": event.node_id, "node_seq": event.node_seq,
                                 "hash": event.hash, "reason": refusal.reason, "detail": refusal.detail or None,
                                 "received_at": self.now})
            self.held[event.event_id] = ("refused", None, event.hash, refusal.reason)
            self.head_server_seq = 0
            return {**self._answer(event, "refused", refusal.reason), "detail": refusal.detail or None}
        self.last_seq += 1
        seq = self.head_server_seq = self.last_seq
        row = event_to_row(event, payload_json)
        row.update(server_seq=seq, received_at=self.now)
        if self.event_rows is None:
            self.event_rows = central_storage.RowStream(self.conn, EVENTS, list(row))
        self.event_rows.write(row)
        for office in offices:
            self._feed(office, seq, seq, event.hash)
        for office, stream, stream_id, role in grants:
            self._grant(office, stream, stream_id, role, seq)
        for office, stream, stream_id in ends:
            scope_row = self._scope_of(stream, stream_id).get(office)
            if scope_row is not None and scope_row["until_seq"] is None:
                scope_row["until_seq"] = seq
                self.scope_dirty.add((stream, stream_id, office))
        if event.stream == USER:
            self.user_streams.add(event.stream_id)
        self.held[event.event_id] = ("accepted", seq, event.hash, None)
        return {"event_id": event.event_id, "server_seq": seq, "status": "accepted", "reason": None}

    @staticmethod
    def _answer(event: Event, status: str, reason: str | None) -> dict:
        return {"event_id": event.event_id, "server_seq": None, "status": status, "reason": reason}

    def _check_link(self, event: Event, hash_sound: bool) -> None:
        if event.node_id != self.node_id or event.office_id != self.office_id:
            raise _Refused("event.not_this_node")
        if not hash_sound:
            raise _Refused("event.tampered")
        if event.node_seq <= self.node_seq or (event.node_seq == self.node_seq + 1
                                               and event.prev_hash != self.last_hash):
            raise _Refused("event.forked_chain")
        if event.node_seq > self.node_seq + 1:
            raise _Refused("event.chain_gap")

    def _visibility(self, event: Event) -> tuple[set[str], list[tuple[str, str, str, str]],
                                                 list[tuple[str, str, str]]]:
        """Which offices' feeds take the event, which streams it makes visible to whom (with their history),
        whose view of a stream it ends; refuses what the writing office may not write."""
        office, stream, stream_id = event.office_id, event.stream, event.stream_id
        if self.node_id == REFERENCE_NODE:
            return {NATIONAL}, [], []
        if stream in REFERENCE_STREAMS:
            if stream == OFFICE and stream_id != office:
                raise _Refused("event.national_data")
            # the office's own adjustment: its feed only (no scope: the stream itself, "MN" say, is shared,
            # and another office's adjustments of it are not this office's to see)
            return {office}, [], []
        active = self._active(stream, stream_id)
        if stream == USER:
            owner = next(iter(active), None)
            target = owner or (event.payload.get("office_id") if event.kind == "user.created" else None)
            if target != office or (owner is None and event.kind != "user.created"):
                raise _Refused("event.other_office")
            return {office}, [(office, stream, stream_id, OWNER)], []
        if stream == CITIZEN:
            if active and office not in active:
                raise _Refused("event.not_in_scope")
            return set(active) | {office}, [(office, stream, stream_id, READER)], []
        if stream != CASE or event.kind not in CASE_ACTIONS:
            raise _Refused("event.unknown_kind")
        return self._case_visibility(event, active)

    def _case_visibility(self, event: Event, active: dict[str, dict]):
        office, case_id = event.office_id, event.stream_id
        action = CASE_ACTIONS[event.kind]
        if not active:
            if event.kind != "case.registered":
                raise _Refused("event.unknown_case")
            owner, offered = office, None
        else:
            owner = next((o for o, r in active.items() if r["role"] == OWNER), "")
            offered = next((o for o, r in active.items() if r["role"] == OFFERED), None)
        user = self._role_of(event.user_id)
        if user is None or user[1] != office:
            raise _Refused("event.unknown_user")
        if event.kind in CROSSED_KINDS and office not in active and self._crossed(event):
            # the office held the case when it wrote this (offline, its offer answered meanwhile): taken, for
            # the fold to apply or flag on every node, never refused as if written by a stranger
            owner = office
        # a user locked since is not a refusal: the workstation checked them when the change was made
        # (``UnitOfWork(acting=...)``), possibly offline, before the lock reached it
        refusal = rules.case_action_refusal(role=user[0], actor_office=office, action=action, state=None,
                                            owner_office=owner, transfer_to=offered,
                                            permission=rules.PERMISSION_OF_KIND.get(event.kind))
        if refusal is not None:
            raise _Refused(refusal.key, detail=canonical_json(refusal.values))
        offices = set(active) | {office}
        grants: list[tuple[str, str, str, str]] = []
        ends: list[tuple[str, str, str]] = []
        citizen = event.payload.get("citizen_id")
        if event.kind == "case.registered":
            grants.append((office, CASE, case_id, OWNER))
            if isinstance(citizen, str):
                grants.append((office, CITIZEN, citizen, READER))
            return offices, grants, ends
        if action == "offer_transfer":
            target = event.payload.get("to_office")
            if not isinstance(target, str) or target == owner or not self._office_exists(target):
                raise _Refused("event.transfer_target")
            offices.add(target)                   # the offer itself, after the history it brings
        if action in TRANSFER_ACTIONS:
            grants, ends = self._follow_the_fold(event, active)
        return offices, grants, ends

    def _crossed(self, event: Event) -> bool:
        """Whether the office wrote ``event`` while it still held the case: its author had not seen the event
        that ended the office's view (the ``seen`` vector: that event's node's events in the stream). A change
        made after seeing it is a stranger's, and refused."""
        ended = self._scope_of(CASE, event.stream_id).get(event.office_id)
        if ended is None or ended["until_seq"] is None or event.seen is None:
            return False
        self.flush()
        node = self.conn.execute(select(EVENTS.c.node_id).where(EVENTS.c.server_seq == ended["until_seq"])).scalar()
        nth = self.conn.execute(select(func.count()).select_from(EVENTS).where(
            EVENTS.c.stream == CASE, EVENTS.c.stream_id == event.stream_id, EVENTS.c.node_id == node,
            EVENTS.c.server_seq <= ended["until_seq"])).scalar_one()
        return event.seen.get(str(node), 0) < nth

    def _follow_the_fold(self, event: Event, active: dict[str, dict]
                         ) -> tuple[list[tuple[str, str, str, str]], list[tuple[str, str, str]]]:
        """Who sees a case after a transfer event: what the fold of its stream says (its owner, and the office
        it is offered to), so the server's scope and every node's projection agree even when an offer's answer
        crossed its withdrawal (the fold applies one and flags the other). An office that gets the case gets
        its history and its citizens; one that loses it keeps what it had."""
        self.flush()
        history = [row_to_event(row) for row in self.conn.execute(
            select(EVENTS).where(EVENTS.c.stream == CASE, EVENTS.c.stream_id == event.stream_id))]
        after = fold_case(event.stream_id, [*history, event])
        wanted = {after.owner_office: OWNER}
        if after.transfer_to:
            wanted[after.transfer_to] = OFFERED
        grants: list[tuple[str, str, str, str]] = []
        ends = [(office, CASE, event.stream_id) for office in active if office not in wanted]
        citizens = None
        for office, role in wanted.items():
            if active.get(office, {}).get("role") == role:
                continue
            grants.append((office, CASE, event.stream_id, role))
            if office not in active:
                citizens = self._citizens_of_case(event.stream_id) if citizens is None else citizens
                grants += [(office, CITIZEN, citizen_id, READER) for citizen_id in sorted(citizens)]
        return grants, ends

    def _office_exists(self, code: str) -> bool:
        self.flush()
        return self.conn.execute(select(OFFICES.c.code).where(OFFICES.c.code == code)).first() is not None

    def _citizens_of_case(self, case_id: str) -> set[str]:
        self.flush()
        found = set()
        payload: Any
        for payload in self.conn.execute(select(EVENTS.c.payload).where(
                EVENTS.c.stream == CASE, EVENTS.c.stream_id == case_id, EVENTS.c.kind == "case.registered")).scalars():
            citizen = json.loads(str(payload)).get("citizen_id")
            if isinstance(citizen, str):
                found.add(citizen)
        return found

    # writing -----------------------------------------------------------------------------------------------
    def _feed(self, office: str, seq: int, at_seq: int, digest: bytes) -> None:
        self.feed.append({"office_id": office, "server_seq": seq, "at_seq": at_seq})
        totals = self.digests.setdefault(office, [0, ZERO])
        totals[0] += 1
        totals[1] = xor(totals[1], digest)

    def _grant(self, office: str, stream: str, stream_id: str, role: str, at_seq: int) -> None:
        """``office`` sees the stream from now on: its whole history is added to the office's feed at
        ``at_seq`` (what it already had stays as it was)."""
        rows = self._scope_of(stream, stream_id)
        new_stream = not rows
        current = rows.get(office)
        if current is not None and current["until_seq"] is None:
            if current["role"] != role and role == OWNER:
                current["role"] = role
                self.scope_dirty.add((stream, stream_id, office))
            return
        rows[office] = {"stream": stream, "stream_id": stream_id, "office_id": office, "role": role,
                        "since_seq": at_seq, "until_seq": None}
        self.scope_dirty.add((stream, stream_id, office))
        if new_stream and office == self.office_id:
            return                 # a stream this office began (in this batch): it has every event of it
        self.flush()
        had = {seq for (seq,) in self.conn.execute(
            select(FEED.c.server_seq).join(EVENTS, EVENTS.c.server_seq == FEED.c.server_seq).where(
                FEED.c.office_id == office, EVENTS.c.stream == stream, EVENTS.c.stream_id == stream_id))}
        history: Any = self.conn.execute(select(EVENTS.c.server_seq, EVENTS.c.hash).where(
            EVENTS.c.stream == stream, EVENTS.c.stream_id == stream_id, EVENTS.c.server_seq < at_seq))
        for seq, digest in history:
            if seq not in had:
                self._feed(office, int(seq), at_seq, bytes(digest))

    def flush(self) -> None:
        """Write the accepted events and feed rows so far: before any other statement (a query that must see
        them, or any query at all while the events' COPY is open)."""
        if self.event_rows is not None:
            self.event_rows.close()
            self.event_rows = None
        central_storage.insert_rows(self.conn, FEED, self.feed)
        self.feed = []

    def finish(self) -> None:
        """Everything else the transaction writes: refusals, scope, digests, the node's head and ``seq_head``."""
        self._fold_users()
        self.flush()
        if self.refused:
            self.conn.execute(insert(REFUSED), self.refused)
            self.refused = []
        new_rows = []
        for key in sorted(self.scope_dirty):
            stream, stream_id, office = key
            row = self.scope[(stream, stream_id)][office]
            if key in self.scope_stored:
                self.conn.execute(update(SCOPE).where(SCOPE.c.stream == stream, SCOPE.c.stream_id == stream_id,
                                                      SCOPE.c.office_id == office)
                                  .values(role=row["role"], since_seq=row["since_seq"], until_seq=row["until_seq"]))
            else:
                new_rows.append(row)
                self.scope_stored.add(key)
        central_storage.insert_rows(self.conn, SCOPE, new_rows)
        self.scope_dirty.clear()
        last: list[Executable] = []                   # sent together: nothing reads their results
        for office, (count, digest) in sorted(self.digests.items()):
            held = self.held_digests[office] if office in self.held_digests else self._digest_of(office)
            if held is None:
                last.append(insert(DIGESTS).values(office_id=office, count=count, xor=digest))
            else:
                last.append(update(DIGESTS).where(DIGESTS.c.office_id == office)
                            .values(count=held[0] + count, xor=xor(held[1], digest)))
        self.digests.clear()
        if self.node_seq != self.start_seq:
            if self.head_exists:
                last.append(update(NODE_HEADS).where(NODE_HEADS.c.node_id == self.node_id)
                            .values(node_seq=self.node_seq, last_hash=self.last_hash))
            else:
                last.append(insert(NODE_HEADS).values(node_id=self.node_id, office_id=self.office_id,
                                                      node_seq=self.node_seq, last_hash=self.last_hash))
                self.head_exists = True
            self.start_seq = self.node_seq
        last.append(update(SEQ_HEAD).where(SEQ_HEAD.c.id == 1).values(last_seq=self.last_seq))
        central_storage.execute_together(self.conn, last + self.also)
        self.also = []

    def _digest_of(self, office: str) -> tuple[int, bytes] | None:
        held: Any = self.conn.execute(select(DIGESTS.c.count, DIGESTS.c.xor)
                                      .where(DIGESTS.c.office_id == office)).first()
        return None if held is None else (int(held.count), bytes(held.xor))


@dataclass
class PushAnswer:
    results: list[dict]
    checkpoint: dict | None
    head: int


def push(store: CentralStore, who: Device | str | None, raw_events: Sequence[object]) -> PushAnswer:
    """Accept a node's events (one transaction under the ``seq_head`` lock): each answered on its own, a
    refused one never blocking the rest; a signed checkpoint of where the node's chain stands on the server.
    ``who``: the device, or the request's token, checked in the push's own transaction (``authenticate``'s
    refusals, a round trip fewer).

    A workstation sends its next batch before the answer to the one before (``sync.PUSH_IN_FLIGHT``), so the
    two may be taken up in either order: a batch that begins past the node's head waits (up to
    ``ORDER_WAIT_S``, holding no lock) for the pushes before it, then is taken as it is (a gap still there is
    refused as one)."""
    wait_until = time.monotonic() + ORDER_WAIT_S
    every_id = False
    while True:
        with store.pushed:
            commits = store.commits
        try:
            return _push(store, who, raw_events, every_id=every_id, wait_until=wait_until)
        except _Behind:
            with store.pushed:                  # a commit since the head was read: at once, else a while
                store.pushed.wait_for(lambda: store.commits != commits,
                                      min(ORDER_POLL_S, max(0.0, wait_until - time.monotonic())))
        except _HeldElsewhere:
            # an event id the server holds under another node (a copied or hostile workstation's): nothing was
            # written; the batch once more, every id looked up, so that event is answered as held
            log.warning("a push named an event id the server holds under another node")
            every_id = True


ORDER_WAIT_S = 2.0                 # how long a batch waits for the node's batches before it
ORDER_POLL_S = 0.05                # and looks again even unwoken (a push of another server process)


class _HeldElsewhere(Exception):
    """An insert of a push met an event id already held (rolled back, to be answered event by event)."""


class _Behind(Exception):
    """A batch that begins past the node's head on the server, while it may still wait for the ones before."""


def _push(store: CentralStore, who: Device | str | None, raw_events: Sequence[object], *,
          every_id: bool, wait_until: float) -> PushAnswer:
    now = utc_iso(store.clock)
    with store.uow(write=True) as uow:
        device = who if isinstance(who, Device) else _device_of(uow.conn, who)
        if len(raw_events) > MAX_PUSH_EVENTS:
            raise ValidationError("sync.batch_too_large", field="events", count=len(raw_events),
                                  max=MAX_PUSH_EVENTS)
        seen = ([update(DEVICES).where(DEVICES.c.node_id == device.node_id).values(last_seen_at=now)]
                if _seen_long_ago(device.last_seen_at, now) else [])
        batch = _Push(uow.conn, node_id=device.node_id, office_id=device.office_id, now=now, also=seen)
        if batch.begins_past_head(raw_events) and time.monotonic() < wait_until:
            raise _Behind                                  # rolled back: nothing written, no lock kept
        try:
            results = batch.run(raw_events, every_id=every_id)
        except IntegrityError as exc:
            if every_id:
                raise
            raise _HeldElsewhere from exc
        checkpoint = None
        if batch.node_seq:
            seq = batch.head_server_seq
            if seq is None:                   # the head from an earlier push
                seq = uow.conn.execute(select(EVENTS.c.server_seq).where(
                    EVENTS.c.node_id == device.node_id, EVENTS.c.node_seq == batch.node_seq)).scalar()
            message = {"node_id": device.node_id, "node_seq": batch.node_seq, "hash": batch.last_hash.hex(),
                       "server_seq": int(seq or 0), "at": now}
            checkpoint = {**message, "signature": signing.sign(store.signing_key(uow.conn), message)}
        head = batch.last_seq
        uow.commit()
    with store.pushed:
        store.commits += 1
        store.pushed.notify_all()
    return PushAnswer(results, checkpoint, head)


def _seen_long_ago(last_seen_at: str | None, now: str) -> bool:
    """Whether a device's "last seen" is worth a write: unknown, or ``SEEN_EVERY`` away from now (either way:
    a server clock set back is not stuck with a time ahead of it)."""
    try:
        return last_seen_at is None or abs(datetime.fromisoformat(now)
                                           - datetime.fromisoformat(last_seen_at)) >= SEEN_EVERY
    except (TypeError, ValueError):
        return True


# --- pull -----------------------------------------------------------------------------------------------------

@dataclass
class PullPage:
    events: list[dict]
    after: int
    after_seq: int
    head: int
    more: bool


def pull(store: CentralStore, device: Device, *, after: int = 0, after_seq: int = 0,
         limit: int = 1000) -> PullPage:
    """The office's events after the cursor ``(after, after_seq)``, up to ``limit``, from one snapshot: never
    an event committed later with a lower number (``seq_head`` is read in the same snapshot), and a stream that
    became visible arrives with its whole history. The node's own events are left out (it holds them)."""
    if not 1 <= limit <= MAX_PULL_EVENTS:
        raise ValidationError("sync.limit", field="limit", max=MAX_PULL_EVENTS)
    if after < 0 or after_seq < 0:
        raise ValidationError("sync.cursor", field="after")
    with store.reader() as uow:
        conn = uow.conn
        head = int(conn.execute(select(SEQ_HEAD.c.last_seq).where(SEQ_HEAD.c.id == 1)).scalar() or 0)
        rows: list = []
        for office in (device.office_id, NATIONAL):
            rows += conn.execute(
                select(FEED.c.at_seq, EVENTS).join(EVENTS, EVENTS.c.server_seq == FEED.c.server_seq)
                .where(FEED.c.office_id == office, tuple_(FEED.c.at_seq, FEED.c.server_seq) > tuple_(after, after_seq),
                       FEED.c.at_seq <= head)
                .order_by(FEED.c.at_seq, FEED.c.server_seq).limit(limit)).all()
    rows.sort(key=lambda r: (r.at_seq, r.server_seq))
    more = len(rows) >= limit
    rows = rows[:limit]
    if rows:
        after, after_seq = int(rows[-1].at_seq), int(rows[-1].server_seq)
    events = [to_wire(row_to_event(r)) for r in rows if r.node_id != device.node_id]
    return PullPage(events, after, after_seq, head, more)


def stream_events(store: CentralStore, device: Device, stream: str, stream_id: str) -> list[dict]:
    """Every event of one stream the office's feed holds (a repair after a digest found it different)."""
    if stream not in STREAMS or not _plain(stream_id, 64):
        raise ValidationError("sync.stream", field="stream")
    with store.reader() as uow:
        rows = uow.conn.execute(
            select(EVENTS).join(FEED, EVENTS.c.server_seq == FEED.c.server_seq)
            .where(FEED.c.office_id.in_((device.office_id, NATIONAL)), EVENTS.c.stream == stream,
                   EVENTS.c.stream_id == stream_id).order_by(EVENTS.c.server_seq)).all()
    return [to_wire(row_to_event(r)) for r in rows]


# --- digests --------------------------------------------------------------------------------------------------

def digest(store: CentralStore, device: Device) -> Digest:
    """What the office's feed holds: count and XOR of hashes (kept current by every push: two row reads)."""
    with store.reader() as uow:
        rows = uow.conn.execute(select(DIGESTS.c.count, DIGESTS.c.xor).where(
            DIGESTS.c.office_id.in_((device.office_id, NATIONAL)))).all()
    total = Digest.of(bytes(row[1]) for row in rows)
    return Digest(sum(int(row[0]) for row in rows), total.xor)


def _feed_hashes(store: CentralStore, device: Device):
    with store.reader() as uow:
        yield from uow.conn.execute(
            select(EVENTS.c.stream, EVENTS.c.stream_id, EVENTS.c.hash)
            .join(FEED, EVENTS.c.server_seq == FEED.c.server_seq)
            .where(FEED.c.office_id.in_((device.office_id, NATIONAL))), execution_options={"yield_per": 20_000})


def bucket_digests(store: CentralStore, device: Device) -> dict[int, Digest]:
    """The office's digest in 256 buckets of streams: where a difference lies, without listing every stream."""
    return group_digests(_feed_hashes(store, device))[0]


def stream_digests(store: CentralStore, device: Device, bucket: int) -> dict[tuple[str, str], Digest]:
    """The digest of each stream of one bucket."""
    if not 0 <= bucket < BUCKETS:
        raise ValidationError("sync.bucket", field="bucket")
    return group_digests(_feed_hashes(store, device), bucket=bucket)[1]


# --- central projections ---------------------------------------------------------------------------------------

FOLD_STEP = 5000          # events folded per transaction: a writer waits at most that long for the fold


def fold_in_background(store: CentralStore) -> None:
    """``fold_pending`` after a push's answer has gone: a failure is logged (the next push folds again), never
    raised into the server, which would drop the connection the next request is already on."""
    try:
        fold_pending(store, wait=False)
    except Exception:  # noqa: BLE001 - the projections are folded again from the log at the next push
        log.exception("folding the central projections failed")


def fold_pending(store: CentralStore, *, wait: bool = True) -> int:
    """Fold the streams that changed since the last fold into the central projections (the same code as a
    workstation's). Run after pushes, outside their transactions (a push answers without waiting for it), in
    steps of ``FOLD_STEP`` events, each its own short transaction. Returns how many streams were folded.
    ``wait``: another folder at work (the server's fold process) is waited for, so that on return everything
    pushed so far is folded; without it, that folder is left to it (``fold_in_background``)."""
    folded_streams = 0
    while True:
        with store.uow(write=True) as uow:
            conn = uow.conn
            query = select(SERVER_STATE.c.folded_seq).where(SERVER_STATE.c.id == 1)
            if conn.dialect.name == "postgresql":
                # another folder at it: waited for (everything is folded on return), or left to it
                query = query.with_for_update(skip_locked=not wait)
            folded = conn.execute(query).scalar()
            head = int(conn.execute(select(SEQ_HEAD.c.last_seq).where(SEQ_HEAD.c.id == 1)).scalar() or 0)
            if folded is None or head <= folded:
                return folded_streams
            upto = min(head, int(folded) + FOLD_STEP)
            streams = conn.execute(select(EVENTS.c.stream, EVENTS.c.stream_id).where(
                EVENTS.c.server_seq > folded, EVENTS.c.server_seq <= upto).distinct()).all()
            projector = Projector(conn)
            for stream, stream_id in sorted(((str(a), str(b)) for a, b in streams), key=fold_priority):
                projector.refold(stream, stream_id)
            conn.execute(update(SERVER_STATE).where(SERVER_STATE.c.id == 1).values(folded_seq=upto))
            uow.commit()
        folded_streams += len(streams)


def sound_public_url(url: str | None) -> str | None:
    """The public address as documents print it (no trailing slash), or None for one that is not an http(s)
    address a phone can open."""
    from urllib.parse import urlsplit

    url = (url or "").strip().rstrip("/")
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname or len(url) > 200 or not url.isprintable() \
            or " " in url or parts.query or parts.fragment:
        return None
    return url


@dataclass(frozen=True)
class ServerStatus:
    server_time: str
    head: int
    api: int
    schema: str
    public_key: str


def status(store: CentralStore) -> ServerStatus:
    with store.reader() as uow:
        head = int(uow.conn.execute(select(SEQ_HEAD.c.last_seq).where(SEQ_HEAD.c.id == 1)).scalar() or 0)
        public = server_public_key(uow.conn)
    return ServerStatus(store.clock.now().isoformat(timespec="milliseconds"), head, API_VERSION,
                        central_storage.current_revision(store.engine) or "", public)
