"""Read side: plain DTOs for screens and the command line (never ORM objects or Sessions)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from caseapp.domain.states import OPEN_STATES
from caseapp.services.database import Database
from caseapp.storage.eventlog import load_chain_head
from caseapp.storage.models import CaseRow, CitizenRow, EventRow, OfficeRow, ServiceTypeRow

CASES = CaseRow.__table__
CITIZENS = CitizenRow.__table__
SERVICES = ServiceTypeRow.__table__
OFFICES = OfficeRow.__table__


@dataclass(frozen=True)
class CaseSummary:
    case_id: str
    case_number: str
    registered_on: date
    citizen_name: str
    register_no: str | None
    service_code: str
    service_name_mn: str
    service_name_en: str
    subject: str
    state: str
    due_date: date | None
    channel: str

    def overdue(self, today: date) -> bool:
        return self.state in OPEN_STATES and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class WorkstationInfo:
    office_code: str
    office_name_mn: str
    office_name_en: str
    node_id: str
    pending_sync: int


def workstation(db: Database) -> WorkstationInfo:
    with db.uow() as uow:
        head = load_chain_head(uow.conn)
        office = uow.conn.execute(select(OFFICES.c.name_mn, OFFICES.c.name_en)
                                  .where(OFFICES.c.code == head.office_id)).first()
        pending = uow.conn.execute(select(func.count()).select_from(EventRow.__table__)
                                   .where(EventRow.__table__.c.server_seq.is_(None),
                                          EventRow.__table__.c.node_id == head.node_id)).scalar_one()
    return WorkstationInfo(head.office_id, office.name_mn if office else head.office_id,
                           office.name_en if office else head.office_id, head.node_id, pending)


def count_cases(db: Database) -> int:
    with db.uow() as uow:
        return uow.conn.execute(select(func.count()).select_from(CASES)).scalar_one()


def list_cases(db: Database, *, offset: int = 0, limit: int = 200) -> list[CaseSummary]:
    """Newest registrations first."""
    query = (select(CASES.c.case_id, CASES.c.case_number, CASES.c.registered_on, CITIZENS.c.family_name,
                    CITIZENS.c.given_name, CITIZENS.c.register_no, CASES.c.service_code, SERVICES.c.name_mn,
                    SERVICES.c.name_en, CASES.c.subject, CASES.c.state, CASES.c.due_date, CASES.c.channel)
             .select_from(CASES.outerjoin(CITIZENS, CITIZENS.c.citizen_id == CASES.c.citizen_id)
                          .outerjoin(SERVICES, SERVICES.c.code == CASES.c.service_code))
             .order_by(CASES.c.registered_on.desc(), CASES.c.case_number.desc())
             .offset(offset).limit(limit))
    with db.uow() as uow:
        rows = uow.conn.execute(query).all()
    return [CaseSummary(r.case_id, r.case_number, r.registered_on,
                        f"{r.family_name or ''} {r.given_name or ''}".strip(), r.register_no, r.service_code,
                        r.name_mn or r.service_code, r.name_en or r.service_code, r.subject, r.state, r.due_date,
                        r.channel) for r in rows]
