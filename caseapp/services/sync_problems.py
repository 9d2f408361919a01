"""What sync could not settle by itself, for an admin or a manager: changes of this workstation the central
server refused (with its reason), and user names two workstations of the office each gave to a new account.

A refused change stays in this workstation's log (nothing is ever deleted) but no other node will hold it, so
it is set aside explicitly: ``discard`` writes ``<stream>.change_discarded`` naming it, with the reason given,
and the folds leave it out from then on (``domain/events.discarded_ids``), here and on the server alike.
``retry`` (a case's change, after the cause was fixed: a role given back, a user's record arrived) sets it aside
the same way and writes the same action again as the person retrying, checked as any action is. A name clash is
resolved by renaming one of the accounts.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from caseapp.domain.events import CASE, CASE_ACTIONS, CITIZEN, DISCARDED, USER
from caseapp.domain.rules import PERMISSION_OF_KIND
from caseapp.errors import NotFoundError, ValidationError
from caseapp.services import auth
from caseapp.services import validation as check
from caseapp.services.database import Database
from caseapp.services.queries import USERS
from caseapp.services.users import Actor, UserInfo, _row_to_info, require
from caseapp.services.workflow import _check_action, _load_case
from caseapp.storage.event_rows import EVENTS, row_to_event
from caseapp.storage.eventlog import REFUSALS, EventWriter, stream_version
from caseapp.storage.projections import CASES

MAX_REASON = 1000
DISCARDABLE = (CASE, CITIZEN, USER)          # the streams whose folds honour a discard


@dataclass(frozen=True)
class RefusedChange:
    """One change of this workstation the server refused: what it was, who made it when, and why not."""
    event_id: str
    stream: str
    stream_id: str
    kind: str
    payload: dict
    case_number: str | None
    author: str | None                 # the user's full name (or user name)
    recorded_at: str
    reason: str                        # the server's reason: an error key
    detail: str | None
    refused_at: str
    retryable: bool                    # a case's action, which can be written again


@dataclass(frozen=True)
class NameClash:
    """Accounts of one office under one user name (nobody signs in under it until one is renamed)."""
    office_id: str
    username: str
    accounts: list[UserInfo]


def _set_aside_in(conn, stream: str, stream_id: str) -> set[str]:
    """The events the stream's ``*.change_discarded`` name (an index range of one stream, never the whole log:
    the main window counts the problems at every refresh)."""
    return {str(json.loads(payload).get("event_id")) for payload in conn.execute(
        select(EVENTS.c.payload).where(EVENTS.c.stream == stream, EVENTS.c.stream_id == stream_id,
                                       EVENTS.c.kind == f"{stream}{DISCARDED}")).scalars()}


def refused_changes(db: Database) -> list[RefusedChange]:
    """The refusals not yet retried or discarded, oldest first."""
    with db.uow() as uow:
        conn = uow.conn
        if conn.execute(select(REFUSALS.c.event_id).limit(1)).first() is None:
            return []                                     # the usual case: one cheap read
        names = {r.user_id: r.full_name or r.username for r in conn.execute(
            select(USERS.c.user_id, USERS.c.full_name, USERS.c.username))}
        found = []
        for row in conn.execute(select(REFUSALS.c.reason.label("refusal_reason"),
                                       REFUSALS.c.detail.label("refusal_detail"), REFUSALS.c.refused_at, EVENTS)
                                .join(EVENTS, EVENTS.c.event_id == REFUSALS.c.event_id).order_by(REFUSALS.c.node_seq)):
            if row.kind.endswith(DISCARDED) or row.event_id in _set_aside_in(conn, row.stream, row.stream_id):
                continue
            event = row_to_event(row)
            number = None
            if event.stream == CASE:
                number = conn.execute(select(CASES.c.case_number).where(CASES.c.case_id == event.stream_id)
                                      ).scalar()
            found.append(RefusedChange(event.event_id, event.stream, event.stream_id, event.kind, event.payload,
                                       number, names.get(event.user_id or ""), event.recorded_at, row.refusal_reason,
                                       row.refusal_detail, row.refused_at,
                                       event.stream == CASE and event.kind in CASE_ACTIONS
                                       and event.kind != "case.registered"))
    return found


def _open_refusal(conn, event_id: str):
    event_id = check.plain(event_id, "event")
    row = conn.execute(select(EVENTS).where(EVENTS.c.event_id == event_id)).first()
    refused = conn.execute(select(REFUSALS.c.event_id).where(REFUSALS.c.event_id == event_id)).first()
    if row is None or refused is None or event_id in _set_aside_in(conn, row.stream, row.stream_id):
        raise NotFoundError("sync.refusal_not_open", field="event")
    return row_to_event(row)


def _set_aside(writer: EventWriter, conn, actor: Actor, event, reason: str | None) -> None:
    """``reason`` None: set aside to be made again (``retry``)."""
    payload = {"event_id": event.event_id, **({"reason": reason} if reason is not None else {"retried": True})}
    writer.append(event.stream, event.stream_id, f"{event.stream}{DISCARDED}", payload, user_id=actor.user_id,
                  base_version=stream_version(conn, event.stream, event.stream_id))


def discard(db: Database, actor: Actor, event_id: str, reason: str) -> None:
    """Set a refused change aside for good, saying why (recorded as an event of its stream, by ``actor``)."""
    require(actor, "resolve_sync")
    reason = check.text(reason, "reason", required=True, max_length=MAX_REASON, multiline=True, strip=True)
    with db.uow(write=True, acting=actor) as uow:
        event = _open_refusal(uow.conn, event_id)
        if event.stream not in DISCARDABLE:
            raise ValidationError("sync.cannot_discard", field="event")
        writer = EventWriter(uow.conn, uow.clock)
        _set_aside(writer, uow.conn, actor, event, reason)
        writer.flush()
        uow.commit()


def retry(db: Database, actor: Actor, event_id: str) -> None:
    """Write a refused case change again, as ``actor`` and checked now (role, office, the case's state without
    the refused change); the refused one is set aside in the same transaction. Nothing changes if the check
    fails."""
    require(actor, "resolve_sync")
    with db.uow(write=True, acting=actor) as uow:
        conn = uow.conn
        event = _open_refusal(conn, event_id)
        if event.stream != CASE or event.kind not in CASE_ACTIONS or event.kind == "case.registered":
            raise ValidationError("sync.cannot_retry", field="event")
        writer = EventWriter(conn, uow.clock)
        _set_aside(writer, conn, actor, event, None)
        writer.flush()                                     # the case refolded without the refused change
        row = _load_case(conn, event.stream_id)
        _check_action(actor, row, CASE_ACTIONS[event.kind], PERMISSION_OF_KIND.get(event.kind), None)
        writer.append(CASE, event.stream_id, event.kind, event.payload, user_id=actor.user_id,
                      base_version=stream_version(conn, CASE, event.stream_id))
        writer.flush()
        uow.commit()


def name_clashes(db: Database) -> list[NameClash]:
    with db.uow() as uow:
        rows = uow.conn.execute(select(USERS).order_by(USERS.c.office_id, USERS.c.username, USERS.c.user_id)).all()
    groups: dict[tuple[str, str], list[UserInfo]] = defaultdict(list)
    for row in rows:
        groups[(row.office_id, row.username)].append(_row_to_info(row))
    return [NameClash(office, name, accounts) for (office, name), accounts in groups.items() if len(accounts) > 1]


def rename(db: Database, actor: Actor, user_id: str, new_username: str) -> UserInfo:
    """Give one account of a clash (or any account) a new user name; its password and history stay."""
    require(actor, "manage_users")
    user_id = check.plain(user_id, "user")
    name = auth.normalise_username(new_username)
    with db.uow(write=True, acting=actor) as uow:
        conn = uow.conn
        row = conn.execute(select(USERS).where(USERS.c.user_id == user_id)).first()
        if row is None:
            raise NotFoundError("user.not_found", field="username", username=user_id)
        if conn.execute(select(USERS.c.user_id).where(USERS.c.username == name, USERS.c.office_id == row.office_id,
                                                      USERS.c.user_id != user_id)).first():
            raise ValidationError("user.exists", field="username", username=name)
        writer = EventWriter(conn, uow.clock)
        writer.append(USER, user_id, "user.changed", {"username": name}, user_id=actor.user_id,
                      base_version=stream_version(conn, USER, user_id))
        writer.flush()
        uow.commit()
        renamed = conn.execute(select(USERS).where(USERS.c.user_id == user_id)).first()
    return _row_to_info(renamed)
