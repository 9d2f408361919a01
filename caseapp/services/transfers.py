"""Transfers between offices (G2G): the owning office offers a case to another, which accepts it (ownership
moves) or returns it; the offering office may withdraw its offer until then.

Each step is one case event written through ``workflow._act`` (the same checks as any other action: the role,
the owning office, the state machine, the version the screen showed). The offer reaches the other office
through the central server, with the case's history and its citizen; what happened to every offer is in the
case row's ``transfers`` (folded from the events), which the outgoing list and the reports read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
import json

from sqlalchemy import select

from caseapp.errors import ValidationError
from caseapp.services import validation as check
from caseapp.services.catalogue import ON_TRANSFER
from caseapp.services.database import Database
from caseapp.services.queries import (CASES, OFFICES, SERVICES, CaseDetail, CaseFilter, CaseSummary, list_cases,
                                     offered_by)
from caseapp.services.users import Actor
from caseapp.services.workflow import _act, _work_day

MAX_REASON = 1000
MAX_NOTE = 4000


def _target_office(conn, actor: Actor, to_office: str) -> str:
    code = check.plain(to_office, "to_office").strip().upper()
    if not code:
        raise ValidationError("transfer.office_required", field="to_office")
    row = conn.execute(select(OFFICES.c.code, OFFICES.c.active).where(OFFICES.c.code == code)).first()
    if row is None or not row.active:
        raise ValidationError("transfer.unknown_office", field="to_office", office=code)
    if row.code == actor.office_id:
        raise ValidationError("transfer.same_office", field="to_office")
    return row.code


def offer(db: Database, actor: Actor, case: str, to_office: str, reason: str, *, note: str = "",
          expected_version: int | None = None) -> CaseDetail:
    """Offer a case of this office to ``to_office`` (an office of the country's tree), with a reason and an
    optional note for the receiver. Until it is answered the case waits: only withdrawing and notes remain."""
    reason = check.text(reason, "reason", required=True, max_length=MAX_REASON, multiline=True, strip=True)
    note = check.text(note, "note", max_length=MAX_NOTE, multiline=True, strip=True)

    def payload(conn, row) -> dict:
        return {"to_office": _target_office(conn, actor, to_office), "reason": reason,
                **({"note": note} if note else {})}
    return _act(db, actor, case, "offer_transfer", "case.transfer_offered", payload, permission="transfer",
                expected_version=expected_version)


def withdraw(db: Database, actor: Actor, case: str, reason: str = "", *,
             expected_version: int | None = None) -> CaseDetail:
    """The offering office takes back an offer not yet accepted: the case is where it was before."""
    reason = check.text(reason, "reason", max_length=MAX_REASON, multiline=True, strip=True)
    return _act(db, actor, case, "return_transfer", "case.transfer_withdrawn", {"reason": reason} if reason else {},
                permission="transfer", expected_version=expected_version, extra_check=_owned_here(actor))


def accept(db: Database, actor: Actor, case: str, *, today: date | None = None,
           expected_version: int | None = None) -> CaseDetail:
    """This office takes over a case offered to it: it becomes the owner, the case joins its queues (nobody
    assigned yet), and the deadline continues on the same clock unless the service's ``on_transfer`` here
    says ``restart`` (then it counts again from today)."""
    day = _work_day(db, today)

    def payload(conn, row) -> dict:
        rule = conn.execute(select(SERVICES.c.on_transfer).where(SERVICES.c.code == row.service_code)).scalar()
        return {"on": day.isoformat(), "clock": rule if rule in ON_TRANSFER else "continue"}
    return _act(db, actor, case, "accept_transfer", "case.transfer_accepted", payload, permission="transfer",
                expected_version=expected_version, extra_check=_offered_here(actor))


def return_(db: Database, actor: Actor, case: str, reason: str, *,
            expected_version: int | None = None) -> CaseDetail:
    """This office sends an offered case back, saying why: the offering office has it as before."""
    reason = check.text(reason, "reason", required=True, max_length=MAX_REASON, multiline=True, strip=True)
    return _act(db, actor, case, "return_transfer", "case.transfer_returned", {"reason": reason},
                permission="transfer", expected_version=expected_version, extra_check=_offered_here(actor))


def _offered_here(actor: Actor):
    def check_row(conn, row) -> None:
        if row.transfer_to != actor.office_id:
            raise ValidationError("transfer.not_offered_here", field="case")
    return check_row


def _owned_here(actor: Actor):
    def check_row(conn, row) -> None:
        if row.owner_office != actor.office_id:
            raise ValidationError("transfer.not_ours", field="case")
    return check_row


# --- lists ---------------------------------------------------------------------------------------------------

def incoming(db: Database, office_id: str, *, limit: int = 1000) -> list[CaseSummary]:
    """Cases other offices offer to ``office_id`` and it has not answered, the oldest offer first."""
    return list_cases(db, CaseFilter(incoming_to=office_id), sort="registered_on", descending=False, limit=limit)


@dataclass(frozen=True)
class TransferEntry:
    """One offer of a case between two offices, and what became of it."""
    case_id: str
    case_number: str
    subject: str
    from_office: str
    to_office: str
    reason: str
    note: str
    offered_at: str
    outcome: str                 # offered | accepted | returned | withdrawn
    answered_at: str | None
    answer_reason: str | None


def _entries(rows, keep) -> list[TransferEntry]:
    """The offers ``keep`` picks from case rows' ``transfers``, the newest first (a case's later offer before
    its earlier one when both carry the same time)."""
    found = []
    for row in rows:
        for position, t in enumerate(json.loads(row.transfers)):
            if keep(t):
                found.append(((t["offered_at"], row.case_number, position), TransferEntry(
                    row.case_id, row.case_number, row.subject, t["from_office"], t["to_office"], t.get("reason", ""),
                    t.get("note", ""), t["offered_at"], t["outcome"], t.get("answered_at"), t.get("answer_reason"))))
    return [entry for _, entry in sorted(found, key=lambda item: item[0], reverse=True)]


def _offers(db: Database, where, keep) -> list[TransferEntry]:
    with db.uow() as uow:
        rows = uow.conn.execute(select(CASES.c.case_id, CASES.c.case_number, CASES.c.subject, CASES.c.transfers)
                                .where(CASES.c.transfers.is_not(None), *where)).all()
    return _entries(rows, keep)


def incoming_offers(db: Database, office_id: str) -> list[TransferEntry]:
    """The offers waiting for ``office_id``'s answer, with who offered and why, the newest first."""
    return _offers(db, (CASES.c.transfer_to == office_id, CASES.c.state == "transferred_out"),
                   lambda t: t["to_office"] == office_id and t["outcome"] == "offered")


def outgoing(db: Database, office_id: str) -> list[TransferEntry]:
    """Every offer ``office_id`` made (offered, accepted, returned, withdrawn), the newest first."""
    return _offers(db, (offered_by(office_id),), lambda t: t["from_office"] == office_id)
