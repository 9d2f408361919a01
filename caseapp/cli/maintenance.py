"""``caseapp check``, ``rebuild`` and ``stats``: is the database sound, rebuild its projections, what is in it."""

from __future__ import annotations

import argparse
import time

from pathlib import Path

from caseapp.cli.common import (EXIT_CHECK_FAILED, ArgTypes, ProgressBar, add_credentials, elapsed_since, open_db, say,
                                signed_in)


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


def cmd_backup(args: argparse.Namespace) -> int:
    from caseapp.services import backup

    started = time.monotonic()
    with open_db(args) as db:
        info = backup.make_backup(db, args.to, by=signed_in(args, db))
    say(args, "cli.backup_made", path=str(info.path), size=f"{info.size / 1e6:,.1f}", seconds=elapsed_since(started),
        events=f"{info.events or 0:,}", cases=f"{info.cases or 0:,}")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from caseapp.services import backup

    with open_db(args) as db:
        found = backup.list_backups(db.path)
    if not found:
        say(args, "cli.no_backups", folder=str(backup.backups_folder(db.path)))
    for info in found:
        print(f"{info.made_at:%Y-%m-%d %H:%M}	{info.size:,}	{'verified' if info.verified else 'not verified'}	"
              f"{info.reason}	{info.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from caseapp.config import clock_from_environment
    from caseapp.services import backup, users

    with open_db(args) as db:                # the office's admin says so, on the database being replaced
        users.require(signed_in(args, db), "manage_backups")
        path = db.path
    result = backup.restore(path, args.file, clock_from_environment())
    say(args, "cli.restored", path=str(path), source=str(result.restored_from), aside=str(result.kept_aside))
    return 0


def register(add, types: ArgTypes) -> None:
    add("rebuild", cmd_rebuild, "rebuild every projection from the event log")
    p = add("check", cmd_check, "verify projections, hash chains and SQLite integrity")
    p.add_argument("--quick", action="store_true", help="PRAGMA quick_check instead of integrity_check")
    add("stats", cmd_stats, "counts per table and per case state")
    p = add("backup", cmd_backup, "a verified copy of the database (into the backups folder beside it)")
    p.add_argument("--to", type=Path, metavar="FILE", help="write the copy here instead")
    add_credentials(p, "an admin")
    add("backups", cmd_backups, "the backups beside the database: when, size, verified, why")
    p = add("restore", cmd_restore, "replace the database with a backup (checked first; the current one is kept "
                                    "aside)")
    p.add_argument("file", type=Path, metavar="BACKUP.sqlite3")
    add_credentials(p, "an admin of the current database")
