"""First-time set-up of a workstation: this office and node, the reference data, the first admin."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, insert, select

from caseapp.domain.events import CATALOGUE, OFFICE, USER
from caseapp.domain.ids import uuid7
from caseapp.errors import ConflictError, ValidationError
from caseapp.services import auth
from caseapp.services.database import Database
from caseapp.storage.eventlog import EventWriter, create_node
from caseapp.storage.models import EventRow, SettingRow, table_of
import resources


@dataclass(frozen=True)
class Office:
    code: str
    level: str
    parent: str | None
    name_mn: str
    name_en: str
    centre_mn: str | None
    centre_en: str | None
    iso: str | None


@dataclass(frozen=True)
class ServiceType:
    code: str
    category: str
    name_mn: str
    name_en: str
    clock: str
    target_days: int
    max_extension_days: int
    roll_forward: bool
    reminder_days: tuple[int, ...]
    required_documents: tuple[dict, ...]
    fee_mnt: int
    legal_basis_mn: str | None


@dataclass(frozen=True)
class InitResult:
    office: Office
    node_id: str
    admin_username: str
    offices_loaded: int
    services_loaded: int


def reference_offices() -> list[Office]:
    return [Office(**o) for o in resources.load_json("reference", "offices.json")["offices"]]


def reference_services() -> list[ServiceType]:
    items = resources.load_json("reference", "services.json")["services"]
    return [ServiceType(**{**s, "reminder_days": tuple(s["reminder_days"]),
                           "required_documents": tuple(s["required_documents"])}) for s in items]


def find_reference_office(code: str) -> Office:
    wanted = (code or "").strip().upper()
    for office in reference_offices():
        if office.code == wanted:
            return office
    raise ValidationError("setup.office_unknown", field="office", code=repr(code))


def load_reference_events(writer: EventWriter, user_id: str | None) -> tuple[int, int]:
    offices = reference_offices()
    for office in offices:
        payload = {k: v for k, v in office.__dict__.items() if k != "code"}
        writer.append(OFFICE, office.code, "office.defined", payload, user_id=user_id, base_version=0)
    services = reference_services()
    for service in services:
        payload = {k: v for k, v in service.__dict__.items() if k != "code"}
        payload["reminder_days"] = list(service.reminder_days)
        payload["required_documents"] = list(service.required_documents)
        writer.append(CATALOGUE, service.code, "service.defined", payload, user_id=user_id, base_version=0)
    return len(offices), len(services)


def create_user_event(writer: EventWriter, *, username: str, password: str, role: str, full_name: str,
                      office_id: str, by: str | None, password_hash: str | None = None) -> str:
    user_id = uuid7()
    writer.append(USER, user_id, "user.created", {
        "username": auth.normalise_username(username), "full_name": full_name.strip() or username,
        "role": auth.validate_role(role), "office_id": office_id,
        "password_hash": password_hash or auth.hash_password(password, username=username),
        "active": True, "locked": False,
    }, user_id=by or user_id, base_version=0)
    return user_id


def _log_is_empty(conn: Connection) -> bool:
    return conn.execute(select(func.count()).select_from(table_of(EventRow))).scalar_one() == 0


DEMO_SETTING = "demo_database"


def initialise(db: Database, *, office_code: str, node_no: int, admin_username: str, admin_password: str,
               admin_full_name: str = "", demo: bool = False) -> InitResult:
    """Create this node, load the reference data as events, and create the first admin. One transaction.
    ``demo`` marks the database as a demo (only a demo takes made-up data)."""
    office = find_reference_office(office_code)
    if office.level not in ("capital", "district", "aimag", "soum", "khoroo", "bag"):
        raise ValidationError("setup.country_level", field="office")
    if not isinstance(node_no, int) or not 1 <= node_no <= 99:
        raise ValidationError("setup.node_no", field="node")
    username = auth.normalise_username(admin_username)
    password_hash = auth.hash_password(admin_password, username=username)
    with db.uow(write=True) as uow:
        if not _log_is_empty(uow.conn):
            raise ConflictError("setup.already_initialised", path=str(db.path))
        head = create_node(uow.conn, office.code, node_no, uow.clock)
        writer = EventWriter(uow.conn, uow.clock)
        admin_id = uuid7()
        offices, services = load_reference_events(writer, admin_id)
        writer.append(USER, admin_id, "user.created", {
            "username": username, "full_name": admin_full_name.strip() or username, "role": auth.ADMIN,
            "office_id": office.code, "password_hash": password_hash, "active": True, "locked": False,
        }, user_id=admin_id, base_version=0)
        writer.flush()
        if demo:
            uow.conn.execute(insert(table_of(SettingRow)).values(key=DEMO_SETTING, value="1"))
        uow.commit()
    return InitResult(office, head.node_id, username, offices, services)
