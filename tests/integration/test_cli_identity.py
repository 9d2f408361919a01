"""Who changes data from the command line: ``--as USERNAME`` and that user's password (``--as-password-file``),
checked as a sign-in is. There is no default acting user any more: without ``--as`` nothing is changed; a wrong
password is refused and recorded in the sign-in log; the role decides what the user may do; a change is
recorded as the user who signed in. Real processes (the ``caseapp`` helper), one office per test."""

from __future__ import annotations

from pathlib import Path
import sqlite3

import pytest

from caseapp.domain.clock import FixedClock
from caseapp.errors import PermissionDenied
from caseapp.services import users, workflow
from caseapp.services.database import open_database
from caseapp.services.demo import DEMO_PASSWORD
from caseapp.services.workflow import IntakeForm
from caseapp.text import translate
from tests.conftest import TEST_NOW, copy_database
from tests.integration.conftest import CLI_ADMIN_PASSWORD
from tests.integration.test_cli import caseapp

CLERK_PASSWORD = "Бичээч-нууц-7"
MANAGER_PASSWORD = "Дарга-нууц-үг-8"
NEW_PASSWORD = "Шинэ-нууц-үг-9"
CASE = "UB-BZD-2026-01-000001"          # the one case of the office (see staffed_template)

# every command that changes data, with what it needs besides --db (and the password file it reads, as "{pw}")
WRITE_COMMANDS = {
    "user add": ["user", "add", "newbie", "--role", "clerk", "--password-file", "{pw}"],
    "user passwd": ["user", "passwd", "admin", "--password-file", "{pw}"],
    "user lock": ["user", "lock", "saraa"],
    "calendar add-day-off": ["calendar", "add-day-off", "2026-12-30", "--reason", "Тогтоол №7"],
    "calendar add-workday": ["calendar", "add-workday", "2026-12-26"],
    "calendar clear": ["calendar", "clear", "2026-12-31"],
    "doc receipt": ["doc", "receipt", "--case", "{case}", "-o", "{out}.pdf"],
    "doc letter": ["doc", "letter", "--case", "{case}", "-o", "{out}.pdf"],
    "doc notice": ["doc", "notice", "--case", "{case}", "-o", "{out}.pdf"],
    "doc transfer": ["doc", "transfer", "--case", "{case}", "--to", "UB-CHD", "-o", "{out}.pdf"],
    "doc file": ["doc", "file", "--case", "{case}", "-o", "{out}.pdf"],
    "doc reprint": ["doc", "reprint", "--doc", "01a2321f-0000-7000-8000-000000000000", "-o", "{out}.pdf"],
    "doc reminders": ["doc", "reminders", "-o", "{out}.pdf"],
    "doc letterhead": ["doc", "letterhead", "--phone", "7011-2233"],
    "report register": ["report", "register", "--from", "2026-01-01", "--to", "2026-12-01", "-o", "{out}.xlsx"],
    "report ontime": ["report", "ontime", "--from", "2026-01-01", "--to", "2026-12-01", "-o", "{out}.xlsx"],
    "report overdue": ["report", "overdue", "--from", "2026-01-01", "--to", "2026-12-01", "-o", "{out}.xlsx"],
    "report workload": ["report", "workload", "--from", "2026-01-01", "--to", "2026-12-01", "-o", "{out}.xlsx"],
    "report extensions": ["report", "extensions", "--from", "2026-01-01", "--to", "2026-12-01", "-o", "{out}.xlsx"],
}


def write(path: Path, text: str) -> Path:
    path.write_text(f"{text}\n", encoding="utf-8")
    return path


def snapshot(path: Path) -> dict[str, list]:
    """What a refused command must leave as it was: the events, the sign-in log, the accounts, the calendar."""
    con = sqlite3.connect(path)
    try:
        return {"events": con.execute("SELECT count(*) FROM events").fetchall(),
                "auth_log": con.execute("SELECT * FROM auth_log ORDER BY id").fetchall(),
                "users": con.execute("SELECT username, role, active, locked, password_hash, version FROM users "
                                     "ORDER BY username").fetchall(),
                "calendar": con.execute("SELECT * FROM calendar_overrides").fetchall()}
    finally:
        con.close()


