"""``caseapp calendar list|add-day-off|add-workday|clear``: the working-day calendar's decreed changes."""

from __future__ import annotations

import argparse

from caseapp.cli.common import ArgTypes, add_credentials, open_db, say, signed_in
from caseapp.text import translate


def cmd_calendar_list(args: argparse.Namespace) -> int:
    from caseapp.services import calendar

    with open_db(args) as db:
        for day in calendar.year_days(db, args.year or db.today().year, args.lang):
            print(f"{day.day.isoformat()}\t{day.kind}\t{day.reason}")
    return 0


def cmd_calendar_change(args: argparse.Namespace) -> int:
    from caseapp.services import calendar

    with open_db(args) as db:
        actor = signed_in(args, db)
        if args.action == "clear":
            calendar.clear_day(db, actor, args.date)
        else:
            calendar.set_day(db, actor, args.date, "day_off" if args.action == "add-day-off" else "workday",
                             args.reason or translate("cli.default_decree_reason", args.lang))
    say(args, f"cli.calendar_{args.action.replace('-', '_')}", date=args.date.isoformat())
    return 0


def register(add, types: ArgTypes) -> None:
    group = add("calendar", None, "the working-day calendar: list, add-day-off, add-workday, clear")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = actions.add_parser("list", parents=group.common_parents, help="public holidays and decreed days of a year")
    p.set_defaults(handler=cmd_calendar_list)
    p.add_argument("--year", type=types.year, help="default: this year")
    for name, help_text in (("add-day-off", "a decreed extra day off"), ("add-workday", "a decreed working day "
                            "(a Saturday worked instead)"), ("clear", "remove a decreed change")):
        p = actions.add_parser(name, parents=group.common_parents, help=help_text, description=help_text)
        p.set_defaults(handler=cmd_calendar_change)
        p.add_argument("date", type=types.iso_date, metavar="YYYY-MM-DD")
        add_credentials(p, "an admin")
        if name != "clear":
            p.add_argument("--reason", default=None, help="why (default: by Government resolution)")
