"""``caseapp cases``, ``due``, ``deadline`` and ``case register|show``: lists of cases, the due date the engine
computes, and one case registered (for scripts and other agencies' batch files) or shown."""

from __future__ import annotations

import argparse
from datetime import date

from caseapp.cli.common import ArgTypes, add_credentials, note, open_db, signed_in
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


def cmd_case_register(args: argparse.Namespace) -> int:
    """The counter's intake from the command line: the same rules and messages as the desktop."""
    from caseapp.services import workflow

    with open_db(args) as db:
        clerk = signed_in(args, db)
        form = workflow.IntakeForm(register_no=args.register_no, service_code=args.service, subject=args.subject,
                                   applicant_kind=args.kind, family_name=args.family or "", given_name=args.given,
                                   phone=args.phone or "", address=args.address or "",
                                   description=args.description or "", channel=args.channel,
                                   citizen_id=args.citizen, new_citizen_confirmed=args.new_citizen)
        try:
            case = workflow.register_case(db, clerk, form)
        except workflow.DuplicateCandidates as exc:       # the look-alikes, for whoever decides
            for c in exc.candidates:
                born = c.birth_date.isoformat() if c.birth_date else "-"
                note(args, "cli.candidate", citizen=c.citizen_id, register_no=c.register_no or "-",
                     name=f"{c.family_name} {c.given_name}".strip(), born=born, cases=c.open_cases)
            raise
    due = case.due_date.isoformat() if case.due_date else "-"
    print(f"{case.case_number}\t{due}")
    return 0


def cmd_case_show(args: argparse.Namespace) -> int:
    from caseapp.services import queries

    with open_db(args) as db:
        case = queries.get_case(db, args.number)
    fields = {"case": case.case_number, "state": case.state, "office": case.owner_office,
              "assignee": case.assignee_name or case.assignee_id or "-",
              "due": case.due_date.isoformat() if case.due_date else "-", "conflict": "yes" if case.conflict else "no",
              "version": str(case.version), "service": case.service_code, "citizen": case.citizen_name,
              "register_no": case.register_no or "-", "subject": case.subject}
    for name, value in fields.items():
        print(f"{name}\t{value}")
    return 0


def register(add, types: ArgTypes) -> None:
    group = add("case", None, "one case: register (the counter's intake), show")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = actions.add_parser("register", parents=group.common_parents, help="register a case; prints its number "
                           "and due date", description="register a case; prints its number and due date")
    p.set_defaults(handler=cmd_case_register)
    p.add_argument("--service", required=True, help="service code (see `caseapp services`)")
    p.add_argument("--register-no", required=True, help="the applicant's register number")
    p.add_argument("--family", help="family name")
    p.add_argument("--given", required=True, help="given name (an organisation's name for an organisation)")
    p.add_argument("--subject", required=True)
    p.add_argument("--description")
    p.add_argument("--phone")
    p.add_argument("--address")
    p.add_argument("--kind", default="person", choices=("person", "organisation", "foreign"))
    p.add_argument("--channel", default="counter", choices=("counter", "phone", "letter", "e-mongolia", "11-11"))
    p.add_argument("--citizen", help="the known citizen's id to file it under (after a look-alike list)")
    p.add_argument("--new-citizen", action="store_true", help="a new record even though look-alikes exist")
    add_credentials(p, "a clerk or manager")
    p = actions.add_parser("show", parents=group.common_parents, help="state, owning office, assignee, due date, "
                           "conflict flag, version", description="one case, a field a line")
    p.set_defaults(handler=cmd_case_show)
    p.add_argument("number", help="case number")

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
