"""What every command of the command line shares: the database, the language, who acts, argument types,
printing, the progress bar. Nothing here imports a heavy library: each command imports what it uses."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date
import getpass
from pathlib import Path
import sys
import time
from typing import TYPE_CHECKING
from collections.abc import Callable

from caseapp.errors import ValidationError
from caseapp.text import translate

if TYPE_CHECKING:
    from caseapp.services.database import Database
    from caseapp.services.users import Actor

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_CHECK_FAILED = 3
EXIT_BUG = 70                # EX_SOFTWARE: something the program did not expect
EXIT_CANCELLED = 130
EXIT_BROKEN_PIPE = 141       # 128 + SIGPIPE: the reader (``| head``) stopped reading
FIRST_YEAR, LAST_YEAR = 1990, 2099     # dates a case, a calendar or a deadline can be about

Handler = Callable[[argparse.Namespace], int]


def say(args: argparse.Namespace, key: str, /, **values: object) -> None:
    """Print one line of the command's answer in the user's language."""
    print(translate(key, args.lang, **values))


def note(args: argparse.Namespace, key: str, /, **values: object) -> None:
    """A remark on stderr (who a change is recorded as): the answer on stdout stays machine-readable."""
    print(translate(key, args.lang, **values), file=sys.stderr)


def open_db(args: argparse.Namespace, *, create: bool = False) -> "Database":
    from caseapp.config import clock_from_environment
    from caseapp.services.database import open_database

    return open_database(args.db, create=create, clock=clock_from_environment())


def _read_secret_file(path: str, field: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ValidationError("cli.password_file_unreadable", field=field, reason=exc.strerror or str(exc),
                              path=str(path)) from exc
    except UnicodeDecodeError:
        raise ValidationError("cli.password_file_not_text", field=field, path=str(path)) from None
    return text.rstrip("\r\n")


def read_password(args: argparse.Namespace) -> str:
    """A new password (``init``, ``user add``, ``user passwd``): from ``--password-file``, else typed twice."""
    if getattr(args, "password_file", None):
        return _read_secret_file(args.password_file, "password_file")
    if not sys.stdin.isatty():
        raise ValidationError("cli.password_needs_file", field="password_file")
    first = getpass.getpass(translate("cli.password_prompt", args.lang))
    second = getpass.getpass(translate("cli.password_again", args.lang))
    if first != second:
        raise ValidationError("cli.passwords_differ", field="password")
    return first


def signed_in(args: argparse.Namespace, db: "Database") -> "Actor":
    """Who makes this change: ``--as USER`` and that user's password (a prompt, or ``--as-password-file``),
    checked as a sign-in is (recorded in the sign-in log, locked out after repeated failures). What the user may
    do is the services' to decide, as at the desktop."""
    from caseapp.services import users

    username = getattr(args, "as_user", None)
    if not username:
        raise ValidationError("cli.as_needed", field="as")
    path = getattr(args, "as_password_file", None)
    if path:
        password = _read_secret_file(path, "as_password_file")
    elif sys.stdin.isatty():
        password = getpass.getpass(translate("cli.as_password_prompt", args.lang, username=username))
    else:
        raise ValidationError("cli.as_password_needs_file", field="as_password_file", username=username)
    return users.login(db, username, password)


def add_credentials(parser: argparse.ArgumentParser, who: str) -> None:
    """``--as`` and ``--as-password-file`` of a command that changes data (or exports personal data)."""
    parser.add_argument("--as", dest="as_user", metavar="USERNAME", help=f"who does this ({who}); required")
    parser.add_argument("--as-password-file", metavar="FILE",
                        help="that user's password, from this file (else a prompt on the terminal)")


def write_file(path: Path, data: bytes) -> None:
    """``data`` into ``path``: whole or not at all, readable by its owner only (``services/files.py``)."""
    from caseapp.services import files

    files.write_private(path, data)


@dataclass(frozen=True)
class ArgTypes:
    """argparse ``type=`` functions that explain a bad value in the user's language."""
    language: str

    def _refuse(self, key: str, **values: object) -> argparse.ArgumentTypeError:
        return argparse.ArgumentTypeError(translate(key, self.language, **values))

    def iso_date(self, text: str) -> date:
        try:
            value = date.fromisoformat(text)
        except ValueError:
            raise self._refuse("cli.bad_date", text=text) from None
        if not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise self._refuse("cli.date_out_of_range", text=text, first=FIRST_YEAR, last=LAST_YEAR)
        return value

    def pause(self, text: str) -> tuple[date, date]:
        start, sep, end = text.partition(":")
        if not sep:
            raise self._refuse("cli.bad_pause", text=text)
        return self.iso_date(start), self.iso_date(end)

    def _whole(self, text: str, low: int, high: int | None, key: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise self._refuse("cli.not_a_number", text=text) from None
        if value < low or (high is not None and value > high):
            raise self._refuse(key, text=text, first=low, last=high)
        return value

    def positive(self, text: str) -> int:
        return self._whole(text, 1, None, "cli.not_positive")

    def non_negative(self, text: str) -> int:
        return self._whole(text, 0, None, "cli.negative")

    def year(self, text: str) -> int:
        return self._whole(text, FIRST_YEAR, LAST_YEAR, "cli.year_out_of_range")


class ProgressBar:
    """A one-line progress bar on stderr (only redrawn a few times a second)."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
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


def elapsed_since(started: float) -> str:
    return f"{time.monotonic() - started:.1f}"


__all__ = ["ArgTypes", "EXIT_BROKEN_PIPE", "EXIT_BUG", "EXIT_CANCELLED", "EXIT_CHECK_FAILED",
           "EXIT_ERROR", "EXIT_OK", "EXIT_USAGE", "Handler", "ProgressBar", "add_credentials", "elapsed_since",
           "note", "open_db", "read_password", "say", "signed_in", "write_file"]
