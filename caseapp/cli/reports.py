"""``caseapp report KIND --from YYYY-MM-DD --to YYYY-MM-DD -o FILE.xlsx``: the managers' Excel reports.

Made by ``--as USERNAME`` (a manager, admin or auditor), who signs in with their password, as for every command
that changes data or exports personal data.
"""

from __future__ import annotations

import argparse
from pathlib import Path
import time

from caseapp.cli.common import ArgTypes, ProgressBar, add_credentials, elapsed_since, open_db, say, signed_in

# the kinds with their help (= caseapp.services.reports.KINDS, tested; not imported here: that loads openpyxl)
KIND_HELP = {"register": "case register: one row per case registered in the period",
             "ontime": "on-time statistics by service type and by channel, with charts",
             "overdue": "running cases overdue or due within 3 working days (as of today)",
             "workload": "per staff member: open and overdue now, decided and closed in the period",
             "extensions": "extensions (who, how many days, why) and paused time per service",
             "transfers": "offers of cases to and from other offices, their outcome, counts per direction"}


def cmd_report(args: argparse.Namespace) -> int:
    from caseapp.services.reports import build_report

    started = time.monotonic()
    bar = ProgressBar()
    try:
        with open_db(args) as db:
            actor = signed_in(args, db)
            result = build_report(db, actor, args.kind, args.date_from, args.date_to, args.output,
                                  language=args.lang, progress=bar)
    finally:
        bar.finish()
    say(args, "cli.report_written", path=str(result.path), rows=f"{result.rows:,}", sheets=", ".join(result.sheets),
        seconds=elapsed_since(started))
    return 0


def register(add, types: ArgTypes) -> None:
    kinds = "; ".join(f"{k}: {v}" for k, v in KIND_HELP.items())
    p = add("report", cmd_report, f"write an Excel report for office managers ({kinds})")
    p.add_argument("kind", choices=tuple(KIND_HELP))
    p.add_argument("--from", dest="date_from", required=True, type=types.iso_date, metavar="YYYY-MM-DD",
                   help="first day of the period (registration date; inclusive)")
    p.add_argument("--to", dest="date_to", required=True, type=types.iso_date, metavar="YYYY-MM-DD",
                   help="last day of the period (inclusive)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.xlsx",
                   help="the workbook to write (replaced only when the new one is complete)")
    add_credentials(p, "a manager, admin or auditor")
