"""The ``caseapp`` command line: one module per command group, shared pieces in ``common``.

Every command takes ``--db`` and ``--lang`` anywhere among its options. An error is one line on stderr in the
chosen language and a non-zero exit, never a traceback: an expected error says what is wrong; anything else
says where the details were written.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
import sys
from collections.abc import Sequence

from caseapp.cli import (calendar, cases, central, documents, maintenance, reports, setup, sync, transfers,
                         users)
from caseapp.cli.common import (EXIT_BROKEN_PIPE, EXIT_BUG, EXIT_CANCELLED, EXIT_ERROR, EXIT_USAGE, ArgTypes,
                                Handler)
from caseapp.errors import CancelledError, CaseAppError
from caseapp.text import DEFAULT_LANGUAGE, LANGUAGES, translate

GROUPS = (setup, maintenance, users, calendar, cases, transfers, documents, reports, central, sync)


def build_parser(language: str = DEFAULT_LANGUAGE) -> argparse.ArgumentParser:
    from caseapp.config import default_db_path

    parser = argparse.ArgumentParser(prog="caseapp", description="Case management for civil-service offices.")
    common = argparse.ArgumentParser(add_help=False)
    # before the command or after it: the command's copy must not overwrite a value given before it
    for target, default in ((parser, None), (common, argparse.SUPPRESS)):
        target.add_argument("--db", type=Path, default=default,
                            help=f"database file (default: {default_db_path()})")
        target.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE if default is None else default,
                            help="language of messages, documents and reports (default: mn)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, handler: Handler | None, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[] if handler is None else [common], help=help_text,
                           description=help_text)
        if handler is not None:
            p.set_defaults(handler=handler)
        p.common_parents = [common]          # type: ignore[attr-defined]  # for a group's own sub-commands
        return p

    types = ArgTypes(language)
    for group in GROUPS:
        group.register(add, types)
    return parser


def language_in(argv: Sequence[str]) -> str:
    """The ``--lang`` asked for (read before parsing, so that even a parse error speaks that language)."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        else:
            continue
        if value in LANGUAGES:
            return value
    return DEFAULT_LANGUAGE


def not_text_argument(argv: Sequence[str]) -> tuple[str, str] | None:
    """(option, value) of the first argument that is not valid UTF-8 (Python keeps such bytes as surrogates)."""
    for i, arg in enumerate(argv):
        if any("\udc80" <= ch <= "\udcff" for ch in arg):
            option = arg.partition("=")[0] if arg.startswith("--") else (argv[i - 1] if i else arg)
            return option, arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return None


def _error_line(language: str, exc: CaseAppError) -> str:
    prefix = f"{exc.field}: " if exc.field else ""
    return f"caseapp: {translate('cli.error', language)}: {prefix}{exc.render(language)}"


def _unexpected(language: str, exc: BaseException) -> int:
    """A bug: one line for the user, the traceback in a log file for whoever fixes it."""
    import traceback

    from platformdirs import user_log_dir

    log = Path(user_log_dir("caseapp", appauthor=False)) / "cli-errors.log"
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as stream:
            stream.write("".join(traceback.format_exception(exc)) + "\n")
        where = str(log)
    except OSError:
        where = "-"
    print(f"caseapp: {translate('cli.unexpected', language, error=type(exc).__name__, log=where)}",
          file=sys.stderr)
    return EXIT_BUG


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    language = language_in(argv)
    try:
        bad = not_text_argument(argv)
        if bad is not None:
            print(f"caseapp: {translate('cli.error', language)}: "
                  f"{translate('cli.argument_not_text', language, option=bad[0], value=bad[1])}", file=sys.stderr)
            return EXIT_USAGE
        args = build_parser(language).parse_args(argv)
        if args.db is None:
            from caseapp.config import default_db_path

            args.db = default_db_path()
        code = args.handler(args)
        sys.stdout.flush()               # a closed pipe shows here, not in the interpreter's clean-up
        return code
    except CancelledError as exc:
        print(f"\n{exc.render(language)}", file=sys.stderr)
        return EXIT_CANCELLED
    except CaseAppError as exc:
        print(_error_line(language, exc), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"\n{translate('cli.interrupted', language)}", file=sys.stderr)
        return EXIT_CANCELLED
    except BrokenPipeError:
        # the reader stopped (``caseapp services | head -1``): say nothing, and let no later flush complain
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback reaches the user
        return _unexpected(language, exc)


__all__ = ["EXIT_ERROR", "build_parser", "main"]
