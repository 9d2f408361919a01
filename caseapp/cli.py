"""The ``caseapp`` command line. Errors are one clear line on stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import argparse
from datetime import date
import getpass
import sys
import time
from pathlib import Path
from typing import Callable, Sequence

from caseapp.config import default_db_path
from caseapp.errors import CaseAppError, CancelledError

EXIT_ERROR = 1
EXIT_CHECK_FAILED = 3


class ProgressBar:
    """A one-line progress bar on stderr (only redrawn a few times a second)."""

    def __init__(self, stream=sys.stderr) -> None:
        self.stream = stream
        self.started = time.monotonic()
        self.last_draw = 0.0
        self.stage = ""
        self.open_line = False

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        now = time.monotonic()
        if now - self.last_draw < 0.2 and (total is None or done < total):
            return
        self.last_draw = now
        if self.open_line and stage != self.stage:
            self.stream.write("\n")
        self.stage = stage
        elapsed = now - self.started
        if total:
            width = 30
            filled = int(width * done / total)
            line = f"\r{stage}: [{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,}  {elapsed:5.1f} s"
        else:
            line = f"\r{stage}: {done:,}  {elapsed:5.1f} s"
        self.stream.write(line)
        self.open_line = True
        if total and done >= total:
            self.finish()
        self.stream.flush()

    def finish(self) -> None:
        """End the bar's line (before the command prints its result)."""
        if self.open_line:
            self.stream.write("\n")
            self.stream.flush()
            self.open_line = False


def _open(args, *, create: bool = False):
    from caseapp.services.database import open_database

    return open_database(args.db, create=create)


def _read_password(args, prompt: str = "Нууц үг / Password: ") -> str:
    if getattr(args, "password_file", None):
        try:
            text = Path(args.password_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise CaseAppError(f"Нууц үгийн файлыг уншиж чадсангүй: {exc.strerror} ({args.password_file})") from exc
        return text.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CaseAppError("Нууц үгийг --password-file-аар өгнө үү (терминал алга).")
    first = getpass.getpass(prompt)
    second = getpass.getpass("Дахин / Again: ")
    if first != second:
        raise CaseAppError("Нууц үгнүүд таарахгүй байна.")
    return first


def cmd_offices(args) -> int:
    from caseapp.services.setup import reference_offices

    for office in reference_offices():
        centre = f"  ({office.centre_mn})" if office.centre_mn else ""
        print(f"{office.code}\t{office.level}\t{office.parent or '-'}\t{office.name_mn}\t{office.name_en}{centre}")
    return 0


def cmd_services(args) -> int:
    from caseapp.services.setup import reference_services

    for s in reference_services():
        print(f"{s.code}\t{s.clock}\t{s.target_days}\t+{s.max_extension_days}\t{s.fee_mnt}₮\t{s.name_mn}\t{s.name_en}")
    return 0


def cmd_init(args) -> int:
    from caseapp.services.setup import initialise

    password = _read_password(args)
    db = _open(args, create=True)
    result = initialise(db, office_code=args.office, node_no=args.node, admin_username=args.admin,
                        admin_password=password, admin_full_name=args.full_name or "")
    print(f"Эхлүүлэв: {result.office.code} {result.office.name_mn}, ажлын байр {result.node_id}, "
          f"админ {result.admin_username}; {result.offices_loaded} байгууллага, "
          f"{result.services_loaded} үйлчилгээ. Өгөгдлийн сан: {db.path}")
    return 0


def cmd_demo(args) -> int:
    from caseapp.services import demo

    db = _open(args)
    started = time.monotonic()
    result = demo.generate(db, cases=args.cases, seed=args.seed, years=args.years, progress=ProgressBar())
    print(f"{result.cases:,} хэрэг, {result.citizens:,} шинэ иргэн, {result.events:,} үйл явдал "
          f"({result.first_day} - {result.last_day}) {time.monotonic() - started:.1f} секундэд нэмэгдлээ. "
          f"Жишээ хэрэглэгчид: {', '.join(result.staff)}; нууц үг: {result.password}")
    return 0


def cmd_rebuild(args) -> int:
    from caseapp.services.maintenance import rebuild

    db = _open(args)
    started = time.monotonic()
    counts = rebuild(db, ProgressBar())
    summary = ", ".join(f"{k} {v:,}" for k, v in counts.items())
    print(f"Дахин байгуулав ({time.monotonic() - started:.1f} с): {summary}")
    return 0


def cmd_check(args) -> int:
    from caseapp.services.maintenance import check

    db = _open(args)
    started = time.monotonic()
    bar = ProgressBar()
    report = check(db, bar, quick=args.quick)
    bar.finish()
    elapsed = time.monotonic() - started
    counts = ", ".join(f"{k} {v:,}" for k, v in report.counts.items())
    if report.ok:
        print(f"OK ({elapsed:.1f} с): {counts}")
        return 0
    print(f"АЛДАА: {len(report.problems)} зөрчил илэрлээ ({elapsed:.1f} с):")
    for problem in report.problems:
        print(f"  - {problem}")
    return EXIT_CHECK_FAILED


def cmd_stats(args) -> int:
    from caseapp.services.maintenance import stats

    result = stats(_open(args))
    for table, count in result["tables"].items():
        print(f"{table}\t{count:,}")
    for state, count in result["states"].items():
        print(f"state:{state}\t{count:,}")
    print(f"pending_sync\t{result['pending_sync']:,}")
    return 0


def _admin(db, username: str | None):
    """Who a command-line change is recorded as: --as USER, else this office's first active admin."""
    from caseapp.services import users

    if username:
        return users.actor_for(db, username)
    admins = [u for u in users.list_users(db) if u.role == "admin" and u.active and not u.locked]
    if not admins:
        raise CaseAppError("Идэвхтэй админ хэрэглэгч алга; --as USERNAME-ээр зааж өгнө үү.")
    return users.actor_for(db, admins[0].username)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"огноо ЖЖЖЖ-СС-ӨӨ хэлбэртэй байна: {text!r}") from None


