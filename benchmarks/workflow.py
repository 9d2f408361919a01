"""Counter and case-list speed on a large database, against the budgets of docs/architecture.md §13.

    .venv/bin/python benchmarks/workflow.py --db BIG.sqlite3        # e.g. after `caseapp demo --cases 1000000`

Registers cases through the real service (all events, projections and search index, one transaction each),
then times the reads a screen makes. Prints medians and p95 per operation with the budget beside it.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
import random
import sqlite3
import sys
import time

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import median_ms, p95_ms  # noqa: E402

from caseapp.services import queries, users, workflow  # noqa: E402
from caseapp.services.database import open_database  # noqa: E402
from caseapp.services.queries import ACTIVE, CaseFilter  # noqa: E402


def timed(call, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        samples.append(time.perf_counter() - started)
    return samples


def report(name: str, samples: list[float], budget_ms: float, use_p95: bool = False) -> None:
    value = p95_ms(samples) if use_p95 else median_ms(samples)
    verdict = "OK" if value <= budget_ms else "OVER BUDGET"
    print(f"{name:58s} median {median_ms(samples):8.2f} ms  p95 {p95_ms(samples):8.2f} ms  "
          f"budget {'p95' if use_p95 else 'median'} <= {budget_ms:g} ms: {verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--register", type=int, default=200, help="cases to register")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--clerk", default="demo.clerk1")
    args = parser.parse_args()
    started = time.perf_counter()
    db = open_database(args.db, create=False)
    if db.migration and db.migration.backup:
        print(f"migrated {db.migration.before} -> {db.migration.after} with a backup first: "
              f"{time.perf_counter() - started:.1f} s")
    clerk = users.actor_for(db, args.clerk)
    con = sqlite3.connect(args.db)
    total = con.execute("SELECT count(*) FROM cases").fetchone()[0]
    people = con.execute("SELECT register_no, given_name, family_name FROM citizens WHERE kind='person' "
                         "ORDER BY rowid LIMIT 2000").fetchall()
    services = [r[0] for r in con.execute("SELECT code FROM service_types")]
    con.close()
    rng = random.Random(5)
    print(f"database {args.db} ({args.db.stat().st_size / 1e9:.2f} GB): {total:,} cases")

    def register():
        register_no, given, _ = rng.choice(people)
        workflow.register_case(db, clerk, workflow.IntakeForm(
            register_no=register_no, service_code=rng.choice(services), subject="Хэмжилтийн хүсэлт",
            given_name=given, family_name=""), today=date.today())
    register()                                              # warm the caches once
    report(f"register a case (service call, {args.register}x)", timed(register, args.register), 20, use_p95=True)

    office = clerk.office_id
    n = args.repeat
    report("first page: newest first, no filter",
           timed(lambda: queries.list_cases(db, limit=100), n), 100)
    report("first page: running cases of the office by due date",
           timed(lambda: queries.list_cases(db, CaseFilter(states=ACTIVE, office_id=office), sort="due_date",
                                            descending=False, limit=100), n), 100)
    report("first page: overdue, longest first",
           timed(lambda: queries.overdue(db, office_id=office, limit=100), n), 100)
    report("first page: one service, sorted by citizen name",
           timed(lambda: queries.list_cases(db, CaseFilter(service_code="PET-GENERAL"), sort="citizen",
                                            descending=False, limit=100), n), 100)
    report("first page: all cases sorted by citizen name",
           timed(lambda: queries.list_cases(db, sort="citizen", descending=False, limit=100), n), 100)
    report("first page: sorted by register number",
           timed(lambda: queries.list_cases(db, sort="register_no", limit=100), n), 100)
    report("first page: sorted by state",
           timed(lambda: queries.list_cases(db, sort="state", limit=100), n), 100)
    report("page 50 (offset 5,000) newest first",
           timed(lambda: queries.list_cases(db, offset=5000, limit=100), n), 100)
    samples = [p[0] for p in people[:n]]
    it = iter(samples * 2)
    report("register-number look-up at the counter (preview)",
           timed(lambda: workflow.preview_intake(db, next(it)), n), 5)
    it2 = iter(samples * 2)
    report("cases of a register number (search box)",
           timed(lambda: queries.list_cases(db, CaseFilter(search=next(it2)), limit=100), n), 5)
    names = iter([f"{p[2]} {p[1]}" for p in people[:n]] * 2)
    report("name search: family and given name as typed (FTS5)",
           timed(lambda: queries.list_cases(db, CaseFilter(search=next(names)), limit=100), n), 50)
    prefixes = iter([p[1][:4] for p in people[:n]] * 2)
    report("name search: 4 letters of a given name (broad, FTS5 prefix)",
           timed(lambda: queries.list_cases(db, CaseFilter(search=next(prefixes)), limit=100), n), 50)
    screen = iter([p[1][:4] for p in people[:n]] * 2)

    def as_the_list_shows_it() -> None:
        search = CaseFilter(search=next(screen))
        total = queries.count_cases(db, search)
        queries.list_cases(db, search, limit=100, expected_rows=total)
    report("name search as the list shows it: count, then the first page",
           timed(as_the_list_shows_it, n), 100)
    report("dashboard counts (office)",
           timed(lambda: queries.dashboard(db, office_id=office, user_id=clerk.user_id), 5), 100)
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
