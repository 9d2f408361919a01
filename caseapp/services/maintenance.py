"""Rebuild, check and statistics over a whole database (the IT staff's tools)."""

from __future__ import annotations

from caseapp.services.database import Database
from caseapp.storage import bulk


def rebuild(db: Database, progress: bulk.Progress | None = None) -> dict[str, int]:
    """Fold every projection again from the event log, in one transaction."""
    with db.uow(write=True) as uow:
        counts = bulk.rebuild(uow.conn, progress or bulk._noop)
        uow.commit()
    return counts


def check(db: Database, progress: bulk.Progress | None = None, *, quick: bool = False) -> bulk.CheckReport:
    """Projections equal the fold of the log, hash chains hold, SQLite is sound. Reads only."""
    with db.uow() as uow:
        report = bulk.check(uow.conn, progress or bulk._noop, quick=quick)
    with db.uow() as uow:                   # rolled back on exit: the FTS check only reads in effect
        bulk.check_search_index(uow.conn, report)
    return report


def stats(db: Database) -> dict[str, object]:
    with db.uow() as uow:
        return bulk.stats(uow.conn)