def _pause(text: str) -> tuple[date, date]:
    start, sep, end = text.partition(":")
    if not sep:
        raise argparse.ArgumentTypeError(f"түр зогсоолт ЭХЛЭХ:ҮРГЭЛЖЛҮҮЛЭХ хэлбэртэй байна: {text!r}")
    return _date(start), _date(end)


def cmd_user(args) -> int:
    from caseapp.services import users

    db = _open(args)
    if args.action == "list":
        for u in users.list_users(db):
            status = "locked" if u.locked else ("inactive" if not u.active else "active")
            print(f"{u.username}\t{u.role}\t{u.office_id}\t{status}\t{u.full_name}")
        return 0
    if not args.username:
        raise CaseAppError("Хэрэглэгчийн нэрийг өгнө үү.")
    actor = _admin(db, args.as_user)
    if args.action == "add":
        if not args.role:
            raise CaseAppError("--role заавал (clerk, manager, admin, auditor).")
        user = users.add_user(db, actor, username=args.username, password=_read_password(args), role=args.role,
                              full_name=args.full_name or "")
        print(f"Нэмэв: {user.username} ({user.role})")
    elif args.action == "passwd":
        users.reset_password(db, actor, args.username, _read_password(args))
        print(f"Нууц үг солигдлоо: {args.username}")
    elif args.action == "lock":
        users.set_locked(db, actor, args.username, not args.unlock)
        print(f"{'Нээв' if args.unlock else 'Түгжив'}: {args.username}")
    return 0


def cmd_calendar(args) -> int:
    from caseapp.services import calendar

    db = _open(args)
    if args.action == "list":
        year = args.year or date.today().year
        for day in calendar.year_days(db, year):
            print(f"{day.day.isoformat()}\t{day.kind}\t{day.reason}")
        return 0
    if args.date is None:
        raise CaseAppError("Огноог өгнө үү (ЖЖЖЖ-СС-ӨӨ).")
    actor = _admin(db, args.as_user)
    if args.action == "clear":
        calendar.clear_day(db, actor, args.date)
    else:
        kind = "day_off" if args.action == "add-day-off" else "workday"
        calendar.set_day(db, actor, args.date, kind, args.reason)
    print(f"{args.action}: {args.date.isoformat()}")
    return 0


def _print_cases(cases, today: date) -> None:
    for c in cases:
        late = f"\t{c.days_overdue(today)} хоног хэтэрсэн" if c.overdue(today) else ""
        due = c.due_date.isoformat() if c.due_date else "-"
        print(f"{c.case_number}\t{c.registered_on.isoformat()}\t{c.state}\t{due}\t{c.service_code}\t"
              f"{c.register_no or '-'}\t{c.citizen_name}\t{c.subject}{late}")


def cmd_cases(args) -> int:
    from caseapp.services import queries

    db = _open(args)
    filters = queries.CaseFilter(states=tuple(args.state or ()), overdue=args.overdue, search=args.search or "",
                                 service_code=args.service)
    _print_cases(queries.list_cases(db, filters, limit=args.limit, sort=args.sort, descending=not args.ascending),
                 date.today())
    return 0


