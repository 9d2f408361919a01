"""``caseapp transfer offer|withdraw|accept|return`` and ``caseapp transfers``: passing a case to another office
(the same rules and messages as the desktop; a manager signs each step with ``--as``)."""

from __future__ import annotations

import argparse

from caseapp.cli.common import add_credentials, open_db, signed_in
from caseapp.text import translate


def _print_case(args: argparse.Namespace, case) -> None:
    where = case.transfer_to or case.owner_office
    print(f"{case.case_number}\t{case.state}\t{where}")


def cmd_offer(args: argparse.Namespace) -> int:
    from caseapp.services import transfers

    with open_db(args) as db:
        case = transfers.offer(db, signed_in(args, db), args.case, args.to, args.reason, note=args.note or "")
    _print_case(args, case)
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    from caseapp.services import transfers

    with open_db(args) as db:
        case = transfers.withdraw(db, signed_in(args, db), args.case, args.reason or "")
    _print_case(args, case)
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    from caseapp.services import transfers

    with open_db(args) as db:
        case = transfers.accept(db, signed_in(args, db), args.case)
    _print_case(args, case)
    return 0


def cmd_return(args: argparse.Namespace) -> int:
    from caseapp.services import transfers

    with open_db(args) as db:
        case = transfers.return_(db, signed_in(args, db), args.case, args.reason)
    _print_case(args, case)
    return 0


def cmd_transfers(args: argparse.Namespace) -> int:
    """A line per offer: incoming (waiting for this office's answer), outgoing (every offer this office made,
    with its outcome), or both."""
    from caseapp.services import queries, transfers

    with open_db(args) as db:
        office = queries.workstation(db).office_code
        if not args.outgoing:
            for e in transfers.incoming_offers(db, office):
                print(f"{translate('cli.transfer_incoming', args.lang)}\t{e.case_number}\t{e.from_office}\t"
                      f"{e.offered_at[:10]}\t{e.subject}\t{e.reason}")
        if not args.incoming:
            for e in transfers.outgoing(db, office):
                answered = (e.answered_at or "-")[:10]
                print(f"{translate('cli.transfer_outgoing', args.lang)}\t{e.case_number}\t{e.to_office}\t"
                      f"{e.offered_at[:10]}\t{e.outcome}\t{answered}\t{e.subject}")
    return 0


def register(add, types) -> None:
    group = add("transfer", None, "pass a case to another office: offer, withdraw, accept, return")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = actions.add_parser("offer", parents=group.common_parents, help="offer a case of this office to another",
                           description="offer a case of this office to another office (prints number, state, "
                                       "office)")
    p.set_defaults(handler=cmd_offer)
    p.add_argument("--case", required=True, help="case number")
    p.add_argument("--to", required=True, help="the receiving office's code (see `caseapp offices`)")
    p.add_argument("--reason", required=True)
    p.add_argument("--note", help="a note for the receiving office")
    add_credentials(p, "a manager")
    p = actions.add_parser("withdraw", parents=group.common_parents, help="take back an offer not yet accepted",
                           description="take back an offer not yet accepted")
    p.set_defaults(handler=cmd_withdraw)
    p.add_argument("--case", required=True, help="case number")
    p.add_argument("--reason")
    add_credentials(p, "a manager")
    p = actions.add_parser("accept", parents=group.common_parents, help="take over a case offered to this office",
                           description="take over a case offered to this office")
    p.set_defaults(handler=cmd_accept)
    p.add_argument("--case", required=True, help="case number")
    add_credentials(p, "a manager")
    p = actions.add_parser("return", parents=group.common_parents, help="send an offered case back, with a reason",
                           description="send an offered case back to the office that offered it")
    p.set_defaults(handler=cmd_return)
    p.add_argument("--case", required=True, help="case number")
    p.add_argument("--reason", required=True)
    add_credentials(p, "a manager")

    p = add("transfers", cmd_transfers, "offers to this office (incoming) and from it (outgoing), a line each")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--incoming", action="store_true", help="only the offers waiting for this office's answer")
    which.add_argument("--outgoing", action="store_true", help="only this office's offers, with their outcome")
