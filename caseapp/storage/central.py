"""The central store's engine and migrations: PostgreSQL (psycopg 3) in production, an SQLite file by default.

The same ``UnitOfWork`` serves both. On SQLite a writing unit of work takes the write lock at BEGIN (the
whole store is serialised, which is what ``seq_head`` needs); on PostgreSQL a push locks the ``seq_head`` row
(``lock_for_push``) and a pull reads one REPEATABLE READ snapshot (``snapshot``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Connection, Engine, any_, bindparam, create_engine, literal, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.sql import ColumnElement, Executable
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from caseapp.errors import StorageError
from caseapp.storage.central_models import DIGESTS, NODE_HEADS, SEQ_HEAD
from caseapp.storage.engine import create_sqlite_engine

MIGRATIONS_DIR = Path(__file__).with_name("central_migrations")


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL (None for another database)."""
    parsed = make_url(url)
    return Path(parsed.database) if parsed.get_backend_name() == "sqlite" and parsed.database else None


def create_central_engine(url: str) -> Engine:
    """An engine for a central store URL: ``sqlite:///FILE`` or ``postgresql+psycopg://...``."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # noqa: BLE001 - sqlalchemy's ArgumentError and friends: one readable message
        raise StorageError("central.bad_url", url=url) from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        path = sqlite_path(url)
        if path is None:
            raise StorageError("central.bad_url", url=url)
        return create_sqlite_engine(path)
    if backend == "postgresql":
        if parsed.get_driver_name() != "psycopg":
            parsed = parsed.set(drivername="postgresql+psycopg")
        # every statement planned with its values: a generic plan cached while the tables were nearly empty
        # (a new server's first pushes) is kept by PostgreSQL after they have grown, and one of a look-up by
        # an array of ids then compares every row with every id (a push's 3 ms query took 16 ms)
        return create_engine(parsed, pool_size=8, max_overflow=8, pool_pre_ping=True,
                             connect_args={"options": "-c plan_cache_mode=force_custom_plan"})
    raise StorageError("central.bad_url", url=url)


def _config(conn: Connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = conn
    return config


def upgrade(engine: Engine) -> str:
    """Bring the central schema to the newest revision; returns it."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        command.upgrade(_config(conn), "head")
        conn.commit()
        return MigrationContext.configure(conn).get_current_revision() or ""


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


class PushStart(NamedTuple):
    last_seq: int                   # the last server_seq handed out
    node_seq: int | None            # the node's chain head (None before its first event)
    last_hash: bytes | None
    digest_count: int | None        # the office's digest (None before its first event)
    digest_xor: bytes | None


def lock_for_push(conn: Connection, node_id: str, office_id: str) -> PushStart:
    """The last server_seq handed out, locked until this transaction ends (PostgreSQL: the row lock; SQLite:
    the write lock the unit of work took at BEGIN), then the node's chain head and its office's digest as
    the pushes before this one left them.

    Two statements: PostgreSQL evaluates a statement that waited for a row lock against the locked row's new
    version but the other rows of its snapshot, which predates the commit it waited for (a head or digest read
    with the lock would be stale, and the push would write over the one before it)."""
    query = select(SEQ_HEAD.c.last_seq).where(SEQ_HEAD.c.id == 1)
    if conn.dialect.name == "postgresql":
        query = query.with_for_update()
    last_seq = conn.execute(query).scalar()
    if last_seq is None:
        raise StorageError("central.not_initialised")
    head = select(NODE_HEADS.c.node_seq, NODE_HEADS.c.last_hash).where(NODE_HEADS.c.node_id == node_id).subquery()
    digest = select(DIGESTS.c.count, DIGESTS.c.xor).where(DIGESTS.c.office_id == office_id).subquery()
    row = conn.execute(select(head.c.node_seq, head.c.last_hash, digest.c.count, digest.c.xor)
                       .select_from(SEQ_HEAD.outerjoin(head, literal(True)).outerjoin(digest, literal(True)))
                       .where(SEQ_HEAD.c.id == 1)).one()
    return PushStart(int(last_seq), row.node_seq, row.last_hash, row.count,
                     None if row.xor is None else bytes(row.xor))


