"""The one wire format of an event, for the workstation and the central server alike: a JSON object.

Hashes travel as lowercase hex, the payload and ``seen`` as JSON objects; everything else as it is stored. A
value from the network is checked field by field before it becomes an ``Event``: a malformed one is refused with
the name of the field (``WireError.field``), and its hash is checked by whoever ingests it.
"""

from __future__ import annotations

import re
from typing import Any

from caseapp.domain.events import Event

WIRE_FIELDS = ("event_id", "stream", "stream_id", "kind", "payload", "office_id", "node_id", "node_seq", "user_id",
               "hlc", "base_version", "recorded_at", "prev_hash", "hash", "server_seq", "seen")
_FIELD_SET = frozenset(WIRE_FIELDS)
_HLC = re.compile(r"^\d{15}-\d{5}$")
_LIMITS = {"event_id": 64, "stream": 16, "stream_id": 64, "kind": 40, "office_id": 32, "node_id": 40,
           "user_id": 64, "recorded_at": 40}
MAX_SEQ = 2**53                    # what any JSON reader keeps exactly


class WireError(ValueError):
    """A wire event that is not one: ``field`` names what is wrong."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


def to_wire(event: Event) -> dict[str, Any]:
    return {"event_id": event.event_id, "stream": event.stream, "stream_id": event.stream_id, "kind": event.kind,
            "payload": event.payload, "office_id": event.office_id, "node_id": event.node_id,
            "node_seq": event.node_seq, "user_id": event.user_id, "hlc": event.hlc,
            "base_version": event.base_version, "recorded_at": event.recorded_at,
            "prev_hash": event.prev_hash.hex(), "hash": event.hash.hex(), "server_seq": event.server_seq,
            "seen": event.seen}


def _text(data: dict, name: str, *, optional: bool = False) -> str | None:
    value = data.get(name)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value or len(value) > _LIMITS[name] or not value.isprintable():
        raise WireError(name)
    return value


def _count(data: dict, name: str, *, least: int = 0) -> int:
    value = data.get(name)
    if isinstance(value, bool) or not isinstance(value, int) or not least <= value <= MAX_SEQ:
        raise WireError(name)
    return value


def _hash(data: dict, name: str) -> bytes:
    value = data.get(name)
    if not isinstance(value, str) or len(value) not in ((0, 64) if name == "prev_hash" else (64,)):
        raise WireError(name)
    try:
        digest = bytes.fromhex(value)
    except ValueError:
        raise WireError(name) from None
    if digest.hex() != value:              # lowercase hex and nothing else (fromhex takes capitals and spaces)
        raise WireError(name)
    return digest


def from_wire(data: object) -> Event:
    """An Event from a wire object, every field checked (type, size, form); unknown fields are refused."""
    if not isinstance(data, dict):
        raise WireError("event")
    if not _FIELD_SET.issuperset(data):
        raise WireError(sorted(set(data) - _FIELD_SET, key=str)[0])
    payload = data.get("payload")
    if not isinstance(payload, dict):
        raise WireError("payload")
    hlc = data.get("hlc")
    if not isinstance(hlc, str) or not _HLC.match(hlc):
        raise WireError("hlc")
    seen = data.get("seen")
    if seen is not None and (not isinstance(seen, dict) or any(
            not isinstance(k, str) or len(k) > _LIMITS["node_id"] or isinstance(v, bool) or not isinstance(v, int)
            or not 0 <= v <= MAX_SEQ for k, v in seen.items())):
        raise WireError("seen")
    server_seq = None if data.get("server_seq") is None else _count(data, "server_seq", least=1)
    return Event(event_id=str(_text(data, "event_id")), stream=str(_text(data, "stream")),
                 stream_id=str(_text(data, "stream_id")), kind=str(_text(data, "kind")), payload=payload,
                 office_id=str(_text(data, "office_id")), node_id=str(_text(data, "node_id")),
                 node_seq=_count(data, "node_seq", least=1), user_id=_text(data, "user_id", optional=True),
                 hlc=hlc, base_version=_count(data, "base_version"), recorded_at=str(_text(data, "recorded_at")),
                 prev_hash=_hash(data, "prev_hash"), hash=_hash(data, "hash"), server_seq=server_seq, seen=seen)
