"""Demo data: realistic, repeatable, and the same whether made in one process or two."""

from __future__ import annotations

from datetime import date
import sqlite3

from caseapp.domain import register as regno
from caseapp.services import demo
from caseapp.services.maintenance import check
from tests.conftest import ADMIN_PASSWORD


def snapshot(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT c.case_number, c.service_code, c.state, c.registered_on, c.due_date, c.pauses, "
                           "c.extensions, c.subject, z.register_no, z.family_name, z.given_name "
                           "FROM cases c JOIN citizens z USING (citizen_id) ORDER BY c.case_number").fetchall()
    finally:
        con.close()


def test_two_processes_make_the_same_data_as_one(tmp_path, monkeypatch):
    from caseapp.services.database import open_database
    from caseapp.services.setup import initialise

    results = []
    for name, parallel_from in (("one", 10**9), ("two", 1)):
        monkeypatch.setattr(demo, "PARALLEL_FROM", parallel_from)
        database = open_database(tmp_path / f"{name}.sqlite3")
        initialise(database, office_code="UB-BZD", node_no=1, admin_username="admin", admin_password=ADMIN_PASSWORD)
        demo.generate(database, cases=600, seed=11, today=date(2026, 11, 27))
        assert check(database).ok
        database.close()
        results.append(snapshot(tmp_path / f"{name}.sqlite3"))
    assert results[0] == results[1]
    assert len(results[0]) == 600


def test_demo_data_looks_like_an_office(demo_db):
    con = sqlite3.connect(demo_db.path)
    states = dict(con.execute("SELECT state, count(*) FROM cases GROUP BY state").fetchall())
    channels = {row[0] for row in con.execute("SELECT DISTINCT channel FROM cases")}
    services = con.execute("SELECT count(DISTINCT service_code) FROM cases").fetchone()[0]
    overdue = con.execute("SELECT count(*) FROM cases WHERE state IN ('registered', 'in_progress') "
                          "AND due_date < date('now')").fetchone()[0]
    paused = con.execute("SELECT count(*) FROM cases WHERE pauses != '[]'").fetchone()[0]
    extended = con.execute("SELECT count(*) FROM cases WHERE extension_days > 0").fetchone()[0]
    years = con.execute("SELECT count(DISTINCT substr(registered_on, 1, 4)) FROM cases").fetchone()[0]
    registers = [row[0] for row in con.execute("SELECT register_no FROM citizens")]
    con.close()
    assert states["closed"] > sum(states.values()) / 2
    assert {"registered", "in_progress", "decided", "closed"} <= set(states)
    assert channels >= {"counter", "e-mongolia", "letter"}
    assert services >= 20 and overdue > 0 and paused > 0 and extended > 0 and years >= 2
    parsed = [regno.parse(r, today=date.today()) for r in registers]           # every one is valid
    assert {p.kind for p in parsed} == {"person", "organisation"}
    assert len(set(registers)) == len(registers)


def test_demo_cases_carry_no_conflicts_and_nothing_from_the_future(demo_db):
    con = sqlite3.connect(demo_db.path)
    flagged = con.execute("SELECT count(*) FROM cases WHERE conflict").fetchone()[0]
    latest = con.execute("SELECT max(recorded_at) FROM events").fetchone()[0]
    con.close()
    from datetime import datetime, timezone

    assert flagged == 0                      # every made-up event follows the one before it
    assert datetime.fromisoformat(latest) <= datetime.now(timezone.utc)
