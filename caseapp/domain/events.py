"""Event records and the kinds of event, shared by every layer."""

from __future__ import annotations

from dataclasses import dataclass, field
import hashlib
import json
from typing import Any

CASE, CITIZEN, OFFICE, CATALOGUE, CALENDAR, USER = "case", "citizen", "office", "catalogue", "calendar", "user"
STREAMS = (CASE, CITIZEN, OFFICE, CATALOGUE, CALENDAR, USER)

# Case event kinds and the state-machine action each performs.
CASE_ACTIONS: dict[str, str] = {
    "case.registered": "register",
    "case.assigned": "assign",
    "case.started": "start",
    "case.paused": "pause",
    "case.resumed": "resume",
    "case.extended": "extend",
    "case.extension_requested": "request_extension",
    "case.extension_declined": "decline_extension",
    "case.service_changed": "change_service",
    "case.decided": "decide",
    "case.closed": "close",
    "case.withdrawn": "withdraw",
    "case.reopened": "reopen",
    "case.transfer_offered": "offer_transfer",
    "case.transfer_accepted": "accept_transfer",
    "case.transfer_returned": "return_transfer",
    "case.transfer_withdrawn": "return_transfer",      # the offering office takes its offer back
    "case.note_added": "note",
    "case.document_issued": "note",
    "case.conflict_resolved": "note",
    "case.change_discarded": "note",           # a change the server refused, set aside (with a reason)
}
# ``<stream>.change_discarded`` names an event of the same stream (``event_id``) that the folds leave out: a
# change of this node the central server refused, which no other node will ever hold
DISCARDED = ".change_discarded"


def discarded_ids(events: list["Event"]) -> set[str]:
    """The events a stream's ``*.change_discarded`` events set aside."""
    return {str(e.payload.get("event_id")) for e in events if e.kind.endswith(DISCARDED)}


def canonical_json(value: Any) -> str:
    """Compact, key-sorted JSON: the same value gives the same bytes on every node."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True)
class Event:
    event_id: str
    stream: str
    stream_id: str
    kind: str
    payload: dict
    office_id: str
    node_id: str
    node_seq: int
    user_id: str | None
    hlc: str
    base_version: int
    recorded_at: str          # ISO 8601 UTC
    prev_hash: bytes = b""
    hash: bytes = b""
    server_seq: int | None = field(default=None, compare=False)
    # what the author had seen of this stream when writing: how many events of each node (a version vector).
    # Two writes of one field are concurrent when neither author had seen the other's (``domain/fold.py``).
    # None on events written before it was kept: they fall back to ``base_version``, the count alone.
    seen: dict[str, int] | None = None

    @property
    def fold_key(self) -> tuple[str, str, str]:
        return (self.hlc, self.node_id, self.event_id)

    def compute_hash(self, payload_json: str | None = None) -> bytes:
        """sha256(prev_hash || content): each node's events form a chain that shows tampering."""
        return chain_hash(self.prev_hash, self.event_id, self.stream, self.stream_id, self.kind,
                          payload_json if payload_json is not None else canonical_json(self.payload),
                          self.office_id, self.node_id, self.node_seq, self.user_id, self.hlc,
                          self.base_version, self.recorded_at, self.seen)


def chain_hash(prev_hash: bytes, event_id: str, stream: str, stream_id: str, kind: str, payload_json: str,
               office_id: str, node_id: str, node_seq: int, user_id: str | None, hlc: str, base_version: int,
               recorded_at: str, seen: dict[str, int] | None = None) -> bytes:
    """The hash of one event. Fields are joined with the ASCII unit separator, which none of them can contain
    (ids, codes and clock values are validated; JSON escapes control characters), so the encoding is unambiguous.
    """
    content = "\x1f".join((event_id, stream, stream_id, kind, payload_json, office_id, node_id, str(node_seq),
                           "\x00" if user_id is None else user_id, hlc, str(base_version), recorded_at)
                          + (() if seen is None else (canonical_json(seen),)))      # older events: as they were
    return hashlib.sha256(prev_hash + content.encode()).digest()


def sort_for_fold(events: list[Event]) -> list[Event]:
    return sorted(events, key=lambda e: e.fold_key)
