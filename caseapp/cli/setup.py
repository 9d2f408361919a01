"""``caseapp offices``, ``services``, ``init`` and ``demo``: the reference data, a new office, a demo office."""

from __future__ import annotations

import argparse
import time

from caseapp.cli.common import (ArgTypes, ProgressBar, add_credentials, elapsed_since, open_db, read_password,
                                say, signed_in)


def cmd_offices(args: argparse.Namespace) -> int:
    from caseapp.services.setup import reference_offices

    for office in reference_offices():
        centre = f"  ({office.centre_mn})" if office.centre_mn else ""
        print(f"{office.code}\t{office.level}\t{office.parent or '-'}\t{office.name_mn}\t{office.name_en}{centre}")
    return 0


def cmd_services(args: argparse.Namespace) -> int:
    from caseapp.services.setup import reference_services

    for s in reference_services():
        print(f"{s.code}\t{s.clock}\t{s.target_days}\t+{s.max_extension_days}\t{s.fee_mnt}₮\t{s.name_mn}\t{s.name_en}")
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    from caseapp.services.setup import initialise

    password = read_password(args)
    with open_db(args, create=True) as db:
        result = initialise(db, office_code=args.office, node_no=args.node, admin_username=args.admin,
                            admin_password=password, admin_full_name=args.full_name or "")
    say(args, "cli.initialised", office=result.office.code,
        name=result.office.name_en if args.lang == "en" else result.office.name_mn, node=result.node_id,
        admin=result.admin_username, offices=result.offices_loaded, services=result.services_loaded,
        path=str(db.path))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from caseapp.services import demo

    with open_db(args, create=True) as db:
        started = time.monotonic()
        if db.is_initialised():             # more cases for a demo database: by its admin, signed in
            from caseapp.services import users

            users.require(signed_in(args, db), "edit_workstation")
            result = demo.generate(db, cases=args.cases, seed=args.seed, years=args.years, progress=ProgressBar())
        else:
            result = demo.create_demo_workstation(db, cases=args.cases, seed=args.seed, years=args.years,
                                                  progress=ProgressBar())
    say(args, "cli.demo_done", cases=f"{result.cases:,}", citizens=f"{result.citizens:,}",
        events=f"{result.events:,}", first=result.first_day.isoformat(), last=result.last_day.isoformat(),
        seconds=elapsed_since(started), path=str(db.path))
    say(args, "cli.demo_users", users=", ".join((demo.DEMO_ADMIN, *result.staff)), password=result.password)
    return 0


def register(add, types: ArgTypes) -> None:
    add("offices", cmd_offices, "list the reference offices, code first")
    add("services", cmd_services, "list the service catalogue, code first, then clock kind and target days")
    p = add("init", cmd_init, "create the database, this office and node, and the first admin")
    p.add_argument("--office", required=True, help="office code (see `caseapp offices`)")
    p.add_argument("--node", required=True, type=int, help="workstation number in the office, 1-99")
    p.add_argument("--admin", required=True, help="user name of the first administrator")
    p.add_argument("--full-name", help="the administrator's full name")
    p.add_argument("--password-file", help="read the password from this file (else a prompt)")
    p = add("demo", cmd_demo, "make a demo office in a new database file, or add demo cases to a demo database "
                              "(never to a real office's); the same seed on the same day gives the same data")
    p.add_argument("--cases", required=True, type=types.positive)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--years", type=types.positive, default=None, help="spread over this many years")
    add_credentials(p, "adding to an existing demo database: its admin")
