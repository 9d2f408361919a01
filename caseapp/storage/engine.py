"""Engine with the PRAGMAs of docs/architecture.md §3 and the unit of work.

The driver runs in autocommit mode and SQLAlchemy's ``begin`` emits the BEGIN itself, so a writing unit of work
can take the write lock up front (``BEGIN IMMEDIATE``) instead of failing half-way with "database is locked".
"""

from __future__ import annotations

from contextlib import contextmanager
import logging
import os
from pathlib import Path
import sqlite3
from collections.abc import Iterator
from typing import Protocol
from urllib.parse import quote

from sqlalchemy import Connection, Engine, RootTransaction, create_engine, event, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import QueuePool

from caseapp.domain.clock import SYSTEM_CLOCK, Clock
from caseapp.errors import PermissionDenied, StorageError
from caseapp.storage.marks import SUFFIX, remember_head
from caseapp.storage.models import UserRow, table_of

USERS = table_of(UserRow)

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


def _on_connect(dbapi_connection: sqlite3.Connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: each commit is on the disk before it is acknowledged (WAL + NORMAL loses the last commits on a power
    # cut, and with them case numbers already printed on receipts). Measured on a million cases: registering a
    # case went from 2.8 to 6.2 ms (median, with the number mark of storage/marks.py), budget 20 ms p95
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.execute("PRAGMA cache_size=-32000")       # 32 MB page cache per connection
    cursor.close()


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.execute("PRAGMA cache_size=-32000")
    cursor.close()


def _on_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get("sqlite_immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_sqlite_engine(path: Path | str, *, read_only: bool = False) -> Engine:
    """An engine over a database file (created if missing, with its folder, both the owner's only).

    ``read_only``: a file the program may not write (a read-only disk, file or folder): opened immutable, so
    SQLite needs no journal files beside it; nothing can be written through it."""
    path = Path(path)
    if read_only:
        url = f"sqlite:///file:{quote(str(path))}?mode=ro&immutable=1&uri=true"
    else:
        private_files(path)
        url = f"sqlite:///{path}"
    engine = create_engine(
        url,
        connect_args={"isolation_level": None, "check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        poolclass=QueuePool, pool_size=4, max_overflow=4,
    )
    event.listen(engine, "connect", _on_connect_read_only if read_only else _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def private_files(path: Path) -> None:
    """A new database is its owner's only, whatever the umask (a shared office PC has other accounts): its
    folder, if made now, is 0700 and the file 0600; SQLite gives its journal files the database's mode. The
    modes of an existing database are left as they are (an office may share one with a group on purpose)."""
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(path.parent, 0o700)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        os.chmod(path, 0o600)


def storage_error_key(exc: BaseException) -> str:
    """The catalogue key of a clerk-readable reason for a SQLite failure."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return "storage.locked"
    if "disk is full" in text or "database or disk is full" in text:
        return "storage.disk_full"
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return "storage.corrupt"
    if "readonly" in text or "read-only" in text:
        return "storage.read_only"
    if "unable to open" in text:
        return "storage.cannot_open"
    return "storage.failed"


def storage_error(exc: BaseException) -> StorageError:
    """A SQLite failure as a StorageError: the reason a clerk understands, with SQLite's own text after it."""
    return StorageError(storage_error_key(exc), detail=str(getattr(exc, "orig", exc)))


class Acting(Protocol):
    """Who a change is made by, as the services hand it in (``services.users.Actor``, frozen)."""
    @property
    def user_id(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def office_id(self) -> str: ...


class UnitOfWork:
    """One user action = one transaction: rolled back unless ``commit()`` was called.

    ``uow.conn`` is a SQLAlchemy Connection; services use Core statements on it and hand plain data out.
    ``acting``: the user a write is done by, checked again inside the transaction (under the write lock): the
    account exists, is active and not locked, and still has the role and office the caller believed. A session
    opened before an admin locked or demoted the user, or an Actor made up in code, changes nothing.
    """

    def __init__(self, engine: Engine, *, write: bool = False, clock: Clock = SYSTEM_CLOCK,
                 acting: Acting | None = None) -> None:
        self._engine = engine.execution_options(sqlite_immediate=True) if write else engine
        self.write = write
        self.clock = clock
        self.acting = acting
        self._conn: Connection | None = None
        self._tx: RootTransaction | None = None
        self.committed = False

    @property
    def conn(self) -> Connection:
        """The connection of this unit of work (only inside its ``with`` block)."""
        if self._conn is None:
            raise RuntimeError("a unit of work is used outside its with-block")
        return self._conn

    def __enter__(self) -> "UnitOfWork":
        try:
            self._conn = self._engine.connect()
            self._tx = self._conn.begin()
        except (OperationalError, DBAPIError) as exc:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            raise storage_error(exc) from exc
        if self.acting is not None:
            try:
                check_acting(self._conn, self.acting)
            except BaseException:
                self.__exit__(None, None, None)
                raise
        return self

    def commit(self) -> None:
        if self._tx is None:
            raise RuntimeError("a unit of work is committed outside its with-block")
        try:
            self._tx.commit()
        except (OperationalError, DBAPIError) as exc:
            raise storage_error(exc) from exc
        self.committed = True
        try:
            remember_head(self.conn)
        except OSError as exc:            # committed: the action stands; only the mark beside the file is late
            log.warning("could not update %s: %s", SUFFIX, exc)

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if not self.committed and self._tx is not None and self._tx.is_active:
                self._tx.rollback()
        finally:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
        if isinstance(exc, (OperationalError, DBAPIError)):
            raise storage_error(exc) from exc


def check_acting(conn: Connection, acting: Acting) -> None:
    """The acting user as the database has them now (see ``UnitOfWork``)."""
    row = conn.execute(select(USERS.c.role, USERS.c.office_id, USERS.c.active, USERS.c.locked)
                       .where(USERS.c.user_id == acting.user_id)).first()
    if row is None:
        raise PermissionDenied("actor.unknown")
    if row.locked or not row.active:
        raise PermissionDenied("login.account_closed")
    if row.role != acting.role or row.office_id != acting.office_id:
        raise PermissionDenied("actor.changed")


@contextmanager
def raw_connection(engine: Engine) -> Iterator[sqlite3.Connection]:
    """The sqlite3 connection underneath, for PRAGMAs that must run outside a transaction and the backup API."""
    pooled = engine.raw_connection()
    try:
        yield pooled.driver_connection
    finally:
        pooled.close()
