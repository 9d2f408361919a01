"""The central store's engine and migrations: PostgreSQL (psycopg 3) in production, an SQLite file by default.

The same ``UnitOfWork`` serves both. On SQLite a writing unit of work takes the write lock at BEGIN (the
whole store is serialised, which is what ``seq_head`` needs); on PostgreSQL a push locks the ``seq_head`` row
(``lock_for_push``) and a pull reads one REPEATABLE READ snapshot (``snapshot``).
"""

from __future__ import annotations

from pathlib import Path
import time
from typing import Any, NamedTuple

from sqlalchemy import Connection, Engine, Text, any_, bindparam, create_engine, event, func, literal, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.sql import ColumnElement, Executable
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError

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
        engine = create_engine(parsed, pool_size=8, max_overflow=8,
                               connect_args={"options": "-c plan_cache_mode=force_custom_plan"})
        ping_when_idle(engine)
        return engine
    raise StorageError("central.bad_url", url=url)


PING_AFTER_IDLE_S = 1.0


def ping_when_idle(engine: Engine, after_s: float = PING_AFTER_IDLE_S) -> None:
    """SQLAlchemy's ``pool_pre_ping`` for connections idle in the pool longer than ``after_s`` only: one that
    died meanwhile (the database restarted) is replaced before a request uses it, and the requests of a burst
    (a push's batches, back to back) are spared a round trip each."""

    @event.listens_for(engine, "connect")
    def _connected(dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkin")
    def _returned(dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _taken(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        if time.monotonic() - record.info.get("idle_since", 0.0) <= after_s:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except Exception:  # noqa: BLE001 - whatever the ping met, the connection is not one to use
            alive = False
        if not alive:
            raise DisconnectionError("the connection died while idle in the pool")   # the pool takes a new one


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
    with the lock would be stale, and the push would write over the one before it). On PostgreSQL they go in
    one round trip (a pipeline: the server runs the second, with a snapshot of its own, once the first has the
    lock)."""
    lock = select(SEQ_HEAD.c.last_seq).where(SEQ_HEAD.c.id == 1)
    head = select(NODE_HEADS.c.node_seq, NODE_HEADS.c.last_hash).where(NODE_HEADS.c.node_id == node_id).subquery()
    digest = select(DIGESTS.c.count, DIGESTS.c.xor).where(DIGESTS.c.office_id == office_id).subquery()
    state = (select(head.c.node_seq, head.c.last_hash, digest.c.count, digest.c.xor)
             .select_from(SEQ_HEAD.outerjoin(head, literal(True)).outerjoin(digest, literal(True)))
             .where(SEQ_HEAD.c.id == 1))
    if conn.dialect.name == "postgresql":
        locked, row = pipelined(conn, [lock.with_for_update(), state])
    else:
        locked, row = conn.execute(lock).first(), conn.execute(state).first()
    if locked is None or row is None:
        raise StorageError("central.not_initialised")
    return PushStart(int(locked[0]), row[0], row[1], row[2], None if row[3] is None else bytes(row[3]))


def pipelined(conn: Connection, statements: list[Executable], *, rows: bool = True) -> list[Any]:
    """The statements in one round trip (psycopg's pipeline mode; the server runs them one after another, each
    seeing what the ones before it did): the first row of each, with ``rows``. PostgreSQL only, inside the
    caller's transaction; a driver error is raised as SQLAlchemy raises a statement's."""
    driver = conn.connection.driver_connection
    compiled = [statement.compile(dialect=conn.dialect) for statement in statements]
    cursors = [driver.cursor() for _ in compiled] if rows else [driver.cursor()] * len(compiled)
    try:
        with driver.pipeline():
            for cursor, one in zip(cursors, compiled):
                cursor.execute(str(one), one.params)
        return [cursor.fetchone() for cursor in cursors] if rows else []
    except driver_error(conn) as exc:
        raise as_sqlalchemy_error(conn, "; ".join(str(one) for one in compiled), exc) from exc
    finally:
        for cursor in set(cursors):
            cursor.close()


def execute_together(conn: Connection, statements: list[Executable]) -> None:
    """Statements whose results nobody reads, in one round trip on PostgreSQL (``pipelined``), one after another
    elsewhere. Inside the caller's transaction."""
    if conn.dialect.name != "postgresql":
        for statement in statements:
            conn.execute(statement)
        return
    pipelined(conn, statements, rows=False)


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


UNIT_SEPARATOR = "\x1f"


def among(conn: Connection, column, values: list[str]) -> ColumnElement[bool]:
    """``column IN values`` for a long list of text: on PostgreSQL one array (``= ANY(...)``: an index look-up
    per value, where an expanded IN of hundreds of literals costs more to build and plan than to run), sent as
    one text the server splits (``string_to_array``: psycopg's dumping of a list, element by element, cost a
    push more than the query); an expanded IN elsewhere."""
    if conn.dialect.name != "postgresql":
        return column.in_(values)
    joined = UNIT_SEPARATOR.join(values)
    if all(values) and joined.count(UNIT_SEPARATOR) == len(values) - 1:      # no value holds the separator
        return column == any_(func.string_to_array(bindparam(None, joined, type_=Text), UNIT_SEPARATOR))
    return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))


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
