"""The central store's engine and migrations: PostgreSQL (psycopg 3) in production, an SQLite file by default.

The same ``UnitOfWork`` serves both. On SQLite a writing unit of work takes the write lock at BEGIN (the
whole store is serialised, which is what ``seq_head`` needs); on PostgreSQL a push locks the ``seq_head`` row
(``lock_for_push``) and a pull reads one REPEATABLE READ snapshot (``snapshot``).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, any_, bindparam, create_engine, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.sql import ColumnElement
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from caseapp.errors import StorageError
from caseapp.storage.central_models import NODE_HEADS, SEQ_HEAD
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


def lock_for_push(conn: Connection, node_id: str) -> tuple[int, int | None, bytes | None]:
    """The last server_seq handed out, locked until this transaction ends (PostgreSQL: the row lock; SQLite:
    the write lock the unit of work took at BEGIN), and the node's chain head (node_seq and hash; None before
    its first event): one round trip."""
    query = (select(SEQ_HEAD.c.last_seq, NODE_HEADS.c.node_seq, NODE_HEADS.c.last_hash)
             .select_from(SEQ_HEAD.outerjoin(NODE_HEADS, NODE_HEADS.c.node_id == node_id))
             .where(SEQ_HEAD.c.id == 1))
    if conn.dialect.name == "postgresql":
        query = query.with_for_update(of=SEQ_HEAD)
    row = conn.execute(query).first()
    if row is None:
        raise StorageError("central.not_initialised")
    return int(row.last_seq), row.node_seq, row.last_hash


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
    if conn.dialect.name != "postgresql":
        conn.execute(table.insert(), rows)
        return
    columns = list(rows[0])
    cursor = conn.connection.driver_connection.cursor()
    names = ", ".join(f'"{name}"' for name in columns)
    statement = f'COPY "{table.name}" ({names}) FROM STDIN'
    driver_error = conn.dialect.dbapi.Error
    try:
        with cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row([row[name] for name in columns])
    except driver_error as exc:           # as SQLAlchemy raises a statement's: IntegrityError for a held key...
        raise DBAPIError.instance(statement, None, exc, driver_error) from exc
