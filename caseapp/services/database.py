"""Opening the local store: engine, migrations (with backup), and units of work."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, func, select

from caseapp.domain.clock import SYSTEM_CLOCK, Clock
from caseapp.errors import StorageError
from caseapp.storage.engine import UnitOfWork, create_sqlite_engine, storage_error
from caseapp.storage.migrate import MigrationResult, upgrade
from caseapp.storage.models import NodeRow, table_of


@dataclass
class Database:
    path: Path
    engine: Engine
    migration: MigrationResult | None = None
    clock: Clock = field(default=SYSTEM_CLOCK)

    def uow(self, *, write: bool = False) -> UnitOfWork:
        return UnitOfWork(self.engine, write=write, clock=self.clock)

    def today(self) -> date:
        """The office's calendar day by this database's clock."""
        return self.clock.today()

    def is_initialised(self) -> bool:
        with self.uow() as uow:
            return uow.conn.execute(select(func.count()).select_from(table_of(NodeRow))).scalar_one() > 0

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_database(path: Path | str, *, create: bool = True, clock: Clock = SYSTEM_CLOCK) -> Database:
    """Open and migrate the database file at ``path``; ``create=False`` refuses a file that does not exist
    (so a mistyped path never turns into a new, empty database)."""
    path = Path(path).expanduser().resolve()
    if path.exists() and path.is_dir():
        raise StorageError("storage.is_folder", path=str(path))
    if not create and not path.exists():
        raise StorageError("storage.missing", path=str(path))
    try:
        engine = create_sqlite_engine(path)
        migration = upgrade(engine, path, clock)
    except StorageError:
        raise
    except Exception as exc:  # noqa: BLE001 - sqlite/alembic failures become one readable storage error
        raise storage_error(exc) from exc
    return Database(path, engine, migration, clock)
