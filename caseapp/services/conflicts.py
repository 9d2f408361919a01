"""The conflict queue: cases the fold flagged (two workstations changed the same thing unaware of each other, or
an office acted on a case that was no longer its own, or an action came too late for the case's state), each
shown as both sides, and the manager's resolution recorded as an event.

The fold never drops an event: of two concurrent writes the later one in fold order wins, and an action that
was not allowed when its turn came is kept without effect. The manager either keeps what the fold chose, or takes
the other side (written as the same action again, where the action can be repeated), or enters the right value
with the case's own actions afterwards. ``case.conflict_resolved`` names the flagged events; every node that
receives it clears the flag (``domain/fold.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from caseapp.domain.events import CASE, CASE_ACTIONS, Event, sort_for_fold
from caseapp.domain.fold import FIELDS_WRITTEN
from caseapp.errors import ConflictError, ValidationError
from caseapp.services import validation as check
from caseapp.services.database import Database
from caseapp.services.queries import USERS, CaseDetail, CaseFilter, CaseSummary, get_case, list_cases
from caseapp.services.users import Actor, require
from caseapp.services.workflow import _act, assign, change_service
from caseapp.storage.event_rows import load_stream

MAX_NOTE = 2000
# what can be written again as it was, to take the side the fold did not choose
REPEATABLE = {"case.assigned": lambda db, actor, case, p: assign(db, actor, case, p["assignee"]),
              "case.service_changed": lambda db, actor, case, p: change_service(db, actor, case, p["service"])}


@dataclass(frozen=True)
class Side:
    """One side of a conflict: an event, who wrote it where and when, and what it changed."""
    event_id: str
    kind: str
    user_id: str | None
    user_name: str | None
    node_id: str
    office_id: str
    recorded_at: str
    payload: dict


@dataclass(frozen=True)
class Conflict:
    """A flagged event (``flagged``) and the change it met (``rival``: the other workstation's earlier write of
    the same field, if there is one). ``applied``: the fold kept the flagged event's value (two concurrent
    writes: the later wins); otherwise it was left without effect. ``repeatable``: the rival's change can be
    taken instead with one click."""
    reason: str
    flagged: Side
    rival: Side | None
    applied: bool
    repeatable: bool


def queue(db: Database, office_id: str, *, limit: int = 1000) -> list[CaseSummary]:
    """The office's flagged cases, the soonest due first."""
    return list_cases(db, CaseFilter(office_id=office_id, conflicts_only=True), sort="due_date", descending=False,
                      limit=limit)


def _side(event: Event, names: dict) -> Side:
    return Side(event.event_id, event.kind, event.user_id, names.get(event.user_id), event.node_id,
                event.office_id, event.recorded_at, dict(event.payload))


def conflicts_of(db: Database, case: str) -> tuple[CaseDetail, list[Conflict]]:
    """The case and each of its open conflicts, both sides."""
    detail = get_case(db, case)
    with db.uow() as uow:
        events = sort_for_fold(load_stream(uow.conn, CASE, detail.case_id))
        names = {r.user_id: r.full_name for r in uow.conn.execute(select(USERS.c.user_id, USERS.c.full_name))}
    position = {e.event_id: i for i, e in enumerate(events)}
    found = []
    for flag in detail.conflict_details:
        at = position.get(flag["event_id"])
        if at is None:
            continue
        flagged = events[at]
        fields = set(FIELDS_WRITTEN.get(CASE_ACTIONS.get(flagged.kind, ""), ()))
        rival = next((e for e in reversed(events[:at]) if e.node_id != flagged.node_id
                      and fields & set(FIELDS_WRITTEN.get(CASE_ACTIONS.get(e.kind, ""), ()))), None)
        concurrent = flag["reason"].startswith("concurrent_")
        found.append(Conflict(flag["reason"], _side(flagged, names), _side(rival, names) if rival else None,
                              concurrent, rival is not None and concurrent and rival.kind in REPEATABLE))
    return detail, found


def resolve(db: Database, actor: Actor, case: str, event_ids: list[str], note: str, *, take_rival: bool = False,
            expected_version: int | None = None) -> CaseDetail:
    """Record the manager's resolution of the conflicts of ``event_ids`` (a note says why). ``take_rival``: the
    other side's change is written again first (its action, as the manager), so it becomes the case's value."""
    require(actor, "resolve_conflict")
    note = check.text(note, "note", required=True, max_length=MAX_NOTE, multiline=True, strip=True)
    detail, open_conflicts = conflicts_of(db, case)
    if expected_version is not None and expected_version != detail.version:
        raise ConflictError("case.changed", field="case")
    chosen = [c for c in open_conflicts if c.flagged.event_id in set(event_ids)]
    if not chosen or len(chosen) != len(set(event_ids)):
        raise ValidationError("conflict.not_open", field="case")
    if take_rival:
        rivals = [c for c in chosen if c.repeatable and c.rival is not None]
        if len(rivals) != len(chosen):
            raise ValidationError("conflict.not_repeatable", field="case")
        for conflict in rivals:
            assert conflict.rival is not None
            REPEATABLE[conflict.rival.kind](db, actor, detail.case_id, conflict.rival.payload)
    return _act(db, actor, detail.case_id, "note", "case.conflict_resolved",
                {"event_ids": sorted(set(event_ids)), "note": note, "kept": "other" if take_rival else "chosen"},
                permission="resolve_conflict")
