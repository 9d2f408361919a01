"""The event log's rows: an event to a row and back, and reading streams in fold order. Shared by the writer
(``eventlog``), the projections and the bulk paths, so none of them imports another to read the log."""

from __future__ import annotations

import json
from collections.abc import Iterator

from sqlalchemy import Connection, func, select

from caseapp.domain.events import Event, canonical_json
from caseapp.storage.models import EventRow, table_of

EVENTS = table_of(EventRow)


def event_to_row(event: Event, payload_json: str | None = None) -> dict:
    return {
        "event_id": event.event_id, "stream": event.stream, "stream_id": event.stream_id, "kind": event.kind,
        "payload": payload_json if payload_json is not None else canonical_json(event.payload),
        "office_id": event.office_id, "node_id": event.node_id, "node_seq": event.node_seq,
        "user_id": event.user_id, "hlc": event.hlc, "base_version": event.base_version,
        "recorded_at": event.recorded_at, "server_seq": event.server_seq,
        "seen": None if event.seen is None else canonical_json(event.seen),
        "prev_hash": event.prev_hash, "hash": event.hash,
    }


def row_to_event(row) -> Event:
    m = row._mapping if hasattr(row, "_mapping") else row
    return Event(event_id=m["event_id"], stream=m["stream"], stream_id=m["stream_id"], kind=m["kind"],
                 payload=json.loads(m["payload"]), office_id=m["office_id"], node_id=m["node_id"],
                 node_seq=m["node_seq"], user_id=m["user_id"], hlc=m["hlc"], base_version=m["base_version"],
                 recorded_at=m["recorded_at"], prev_hash=m["prev_hash"], hash=m["hash"],
                 server_seq=m["server_seq"], seen=json.loads(m["seen"]) if m.get("seen") else None)


def load_stream(conn: Connection, stream: str, stream_id: str) -> list[Event]:
    rows = conn.execute(select(EVENTS).where(EVENTS.c.stream == stream, EVENTS.c.stream_id == stream_id)
                        .order_by(EVENTS.c.hlc, EVENTS.c.node_id, EVENTS.c.event_id))
    return [row_to_event(r) for r in rows]


def stream_version(conn: Connection, stream: str, stream_id: str) -> int:
    return conn.execute(select(func.count()).select_from(EVENTS)
                        .where(EVENTS.c.stream == stream, EVENTS.c.stream_id == stream_id)).scalar_one()


def iter_events(conn: Connection, stream: str, *, batch: int = 20_000) -> Iterator[Event]:
    """Every event of one stream kind, stream by stream, each stream in fold order, fetched in batches."""
    query = (select(EVENTS).where(EVENTS.c.stream == stream)
             .order_by(EVENTS.c.stream_id, EVENTS.c.hlc, EVENTS.c.node_id, EVENTS.c.event_id))
    # yield_per on the statement: Connection.execution_options would change the connection itself for every
    # later statement (a DELETE then runs as a server-side cursor, which PostgreSQL refuses)
    result = conn.execute(query, execution_options={"yield_per": batch})
    for row in result:
        yield row_to_event(row)
