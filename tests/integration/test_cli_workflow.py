"""The command line of the workflow issue: users, calendar, cases, due lists and the deadline calculator."""

from __future__ import annotations

import sqlite3

import pytest

from tests.integration.test_cli import caseapp


@pytest.fixture
def office_db(cli_office):
    return cli_office


@pytest.mark.parametrize("args, expected", [
    (["--service", "CR-NAME-CHANGE", "--registered", "2026-02-17"], "2026-02-27"),     # 5 working days
    (["--service", "PET-GENERAL", "--registered", "2026-06-12"], "2026-07-16"),
    (["--service", "PET-GENERAL", "--registered", "2026-06-12", "--extended", "30"], "2026-08-17"),
    (["--service", "CR-NAME-CHANGE", "--registered", "2026-11-02", "--paused", "2026-11-04:2026-11-09"],
     "2026-11-13"),
    (["--service", "LAND-CADASTRE-REF", "--registered", "2026-02-17"], "2026-02-25"),   # 3 working days
])
def test_deadline_prints_the_engine_s_due_date(office_db, args, expected):
    path, _ = office_db
    result = caseapp("deadline", "--db", str(path), *args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


@pytest.mark.parametrize("args", [
    ["--service", "NOPE", "--registered", "2026-06-12"],
    ["--service", "PET-GENERAL", "--registered", "12/06/2026"],
    ["--service", "PET-GENERAL", "--registered", "2026-06-12", "--extended", "31"],
    ["--service", "PET-GENERAL", "--registered", "2026-06-12", "--paused", "2026-06-20"],
    ["--service", "PET-GENERAL", "--registered", "2026-06-12", "--paused", "2026-06-20:2026-06-15"],
])
def test_deadline_refuses_bad_input_with_one_line(office_db, args):
    path, _ = office_db
    result = caseapp("deadline", "--db", str(path), *args)
    assert result.returncode != 0 and "Traceback" not in result.stderr and result.stdout == ""


def test_a_decreed_day_off_moves_the_due_date(office_db):
    path, pw = office_db
    admin = ("--as", "admin", "--as-password-file", str(pw))
    before = caseapp("deadline", "--db", str(path), "--service", "CR-NAME-CHANGE", "--registered", "2026-12-22")
    assert before.stdout.strip() == "2026-12-30"                   # 23, 24, 25, 28, (29 holiday), 30
    assert caseapp("calendar", "add-day-off", "2026-12-30", "--db", str(path), "--reason", "Тогтоол №1",
                   *admin).returncode == 0
    assert caseapp("calendar", "add-workday", "2026-12-26", "--db", str(path), *admin).returncode == 0  # a Saturday
    after = caseapp("deadline", "--db", str(path), "--service", "CR-NAME-CHANGE", "--registered", "2026-12-22")
    assert after.stdout.strip() == "2026-12-28"                    # 23, 24, 25, 26 (decreed Saturday), 28
    listing = caseapp("calendar", "list", "--year", "2026", "--db", str(path)).stdout
    assert "2026-12-30\tday_off\tТогтоол №1" in listing and "2026-12-26\tworkday" in listing
    refused = caseapp("calendar", "add-workday", "2026-12-23", "--db", str(path), *admin)    # already a working day
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "2026-12-23" in refused.stderr and "--as" not in refused.stderr         # the day refused, not the admin


def test_users_from_the_command_line(office_db):
    path, pw = office_db
    admin = ("--as", "admin", "--as-password-file", str(pw))
    assert caseapp("user", "add", "Saraa", "--role", "clerk", "--password-file", str(pw),
                   "--db", str(path), *admin).returncode == 0
    listing = caseapp("user", "list", "--db", str(path)).stdout
    assert "saraa\tclerk\tUB-BZD\tactive" in listing
    assert caseapp("user", "lock", "saraa", "--db", str(path), *admin).returncode == 0
    assert "saraa\tclerk\tUB-BZD\tlocked" in caseapp("user", "list", "--db", str(path)).stdout
    assert caseapp("user", "lock", "saraa", "--unlock", "--db", str(path), *admin).returncode == 0
    assert "saraa\tclerk\tUB-BZD\tactive" in caseapp("user", "list", "--db", str(path)).stdout
    assert caseapp("user", "passwd", "saraa", "--password-file", str(pw), "--db", str(path), *admin).returncode == 0
    duplicate = caseapp("user", "add", "saraa", "--role", "clerk", "--password-file", str(pw), "--db", str(path),
                        *admin)
    assert duplicate.returncode == 1 and "username" in duplicate.stderr
    bad_role = caseapp("user", "add", "x1", "--role", "boss", "--password-file", str(pw), "--db", str(path), *admin)
    assert bad_role.returncode == 2 and "Traceback" not in bad_role.stderr


def test_cases_and_due_lists(tmp_path, clock):
    path = tmp_path / "demo.sqlite3"
    assert caseapp("demo", "--db", str(path), "--cases", "400", "--seed", "2").returncode == 0
    con = sqlite3.connect(path)
    number, register, given = con.execute(
        "SELECT c.case_number, z.register_no, z.given_name FROM cases c JOIN citizens z USING (citizen_id) "
        "WHERE z.kind = 'person' ORDER BY c.case_number LIMIT 1").fetchone()
    overdue = con.execute("SELECT count(*) FROM cases WHERE state IN ('registered','in_progress') "
                          "AND due_date < ?", (clock.today().isoformat(),)).fetchone()[0]
    con.close()
    lines = caseapp("cases", "--db", str(path), "--limit", "5").stdout.splitlines()
    assert len(lines) == 5 and all(line.split("\t")[0].startswith("UB-BZD-") for line in lines)
    assert caseapp("cases", "--db", str(path), "--search", number).stdout.startswith(number)
    by_register = caseapp("cases", "--db", str(path), "--search", register.lower()).stdout.splitlines()
    assert by_register and all(register in line for line in by_register)
    by_name = caseapp("cases", "--db", str(path), "--search", given.upper(), "--limit", "500").stdout
    assert given in by_name                                         # Cyrillic, case-insensitive
    late = caseapp("cases", "--db", str(path), "--overdue", "--limit", "500").stdout.splitlines()
    assert len(late) == overdue and all("хэтэрсэн" in line for line in late)
    closed = caseapp("cases", "--db", str(path), "--state", "closed", "--limit", "10").stdout.splitlines()
    assert closed and all(line.split("\t")[2] == "closed" for line in closed)
    due = caseapp("due", "--db", str(path), "--within", "10")
    assert due.returncode == 0
    assert all(line.split("\t")[2] in ("registered", "in_progress") for line in due.stdout.splitlines())
