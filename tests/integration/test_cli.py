"""The command line as an IT person uses it: real processes, real files."""

from __future__ import annotations

import os
from pathlib import Path
import sqlite3
import subprocess
import sys

import pytest

ROOT = Path(__file__).resolve().parents[2]


def caseapp(*args: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "caseapp", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, env=env, input=stdin, timeout=300)


@pytest.fixture
def password_file(tmp_path: Path) -> Path:
    path = tmp_path / "pw.txt"
    path.write_text("Нууц-үг-2026\n", encoding="utf-8")
    return path


def test_offices_lists_the_capital_districts_and_all_aimags():
    result = caseapp("offices")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    levels = [line.split("\t")[1] for line in lines]
    assert levels.count("district") == 9 and levels.count("aimag") == 21
    assert any(line.startswith("UB-BZD\t") and "Баянзүрх" in line for line in lines)
    assert any(line.startswith("KHS\t") and "Хөвсгөл" in line and "Мөрөн" in line for line in lines)


def test_services_lists_the_catalogue_code_first_with_clock_and_days():
    result = caseapp("services")
    assert result.returncode == 0
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert len(rows) >= 25
    petition = next(r for r in rows if r[0] == "PET-GENERAL")
    assert petition[1:3] == ["calendar", "30"]
    assert all(r[1] in ("calendar", "working") and r[2].isdigit() for r in rows)


def test_init_makes_a_real_office_that_refuses_demo_data(tmp_path, password_file):
    db = tmp_path / "office.sqlite3"
    result = caseapp("init", "--db", str(db), "--office", "AR", "--node", "2", "--admin", "Bat.Admin",
                     "--password-file", str(password_file))
    assert result.returncode == 0, result.stderr
    assert "AR" in result.stdout and "AR-02" in result.stdout
    con = sqlite3.connect(db)
    admin = con.execute("SELECT username, role FROM users WHERE role='admin'").fetchall()
    events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()
    assert admin == [("bat.admin", "admin")]
    refused = caseapp("demo", "--db", str(db), "--cases", "800", "--seed", "5",       # even its own admin
                      "--as", "bat.admin", "--as-password-file", str(password_file))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "caseapp demo --db" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == events       # nothing added
    assert con.execute("SELECT count(*) FROM users").fetchone()[0] == 1              # no demo accounts
    con.close()


def test_demo_on_a_new_file_makes_the_demo_office_check_stats_rebuild(tmp_path):
    from caseapp.services.demo import DEMO_ADMIN, DEMO_PASSWORD

    db = tmp_path / "demo.sqlite3"
    result = caseapp("demo", "--db", str(db), "--cases", "800", "--seed", "5")
    assert result.returncode == 0, result.stderr
    assert "800" in result.stdout
    assert "demo.clerk1" in result.stdout and "demo.manager" in result.stdout and "demo-pass-2026" in result.stdout
    result = caseapp("check", "--db", str(db))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("OK")
    stats = dict(line.split("\t") for line in caseapp("stats", "--db", str(db)).stdout.splitlines())
    assert stats["cases"] == "800"
    assert int(stats["state:closed"].replace(",", "")) > 0
    con = sqlite3.connect(db)
    numbers = [r[0] for r in con.execute("SELECT case_number FROM cases ORDER BY case_number LIMIT 3")]
    con.close()
    assert all(n.startswith("UB-BZD-20") and "-01-" in n for n in numbers)
    admin_password = tmp_path / "demo-pw.txt"
    admin_password.write_text(f"{DEMO_PASSWORD}\n", encoding="utf-8")
    more = caseapp("demo", "--db", str(db), "--cases", "20", "--seed", "6",         # a demo takes more
                   "--as", DEMO_ADMIN, "--as-password-file", str(admin_password))    # from its admin
    assert more.returncode == 0, more.stderr
    assert caseapp("rebuild", "--db", str(db)).returncode == 0
    assert caseapp("check", "--db", str(db)).returncode == 0
    stats = dict(line.split("\t") for line in caseapp("stats", "--db", str(db)).stdout.splitlines())
    assert stats["cases"] == "820"


def test_demo_is_repeatable_with_the_same_seed(tmp_path):
    snapshots = []
    for name in ("one", "two"):
        db = tmp_path / f"{name}.sqlite3"
        assert caseapp("demo", "--db", str(db), "--cases", "300", "--seed", "42").returncode == 0
        con = sqlite3.connect(db)
        snapshots.append(con.execute(
            "SELECT c.case_number, c.service_code, c.state, c.registered_on, c.due_date, c.subject, "
            "z.register_no, z.given_name FROM cases c JOIN citizens z USING (citizen_id) "
            "ORDER BY c.case_number").fetchall())
        con.close()
    assert snapshots[0] == snapshots[1]
    assert len({row[2] for row in snapshots[0]}) >= 3           # a mix of states


def test_check_reports_corruption_with_a_readable_list_and_exit_code(tmp_path):
    db = tmp_path / "office.sqlite3"
    caseapp("demo", "--db", str(db), "--cases", "200")
    con = sqlite3.connect(db)
    con.execute("UPDATE cases SET subject = 'өөрчилсөн' WHERE rowid = 5")
    con.commit()
    con.close()
    result = caseapp("check", "--db", str(db))
    assert result.returncode == 3
    assert "subject" in result.stdout and "Traceback" not in result.stdout + result.stderr


@pytest.mark.parametrize("args, needle", [
    (["--office", "XX", "--node", "1", "--admin", "admin"], "office"),
    (["--office", "UB-BZD", "--node", "0", "--admin", "admin"], "node"),
    (["--office", "UB-BZD", "--node", "1", "--admin", "адмuн"], "username"),
    (["--office", "MN", "--node", "1", "--admin", "admin"], "office"),
])
def test_init_errors_are_one_clear_line(tmp_path, password_file, args, needle):
    db = tmp_path / "bad.sqlite3"
    result = caseapp("init", "--db", str(db), *args, "--password-file", str(password_file))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert needle in result.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM events").fetchone() == (0,)     # nothing was written
    con.close()


def test_short_password_and_missing_password_file(tmp_path):
    short = tmp_path / "short.txt"
    short.write_text("abc", encoding="utf-8")
    result = caseapp("init", "--db", str(tmp_path / "a.sqlite3"), "--office", "UB-BZD", "--node", "1",
                     "--admin", "admin", "--password-file", str(short))
    assert result.returncode == 1 and "password" in result.stderr
    result = caseapp("init", "--db", str(tmp_path / "a.sqlite3"), "--office", "UB-BZD", "--node", "1",
                     "--admin", "admin", "--password-file", str(tmp_path / "missing.txt"))
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_init_twice_is_refused(tmp_path, password_file):
    db = tmp_path / "office.sqlite3"
    args = ["init", "--db", str(db), "--office", "UB-BZD", "--node", "1", "--admin", "admin",
            "--password-file", str(password_file)]
    assert caseapp(*args).returncode == 0
    second = caseapp(*args)
    assert second.returncode == 1 and "Traceback" not in second.stderr


def test_commands_on_an_uninitialised_or_unusable_database(tmp_path):
    result = caseapp("stats", "--db", str(tmp_path / "missing.sqlite3"))
    assert result.returncode == 1 and "caseapp init" in result.stderr
    not_a_db = tmp_path / "notes.sqlite3"
    not_a_db.write_bytes(b"this is a text file, not a database" * 100)
    result = caseapp("check", "--db", str(not_a_db))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    result = caseapp("stats", "--db", str(tmp_path))                 # a folder
    assert result.returncode == 1 and "Traceback" not in result.stderr
