"""Composition root: paths and config -> database (migrated) -> services -> Qt application."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

NO_DISPLAY_HELP = """\
Дэлгэц олдсонгүй (DISPLAY тохируулаагүй байна). / No display found (DISPLAY is not set).
Run the application on a desktop, or under a virtual display:
    apt-get install -y xvfb && xvfb-run -a ./run.sh
or without any window (for checks only):
    QT_QPA_PLATFORM=offscreen ./run.sh"""


def has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                or os.environ.get("QT_QPA_PLATFORM"))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    from caseapp.config import default_db_path

    parser = argparse.ArgumentParser(prog="main.py", description="Case management desktop application.")
    parser.add_argument("--db", type=Path, default=None, help=f"database file (default: {default_db_path()})")
    parser.add_argument("--lang", choices=("mn", "en"), default=None,
                        help="interface language (default: the one last chosen on this workstation, else mn)")
    parser.add_argument("--demo", action="store_true",
                        help="on the first start without data, make the demo office without asking "
                             "(default: ask whether to set up a real office or try the demo)")
    parser.add_argument("--demo-cases", type=int, default=3000,
                        help="cases of demo data made when the demo is chosen on the first start (default 3000)")
    args = parser.parse_args(argv)
    args.db = args.db or default_db_path()
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not has_display():
        print(NO_DISPLAY_HELP, file=sys.stderr)
        return 2
    from caseapp.config import clock_from_environment
    from caseapp.errors import CaseAppError
    from caseapp.services.database import open_database

    try:
        db = open_database(args.db, clock=clock_from_environment())
    except CaseAppError as exc:
        print(f"caseapp: {exc.render(args.lang or 'mn')}", file=sys.stderr)
        return 1
    from caseapp.services import settings
    from ui.app import run

    language = args.lang
    if language is None:
        language = settings.get(db, "language")
    else:
        settings.set_value(db, "language", language)        # remembered for the next start
    try:
        return run(db, language=language, demo_cases=args.demo_cases, first_run="demo" if args.demo else "ask")
    finally:
        db.close()


def exit_now(code: int) -> None:
    """Leave without the interpreter's final clean-up: everything is saved and the database closed by now, and
    PySide6 6.12 can abort in that clean-up ("bool_dealloc") after a long session, turning a normal exit into
    a crash report."""
    import logging

    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    exit_now(main())
