"""Workstation settings (local to this PC, not synced): interface language, auto-lock time."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from caseapp.errors import ValidationError
from caseapp.services.database import Database
from caseapp.storage.models import SettingRow

SETTINGS = SettingRow.__table__
DEFAULTS = {"language": "mn", "auto_lock_minutes": "10"}


def get(db: Database, key: str) -> str:
    with db.uow() as uow:
        value = uow.conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == key)).scalar()
    return DEFAULTS.get(key, "") if value is None else value


def set_value(db: Database, key: str, value: str) -> None:
    if key == "language" and value not in ("mn", "en"):
        raise ValidationError("Хэл нь mn эсвэл en байна.", field="language")
    if key == "auto_lock_minutes":
        if not value.isdigit() or not 0 <= int(value) <= 240:
            raise ValidationError("Автоматаар түгжих хугацаа 0-240 минут (0 бол түгжихгүй).",
                                  field="auto_lock_minutes")
    with db.uow(write=True) as uow:
        statement = sqlite_insert(SETTINGS).values(key=key, value=value)
        uow.conn.execute(statement.on_conflict_do_update(index_elements=["key"], set_={"value": value}))
        uow.commit()


def auto_lock_minutes(db: Database) -> int:
    return int(get(db, "auto_lock_minutes"))
