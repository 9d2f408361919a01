"""Apply Alembic migrations at start-up, safely.

Before a database that holds data is migrated it is copied with SQLite's backup API. Foreign keys are turned
off around the migration (a batch rebuild of a parent table with them on would delete or orphan the children),
and ``PRAGMA foreign_key_check`` must come back empty before the work is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
import os
from pathlib import Path
import re
import sqlite3
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from caseapp.domain.clock import SYSTEM_CLOCK, Clock
from caseapp.errors import StorageError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def alembic_config() -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def newest_revision_file() -> str:
    """The newest revision by file name (``0009_...py`` -> "0009"): revisions are numbered in order, so the
    program need not import Alembic (0.3 s of every start) just to see that the database is current.
    A test keeps this equal to Alembic's own head."""
    return max(m.group(1) for p in (MIGRATIONS_DIR / "versions").iterdir()
               if (m := _REVISION_FILE.match(p.name)))


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").first()
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() if has_table else None


BACKUPS_FOLDER = "backups"          # beside the database (``services/backup.py``)


def backup_database(engine: Engine, target: Path) -> Path:
    """Copy the live database with the online backup API (consistent even while others read); the copy and a
    folder made for it are the owner's only."""
    if not target.parent.exists():
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(target.parent, 0o700)
    os.close(os.open(target, os.O_CREAT | os.O_WRONLY, 0o600))
    pooled = engine.raw_connection()
    try:
        destination = sqlite3.connect(target)
        try:
            pooled.driver_connection.backup(destination)
            verdict = [row[0] for row in destination.execute("PRAGMA quick_check")]
        finally:
            destination.close()
    finally:
        pooled.close()
    if verdict != ["ok"]:               # no upgrade without a sound copy to go back to
        raise StorageError("backup.not_verified", path=str(target), detail="; ".join(verdict[:3]))
    return target


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'").scalar() > 0


def upgrade(engine: Engine, db_path: Path | None, clock: Clock = SYSTEM_CLOCK, *,
            target: str = "head") -> MigrationResult:
    """Bring the database to ``target`` (default: the newest revision)."""
    before = current_revision(engine)
    if target == "head" and before == newest_revision_file():
        return MigrationResult(before, before, None)
    if before is None and _has_tables(engine):      # another program's SQLite file: never made into ours
        raise StorageError("storage.not_a_database", path=str(db_path or engine.url.database))
    from alembic import command

    goal = head_revision() if target == "head" else target
    if before == goal:
        return MigrationResult(before, goal, None)
    backup = None
    if db_path is not None and _has_tables(engine):
        stamp = clock.now().strftime("%Y%m%dT%H%M%S")
        backup = backup_database(engine, db_path.parent / BACKUPS_FOLDER /
                                 f"{db_path.stem}.before-{goal}-{stamp}.sqlite3")
    config = alembic_config()
    with engine.connect() as conn:
        driver = conn.connection.driver_connection
        driver.execute("PRAGMA foreign_keys=OFF")
        try:
            config.attributes["connection"] = conn
            command.upgrade(config, target)
            conn.commit()
            problems = driver.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            driver.execute("PRAGMA foreign_keys=ON")
    if problems:
        # Alembic has committed each step: put the database back as it was before this start-up
        if backup is not None:
            restore_database(engine, backup)
        raise StorageError("storage.migration_foreign_keys", count=len(problems), backup=str(backup),
                           problems=str(problems[:3]))
    return MigrationResult(before, current_revision(engine) or goal, backup)


def restore_database(engine: Engine, backup: Path) -> None:
    """Copy a backup over the live database (online backup API, in the other direction)."""
    engine.dispose()
    source = sqlite3.connect(backup)
    pooled = engine.raw_connection()
    try:
        source.backup(pooled.driver_connection)
    finally:
        pooled.close()
        source.close()
