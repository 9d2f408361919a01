"""First-time set-up of a workstation: this office and node, the reference data, the first admin."""

from __future__ import annotations

from dataclasses import dataclass
import uuid

from sqlalchemy import Connection, func, insert, select

from caseapp.domain.clock import FixedClock
from caseapp.domain.events import CATALOGUE, OFFICE, USER, Event, canonical_json
from caseapp.domain.hlc import HybridClock, Timestamp
from caseapp.domain.ids import uuid7
from caseapp.errors import ConflictError, ValidationError
from caseapp.services import auth
from caseapp.services.database import Database
from caseapp.storage.eventlog import ChainHead, EventWriter, create_node
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


# The reference data is the same events on every node: its own chain (node REFERENCE_NODE, national office), with
# ids, clock values and bytes that follow from the reference files alone. Two workstations, or a workstation and
# the central server, that loaded the same files hold the same events, and sync keeps one of each. A later change
# of the catalogue or the calendar is an ordinary event of the node that makes it.
REFERENCE_NODE = "MN-REFERENCE"
REFERENCE_OFFICE = "MN"
REFERENCE_NAMESPACE = uuid.UUID("7f0c2a54-3b0e-5d8e-9c1a-6a2f4e1b9d30")
REFERENCE_WALL_MS = 1_767_225_600_000            # 2026-01-01T00:00:00Z: before any workstation's own event
REFERENCE_RECORDED_AT = "2026-01-01T00:00:00.000Z"


def _office_payload(office: Office) -> dict:
    return {k: v for k, v in office.__dict__.items() if k != "code"}


def _service_payload(service: ServiceType) -> dict:
    payload = {k: v for k, v in service.__dict__.items() if k != "code"}
    payload["reminder_days"] = list(service.reminder_days)
    payload["required_documents"] = list(service.required_documents)
    return payload


def reference_events() -> list[Event]:
    """The events of the reference offices and service catalogue, identical wherever they are made."""
    clock = FixedClock.parse("2026-01-01T00:00:00+00:00")
    head = ChainHead(REFERENCE_NODE, REFERENCE_OFFICE, 0, 0, b"",
                     HybridClock(Timestamp(REFERENCE_WALL_MS, 0), now_ms=lambda: REFERENCE_WALL_MS), clock)
    items = [(OFFICE, o.code, "office.defined", _office_payload(o)) for o in reference_offices()]
    items += [(CATALOGUE, s.code, "service.defined", _service_payload(s)) for s in reference_services()]
    events = []
    for number, (stream, code, kind, payload) in enumerate(items):
        content = canonical_json(payload)
        event_id = str(uuid.uuid5(REFERENCE_NAMESPACE, f"{kind}\x1f{code}\x1f{content}"))
        event, _ = head.seal(stream=stream, stream_id=code, kind=kind, payload=payload, user_id=None,
                             base_version=0, hlc=str(Timestamp(REFERENCE_WALL_MS, number)),
                             recorded_at=REFERENCE_RECORDED_AT, event_id=event_id, payload_json=content)
        events.append(event)
    return events


def load_reference_events(writer: EventWriter) -> tuple[int, int]:
    """Ingest the reference events (those already held are kept as they are). Returns (offices, services)."""
    events = reference_events()
    writer.ingest(events)
    return (sum(1 for e in events if e.stream == OFFICE), sum(1 for e in events if e.stream == CATALOGUE))


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
        offices, services = load_reference_events(writer)
        writer.append(USER, admin_id, "user.created", {
            "username": username, "full_name": admin_full_name.strip() or username, "role": auth.ADMIN,
            "office_id": office.code, "password_hash": password_hash, "active": True, "locked": False,
        }, user_id=admin_id, base_version=0)
        writer.flush()
        if demo:
            uow.conn.execute(insert(table_of(SettingRow)).values(key=DEMO_SETTING, value="1"))
        uow.commit()
    return InitResult(office, head.node_id, username, offices, services)