def auth_log(path: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT username, outcome FROM auth_log ORDER BY id").fetchall()
    finally:
        con.close()


def last_seq(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]
    finally:
        con.close()


def recorded_as(path: Path, after: int) -> list[str]:
    """The user names the events after ``after`` are recorded as (an event with no user shows as None)."""
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT u.username FROM events e LEFT JOIN users u USING (user_id) "
                                          "WHERE e.seq > ? ORDER BY e.seq", (after,))]
    finally:
        con.close()


@pytest.fixture(scope="session")
def staffed_template(cli_office_template: Path, tmp_path_factory) -> Path:
    """The office ``caseapp init`` made, with a clerk (saraa) and a manager (bold) its admin added from the
    command line, a decreed day off (2026-12-31) and one case: made once per session (argon2 is slow on purpose)."""
    folder = tmp_path_factory.mktemp("cli-identity")
    path = folder / "office.sqlite3"
    copy_database(cli_office_template, path)
    admin_pw = write(folder / "admin.txt", CLI_ADMIN_PASSWORD)
    for name, role, password in (("saraa", "clerk", CLERK_PASSWORD), ("bold", "manager", MANAGER_PASSWORD)):
        added = caseapp("user", "add", name, "--role", role, "--password-file", str(write(folder / name, password)),
                        "--db", str(path), "--as", "admin", "--as-password-file", str(admin_pw))
        assert added.returncode == 0, added.stderr
    decreed = caseapp("calendar", "add-day-off", "2026-12-31", "--db", str(path), "--as", "admin",
                      "--as-password-file", str(admin_pw))
    assert decreed.returncode == 0, decreed.stderr
    with open_database(path, clock=FixedClock.parse(TEST_NOW)) as db:
        case = workflow.register_case(db, users.actor_for(db, "saraa"), IntakeForm(
            register_no="УБ99031512", service_code="PET-GENERAL", subject="Газрын маргаан", family_name="Батын",
            given_name="Болд", phone="99112233", address="Баянзүрх, 4-р хороо"))
    assert case.case_number == CASE, case.case_number
    return path


@pytest.fixture
def office(staffed_template: Path, tmp_path: Path) -> tuple[Path, dict[str, Path]]:
    """(database, {user: password file}) of a private copy of the staffed office."""
    path = tmp_path / "office.sqlite3"
    copy_database(staffed_template, path)
    return path, {"admin": write(tmp_path / "admin.txt", CLI_ADMIN_PASSWORD),
                  "saraa": write(tmp_path / "saraa.txt", CLERK_PASSWORD),
                  "bold": write(tmp_path / "bold.txt", MANAGER_PASSWORD)}


@pytest.mark.parametrize("name", list(WRITE_COMMANDS))
def test_every_write_command_without_as_is_refused_and_changes_nothing(office, tmp_path, name):
    path, staff = office                  # the admin, a clerk and a manager: nobody is picked for the command
    out = tmp_path / "out" / "file"                  # the document or report (.pdf, .xlsx) it would write
    out.parent.mkdir()
    args = [a.format(pw=staff["admin"], out=out, case=CASE) for a in WRITE_COMMANDS[name]]
    before = snapshot(path)
    result = caseapp(*args, "--db", str(path), stdin="")
    assert result.returncode == 1, result.stdout + result.stderr
    assert translate("cli.as_needed", "mn") in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and result.stdout == ""
    assert snapshot(path) == before
    assert list(out.parent.iterdir()) == []                                  # no document, no report


def test_without_as_in_english(office):
    path, _ = office
    before = snapshot(path)
    result = caseapp("calendar", "add-day-off", "2026-12-30", "--db", str(path), "--lang", "en", stdin="")
    assert result.returncode == 1
    assert result.stderr.strip() == ("caseapp: error: as: Say who does this: --as USERNAME, with that user's "
                                     "password (a prompt, or --as-password-file FILE).")
    assert translate("cli.as_needed", "en") in result.stderr
    mongolian = translate("cli.as_needed", "mn")                 # the default, checked by every command above
    assert mongolian != translate("cli.as_needed", "en") and "--as НЭР" in mongolian
    assert snapshot(path) == before


