"""``caseapp cases``, ``due`` and ``deadline``: lists of cases, and the due date the engine computes."""

from __future__ import annotations

import argparse
from datetime import date

from caseapp.cli.common import ArgTypes, note, open_db
from caseapp.text import translate

STATES = ("registered", "in_progress", "waiting", "decided", "rejected", "closed", "withdrawn", "transferred_out")
SORTS = ("registered_on", "case_number", "due_date", "state", "service", "citizen")


def _print_cases(args: argparse.Namespace, cases, today: date) -> None:
    for c in cases:
        late = "\t" + translate("cli.days_overdue", args.lang, days=c.days_overdue(today)) if c.overdue(today) else ""
        due = c.due_date.isoformat() if c.due_date else "-"
        print(f"{c.case_number}\t{c.registered_on.isoformat()}\t{c.state}\t{due}\t{c.service_code}\t"
              f"{c.register_no or '-'}\t{c.citizen_name}\t{c.subject}{late}")


def cmd_cases(args: argparse.Namespace) -> int:
    from caseapp.services import queries

    with open_db(args) as db:
        filters = queries.CaseFilter(states=tuple(args.state or ()), overdue=args.overdue, search=args.search or "",
                                     service_code=args.service)
        _print_cases(args, queries.list_cases(db, filters, limit=args.limit, sort=args.sort,
                                              descending=not args.ascending), db.today())
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    from caseapp.services import queries

    with open_db(args) as db:
        _print_cases(args, queries.overdue(db) if args.overdue else queries.due_within(db, args.within), db.today())
    return 0


def cmd_deadline(args: argparse.Namespace) -> int:
    """From the database's catalogue and calendar when there is one; else from the reference catalogue and
    the public holidays (an IT person checking a date before the office is set up)."""
    from caseapp.services import calendar

    pauses, extended = args.paused or [], args.extended or []
    if args.db.exists():
        with open_db(args) as db:
            due = calendar.compute_due_date(db, args.service, args.registered, pauses, extended)
    else:
        due = calendar.reference_due_date(args.service, args.registered, pauses, extended)
        note(args, "cli.deadline_from_reference", path=str(args.db))
    print(due.isoformat())
    return 0


def register(add, types: ArgTypes) -> None:
    p = add("cases", cmd_cases, "list cases, case number first")
    p.add_argument("--search", help="register number, case number or name")
    p.add_argument("--state", action="append", choices=STATES)
    p.add_argument("--service")
    p.add_argument("--overdue", action="store_true")
    p.add_argument("--limit", type=types.positive, default=50)
    p.add_argument("--sort", default="registered_on", choices=SORTS)
    p.add_argument("--ascending", action="store_true")

    p = add("due", cmd_due, "running cases due within N working days (or overdue)")
    p.add_argument("--within", type=types.non_negative, default=3, help="working days ahead (0: due today)")
    p.add_argument("--overdue", action="store_true")

    p = add("deadline", cmd_deadline, "the due date the engine computes (ISO); without a database, from the "
                                      "reference catalogue and the public holidays")
    p.add_argument("--service", required=True)
    p.add_argument("--registered", required=True, type=types.iso_date)
    p.add_argument("--paused", action="append", type=types.pause, metavar="FROM:TO",
                   help="a pause from FROM to the resume day TO (repeatable)")
    p.add_argument("--extended", action="append", type=types.positive, metavar="DAYS")
