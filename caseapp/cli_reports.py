"""``caseapp report KIND --from YYYY-MM-DD --to YYYY-MM-DD -o FILE.xlsx``: the managers' Excel reports.

Registered by ``caseapp.cli.build_parser`` (``add_report_command``); errors are handled there like every
command's: one line on stderr and a non-zero exit. The report is recorded as ``--as USERNAME`` (a manager,
admin or auditor), else as the office's first active admin, as the other commands that act for someone do.
"""

from __future__ import annotations

import argparse
from pathlib import Path
import time

from caseapp.services.reports import KINDS, LANGUAGES

KIND_HELP = {"register": "case register: one row per case registered in the period",
             "ontime": "on-time statistics by service type and by channel, with charts",
             "overdue": "running cases overdue or due within 3 working days (as of today)",
             "workload": "per staff member: open and overdue now, decided and closed in the period",
             "extensions": "extensions (who, how many days, why) and paused time per service"}


def cmd_report(args) -> int:
    from caseapp.cli import ProgressBar, _admin, _open
    from caseapp.services.reports import build_report

    db = _open(args)
    actor = _admin(db, args.as_user)
    started = time.monotonic()
    bar = ProgressBar()
    try:
        result = build_report(db, actor, args.kind, args.date_from, args.date_to, args.output,
                              language=args.lang, progress=bar)
    finally:
        bar.finish()
    print(f"Тайлан бичигдлээ: {result.path} ({result.rows:,} мөр; {', '.join(result.sheets)}; "
          f"{time.monotonic() - started:.1f} с)")
    return 0


def add_report_command(subparsers, parents=()) -> argparse.ArgumentParser:
    """Add ``report`` to the ``caseapp`` sub-commands; ``parents`` carries the common ``--db`` option."""
    from caseapp.cli import _date

    kinds = "; ".join(f"{k}: {v}" for k, v in KIND_HELP.items())
    description = f"write an Excel report for office managers ({kinds})"
    p = subparsers.add_parser("report", parents=list(parents), help="write an Excel report (register, ontime, "
                              "overdue, workload, extensions)", description=description)
    p.set_defaults(handler=cmd_report)
    if not parents:
        p.add_argument("--db", type=Path, default=None, help="database file")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--from", dest="date_from", required=True, type=_date, metavar="YYYY-MM-DD",
                   help="first day of the period (registration date; inclusive)")
    p.add_argument("--to", dest="date_to", required=True, type=_date, metavar="YYYY-MM-DD",
                   help="last day of the period (inclusive)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.xlsx",
                   help="the workbook to write (replaced only when the new one is complete)")
    p.add_argument("--as", dest="as_user", metavar="USERNAME",
                   help="who the report is made by (a manager, admin or auditor; default: the first admin)")
    p.add_argument("--lang", choices=LANGUAGES, default="mn", help="language of the workbook (default: mn)")
    return p
