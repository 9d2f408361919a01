"""Fold a stream's events into the state its projection rows hold.

The fold sees the events in ``(hlc, node_id, event_id)`` order, so every node that holds the same events holds
the same state whatever order they arrived in. Events are never dropped: an event that is illegal when its turn
comes (two offline nodes acted on the same case), or that was written by an office that does not own the case,
is left without effect and the case is flagged with the reason, for a manager to resolve.
Two events from different nodes that touch the same field, neither author having seen the other's (``seen``), are
a conflict too: the later one in fold order wins and the case is flagged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from collections.abc import Iterable

from caseapp.domain import states as st
from caseapp.domain.events import CASE_ACTIONS, DISCARDED, Event, discarded_ids, sort_for_fold

OWNER_ONLY = frozenset({"start", "assign", "pause", "resume", "extend", "change_service", "decide", "close",
                        "withdraw", "reopen", "offer_transfer", "request_extension", "decline_extension"})
# which logical fields an action writes (for concurrent-edit conflicts)
FIELDS_WRITTEN = {
    "assign": ("assignee",), "start": ("state",), "pause": ("state",), "resume": ("state",),
    "extend": ("deadline", "extension_request"), "request_extension": ("extension_request",),
    "decline_extension": ("extension_request",), "change_service": ("deadline", "service"),
    "decide": ("state", "decision"),
    "close": ("state",), "withdraw": ("state",), "reopen": ("state", "decision"),
    "offer_transfer": ("state", "owner"), "accept_transfer": ("state", "owner"),
    "return_transfer": ("state", "owner"),
}


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _on(text: str) -> date:
    """A date the event must carry (the day of a pause, a decision, a calendar change)."""
    return date.fromisoformat(text)


@dataclass
class CaseState:
    case_id: str
    number: str = ""
    owner_office: str = ""
    service: str = ""
    clock: dict = field(default_factory=dict)     # the service's clock when registered (rules at intake apply)
    citizen_id: str | None = None
    subject: str = ""
    description: str = ""
    channel: str = ""
    state: str = ""
    assignee: str | None = None
    registered_at: str = ""
    registered_on: date | None = None
    registered_by: str | None = None
    pauses: list[tuple[date, date | None]] = field(default_factory=list)
    extensions: list[int] = field(default_factory=list)
    decision: str | None = None
    decision_text: str | None = None
    decided_on: date | None = None
    closed_on: date | None = None
    transfer_to: str | None = None
    state_before_transfer: str | None = None
    clock_from: date | None = None               # an office that took the case over restarted the clock here
    transfers: list[dict] = field(default_factory=list)     # every offer, with its outcome (``_apply_case``)
    notes: int = 0
    extension_request: dict | None = None        # {"days", "reason", "by", "at"} until a manager decides
    documents: list[dict] = field(default_factory=list)
    version: int = 0
    last_hlc: str = ""
    updated_at: str = ""
    conflicts: list[dict] = field(default_factory=list)

    @property
    def extension_days(self) -> int:
        return sum(self.extensions)

    @property
    def paused_since(self) -> date | None:
        if self.pauses and self.pauses[-1][1] is None:
            return self.pauses[-1][0]
        return None


@dataclass(frozen=True)
class Write:
    """The last write of a field: its position in the fold, its node, and which of that node's events of the
    stream it was (1 for the node's first)."""
    position: int
    node_id: str
    nth_of_node: int


def _unseen_write(previous: Write | None, event: Event) -> bool:
    """True when another node wrote the field and the author of ``event`` had not seen that write: two people
    changed the same thing unaware. What the author had seen is its ``seen`` vector (events per node): it saw
    the write if it held at least that many of the writer's events. Older events carry only ``base_version``,
    the number of events seen, compared with the write's position (wrong when a late event sorts between)."""
    if previous is None or previous.node_id == event.node_id:
        return False
    if event.seen is not None:
        return event.seen.get(previous.node_id, 0) < previous.nth_of_node
    return previous.position > event.base_version


def _extension_allowed(state: CaseState, p: dict) -> bool:
    days = p.get("days")
    if not isinstance(days, int) or days < 1:
        return False
    cap = int(state.clock.get("max_extension_days", 0))
    return state.extension_days + days <= cap


def _flag(state: CaseState, event: Event, reason: str) -> None:
    state.conflicts.append({"event_id": event.event_id, "kind": event.kind, "node": event.node_id,
                            "reason": reason})


def fold_case(case_id: str, events: Iterable[Event]) -> CaseState:
    state = CaseState(case_id=case_id)
    writes: dict[str, Write] = {}
    per_node: dict[str, int] = {}
    resolved: set[str] = set()
    events = list(events)
    discarded = discarded_ids(events)
    for event in sort_for_fold(events):
        if event.event_id in discarded:
            continue
        per_node[event.node_id] = per_node.get(event.node_id, 0) + 1
        state.version += 1
        state.last_hlc = event.hlc
        state.updated_at = event.recorded_at
        action = CASE_ACTIONS.get(event.kind)
        p = event.payload
        if action is None:
            _flag(state, event, "unknown_kind")
            continue
        if action == "register":
            if state.state:
                _flag(state, event, "registered_twice")
                continue
            state.number = p["number"]
            state.owner_office = event.office_id
            state.service = p["service"]
            state.clock = dict(p["clock"])
            state.citizen_id = p.get("citizen_id")
            state.subject = p.get("subject", "")
            state.description = p.get("description", "")
            state.channel = p.get("channel", "counter")
            state.registered_at = p.get("registered_at", event.recorded_at)
            state.registered_on = _day(p["registered_on"])
            state.registered_by = event.user_id
            state.assignee = p.get("assignee")
            state.state = st.REGISTERED
            continue
        if not state.state:
            _flag(state, event, "before_registration")
            continue
        if action in OWNER_ONLY and event.office_id != state.owner_office:
            _flag(state, event, "not_owner")
            continue
        if action == "accept_transfer" and event.office_id != state.transfer_to:
            _flag(state, event, "not_addressee")
            continue
        if action == "return_transfer" and event.office_id != (
                state.owner_office if event.kind == "case.transfer_withdrawn" else state.transfer_to):
            _flag(state, event, "not_addressee")
            continue
        if action == "extend" and not _extension_allowed(state, p):
            _flag(state, event, "extension_over_cap")
            continue
        if not st.can(action, state.state):
            _flag(state, event, f"illegal_in_{state.state}")
            continue
        for name in FIELDS_WRITTEN.get(action, ()):
            if _unseen_write(writes.get(name), event):
                _flag(state, event, f"concurrent_{name}")
            writes[name] = Write(state.version, event.node_id, per_node[event.node_id])
        _apply_case(state, action, event, p, resolved)
    if resolved:
        state.conflicts = [c for c in state.conflicts if c["event_id"] not in resolved]
    return state


def _apply_case(state: CaseState, action: str, event: Event, p: dict, resolved: set[str]) -> None:
    if action == "assign":
        state.assignee = p.get("assignee")
    elif action == "start":
        state.state = st.IN_PROGRESS
    elif action == "pause":
        state.pauses.append((_on(p["on"]), None))
        state.state = st.WAITING
    elif action == "resume":
        start, _ = state.pauses[-1]
        state.pauses[-1] = (start, max(start, _on(p["on"])))
        state.state = st.IN_PROGRESS
    elif action == "extend":
        state.extensions.append(int(p["days"]))
        state.extension_request = None
    elif action == "request_extension":
        state.extension_request = {"days": int(p["days"]), "reason": p.get("reason", ""), "by": event.user_id,
                                   "at": event.recorded_at}
    elif action == "decline_extension":
        state.extension_request = None
    elif action == "change_service":
        state.service = p["service"]
        state.clock = dict(p["clock"])
    elif action == "decide":
        state.extension_request = None             # a request dies with the running case (also below)
        state.decision = p["outcome"]
        state.decision_text = p.get("text")
        state.decided_on = _on(p["on"])
        state.state = st.REJECTED if p["outcome"] == "rejected" else st.DECIDED
    elif action == "close":
        state.closed_on = _on(p["on"])
        state.state = st.CLOSED
    elif action == "withdraw":
        state.extension_request = None
        if state.paused_since is not None:
            start, _ = state.pauses[-1]
            state.pauses[-1] = (start, max(start, _on(p["on"])))
        state.closed_on = _on(p["on"])
        state.state = st.WITHDRAWN
    elif action == "reopen":
        state.decision = state.decision_text = None
        state.decided_on = state.closed_on = None
        state.state = st.IN_PROGRESS
    elif action == "offer_transfer":
        state.extension_request = None
        state.transfers.append({"from_office": state.owner_office, "to_office": p["to_office"],
                                "reason": p.get("reason", ""), "note": p.get("note", ""),
                                "offered_at": event.recorded_at, "offered_by": event.user_id,
                                "outcome": "offered", "answered_at": None, "answered_by": None,
                                "answer_reason": None})
        state.transfer_to = p["to_office"]
        state.state_before_transfer = state.state
        state.state = st.TRANSFERRED_OUT
    elif action == "accept_transfer":
        state.owner_office = state.transfer_to or state.owner_office
        state.transfer_to = None
        state.assignee = None
        waiting = state.state_before_transfer == st.WAITING
        state.state = st.WAITING if waiting else st.REGISTERED
        state.state_before_transfer = None
        if p.get("clock") == "restart":          # the receiving service's rule: its own time, from today
            state.clock_from = _on(p["on"])
            state.extensions = []
            state.pauses = [(state.clock_from, None)] if waiting else []
        _answer_transfer(state, event, "accepted")
    elif action == "return_transfer":
        state.state = state.state_before_transfer or st.REGISTERED
        state.transfer_to = state.state_before_transfer = None
        _answer_transfer(state, event, "withdrawn" if event.kind == "case.transfer_withdrawn" else "returned")
    elif action == "note":
        if event.kind == "case.conflict_resolved":
            resolved.update(p.get("event_ids", []))
        elif event.kind == "case.change_discarded":
            pass                                   # the change it names is left out of the fold
        elif event.kind == "case.document_issued":
            state.documents.append({**p, "created_by": event.user_id, "created_at": event.recorded_at})
        else:
            state.notes += 1


def _answer_transfer(state: CaseState, event: Event, outcome: str) -> None:
    if state.transfers:
        state.transfers[-1].update(outcome=outcome, answered_at=event.recorded_at, answered_by=event.user_id,
                                   answer_reason=event.payload.get("reason") or None)


# --- reference and people streams: last writer wins per field, in fold order ------------------------------

RECORD_CREATE = {"citizen.registered", "office.defined", "service.defined", "user.created"}
RECORD_UPDATE = {"citizen.corrected", "office.changed", "service.changed", "user.changed"}


@dataclass
class RecordState:
    stream_id: str
    fields: dict = field(default_factory=dict)
    version: int = 0
    last_hlc: str = ""
    conflicts: list[dict] = field(default_factory=list)
    exists: bool = False


def fold_record(stream_id: str, events: Iterable[Event]) -> RecordState:
    """Citizens, offices, service types and users: a dict of fields, updated in fold order."""
    state = RecordState(stream_id)
    writes: dict[str, Write] = {}
    per_node: dict[str, int] = {}
    events = list(events)
    discarded = discarded_ids(events)
    for event in sort_for_fold(events):
        if event.event_id in discarded:
            continue
        per_node[event.node_id] = per_node.get(event.node_id, 0) + 1
        state.version += 1
        state.last_hlc = event.hlc
        if event.kind.endswith(DISCARDED):
            continue
        if event.kind in RECORD_CREATE:
            if state.exists:
                state.conflicts.append({"event_id": event.event_id, "reason": "created_twice"})
            state.fields.update(event.payload)
            state.exists = True
        elif event.kind in RECORD_UPDATE:
            if not state.exists:
                state.conflicts.append({"event_id": event.event_id, "reason": "before_creation"})
                continue
            for name, value in event.payload.items():
                if _unseen_write(writes.get(name), event):
                    state.conflicts.append({"event_id": event.event_id, "reason": f"concurrent_{name}"})
                writes[name] = Write(state.version, event.node_id, per_node[event.node_id])
                state.fields[name] = value
        else:
            state.conflicts.append({"event_id": event.event_id, "reason": "unknown_kind"})
    return state


def fold_calendar(events: Iterable[Event]) -> dict[date, tuple[str, str]]:
    """Decreed days off and extra working days: {date: (kind, reason)}; a cleared day falls back to the rules."""
    days: dict[date, tuple[str, str]] = {}
    for event in sort_for_fold(list(events)):
        day = _on(event.payload["date"])
        if event.kind == "calendar.day_set":
            days[day] = (event.payload["kind"], event.payload.get("reason", ""))
        elif event.kind == "calendar.day_cleared":
            days.pop(day, None)
    return days