def execute_together(conn: Connection, statements: list[Executable]) -> None:
    """Statements whose results nobody reads, in one round trip on PostgreSQL (psycopg's pipeline mode), one
    after another elsewhere. Inside the caller's transaction."""
    if conn.dialect.name != "postgresql":
        for statement in statements:
            conn.execute(statement)
        return
    driver = conn.connection.driver_connection
    compiled = [statement.compile(dialect=conn.dialect) for statement in statements]
    try:
        with driver.pipeline(), driver.cursor() as cursor:
            for one in compiled:
                cursor.execute(str(one), one.params)
    except driver_error(conn) as exc:
        raise as_sqlalchemy_error(conn, "; ".join(str(one) for one in compiled), exc) from exc


def driver_error(conn: Connection) -> type[Exception]:
    """The base class of the database driver's own errors (what a COPY or a pipeline raises)."""
    return conn.dialect.dbapi.Error if conn.dialect.dbapi else Exception


def as_sqlalchemy_error(conn: Connection, statement: str, exc: Exception) -> DBAPIError:
    """A driver error as SQLAlchemy raises one for a statement it ran: ``IntegrityError`` for a key already
    held, and so on (the unit of work turns those into the store's own errors)."""
    return DBAPIError.instance(statement, None, exc, driver_error(conn))


def snapshot_engine(engine: Engine) -> Engine:
    """The engine whose units of work each read one consistent snapshot (PostgreSQL REPEATABLE READ; an SQLite
    reader in WAL mode already does)."""
    if engine.dialect.name == "postgresql":
        return engine.execution_options(isolation_level="REPEATABLE READ")
    return engine


def among(conn: Connection, column, values: list) -> ColumnElement[bool]:
    """``column IN values`` for a long list: on PostgreSQL one array parameter (``= ANY(...)``: planned once,
    and an index look-up per value, where an expanded IN of hundreds of literals costs more to build and plan
    than to run); an expanded IN elsewhere."""
    if conn.dialect.name == "postgresql":
        return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))
    return column.in_(values)


def insert_rows(conn: Connection, table, rows: list[dict]) -> None:
    """Insert many rows: PostgreSQL's COPY (several times faster than a statement per row, which matters for a
    push of thousands of events), an executemany elsewhere. Runs inside the caller's transaction."""
    if not rows:
        return
    stream = RowStream(conn, table, list(rows[0]))
    for row in rows:
        stream.write(row)
    stream.close()


class RowStream:
    """Rows into one table as they come, inside the caller's transaction. On PostgreSQL one COPY stays open,
    and the server stores the rows while the caller works out the next ones; nothing else may run on the
    connection until ``close``. Elsewhere the rows are kept and inserted at ``close``. A driver error is raised
    as SQLAlchemy raises a statement's (an ``IntegrityError`` for a key already held)."""

    def __init__(self, conn: Connection, table, columns: list[str]) -> None:
        self._conn = conn
        self._table = table
        self._columns = columns
        self._kept: list[dict] = []
        self._opened: Any = None                  # psycopg's Copy context, while the COPY is open
        self._copy: Any = None
        self._driver_error = driver_error(conn)
        names = ", ".join(f'"{name}"' for name in columns)
        self._statement = f'COPY "{table.name}" ({names}) FROM STDIN'
        if conn.dialect.name == "postgresql":
            try:
                self._opened = conn.connection.driver_connection.cursor().copy(self._statement)
                self._copy = self._opened.__enter__()
            except self._driver_error as exc:
                raise self._error(exc) from exc

    def write(self, row: dict) -> None:
        if self._copy is None:
            self._kept.append(row)
            return
        try:
            self._copy.write_row([row[name] for name in self._columns])
        except self._driver_error as exc:
            raise self._error(exc) from exc

    def close(self) -> None:
        opened, self._opened, self._copy = self._opened, None, None
        if opened is None:
            if self._kept:
                self._conn.execute(self._table.insert(), self._kept)
            self._kept = []
            return
        try:
            opened.__exit__(None, None, None)
        except self._driver_error as exc:
            raise self._error(exc) from exc

    def abort(self, exc: BaseException) -> None:
        """End an open COPY without its rows (the transaction is being rolled back)."""
        opened, self._opened, self._copy, self._kept = self._opened, None, None, []
        if opened is not None:
            try:
                opened.__exit__(type(exc), exc, exc.__traceback__)
            except Exception:  # noqa: BLE001 - the error that made us abort is the one to raise
                pass

    def _error(self, exc: Exception) -> DBAPIError:
        return as_sqlalchemy_error(self._conn, self._statement, exc)
