"""``caseapp user add|list|passwd|lock``: the office's accounts, changed by an admin who signs in (``--as``)."""

from __future__ import annotations

import argparse

from caseapp.cli.common import ArgTypes, add_credentials, open_db, read_password, say, signed_in

ROLES = ("clerk", "manager", "admin", "auditor")


def cmd_user_list(args: argparse.Namespace) -> int:
    from caseapp.services import users

    with open_db(args) as db:
        for u in users.list_users(db):
            status = "locked" if u.locked else ("inactive" if not u.active else "active")
            print(f"{u.username}\t{u.role}\t{u.office_id}\t{status}\t{u.full_name}")
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    from caseapp.services import users

    with open_db(args) as db:
        actor = signed_in(args, db)
        user = users.add_user(db, actor, username=args.username, password=read_password(args), role=args.role,
                              full_name=args.full_name or "")
    say(args, "cli.user_added", username=user.username, role=user.role)
    return 0


def cmd_user_passwd(args: argparse.Namespace) -> int:
    from caseapp.services import users

    with open_db(args) as db:
        actor = signed_in(args, db)
        users.reset_password(db, actor, args.username, read_password(args))
    say(args, "cli.password_changed", username=args.username)
    return 0


def cmd_user_lock(args: argparse.Namespace) -> int:
    from caseapp.services import users

    with open_db(args) as db:
        users.set_locked(db, signed_in(args, db), args.username, not args.unlock)
    say(args, "cli.user_unlocked" if args.unlock else "cli.user_locked", username=args.username)
    return 0


def register(add, types: ArgTypes) -> None:
    group = add("user", None, "users: add, list, passwd, lock")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")

    def action(name: str, handler, help_text: str) -> argparse.ArgumentParser:
        p = actions.add_parser(name, parents=group.common_parents, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        if name != "list":
            p.add_argument("username")
            add_credentials(p, "an admin")
        return p

    action("list", cmd_user_list, "list the office's users")
    p = action("add", cmd_user_add, "add a user")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--full-name")
    p.add_argument("--password-file", help="read the password from this file (else a prompt)")
    p = action("passwd", cmd_user_passwd, "set a user's password")
    p.add_argument("--password-file", help="read the password from this file (else a prompt)")
    p = action("lock", cmd_user_lock, "lock a user (or unlock with --unlock)")
    p.add_argument("--unlock", action="store_true", help="unlock instead")
