"""Workstation settings (local to this PC, not synced): interface language, auto-lock time."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from caseapp.errors import ValidationError
from caseapp.services.database import Database
from caseapp.services.users import Actor, require
from caseapp.storage.models import SettingRow, table_of

SETTINGS = table_of(SettingRow)
DEFAULTS = {"language": "mn", "auto_lock_minutes": "10"}


def get(db: Database, key: str) -> str:
    with db.uow() as uow:
        value = uow.conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == key)).scalar()
    return DEFAULTS.get(key, "") if value is None else value


def _validate(key: str, value: str) -> None:
    if key == "language" and value not in ("mn", "en"):
        raise ValidationError("settings.language", field="language")
    if key == "auto_lock_minutes":
        if not value.isdigit() or not 0 <= int(value) <= 240:
            raise ValidationError("settings.auto_lock", field="auto_lock_minutes")


def set_value(db: Database, key: str, value: str) -> None:
    _validate(key, value)
    with db.uow(write=True) as uow:
        statement = sqlite_insert(SETTINGS).values(key=key, value=value)
        uow.conn.execute(statement.on_conflict_do_update(index_elements=["key"], set_={"value": value}))
        uow.commit()


def auto_lock_minutes(db: Database) -> int:
    return int(get(db, "auto_lock_minutes"))


def save_workstation(db: Database, actor: Actor, *, language: str, auto_lock: int) -> None:
    """The settings screen: anyone picks the interface language; only an admin changes the auto-lock time of a
    shared counter PC. Both are checked before either is written."""
    _validate("language", language)
    _validate("auto_lock_minutes", str(auto_lock))
    if str(auto_lock) != get(db, "auto_lock_minutes"):
        require(actor, "edit_workstation")
        set_value(db, "auto_lock_minutes", str(auto_lock))
    set_value(db, "language", language)
