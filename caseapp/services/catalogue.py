"""The service catalogue: what each service type is called, its clock, target, extension cap, fee.

An admin changes a service type with one ``service.changed`` event on the catalogue stream (so it syncs to every
workstation like any other reference data). A change applies to NEW cases only: a case copies its service's clock
(calendar or working days, target days, roll-forward, extension cap) when it is registered, so the due dates of
cases already registered do not move.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from caseapp.domain.events import CATALOGUE
from caseapp.errors import NotFoundError, ValidationError
from caseapp.text import Term
from caseapp.services import validation as check
from caseapp.services.database import Database
from caseapp.services.users import Actor, require
from caseapp.storage.eventlog import EventWriter
from caseapp.storage.event_rows import stream_version
from caseapp.storage.models import ServiceTypeRow, table_of

SERVICES = table_of(ServiceTypeRow)
CLOCKS = ("calendar", "working")
MAX_NAME = 300
MAX_LEGAL_BASIS = 2_000
MAX_DAYS = 365
MAX_FEE_MNT = 1_000_000_000
ON_TRANSFER = ("continue", "restart")     # the deadline of a case this office takes over from another
EDITABLE = ("name_mn", "name_en", "clock", "target_days", "max_extension_days", "roll_forward", "fee_mnt",
            "active", "legal_basis_mn", "on_transfer")

@dataclass(frozen=True)
class ServiceInfo:
    """One service type of the catalogue, as screens see it."""
    code: str
    category: str
    name_mn: str
    name_en: str
    clock: str                  # "calendar" or "working"
    target_days: int
    max_extension_days: int
    roll_forward: bool
    fee_mnt: int
    active: bool
    legal_basis_mn: str | None
    on_transfer: str = "continue"

    def name(self, language: str = "mn") -> str:
        return self.name_en if language == "en" else self.name_mn


def _info(row) -> ServiceInfo:
    return ServiceInfo(row.code, row.category, row.name_mn, row.name_en, row.clock, int(row.target_days),
                       int(row.max_extension_days), bool(row.roll_forward), int(row.fee_mnt), bool(row.active),
                       row.legal_basis_mn, row.on_transfer or "continue")


def list_services(db: Database) -> list[ServiceInfo]:
    """Every service type (active or not), ordered by code."""
    with db.uow() as uow:
        return [_info(r) for r in uow.conn.execute(select(SERVICES).order_by(SERVICES.c.code))]


def _whole_number(value, field: str, key: str, low: int, high: int) -> int:
    refused = ValidationError(key, field=field, label=Term(f"label.{field}"), max=high)
    if isinstance(value, bool) or isinstance(value, float) and not value.is_integer():
        raise refused
    try:
        number = int(str(value).strip()) if isinstance(value, str) else int(value)
    except (TypeError, ValueError):
        raise refused from None
    if not low <= number <= high:
        raise refused
    return number


def _flag(value, field: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError("catalogue.flag", field=field, label=Term(f"label.{field}"))
    return value


def validate_changes(changes: dict) -> dict:
    """The changes checked and normalised, field by field; the first wrong field raises ValidationError."""
    clean: dict = {}
    for name, value in changes.items():
        if name not in EDITABLE:
            raise ValidationError("catalogue.unknown_field", field=str(name), name=name)
        if name in ("name_mn", "name_en"):
            clean[name] = check.text(value, name, required=True, max_length=MAX_NAME, strip=True)
        elif name == "legal_basis_mn":
            clean[name] = check.text(value, name, max_length=MAX_LEGAL_BASIS, multiline=True, strip=True) or None
        elif name == "clock":
            clean[name] = check.one_of(value, CLOCKS, "clock")
        elif name == "on_transfer":
            clean[name] = check.one_of(value, ON_TRANSFER, "on_transfer")
        elif name in ("target_days", "max_extension_days"):
            clean[name] = _whole_number(value, name, "catalogue.days", 0, MAX_DAYS)
        elif name == "fee_mnt":
            clean[name] = _whole_number(value, name, "catalogue.fee", 0, MAX_FEE_MNT)
        else:                                    # active, roll_forward
            clean[name] = _flag(value, name)
    return clean


def change_service_type(db: Database, actor: Actor, code: str, changes: dict) -> ServiceInfo:
    """Change a service type (admin only). Only the fields that really change go into the one
    ``service.changed`` event; with nothing changed nothing is written.

    Applies to NEW cases only: cases registered before keep the clock they copied at registration.
    """
    require(actor, "edit_catalogue")
    clean = validate_changes(dict(changes or {}))
    key = (code or "").strip().upper()
    with db.uow(write=True, acting=actor) as uow:
        row = uow.conn.execute(select(SERVICES).where(SERVICES.c.code == key)).first()
        if row is None:
            raise NotFoundError("catalogue.not_found", field="service", code=code)
        current = _info(row)
        changed = {name: value for name, value in clean.items() if getattr(current, name) != value}
        if not changed:
            return current
        writer = EventWriter(uow.conn, uow.clock)
        writer.append(CATALOGUE, key, "service.changed", changed, user_id=actor.user_id,
                      base_version=stream_version(uow.conn, CATALOGUE, key))
        writer.flush()
        updated = _info(uow.conn.execute(select(SERVICES).where(SERVICES.c.code == key)).one())
        uow.commit()
    return updated
