"""The event log: appending local events (with the node's clock and hash chain), ingesting events from other
nodes, and reading a stream back. Every append refolds the touched streams' projections in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from collections.abc import Callable, Iterable

from sqlalchemy import Connection, bindparam, func, insert, literal, select, update

from caseapp.domain.clock import Clock
from caseapp.domain.events import Event, canonical_json, chain_hash
from caseapp.domain.hlc import HybridClock, Timestamp
from caseapp.domain.ids import uuid7
from caseapp.domain.wire import WIRE_FIELDS
from caseapp.errors import ConflictError, StorageError
from caseapp.storage.event_rows import EVENTS, event_to_row, row_to_event, stream_version
from caseapp.storage.marks import HEAD_KEY, remember_number
from caseapp.storage.models import CaseSequenceRow, NodeRow, SyncRefusalRow, table_of
from caseapp.storage.projections import Projector

NODE = table_of(NodeRow)
SEQUENCES = table_of(CaseSequenceRow)
REFUSALS = table_of(SyncRefusalRow)


def utc_iso(clock: Clock) -> str:
    """The clock's instant as the event log writes it (ISO 8601, UTC, milliseconds)."""
    return clock.now().isoformat(timespec="milliseconds")


@dataclass
class ChainHead:
    """Where one node's hash chain and clock stand; shared by the live writer and bulk loaders."""
    node_id: str
    office_id: str
    node_no: int
    node_seq: int
    last_hash: bytes
    clock: HybridClock
    wall: Clock

    def seal(self, *, stream: str, stream_id: str, kind: str, payload: dict, user_id: str | None,
             base_version: int, hlc: str | None = None, recorded_at: str | None = None,
             event_id: str | None = None, office_id: str | None = None,
             payload_json: str | None = None, seen: dict[str, int] | None = None) -> tuple[Event, str]:
        """Make the next event of this node's chain. Returns it with its canonical payload JSON
        (``payload_json``, when given, must be ``canonical_json(payload)``: bulk paths compute it elsewhere)."""
        self.node_seq += 1
        payload_json = payload_json if payload_json is not None else canonical_json(payload)
        event_id = event_id or uuid7()
        office_id = office_id or self.office_id
        hlc = hlc or str(self.clock.now())
        recorded_at = recorded_at or utc_iso(self.wall)
        digest = chain_hash(self.last_hash, event_id, stream, stream_id, kind, payload_json, office_id,
                            self.node_id, self.node_seq, user_id, hlc, base_version, recorded_at, seen)
        event = Event(event_id, stream, stream_id, kind, payload, office_id, self.node_id, self.node_seq, user_id,
                      hlc, base_version, recorded_at, self.last_hash, digest, seen=seen)
        self.last_hash = digest
        return event, payload_json


def pending_count(conn: Connection, node_id: str) -> int:
    """Events this node wrote that the server has neither acknowledged nor refused: what a push still has to
    send (the one definition: the status bar, ``caseapp stats`` and the sync use it). A node pushes in chain
    order and the server answers a prefix, so they run from the first unanswered event to the chain's end (two
    index look-ups, not a count over millions of rows), less the refused ones among them (``sync_refusals``)."""
    refused = select(REFUSALS.c.event_id)
    first = conn.execute(select(func.min(EVENTS.c.node_seq)).where(
        EVENTS.c.node_id == node_id, EVENTS.c.server_seq.is_(None), EVENTS.c.event_id.not_in(refused))).scalar()
    if first is None:
        return 0
    last = conn.execute(select(func.max(EVENTS.c.node_seq)).where(EVENTS.c.node_id == node_id)).scalar()
    refused_after = conn.execute(select(func.count()).select_from(REFUSALS).where(REFUSALS.c.node_seq > first)
                                 ).scalar_one()
    return last - first + 1 - refused_after


def outbox(conn: Connection, node_id: str, limit: int = 500, *, after: int = 0) -> list[Event]:
    """The next events a push sends: this node's, neither acknowledged nor refused, in chain order (the
    partial index ``ix_events_outbox``), at most ``limit``; ``after`` a ``node_seq`` (the batch already sent
    while its answer is awaited)."""
    return [row_to_event(row) for row in conn.execute(
        select(EVENTS).where(*_outbox_after(node_id, after)).order_by(EVENTS.c.node_seq).limit(limit)).mappings()]


def _outbox_after(node_id: str, after: int) -> list[Any]:
    return [EVENTS.c.node_id == node_id, EVENTS.c.server_seq.is_(None), EVENTS.c.node_seq > after,
            EVENTS.c.event_id.not_in(select(REFUSALS.c.event_id))]


def _wire_value(name: str) -> Any:
    """The SQL of a wire field (``domain.wire.to_wire``) from its column: hashes as lowercase hex, the payload
    and ``seen`` as the JSON they are stored as."""
    column = EVENTS.c[name]
    if name in ("prev_hash", "hash"):
        return func.lower(func.hex(column))
    if name in ("payload", "seen"):
        return func.json(column)
    return column


_WIRE_OBJECT = func.json_object(*(part for name in WIRE_FIELDS for part in (literal(name), _wire_value(name))))


