"""Events built by hand for the fold's unit tests: domain objects only (no storage, no hash chain).

Every event gets an explicit hybrid-clock value, node and id, so a test can state the fold order it expects.
"""

from __future__ import annotations

from caseapp.domain.events import CASE, Event

CASE_ID = "case-1"
T0 = 1_780_000_000_000          # 2026-05-28, the wall time of the first event of every scenario
PETITION_CLOCK = {"kind": "calendar", "target_days": 30, "roll_forward": True, "max_extension_days": 30}


def hlc(ms: int, counter: int = 0) -> str:
    return f"{ms:015d}-{counter:05d}"


class Writer:
    """One workstation: its office, node id, and a wall clock that moves one second per event."""

    def __init__(self, office: str = "UB-BZD", node_no: int = 1, start_ms: int = T0) -> None:
        self.office = office
        self.node_id = f"{office}-{node_no:02d}"
        self.ms = start_ms
        self.seq = 0

    def event(self, kind: str, payload: dict | None = None, base: int = 0, *, at: str | None = None,
              event_id: str | None = None, stream: str = CASE, stream_id: str = CASE_ID,
              office: str | None = None, user: str = "user-1", seen: dict[str, int] | None = None) -> Event:
        """``base``: the events the author had seen (the count, as older events keep it); ``seen``: which, as
        events per node (the version vector events keep now)."""
        self.seq += 1
        stamp = at or hlc(self.ms)
        self.ms += 1000
        return Event(event_id or f"{self.node_id}-{self.seq:04d}", stream, stream_id, kind, payload or {},
                     office or self.office, self.node_id, self.seq, user, stamp, base,
                     f"2026-06-12T02:{self.seq // 60:02d}:{self.seq % 60:02d}.000+00:00", seen=seen)

    def register(self, on: str = "2026-06-12", clock: dict | None = None, seen: dict[str, int] | None = None,
                 **extra) -> Event:
        payload = {"number": "UB-BZD-2026-01-000001", "service": "PET-GENERAL", "citizen_id": "citizen-1",
                   "clock": clock or PETITION_CLOCK, "subject": "Газрын маргаан", "description": "хашааны хил",
                   "channel": "letter", "registered_at": f"{on}T02:00:00.000+00:00", "registered_on": on,
                   "assignee": None}
        payload.update(extra)
        return self.event("case.registered", payload, 0, seen=seen)


def reasons(state) -> list[str]:
    return [c["reason"] for c in state.conflicts]
