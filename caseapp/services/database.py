"""Opening the local store: engine, migrations (with backup), and units of work."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, func, select

from caseapp.errors import StorageError
from caseapp.storage.engine import UnitOfWork, create_sqlite_engine, describe_storage_error
from caseapp.storage.migrate import MigrationResult, upgrade
from caseapp.storage.models import NodeRow


@dataclass
class Database:
    path: Path
    engine: Engine
    migration: MigrationResult | None = None

    def uow(self, *, write: bool = False) -> UnitOfWork:
        return UnitOfWork(self.engine, write=write)

    def is_initialised(self) -> bool:
        with self.uow() as uow:
            return uow.conn.execute(select(func.count()).select_from(NodeRow.__table__)).scalar_one() > 0

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path | str, *, create: bool = True) -> Database:
    """Open and migrate the database file at ``path``; ``create=False`` refuses a file that does not exist
    (so a mistyped path never turns into a new, empty database)."""
    path = Path(path).expanduser().resolve()
    if path.exists() and path.is_dir():
        raise StorageError(f"{path} нь хавтас байна, өгөгдлийн сангийн файл биш.")
    if not create and not path.exists():
        raise StorageError(f"Өгөгдлийн сан олдсонгүй: {path}. Шинээр үүсгэх бол `caseapp init` ажиллуулна уу.")
    try:
        engine = create_sqlite_engine(path)
        migration = upgrade(engine, path)
    except StorageError:
        raise
    except Exception as exc:  # noqa: BLE001 - sqlite/alembic failures become one readable storage error
        raise StorageError(describe_storage_error(exc)) from exc
    return Database(path, engine, migration)
