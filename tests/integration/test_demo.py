"""Demo data: realistic, repeatable, and the same whether made in one process or two."""

from __future__ import annotations

from datetime import datetime
import sqlite3

import pytest

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


def test_two_processes_make_the_same_data_as_one(tmp_path, monkeypatch, clock):
    from caseapp.services.database import open_database
    from caseapp.services.setup import initialise

    results = []
    for name, parallel_from in (("one", 10**9), ("two", 1)):
        monkeypatch.setattr(demo, "PARALLEL_FROM", parallel_from)
        database = open_database(tmp_path / f"{name}.sqlite3", clock=clock)
        initialise(database, office_code="UB-BZD", node_no=1, admin_username="admin", admin_password=ADMIN_PASSWORD,
                   demo=True)
        demo.generate(database, cases=600, seed=11)
        assert check(database).ok
        database.close()
        results.append(snapshot(tmp_path / f"{name}.sqlite3"))
    assert results[0] == results[1]
    assert len(results[0]) == 600


def test_demo_data_looks_like_an_office(demo_db, clock):
    con = sqlite3.connect(demo_db.path)
    states = dict(con.execute("SELECT state, count(*) FROM cases GROUP BY state").fetchall())
    channels = {row[0] for row in con.execute("SELECT DISTINCT channel FROM cases")}
    services = con.execute("SELECT count(DISTINCT service_code) FROM cases").fetchone()[0]
    overdue = con.execute("SELECT count(*) FROM cases WHERE state IN ('registered', 'in_progress') "
                          "AND due_date < ?", (clock.today().isoformat(),)).fetchone()[0]
    paused = con.execute("SELECT count(*) FROM cases WHERE pauses != '[]'").fetchone()[0]
    extended = con.execute("SELECT count(*) FROM cases WHERE extension_days > 0").fetchone()[0]
    years = con.execute("SELECT count(DISTINCT substr(registered_on, 1, 4)) FROM cases").fetchone()[0]
    registers = [row[0] for row in con.execute("SELECT register_no FROM citizens")]
    con.close()
    assert states["closed"] > sum(states.values()) / 2
    assert {"registered", "in_progress", "decided", "closed"} <= set(states)
    assert channels >= {"counter", "e-mongolia", "letter"}
    assert services >= 20 and overdue > 0 and paused > 0 and extended > 0 and years >= 2
    parsed = [regno.parse(r, today=clock.today()) for r in registers]           # every one is valid
    assert {p.kind for p in parsed} == {"person", "organisation"}
    assert len(set(registers)) == len(registers)


def test_demo_cases_carry_no_conflicts_and_nothing_from_the_future(demo_db, clock):
    con = sqlite3.connect(demo_db.path)
    flagged = con.execute("SELECT count(*) FROM cases WHERE conflict").fetchone()[0]
    latest = con.execute("SELECT max(recorded_at) FROM events").fetchone()[0]
    con.close()
    from datetime import datetime

    assert flagged == 0                      # every made-up event follows the one before it
    assert datetime.fromisoformat(latest) <= clock.now()


@pytest.mark.parametrize("instant", [
    "2026-12-01T07:10:00+08:00",      # a working day before the office opens (UTC is still the day before)
    "2026-12-01T09:01:00+08:00",      # a minute after it opens
    "2027-06-11T16:55:00+08:00",      # a Friday afternoon
    "2027-02-08T00:20:00+08:00",      # Tsagaan Sar, just after midnight
])
def test_demo_stores_every_case_asked_for_numbered_without_gaps(tmp_path, instant):
    from caseapp.domain.clock import FixedClock
    from caseapp.services.database import open_database

    clock = FixedClock.parse(instant)
    database = open_database(tmp_path / "demo.sqlite3", clock=clock)
    result = demo.create_demo_workstation(database, cases=800, seed=3)
    database.close()
    con = sqlite3.connect(tmp_path / "demo.sqlite3")
    numbers = [row[0] for row in con.execute("SELECT case_number FROM cases")]
    latest_registration = con.execute("SELECT max(registered_at) FROM cases").fetchone()[0]
    con.close()
    assert result.cases == 800 and len(numbers) == 800
    by_year: dict[str, list[int]] = {}
    for number in numbers:                       # UB-BZD-2026-01-000123
        year, seq = number.split("-")[2], int(number.split("-")[-1])
        by_year.setdefault(year, []).append(seq)
    for year, seqs in by_year.items():
        assert sorted(seqs) == list(range(1, len(seqs) + 1)), year
    assert datetime.fromisoformat(latest_registration) <= clock.now()


def test_demo_data_is_refused_on_a_real_office(db):
    from caseapp.errors import ConflictError
    from tests.helpers import event_count

    before = event_count(db)
    with pytest.raises(ConflictError) as refused:
        demo.generate(db, cases=10)
    assert "demo" in str(refused.value) and refused.value.field == "db"
    assert event_count(db) == before


def _stored_cases(path) -> int:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT count(*) FROM cases").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_the_demo_worker_ends_with_its_killed_parent(tmp_path):
    """``caseapp demo`` of many cases makes them up in a second process; a kill -9 of the command must not
    leave that process running (an orphan eating a core of the office PC)."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from tests.integration.test_cli import ROOT

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = subprocess.Popen([sys.executable, "-m", "caseapp", "demo", "--db", str(tmp_path / "big.sqlite3"),
                                "--cases", "60000"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def children() -> list[int]:
        found = []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    status = open(f"/proc/{entry}/status", encoding="utf-8").read()
                except OSError:
                    continue
                if f"\nPPid:\t{command.pid}\n" in status:
                    found.append(int(entry))
        return found

    deadline = time.monotonic() + 120
    workers: list[int] = []
    while time.monotonic() < deadline and not workers:
        # the spawn context starts a resource tracker first; the worker runs the demo's _produce
        workers = [pid for pid in children()
                   if b"multiprocessing" in open(f"/proc/{pid}/cmdline", "rb").read()
                   and b"resource_tracker" not in open(f"/proc/{pid}/cmdline", "rb").read()]
        time.sleep(0.2)
    assert workers, "the demo never started its worker process"
    while time.monotonic() < deadline and not _stored_cases(tmp_path / "big.sqlite3"):
        time.sleep(0.2)                          # the worker is past its start-up and making the next chunk
    command.send_signal(signal.SIGKILL)
    command.wait(10)
    gone_by = time.monotonic() + 15
    while time.monotonic() < gone_by and any(os.path.exists(f"/proc/{pid}") and
                                              "State:\tZ" not in open(f"/proc/{pid}/status").read()
                                              for pid in workers):
        time.sleep(0.2)
    alive = [pid for pid in workers if os.path.exists(f"/proc/{pid}")
             and "State:\tZ" not in open(f"/proc/{pid}/status").read()]
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    assert not alive, "the worker outlived its parent"