def outbox_wire(conn: Connection, node_id: str, limit: int = 500, *, after: int = 0) -> list[tuple[str, int, str]]:
    """``outbox`` as ``(event_id, node_seq, wire JSON)``: the JSON of ``to_wire`` written by SQLite
    (``json_object``), the payload as it is stored, a push's body without a Python object per event."""
    rows = conn.execute(select(EVENTS.c.event_id, EVENTS.c.node_seq, _WIRE_OBJECT)
                        .where(*_outbox_after(node_id, after)).order_by(EVENTS.c.node_seq).limit(limit))
    return [(str(event_id), int(node_seq), str(wire)) for event_id, node_seq, wire in rows]


def acknowledge(conn: Connection, acknowledged: list[tuple[int, str]]) -> None:
    """Record the server_seq the server gave each pushed event: ``(server_seq, event_id)`` pairs (a push
    answers 500 at a time: one prepared statement, the pairs as they are)."""
    if acknowledged:
        conn.exec_driver_sql("UPDATE events SET server_seq = ? WHERE event_id = ?", acknowledged)


def node_id_for(office_id: str, node_no: int) -> str:
    return f"{office_id}-{node_no:02d}"


def create_node(conn: Connection, office_id: str, node_no: int, clock: Clock) -> ChainHead:
    if conn.execute(select(func.count()).select_from(NODE)).scalar_one():
        raise ConflictError("storage.node_exists")
    head = ChainHead(node_id_for(office_id, node_no), office_id, node_no, 0, b"", HybridClock(now_ms=clock.now_ms),
                     clock)
    conn.execute(insert(NODE).values(id=1, node_id=head.node_id, office_id=office_id, node_no=node_no,
                                     hlc_last=str(Timestamp(0, 0)), node_seq=0, last_hash=b"",
                                     created_at=utc_iso(clock)))
    return head


def load_chain_head(conn: Connection, clock: Clock) -> ChainHead:
    row = conn.execute(select(NODE).where(NODE.c.id == 1)).first()
    if row is None:
        raise StorageError("storage.not_initialised")
    return ChainHead(row.node_id, row.office_id, row.node_no, row.node_seq, row.last_hash,
                     HybridClock(Timestamp.parse(row.hlc_last), now_ms=clock.now_ms), clock)


def save_chain_head(conn: Connection, head: ChainHead) -> None:
    conn.execute(update(NODE).where(NODE.c.id == 1).values(
        node_seq=head.node_seq, last_hash=head.last_hash, hlc_last=str(head.clock.last)))


def next_case_sequence(conn: Connection, node_id: str, year: int) -> int:
    """The next case sequence of this node and year, never one handed out before (see ``storage/marks.py``:
    remembered outside the database before the caller commits)."""
    current = conn.execute(select(SEQUENCES.c.last_seq).where(SEQUENCES.c.node_id == node_id,
                                                              SEQUENCES.c.year == year)).scalar()
    seq = remember_number(conn, node_id, year, (current or 0) + 1)
    if current is None:
        conn.execute(insert(SEQUENCES).values(node_id=node_id, year=year, last_seq=seq))
    else:
        conn.execute(update(SEQUENCES).where(SEQUENCES.c.node_id == node_id, SEQUENCES.c.year == year)
                     .values(last_seq=seq))
    return seq


@dataclass
class Changes:
    """What a unit of work changed: streams refolded, for the UI to refresh what it shows."""
    streams: set[tuple[str, str]] = field(default_factory=set)
    events: list[Event] = field(default_factory=list)


