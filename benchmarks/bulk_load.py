"""Bulk load and rebuild against raw sqlite3 executemany of the same rows, measured in the same run.

    .venv/bin/python benchmarks/bulk_load.py --cases 100000

1. ``caseapp demo`` makes N cases in database A (generation + sealing + folding + inserting; reported as is).
2. The citizen and case events of A are read back, as a sync pull or an import would hand them over.
3. Database B (fresh, same schema): ``load_new_streams`` inserts those events, folds every stream with the live
   path's functions and writes the projections and search index, in one transaction.      -> bulk load
4. Database C (fresh, same schema): plain ``sqlite3`` executemany of exactly the rows B ended up with
   (events, citizens, cases), one transaction, triggers as installed.                      -> baseline
5. ``rebuild`` of B, against plain executemany of its projection rows alone.
Target (docs/architecture.md §13): bulk load and rebuild within 3x of the baseline.
"""

from __future__ import annotations

import argparse
from pathlib import Path
import sqlite3
import sys
import tempfile

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import fresh_database, timed, verdict

from caseapp.domain.events import CASE, CITIZEN
from caseapp.services import demo
from caseapp.services.maintenance import check, rebuild
from caseapp.storage.bulk import load_new_streams
from caseapp.storage.calendar import load_calendar
from caseapp.storage.event_rows import EVENTS, row_to_event
from sqlalchemy import select

TARGET = 3.0


def read_events(database) -> list:
    """(event, payload JSON text) pairs, as a sync pull delivers them (the JSON text travels as it is)."""
    with database.uow() as uow:
        rows = uow.conn.execute(select(EVENTS).where(EVENTS.c.stream.in_((CITIZEN, CASE))).order_by(EVENTS.c.seq))
        return [(row_to_event(row), row.payload) for row in rows]


def raw_rows(path: Path, table: str, where: str = "") -> tuple[list[str], list[tuple]]:
    con = sqlite3.connect(path)
    try:
        cursor = con.execute(f"SELECT * FROM {table} {where}")
        return [d[0] for d in cursor.description], cursor.fetchall()
    finally:
        con.close()


def raw_insert(path: Path, tables: list[tuple[str, list[str], list[tuple]]], *, triggers: bool = True) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA cache_size=-262144")
    con.execute("BEGIN")
    if not triggers:       # rolled back below: only the inserts themselves are timed
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
            con.execute(f'DROP TRIGGER "{name}"')
    for table, columns, rows in tables:
        con.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                        rows)
    con.execute("COMMIT" if triggers else "ROLLBACK")
    con.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--check", action="store_true", help="also run caseapp check on the loaded database")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="caseapp-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    t: dict[str, float] = {}

    source = fresh_database(workdir / "a.sqlite3", demo=True)
    with timed(t, "demo"):
        demo.generate(source, cases=args.cases, seed=args.seed)
    events = read_events(source)
    source.close()

    target = fresh_database(workdir / "b.sqlite3", node=2)      # A's events come from another workstation
    with target.uow(write=True) as uow:
        calendar = load_calendar(uow.conn)
        with timed(t, "load"):
            load_new_streams(uow.conn, events, calendar)
            uow.commit()
    del events
    b_path = target.path
    target.engine.dispose()
    where_new = {"events": "WHERE stream IN ('citizen', 'case')"}
    copied = [(table, *raw_rows(b_path, table, where_new.get(table, ""))) for table in ("events", "citizens", "cases")]
    baseline = fresh_database(workdir / "c.sqlite3", node=2)
    c_path = baseline.path
    baseline.close()
    with timed(t, "raw_plain"):
        raw_insert(c_path, copied, triggers=False)
    with timed(t, "raw"):
        raw_insert(c_path, copied)
    projections_only = [item for item in copied if item[0] != "events"]
    for table in ("citizens", "cases"):
        con = sqlite3.connect(c_path)
        con.execute(f"DELETE FROM {table}")
        con.commit()
        con.close()
    with timed(t, "raw_projections"):
        raw_insert(c_path, projections_only)
    with timed(t, "rebuild"):
        rebuild(target)
    if args.check:
        with timed(t, "check"):
            report = check(target)
        print(f"check: {'OK' if report.ok else report.problems[:5]}")
    target.close()

    n_events = len(copied[0][2])
    print(f"cases {args.cases:,}, events {n_events:,}, citizens {len(copied[1][2]):,}  (workdir {workdir})")
    print(f"demo generate (incl. making up the data): {t['demo']:8.2f} s  ({args.cases / t['demo']:,.0f} cases/s)")
    print(f"bulk load (insert + fold + project):      {t['load']:8.2f} s")
    print(f"raw sqlite3 executemany of the same rows: {t['raw']:8.2f} s  (search-index triggers firing per row)")
    print(f"  the same without the triggers:          {t['raw_plain']:8.2f} s  (no search index at all)")
    ratio = t["load"] / t["raw"]
    print(f"ratio bulk load / raw:                    {ratio:8.2f} x  (target <= {TARGET}x: {verdict(ratio, TARGET)})")
    strict = t["load"] / t["raw_plain"]
    print(f"ratio bulk load / raw without index:      {strict:8.2f} x  "
          f"(target <= {TARGET}x: {verdict(strict, TARGET)})")
    print(f"rebuild (fold the whole log again):       {t['rebuild']:8.2f} s")
    print(f"raw executemany of the projection rows:   {t['raw_projections']:8.2f} s")
    ratio_rebuild = t["rebuild"] / t["raw"]
    print(f"ratio rebuild / raw (all rows):           {ratio_rebuild:8.2f} x  "
          f"(target <= {TARGET}x: {verdict(ratio_rebuild, TARGET)})")
    print(f"ratio rebuild / raw (projection rows):    {t['rebuild'] / t['raw_projections']:8.2f} x")
    if "check" in t:
        print(f"check:                                    {t['check']:8.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