def test_as_without_a_password_file_has_no_terminal_to_ask_on(office):
    path, _ = office
    before = snapshot(path)
    result = caseapp("user", "lock", "saraa", "--db", str(path), "--as", "admin", "--lang", "en", stdin="")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert translate("cli.as_password_needs_file", "en", username="admin") in result.stderr
    assert snapshot(path) == before                                  # not even a sign-in attempt


def test_demo_cases_for_a_demo_database_need_its_user_too(tmp_path):
    path = tmp_path / "demo.sqlite3"
    made = caseapp("demo", "--db", str(path), "--cases", "5", "--seed", "3")         # a new file: no one to ask
    assert made.returncode == 0, made.stderr
    before = snapshot(path)
    result = caseapp("demo", "--db", str(path), "--cases", "5", "--seed", "4")
    assert result.returncode == 1 and translate("cli.as_needed", "mn") in result.stderr
    assert snapshot(path) == before
    nobody = caseapp("demo", "--db", str(path), "--cases", "5", "--as", "demo.clerk2", stdin="")    # no password
    assert nobody.returncode == 1
    assert translate("cli.as_password_needs_file", "mn", username="demo.clerk2") in nobody.stderr
    assert snapshot(path) == before
    guessed = caseapp("demo", "--db", str(path), "--cases", "5", "--as", "demo.clerk2",
                      "--as-password-file", str(write(tmp_path / "guess.txt", DEMO_PASSWORD + "!")))
    assert guessed.returncode == 1 and translate("login.wrong", "mn") in guessed.stderr
    after = snapshot(path)
    assert after["events"] == before["events"] and after["users"] == before["users"]
    assert auth_log(path)[len(before["auth_log"]):] == [("demo.clerk2", "failure")]
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM cases").fetchone()[0] == 5
    con.close()


def test_a_wrong_password_of_the_admin_changes_no_password_and_is_logged(office, tmp_path, clock):
    path, _ = office
    new = write(tmp_path / "new.txt", NEW_PASSWORD)
    wrong = write(tmp_path / "wrong.txt", CLI_ADMIN_PASSWORD + "x")
    before = snapshot(path)
    result = caseapp("user", "passwd", "admin", "--password-file", str(new), "--db", str(path),
                     "--as", "admin", "--as-password-file", str(wrong))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert translate("login.wrong", "mn") in result.stderr
    after = snapshot(path)
    assert after["users"] == before["users"] and after["events"] == before["events"]
    assert auth_log(path)[len(before["auth_log"]):] == [("admin", "failure")]        # the attempt is on record
    with open_database(path, clock=clock) as db:
        assert users.login(db, "admin", CLI_ADMIN_PASSWORD).username == "admin"     # the old password works
        with pytest.raises(PermissionDenied):
            users.login(db, "admin", NEW_PASSWORD)                                   # the new one does not


def test_a_clerk_cannot_add_an_admin(office, tmp_path):
    path, staff = office
    boss = write(tmp_path / "boss.txt", "Босс-нууц-үг-5")
    before = snapshot(path)
    result = caseapp("user", "add", "boss", "--role", "admin", "--password-file", str(boss), "--db", str(path),
                     "--as", "saraa", "--as-password-file", str(staff["saraa"]))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "manage_users" in result.stderr                                   # the role refused, not the password
    after = snapshot(path)
    assert after["users"] == before["users"] and after["events"] == before["events"]
    assert auth_log(path)[len(before["auth_log"]):] == [("saraa", "success")]      # she did sign in
    assert "boss" not in caseapp("user", "list", "--db", str(path)).stdout


