"""Workstation settings (local to this PC, not synced): interface language, auto-lock time, documents folder."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from caseapp.errors import ValidationError
from caseapp.services.database import Database
from caseapp.services.users import Actor, require
from caseapp.storage.models import SettingRow, table_of

SETTINGS = table_of(SettingRow)
DEFAULTS = {"language": "mn", "auto_lock_minutes": "10", "documents_folder": ""}   # "": the user's Documents
MAX_FOLDER_CHARS = 500
PUBLIC_URL_SETTING = "central.public_url"      # the central server's address for citizens (services/sync.py)


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
    if key == "documents_folder" and value:
        _check_folder(value)


def _check_folder(value: str) -> None:
    """A folder documents and reports can be written to: a full path, made if missing, writable."""
    if (len(value) > MAX_FOLDER_CHARS or not value.isprintable() or value != value.strip()
            or not Path(value).is_absolute()):
        raise ValidationError("settings.folder_path", field="documents_folder", max=MAX_FOLDER_CHARS)
    folder = Path(value)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationError("settings.folder_unusable", field="documents_folder", folder=value,
                              reason=exc.strerror or str(exc)) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ValidationError("settings.folder_unusable", field="documents_folder", folder=value,
                              reason=os.strerror(13))


def set_value(db: Database, key: str, value: str) -> None:
    _validate(key, value)
    _write(db, {key: value})


def _write(db: Database, values: dict[str, str], actor: Actor | None = None) -> None:
    with db.uow(write=True, acting=actor) as uow:
        for key, value in values.items():
            statement = sqlite_insert(SETTINGS).values(key=key, value=value)
            uow.conn.execute(statement.on_conflict_do_update(index_elements=["key"], set_={"value": value}))
        uow.commit()


def auto_lock_minutes(db: Database) -> int:
    return int(get(db, "auto_lock_minutes"))


def save_workstation(db: Database, actor: Actor, *, language: str, auto_lock: int,
                     documents_folder: str | None = None) -> None:
    """The settings screen: anyone picks the interface language and where documents and reports are saved
    (empty: the user's Documents); only an admin changes the auto-lock time of a shared counter PC. All are
    checked before any is written."""
    _validate("language", language)
    _validate("auto_lock_minutes", str(auto_lock))
    if documents_folder is not None:
        _validate("documents_folder", documents_folder)
    values = {"language": language}
    if str(auto_lock) != get(db, "auto_lock_minutes"):
        require(actor, "edit_workstation")
        values["auto_lock_minutes"] = str(auto_lock)
    if documents_folder is not None:
        values["documents_folder"] = documents_folder
    _write(db, values, actor)
