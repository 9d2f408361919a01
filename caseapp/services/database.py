"""Opening the local store: engine, migrations (with backup), and units of work."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, func, select

from caseapp.domain.clock import SYSTEM_CLOCK, Clock
from caseapp.errors import StorageError
from caseapp.services.files import remove_stale_parts
from caseapp.storage.engine import Acting, UnitOfWork, create_sqlite_engine, storage_error
from caseapp.storage.migrate import MigrationResult, newest_revision_file, upgrade
from caseapp.storage.models import NodeRow, table_of


SQLITE_HEADER = b"SQLite format 3\x00"
CANNOT_WRITE = ("storage.read_only", "storage.cannot_open")      # what SQLite says of a file it may not write


@dataclass
class Database:
    path: Path
    engine: Engine
    migration: MigrationResult | None = None
    clock: Clock = field(default=SYSTEM_CLOCK)
    read_only: bool = False          # a file this program may not write: sign-in and reading only

    def uow(self, *, write: bool = False, acting: Acting | None = None) -> UnitOfWork:
        """A unit of work; a write on behalf of a user names them (``acting``), checked in the transaction."""
        if write and self.read_only:
            raise StorageError("storage.read_only_database", path=str(self.path))
        return UnitOfWork(self.engine, write=write, clock=self.clock, acting=acting)

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
    if path.exists():
        _refuse_a_foreign_file(path)
    try:
        engine = create_sqlite_engine(path)
        migration = upgrade(engine, path, clock)
    except Exception as exc:  # noqa: BLE001 - sqlite/alembic failures become one readable storage error
        error = exc if isinstance(exc, StorageError) else storage_error(exc)
        if path.exists() and (isinstance(exc, PermissionError) or error.key in CANNOT_WRITE):
            return _open_read_only(path, clock)           # look, sign in, but change nothing
        if isinstance(exc, PermissionError):
            raise StorageError("storage.folder_read_only", folder=str(path.parent)) from None
        if error is exc:
            raise
        raise error from exc
    # what a killed write left beside it (file times are real times, whatever clock the database runs on)
    remove_stale_parts(path.parent, now=SYSTEM_CLOCK.now().timestamp())
    return Database(path, engine, migration, clock)


def _refuse_a_foreign_file(path: Path) -> None:
    """An existing file that is not a SQLite database (an empty file included) is never turned into one."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError:
        return                              # unreadable: SQLite says so in its own words
    except OSError as exc:
        raise storage_error(exc) from exc
    if header != SQLITE_HEADER:
        raise StorageError("storage.not_a_database", path=str(path))


def _open_read_only(path: Path, clock: Clock) -> Database:
    """The database on a disk, file or folder this program may not write: opened for reading only, if it is
    current (a database that needs an upgrade cannot be upgraded there)."""
    try:
        engine = create_sqlite_engine(path, read_only=True)
        with engine.connect() as conn:
            tables = {name for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
            current = (conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                       if "alembic_version" in tables else None)
    except Exception as exc:  # noqa: BLE001 - whatever SQLite says, in one readable sentence
        raise storage_error(exc) from exc
    if current is None:
        engine.dispose()
        raise StorageError("storage.not_a_database", path=str(path))
    if current != newest_revision_file():
        engine.dispose()
        raise StorageError("storage.read_only", detail=str(path))
    return Database(path, engine, None, clock, read_only=True)
