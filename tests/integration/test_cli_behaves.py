"""The command line as an IT admin meets it on a bad day: options anywhere, hostile values, closed pipes,
no database yet, the English interface. Never a traceback; one line that says what is wrong."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.integration.test_cli import ROOT, caseapp

CYRILLIC = re.compile("[\u0400-\u04ff]")


@pytest.fixture
def office(cli_office):
    return cli_office


def run_bytes(*args: bytes) -> subprocess.CompletedProcess:
    """Arguments as raw bytes, as a terminal with another encoding sends them."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable.encode(), b"-m", b"caseapp", *args], capture_output=True, env=env,
                          timeout=120)


def test_options_work_before_and_after_positional_arguments(office):
    path, pw = office
    added = caseapp("user", "add", "--as", "admin", "--db", str(path), "saraa", "--role", "clerk",
                    "--password-file", str(pw), "--as-password-file", str(pw))
    assert added.returncode == 0, added.stderr
    day_off = caseapp("calendar", "add-day-off", "--as-password-file", str(pw), "--db", str(path), "2026-12-31",
                      "--as", "admin")
    assert day_off.returncode == 0, day_off.stderr
    listed = caseapp("--db", str(path), "user", "list")                      # before the command, too
    assert "saraa\tclerk" in listed.stdout
    days = caseapp("calendar", "list", "--year", "2026", "--db", str(path)).stdout
    assert "2026-12-31\tday_off" in days


@pytest.mark.parametrize("args, needle", [
    (["deadline", "--service", "PET-GENERAL", "--registered", "9999-12-31"], "9999-12-31"),
    (["deadline", "--service", "PET-GENERAL", "--registered", "2026-01-01", "--paused", "2026-01-02:9999-12-30"],
     "9999-12-30"),
    (["calendar", "list", "--year", "99999"], "99999"),
    (["deadline", "--service", "NO-SUCH", "--registered", "2026-01-01"], "NO-SUCH"),
])
def test_impossible_values_get_one_line_and_no_traceback(office, args, needle):
    path, _ = office
    result = caseapp(*args, "--db", str(path))
    assert result.returncode in (1, 2)
    assert "Traceback" not in result.stderr and needle in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("caseapp")


@pytest.mark.parametrize("option", [b"--reason", b"--full-name"])
def test_a_value_that_is_not_utf8_is_refused_by_name(office, option):
    path, pw = office
    if option == b"--reason":
        result = run_bytes(b"calendar", b"add-day-off", b"2026-12-30", b"--reason", b"\xff\xfe bad",
                           b"--db", str(path).encode())
    else:
        result = run_bytes(b"user", b"add", b"bold", b"--role", b"clerk", b"--full-name", b"\xc0\xaf",
                           b"--password-file", str(pw).encode(), b"--db", str(path).encode())
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 2 and "Traceback" not in stderr
    assert option.decode() in stderr and "UTF-8" in stderr and len(stderr.strip().splitlines()) == 1
    listed = caseapp("user", "list", "--db", str(path)).stdout
    assert "bold" not in listed                                              # nothing was written


def test_a_closed_pipe_ends_quietly():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    shell = f"{sys.executable} -m caseapp services | head -1; exit ${{PIPESTATUS[0]}}"
    result = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, env=env, timeout=60)
    assert result.stdout.count("\n") == 1 and result.stdout.startswith(("ADDR-", "BIZ-", "CR-", "ID-", "LAND-",
                                                                        "PET-", "REF-", "SOC-", "OTHER-"))
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
    assert result.stderr == ""


@pytest.mark.parametrize("args, expected", [
    (["--service", "PET-GENERAL", "--registered", "2026-06-12"], "2026-07-16"),              # Naadam roll
    (["--service", "LAND-CADASTRE-REF", "--registered", "2026-02-17"], "2026-02-25"),        # Tsagaan Sar
])
def test_deadline_without_a_database_uses_the_reference_catalogue(tmp_path, args, expected):
    missing = tmp_path / "not-yet.sqlite3"
    result = caseapp("deadline", *args, "--db", str(missing))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected
    assert not missing.exists()                                              # asking created nothing


def test_deadline_with_a_database_follows_its_decreed_days(office):
    path, pw = office
    before = caseapp("deadline", "--service", "LAND-CADASTRE-REF", "--registered", "2026-12-22", "--db", str(path))
    assert caseapp("calendar", "add-day-off", "2026-12-23", "--db", str(path), "--as", "admin",
                   "--as-password-file", str(pw)).returncode == 0
    after = caseapp("deadline", "--service", "LAND-CADASTRE-REF", "--registered", "2026-12-22", "--db", str(path))
    assert before.stdout.strip() == "2026-12-25" and after.stdout.strip() == "2026-12-28"


@pytest.mark.parametrize("args", [
    ["user", "add", "x y", "--role", "clerk"],                                # a bad user name (validation)
    ["user", "lock", "nobody"],                                              # not found
    ["cases", "--db", "/nonexistent/folder/x.sqlite3"],                        # no database
    ["deadline", "--service", "PET-GENERAL", "--registered", "2026-06-12", "--extended", "90"],    # over the cap
    ["demo", "--cases", "5"],                                                # a real office refuses demo data
])
def test_english_errors_have_no_mongolian(office, args):
    path, pw = office
    extra = ["--password-file", str(pw)] if args[:2] == ["user", "add"] else []
    if args[0] in ("user", "demo"):                     # signed in: the error is the command's, not the sign-in's
        extra += ["--as", "admin", "--as-password-file", str(pw)]
    with_db = args if "--db" in args else [*args, "--db", str(path)]
    result = caseapp(*with_db, *extra, "--lang", "en")
    assert result.returncode == 1, result.stdout + result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("caseapp: error: ") and not CYRILLIC.search(result.stderr), result.stderr
    assert "--as" not in result.stderr, result.stderr
    mongolian = caseapp(*with_db, *extra)
    assert mongolian.returncode == 1 and CYRILLIC.search(mongolian.stderr)


def test_light_commands_do_not_load_heavy_libraries():
    probe = ("import sys, io, contextlib\nfrom caseapp.cli import main\n"
             "with contextlib.redirect_stdout(io.StringIO()):\n    main(['offices'])\n"
             "print(sorted(m for m in ('openpyxl', 'reportlab', 'PySide6', 'pypdfium2', 'alembic') "
             "if m in sys.modules))")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_command_line_knows_every_document_and_report_kind():
    from caseapp.cli.documents import ISSUED
    from caseapp.cli.reports import KIND_HELP
    from caseapp.services import documents, reports

    assert ISSUED == tuple(documents.KINDS) and tuple(KIND_HELP) == tuple(reports.KINDS)
