"""Rebuild, check and statistics over a whole database (the IT staff's tools)."""

from __future__ import annotations

from sqlalchemy import select

from caseapp.services.database import Database
from caseapp.storage import bulk
from caseapp.storage.eventlog import NODE
from caseapp.storage.marks import WentBack, went_back


def rebuild(db: Database, progress: bulk.Progress | None = None) -> dict[str, int]:
    """Fold every projection again from the event log, in one transaction."""
    with db.uow(write=True) as uow:
        counts = bulk.rebuild(uow.conn, progress or bulk._noop)
        uow.commit()
    return counts


def check(db: Database, progress: bulk.Progress | None = None, *, quick: bool = False) -> bulk.CheckReport:
    """Projections equal the fold of the log, hash chains hold, SQLite is sound. Reads only."""
    from caseapp.services.sync import check_checkpoint

    with db.uow() as uow:
        report = bulk.check(uow.conn, progress or bulk._noop, quick=quick)
        check_checkpoint(uow.conn, report)
    if db.read_only:                        # FTS5 checks itself through a write: impossible here, not damage
        report.counts["search_index_not_checked"] = 1
        return report
    with db.uow() as uow:                   # rolled back on exit: the FTS check only reads in effect
        bulk.check_search_index(uow.conn, report)
    return report


def history_warning(db: Database) -> WentBack | None:
    """Whether this database is older than the last write this workstation made (restored from a backup, or its
    last changes lost): the clerk is told at sign-in, and new case numbers continue above the ones handed out."""
    with db.uow() as uow:
        local = uow.conn.execute(select(NODE)).first()
        return went_back(uow.conn, local.node_id, local.node_seq) if local is not None else None


def stats(db: Database) -> dict[str, object]:
    with db.uow() as uow:
        return bulk.stats(uow.conn)
