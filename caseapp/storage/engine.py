"""Engine with the PRAGMAs of DESIGN.md section 3 and the unit of work.

The driver runs in autocommit mode and SQLAlchemy's ``begin`` emits the BEGIN itself, so a writing unit of work
can take the write lock up front (``BEGIN IMMEDIATE``) instead of failing half-way with "database is locked".
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
import sqlite3
from typing import Iterator

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import QueuePool

from caseapp.errors import StorageError

BUSY_TIMEOUT_MS = 10_000


def _on_connect(dbapi_connection: sqlite3.Connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.execute("PRAGMA cache_size=-32000")       # 32 MB page cache per connection
    cursor.close()


def _on_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get("sqlite_immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_sqlite_engine(path: Path | str) -> Engine:
    """An engine over a database file (created if missing, with its folder)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"isolation_level": None, "check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        poolclass=QueuePool, pool_size=4, max_overflow=4,
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def describe_storage_error(exc: BaseException) -> str:
    """A clerk-readable reason for a SQLite failure (Mongolian, with the technical text after it)."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        reason = "Өгөгдлийн сан өөр программд түгжигдсэн байна. Түр хүлээгээд дахин оролдоно уу."
    elif "disk is full" in text or "database or disk is full" in text:
        reason = "Дискний зай дүүрсэн тул хадгалж чадсангүй."
    elif "malformed" in text or "not a database" in text or "corrupt" in text:
        reason = "Өгөгдлийн сангийн файл эвдэрсэн байна. Мэдээллийн технологийн ажилтанд хандана уу."
    elif "readonly" in text or "read-only" in text:
        reason = "Өгөгдлийн сангийн файлд бичих эрхгүй байна."
    elif "unable to open" in text:
        reason = "Өгөгдлийн сангийн файлыг нээж чадсангүй."
    else:
        reason = "Өгөгдлийн сантай ажиллахад алдаа гарлаа."
    return f"{reason} ({getattr(exc, 'orig', exc)})"


class UnitOfWork:
    """One user action = one transaction: rolled back unless ``commit()`` was called.

    ``uow.conn`` is a SQLAlchemy Connection; services use Core statements on it and hand plain data out.
    """

    def __init__(self, engine: Engine, *, write: bool = False) -> None:
        self._engine = engine.execution_options(sqlite_immediate=True) if write else engine
        self.write = write
        self.conn: Connection | None = None
        self._tx = None
        self.committed = False

    def __enter__(self) -> "UnitOfWork":
        try:
            self.conn = self._engine.connect()
            self._tx = self.conn.begin()
        except (OperationalError, DBAPIError) as exc:
            if self.conn is not None:
                self.conn.close()
            raise StorageError(describe_storage_error(exc)) from exc
        return self

    def commit(self) -> None:
        try:
            self._tx.commit()
        except (OperationalError, DBAPIError) as exc:
            raise StorageError(describe_storage_error(exc)) from exc
        self.committed = True

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if not self.committed and self._tx is not None and self._tx.is_active:
                self._tx.rollback()
        finally:
            self.conn.close()
        if isinstance(exc, (OperationalError, DBAPIError)):
            raise StorageError(describe_storage_error(exc)) from exc


@contextmanager
def raw_connection(engine: Engine) -> Iterator[sqlite3.Connection]:
    """The sqlite3 connection underneath, for PRAGMAs that must run outside a transaction and the backup API."""
    pooled = engine.raw_connection()
    try:
        yield pooled.driver_connection
    finally:
        pooled.close()