class EventWriter:
    """Appends events inside one unit of work and refolds the projections they touch."""

    def __init__(self, conn: Connection, clock: Clock,
                 projector_factory: Callable[[Connection], Projector] | None = None) -> None:
        self.conn = conn
        self.head = load_chain_head(conn, clock)
        self.projector = (projector_factory or Projector)(conn)
        self.changes = Changes()

    @property
    def node_id(self) -> str:
        return self.head.node_id

    def append(self, stream: str, stream_id: str, kind: str, payload: dict, *, user_id: str | None,
               base_version: int | None = None, office_id: str | None = None) -> Event:
        if base_version is None:
            base_version = stream_version(self.conn, stream, stream_id)
        seen = dict(self.conn.execute(select(EVENTS.c.node_id, func.count()).where(
            EVENTS.c.stream == stream, EVENTS.c.stream_id == stream_id).group_by(EVENTS.c.node_id)).all())
        event, payload_json = self.head.seal(stream=stream, stream_id=stream_id, kind=kind, payload=payload,
                                             user_id=user_id, base_version=base_version, office_id=office_id,
                                             seen=seen)
        self.conn.execute(insert(EVENTS), [event_to_row(event, payload_json)])
        self.changes.streams.add((stream, stream_id))
        self.changes.events.append(event)
        return event

    def ingest(self, events: Iterable[Event]) -> int:
        """Store events written on other nodes (idempotent by event_id); refold their streams. Returns how many
        were new.

        An event already held takes the ``server_seq`` it arrives with (the server's acknowledgement of a push).
        Each event's hash must match its content, and it must link into its node's chain wherever the store holds
        the neighbours: a forged event with a recomputed hash, or a second event for a place in a chain (a copied
        database that went on writing), is refused. What is held is read once per batch (a pull's page), not
        per event."""
        batch = list(events)
        held = self._held(batch)
        places = self._places(batch)
        new_rows: list[dict] = []
        acknowledged: list[dict] = []
        for event in batch:
            payload_json = canonical_json(event.payload)
            if event.compute_hash(payload_json) != event.hash:
                raise StorageError("storage.event_hash", event_id=event.event_id)
            exists = held.get(event.event_id)
            if exists is not None:
                if exists[1] != event.hash:
                    raise StorageError("storage.event_hash", event_id=event.event_id)
                if event.server_seq is not None and exists[2] is None:
                    acknowledged.append({"held_seq": exists[0], "acked": event.server_seq})
                    held[event.event_id] = (exists[0], exists[1], event.server_seq)
                continue
            self._check_chain_link(event, places)
            places[(event.node_id, event.node_seq)] = (event.event_id, event.prev_hash, event.hash)
            held[event.event_id] = (0, event.hash, event.server_seq)
            new_rows.append(event_to_row(event, payload_json))
            self.head.clock.receive(Timestamp.parse(event.hlc))
            self.changes.streams.add((event.stream, event.stream_id))
            self.changes.events.append(event)
        if new_rows:
            self.conn.execute(insert(EVENTS), new_rows)
        if acknowledged:
            self.conn.execute(update(EVENTS).where(EVENTS.c.seq == bindparam("held_seq"))
                              .values(server_seq=bindparam("acked")), acknowledged)
        return len(new_rows)

    def _held(self, batch: list[Event]) -> dict[str, tuple[int, bytes, int | None]]:
        """event_id -> (seq, hash, server_seq) of the batch's events this store already holds."""
        ids = sorted({e.event_id for e in batch})
        found: dict[str, tuple[int, bytes, int | None]] = {}
        for i in range(0, len(ids), 500):
            for row in self.conn.execute(select(EVENTS.c.event_id, EVENTS.c.seq, EVENTS.c.hash, EVENTS.c.server_seq)
                                         .where(EVENTS.c.event_id.in_(ids[i:i + 500]))):
                found[row.event_id] = (row.seq, row.hash, row.server_seq)
        return found

    def _places(self, batch: list[Event]) -> dict[tuple[str, int], tuple[str, bytes, bytes]]:
        """(node, node_seq) -> (event_id, prev_hash, hash) held around the batch's places in each node's chain:
        one range query per node."""
        ranges: dict[str, tuple[int, int]] = {}
        for e in batch:
            low, high = ranges.get(e.node_id, (e.node_seq, e.node_seq))
            ranges[e.node_id] = (min(low, e.node_seq), max(high, e.node_seq))
        places: dict[tuple[str, int], tuple[str, bytes, bytes]] = {}
        for node, (low, high) in ranges.items():
            for row in self.conn.execute(select(EVENTS.c.node_seq, EVENTS.c.event_id, EVENTS.c.prev_hash,
                                                EVENTS.c.hash).where(EVENTS.c.node_id == node,
                                                                     EVENTS.c.node_seq.between(low - 1, high + 1))):
                places[(node, row.node_seq)] = (row.event_id, row.prev_hash, row.hash)
        return places

    @staticmethod
    def _check_chain_link(event: Event, places: dict[tuple[str, int], tuple[str, bytes, bytes]]) -> None:
        if (event.node_id, event.node_seq) in places:
            raise StorageError("storage.forked_chain", node=event.node_id, seq=event.node_seq)
        before = places.get((event.node_id, event.node_seq - 1))
        if (event.node_seq == 1 and event.prev_hash != b"") or (before is not None and before[2] != event.prev_hash):
            raise StorageError("storage.chain_link", event_id=event.event_id, node=event.node_id,
                               seq=event.node_seq)
        after = places.get((event.node_id, event.node_seq + 1))
        if after is not None and after[1] != event.hash:
            raise StorageError("storage.chain_link", event_id=event.event_id, node=event.node_id,
                               seq=event.node_seq)

    def flush(self) -> Changes:
        """Refold every touched stream and save the node's chain head. Call before commit."""
        by_kind: dict[str, list[str]] = {}
        for stream, stream_id in self.changes.streams:
            by_kind.setdefault(stream, []).append(stream_id)
        for stream in sorted(by_kind, key=lambda kind: fold_priority((kind, ""))):
            self.projector.refold_many(stream, by_kind[stream])
        save_chain_head(self.conn, self.head)
        self.conn.info[HEAD_KEY] = (self.head.node_id, self.head.node_seq, self.head.last_hash.hex())
        return self.changes


_PRIORITY = {"calendar": 0, "catalogue": 1, "office": 2, "user": 3, "citizen": 4, "case": 5}


def fold_priority(item: tuple[str, str]) -> tuple[int, str]:
    """The order streams are refolded in: what a case's row reads (calendar, catalogue, citizen) first."""
    return (_PRIORITY.get(item[0], 9), item[1])