def cmd_due(args) -> int:
    from caseapp.services import queries

    db = _open(args)
    _print_cases(queries.overdue(db) if args.overdue else queries.due_within(db, args.within), date.today())
    return 0


def cmd_deadline(args) -> int:
    from caseapp.services import calendar

    db = _open(args)
    print(calendar.compute_due_date(db, args.service, args.registered, args.paused or [], args.extended or [])
          .isoformat())
    return 0


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"бүхэл тоо биш: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("1-ээс их байх ёстой")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="caseapp", description="Case management for civil-service offices.")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=None,
                        help=f"database file (default: {default_db_path()})")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, handler: Callable, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    add("offices", cmd_offices, "list the reference offices, code first")
    add("services", cmd_services, "list the service catalogue, code first, then clock kind and target days")
    p = add("init", cmd_init, "create the database, this office and node, and the first admin")
    p.add_argument("--office", required=True, help="office code (see `caseapp offices`)")
    p.add_argument("--node", required=True, type=int, help="workstation number in the office, 1-99")
    p.add_argument("--admin", required=True, help="user name of the first administrator")
    p.add_argument("--full-name", help="the administrator's full name")
    p.add_argument("--password-file", help="read the password from this file (else a prompt)")
    p = add("demo", cmd_demo, "add realistic synthetic cases (same seed, same data)")
    p.add_argument("--cases", required=True, type=_positive)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--years", type=_positive, default=None, help="spread over this many years")
    add("rebuild", cmd_rebuild, "rebuild every projection from the event log")
    p = add("check", cmd_check, "verify projections, hash chains and SQLite integrity")
    p.add_argument("--quick", action="store_true", help="PRAGMA quick_check instead of integrity_check")
    add("stats", cmd_stats, "counts per table and per case state")

    p = add("user", cmd_user, "users: add, list, passwd, lock")
    p.add_argument("action", choices=("add", "list", "passwd", "lock"))
    p.add_argument("username", nargs="?")
    p.add_argument("--role", choices=("clerk", "manager", "admin", "auditor"))
    p.add_argument("--full-name")
    p.add_argument("--password-file", help="read the password from this file (else a prompt)")
    p.add_argument("--unlock", action="store_true", help="with lock: unlock instead")
    p.add_argument("--as", dest="as_user", help="record the change as this admin (default: the first admin)")

    p = add("calendar", cmd_calendar, "the working-day calendar: list, add-day-off, add-workday, clear")
    p.add_argument("action", choices=("list", "add-day-off", "add-workday", "clear"))
    p.add_argument("date", nargs="?", type=_date)
    p.add_argument("--year", type=int)
    p.add_argument("--reason", default="Засгийн газрын шийдвэрээр")
    p.add_argument("--as", dest="as_user")

    p = add("cases", cmd_cases, "list cases, case number first")
    p.add_argument("--search", help="register number, case number or name")
    p.add_argument("--state", action="append", choices=("registered", "in_progress", "waiting", "decided",
                                                        "rejected", "closed", "withdrawn", "transferred_out"))
    p.add_argument("--service")
    p.add_argument("--overdue", action="store_true")
    p.add_argument("--limit", type=_positive, default=50)
    p.add_argument("--sort", default="registered_on",
                   choices=("registered_on", "case_number", "due_date", "state", "service", "citizen"))
    p.add_argument("--ascending", action="store_true")

    p = add("due", cmd_due, "running cases due within N working days (or overdue)")
    p.add_argument("--within", type=int, default=3)
    p.add_argument("--overdue", action="store_true")

    p = add("deadline", cmd_deadline, "the due date the engine computes (ISO)")
    p.add_argument("--service", required=True)
    p.add_argument("--registered", required=True, type=_date)
    p.add_argument("--paused", action="append", type=_pause, metavar="FROM:TO",
                   help="a pause from FROM to the resume day TO (repeatable)")
    p.add_argument("--extended", action="append", type=_positive, metavar="DAYS")

    from caseapp.cli_documents import add_document_command
    add_document_command(add)
    from caseapp.cli_reports import add_report_command
    add_report_command(sub, [common])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.db is None:
        args.db = default_db_path()
    try:
        return args.handler(args)
    except CancelledError as exc:
        print(f"\n{exc}", file=sys.stderr)
        return 130
    except CaseAppError as exc:
        prefix = f"{exc.field}: " if exc.field else ""
        print(f"caseapp: алдаа: {prefix}{exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("\nцуцлагдлаа", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
