"""Building events by hand for tests: several nodes, each with its own clock and hash chain."""

from __future__ import annotations

from datetime import datetime, UTC
from itertools import count

from caseapp.domain.clock import Clock
from caseapp.domain.events import CASE, CITIZEN, Event
from caseapp.domain.hlc import HybridClock
from caseapp.domain.ids import uuid7
from caseapp.storage.eventlog import ChainHead, node_id_for

PETITION_CLOCK = {"kind": "calendar", "target_days": 30, "roll_forward": True, "max_extension_days": 30}


class TickingClock(Clock):
    """A wall clock that moves on a second each time it is read (repeatable, never standing still)."""

    def __init__(self, start_ms: int) -> None:
        self._ticks = count(start_ms, 1000)

    def now(self) -> datetime:
        return datetime.fromtimestamp(next(self._ticks) / 1000, UTC)


class Node:
    """A workstation that writes events (its wall clock is a counter, so tests are repeatable)."""

    def __init__(self, office: str, node_no: int, start_ms: int = 1_780_000_000_000) -> None:
        wall = TickingClock(start_ms)
        self.head = ChainHead(node_id_for(office, node_no), office, node_no, 0, b"",
                              HybridClock(now_ms=wall.now_ms), wall)

    def event(self, stream: str, stream_id: str, kind: str, payload: dict, base_version: int,
              user: str = "user-1", office: str | None = None) -> Event:
        event, _ = self.head.seal(stream=stream, stream_id=stream_id, kind=kind, payload=payload, user_id=user,
                                  base_version=base_version, office_id=office)
        return event


def citizen_event(node: Node, citizen_id: str, given: str = "Өлзийсайхан") -> Event:
    return node.event(CITIZEN, citizen_id, "citizen.registered", {
        "kind": "person", "register_no": "УБ99031512", "family_name": "Батын", "given_name": given,
        "birth_date": "1999-03-15", "phone": "99112233", "address": "Баянзүрх, 4-р хороо"}, 0)


def register_event(node: Node, case_id: str, citizen_id: str, number: str = "UB-BZD-2026-01-000001",
                   on: str = "2026-06-12", subject: str = "Газрын маргаан") -> Event:
    return node.event(CASE, case_id, "case.registered", {
        "number": number, "service": "PET-GENERAL", "citizen_id": citizen_id, "clock": PETITION_CLOCK,
        "subject": subject, "description": "", "channel": "counter", "registered_at": f"{on}T02:00:00.000+00:00",
        "registered_on": on, "assignee": None}, 0)


def new_id() -> str:
    return uuid7()


def event_count(db, kind: str | None = None) -> int:
    """Rows in the event log (of one kind): what a refused action must leave unchanged."""
    import sqlite3

    con = sqlite3.connect(db.path)
    try:
        if kind is None:
            return con.execute("SELECT count(*) FROM events").fetchone()[0]
        return con.execute("SELECT count(*) FROM events WHERE kind = ?", (kind,)).fetchone()[0]
    finally:
        con.close()