def test_acting_as_another_user_needs_that_user_s_password(office, tmp_path):
    path, staff = office
    boss = write(tmp_path / "boss.txt", "Босс-нууц-үг-5")
    report = tmp_path / "reports" / "register.xlsx"
    report.parent.mkdir()
    before = snapshot(path)
    as_admin = caseapp("user", "add", "boss", "--role", "admin", "--password-file", str(boss), "--db", str(path),
                       "--as", "admin", "--as-password-file", str(staff["saraa"]))     # the clerk's own password
    assert as_admin.returncode == 1 and translate("login.wrong", "mn") in as_admin.stderr
    as_manager = caseapp("report", "register", "--from", "2026-01-01", "--to", "2026-12-01", "-o", str(report),
                         "--db", str(path), "--as", "bold", "--as-password-file", str(staff["saraa"]))
    assert as_manager.returncode == 1 and translate("login.wrong", "mn") in as_manager.stderr
    no_password = caseapp("user", "lock", "saraa", "--db", str(path), "--as", "bold", stdin="")
    assert no_password.returncode == 1
    assert translate("cli.as_password_needs_file", "mn", username="bold") in no_password.stderr
    after = snapshot(path)
    assert after["users"] == before["users"] and after["events"] == before["events"]
    assert not report.exists()
    assert auth_log(path)[len(before["auth_log"]):] == [("admin", "failure"), ("bold", "failure")]


def test_a_change_is_recorded_as_the_user_who_signed_in(office, tmp_path):
    path, staff = office
    pw = staff["admin"]
    dorj = write(tmp_path / "dorj.txt", "Дорж-нууц-үг-3")                    # a second admin, not the first one
    added = caseapp("user", "add", "dorj", "--role", "admin", "--password-file", str(dorj), "--db", str(path),
                    "--as", "admin", "--as-password-file", str(pw))
    assert added.returncode == 0, added.stderr
    seq = last_seq(path)
    day_off = caseapp("calendar", "add-day-off", "2026-12-30", "--db", str(path), "--as", "dorj",
                      "--as-password-file", str(dorj))
    assert day_off.returncode == 0, day_off.stderr
    assert recorded_as(path, seq) and set(recorded_as(path, seq)) == {"dorj"}
    seq = last_seq(path)
    letterhead = caseapp("doc", "letterhead", "--phone", "7011-2233", "--db", str(path), "--as", "dorj",
                         "--as-password-file", str(dorj))
    assert letterhead.returncode == 0, letterhead.stderr
    assert recorded_as(path, seq) and set(recorded_as(path, seq)) == {"dorj"}
    seq = last_seq(path)
    locked = caseapp("user", "lock", "saraa", "--db", str(path), "--as", "dorj", "--as-password-file", str(dorj))
    assert locked.returncode == 0, locked.stderr
    assert recorded_as(path, seq) and set(recorded_as(path, seq)) == {"dorj"}
    con = sqlite3.connect(path)
    ids = dict(con.execute("SELECT username, user_id FROM users"))
    last = con.execute("SELECT user_id FROM events ORDER BY seq DESC LIMIT 1").fetchone()[0]
    con.close()
    assert last == ids["dorj"] != ids["admin"]
    assert auth_log(path)[-1] == ("dorj", "success")
    seq = last_seq(path)
    receipt = tmp_path / "receipt.pdf"                          # the manager, not the clerk who registered it
    issued = caseapp("doc", "receipt", "--case", CASE, "-o", str(receipt), "--db", str(path), "--as", "bold",
                     "--as-password-file", str(staff["bold"]))
    assert issued.returncode == 0, issued.stderr
    assert receipt.exists() and recorded_as(path, seq) and set(recorded_as(path, seq)) == {"bold"}


def test_only_an_admin_adds_cases_to_a_demo_database(tmp_path):
    """A demo clerk signed in with the (public) demo password could add demo cases."""
    from caseapp.services import demo as demo_service

    path = tmp_path / "demo.sqlite3"
    assert caseapp("demo", "--db", str(path), "--cases", "20").returncode == 0
    password = tmp_path / "demo-pw.txt"
    password.write_text(demo_service.DEMO_PASSWORD + "\n", encoding="utf-8")
    with sqlite3.connect(path) as con:
        before = con.execute("SELECT count(*) FROM cases").fetchone()[0]
    clerk = caseapp("demo", "--db", str(path), "--cases", "5", "--as", "demo.clerk1",
                    "--as-password-file", str(password))
    assert clerk.returncode == 1
    admin = caseapp("demo", "--db", str(path), "--cases", "5", "--as", demo_service.DEMO_ADMIN,
                    "--as-password-file", str(password))
    assert admin.returncode == 0, admin.stderr
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT count(*) FROM cases").fetchone()[0] == before + 5
