"""``caseapp check``, ``rebuild`` and ``stats``: is the database sound, rebuild its projections, what is in it."""

from __future__ import annotations

import argparse
import time

from caseapp.cli.common import EXIT_CHECK_FAILED, ArgTypes, ProgressBar, elapsed_since, open_db, say


def cmd_rebuild(args: argparse.Namespace) -> int:
    from caseapp.services.maintenance import rebuild

    with open_db(args) as db:
        started = time.monotonic()
        counts = rebuild(db, ProgressBar())
    say(args, "cli.rebuilt", seconds=elapsed_since(started),
        counts=", ".join(f"{k} {v:,}" for k, v in counts.items()))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from caseapp.services.maintenance import check

    started = time.monotonic()
    bar = ProgressBar()
    try:
        with open_db(args) as db:
            report = check(db, bar, quick=args.quick)
    finally:
        bar.finish()
    counts = ", ".join(f"{k} {v:,}" for k, v in report.counts.items())
    if report.ok:
        say(args, "cli.check_ok", seconds=elapsed_since(started), counts=counts)
        return 0
    say(args, "cli.check_failed", problems=len(report.problems), seconds=elapsed_since(started))
    for problem in report.problems:
        print(f"  - {problem}")
    return EXIT_CHECK_FAILED


def cmd_stats(args: argparse.Namespace) -> int:
    from caseapp.services.maintenance import stats

    with open_db(args) as db:
        result = stats(db)
    for table, count in result["tables"].items():
        print(f"{table}\t{count:,}")
    for state, count in result["states"].items():
        print(f"state:{state}\t{count:,}")
    print(f"pending_sync\t{result['pending_sync']:,}")
    return 0


def register(add, types: ArgTypes) -> None:
    add("rebuild", cmd_rebuild, "rebuild every projection from the event log")
    p = add("check", cmd_check, "verify projections, hash chains and SQLite integrity")
    p.add_argument("--quick", action="store_true", help="PRAGMA quick_check instead of integrity_check")
    add("stats", cmd_stats, "counts per table and per case state")
