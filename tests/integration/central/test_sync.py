"""Two counters of one office and a third office working as one system through a real central server (its own
process; an SQLite file and PostgreSQL), over HTTP on loopback."""

from __future__ import annotations

import pytest

from caseapp.domain.wire import to_wire
from caseapp.errors import SyncError
from caseapp.services import queries, sync, users, workflow
from caseapp.services.maintenance import check
from caseapp.storage.eventlog import outbox
from tests.integration.central.conftest import STAFF_PASSWORD


def server_events(server) -> list[tuple[str, int]]:
    with server.store() as store, store.uow() as uow:
        return [(r.event_id, r.server_seq) for r in uow.conn.exec_driver_sql(
            "SELECT event_id, server_seq FROM events ORDER BY server_seq")]


def test_three_workstations_two_offices_one_record(server, workstations):
    a1 = workstations("a1", "UB-BZD", 1)
    b1 = workstations("b1", "UB-SBD", 1)
    assert not workstations.enroll(a1, server).created
    assert not workstations.enroll(b1, server).created
    a2 = workstations.enroll_new("a2", server, "UB-BZD")
    assert a2.node_id == "UB-BZD-02"

    case = a1.register("Газрын гэрчилгээ")
    report = a1.sync()
    assert report.pushed == 2 and report.refused == 0           # the citizen and the case
    assert a2.sync().pulled == 2
    seen = queries.get_case(a2.db, case.case_number)
    assert (seen.subject, seen.owner_office, seen.state) == ("Газрын гэрчилгээ", "UB-BZD", "registered")
    # the office's users sign in at any of its counters, with the password set at the first one
    assert users.login(a2.db, "clerk1", STAFF_PASSWORD).office_id == "UB-BZD"

    # the other office sees none of it: not the case, not the citizen, not a password hash
    b1.sync()
    assert b1.count("cases") == 0 and b1.count("citizens") == 0
    assert {u.username for u in users.list_users(b1.db)} == {"admin", "clerk1", "manager1"}

    # work on the second counter reaches the first
    workflow.assign(a2.db, a2.actor("manager1"), case.case_number, a2.actor("manager1").user_id)
    workflow.start(a2.db, a2.actor("manager1"), case.case_number)
    a2.sync()
    a1.sync()
    assert queries.get_case(a1.db, case.case_number).state == "in_progress"

    events = server_events(server)
    assert [seq for _, seq in events] == list(range(1, len(events) + 1))      # dense, no gaps
    assert len({event_id for event_id, _ in events}) == len(events)
    for station in (a1, a2, b1):
        assert check(station.db).ok, check(station.db).problems
        assert sync.verify(station.db, language="en").same


def test_concurrent_edits_are_flagged_on_both_counters(server, workstations):
    a1 = workstations("a1", "UB-BZD", 1)
    users.add_user(a1.db, a1.actor("admin"), username="clerk9", password=STAFF_PASSWORD, role="clerk")
    workstations.enroll(a1, server)
    a2 = workstations.enroll_new("a2", server, "UB-BZD")
    case = a1.register()
    a1.sync()
    a2.sync()
    # both counters reassign the case offline, neither having seen the other's change
    workflow.add_note(a2.db, a2.actor("clerk1"), case.case_number, "Утсаар холбогдсон")
    workflow.assign(a2.db, a2.actor("manager1"), case.case_number, a2.actor("manager1").user_id)
    workflow.assign(a1.db, a1.actor("manager1"), case.case_number, a1.actor("clerk9").user_id)
    a1.sync()
    a2.sync()
    a1.sync()
    here, there = queries.get_case(a1.db, case.case_number), queries.get_case(a2.db, case.case_number)
    assert here.conflict and there.conflict
    assert (here.assignee_id, here.state, here.version) == (there.assignee_id, there.state, there.version)
    assert here.notes_count == there.notes_count == 1                  # the note, concurrent but commutative
    assert check(a1.db).ok and check(a2.db).ok


def test_a_repeated_push_after_a_lost_answer_makes_no_duplicates(server, workstations):
    a1 = workstations("a1", "UB-BZD", 1)
    workstations.enroll(a1, server)
    a1.register()
    # the server commits a push, and its answer never reaches the workstation
    with a1.db.uow() as uow:
        node = uow.conn.exec_driver_sql("SELECT node_id FROM node").scalar()
        events = outbox(uow.conn, node, limit=100)
    with sync.client_for(a1.db) as client:
        first = client.push([to_wire(e) for e in events])["results"]
    assert {r["status"] for r in first} == {"accepted"}
    before = server_events(server)
    report = a1.sync()                                      # sends the same events again, as they are
    assert report.pushed == 0 and report.duplicates == len(events)
    assert server_events(server) == before
    with a1.db.uow() as uow:
        held = dict(uow.conn.exec_driver_sql("SELECT event_id, server_seq FROM events WHERE node_id = ?", (node,)
                                             ).all())
    assert all(held[r["event_id"]] == r["server_seq"] for r in first)
    assert sync.status(a1.db).pending == 0


def test_batches_sent_before_the_answers_are_taken_in_chain_order(server, workstations):
    """A workstation has two batches at the server at once; the later one may be taken up first: it waits for
    the one before it, and both are accepted, numbered in chain order. A batch with a real gap is refused
    as one once the wait is over."""
    import threading
    import time

    a1 = workstations("a1", "UB-BZD", 1)
    workstations.enroll(a1, server)
    for n in range(3):
        a1.register(f"Хүсэлт {n}", register_no=f"УБ9903151{n}")
    with a1.db.uow() as uow:
        node = uow.conn.exec_driver_sql("SELECT node_id FROM node").scalar()
        events = [to_wire(e) for e in outbox(uow.conn, node, limit=100)]
    assert len(events) == 6
    answers: dict[str, list] = {}
    with sync.client_for(a1.db) as client:
        later = threading.Thread(target=lambda: answers.update(later=client.push(events[3:])["results"]))
        later.start()                                         # the second batch first
        time.sleep(0.3)
        answers["earlier"] = client.push(events[:3])["results"]
        later.join(timeout=30)
        again = client.push(events[5:])["results"]           # held already: a duplicate
    results = answers["earlier"] + answers["later"]
    assert [r["status"] for r in results] == ["accepted"] * 6
    assert [r["server_seq"] for r in results] == sorted(r["server_seq"] for r in results)
    assert again[0]["status"] == "duplicate"
    a1.register("Дараагийнх", register_no="УБ88010112")
    with a1.db.uow() as uow:
        new = [to_wire(e) for e in outbox(uow.conn, node, limit=100, after=events[-1]["node_seq"])]
    assert len(new) == 2
    started = time.monotonic()
    with sync.client_for(a1.db) as client:
        skipped = client.push(new[1:])["results"]             # the one before it never sent
    assert [r["reason"] for r in skipped] == ["event.chain_gap"]
    assert time.monotonic() - started >= 1.5                  # refused after the wait, not before
    report = a1.sync()
    assert (report.pushed, report.duplicates) == (2, 6) and sync.status(a1.db).pending == 0


def test_a_pull_cut_off_midway_leaves_the_cursor_behind_the_data(server, workstations):
    a1 = workstations("a1", "UB-BZD", 1)
    workstations.enroll(a1, server)
    for i in range(12):
        a1.register(f"Хүсэлт {i}", register_no=f"УБ990315{i:02d}")
    a1.sync()
    # another counter of the office, enrolled, whose first pull dies after two pages: the server is killed
    station = workstations("a4", "UB-BZD", 4, staff=False)
    sync.enroll(station.path, server.url, server.code("UB-BZD"), clock=station.db.clock, language="en",
                sync_now=False)
    pages = []

    class CutClient(sync.ServerClient):
        def pull(self, after, after_seq, limit=sync.PULL_PAGE):
            if len(pages) == 2:
                server.kill()
            answer = super().pull(after, after_seq, limit)
            pages.append(answer)
            return answer

    with station.db.uow() as uow:
        token = uow.conn.exec_driver_sql("SELECT node_token FROM sync_state").scalar()
    with pytest.raises(SyncError) as cut, CutClient(server.url, token=token, language="en") as client:
        sync.sync(station.db, client=client, pull_page=10)
    assert cut.value.key == "sync.unreachable"
    with station.db.uow() as uow:
        cursor = tuple(uow.conn.exec_driver_sql("SELECT pull_cursor, pull_cursor_seq FROM sync_state").one())
        held = {r[0] for r in uow.conn.exec_driver_sql("SELECT event_id FROM events")}
    assert cursor == (pages[1]["after"], pages[1]["after_seq"])       # what was ingested, and no further
    assert all(e["event_id"] in held for page in pages for e in page["events"])
    assert check(station.db).ok

    server.start()                                                      # back after the power cut
    station.sync()
    with a1.db.uow() as uow:
        everything = {r[0] for r in uow.conn.exec_driver_sql("SELECT event_id FROM events")}
    with station.db.uow() as uow:
        held = {r[0] for r in uow.conn.exec_driver_sql("SELECT event_id FROM events")}
    assert everything <= held
    assert station.count("cases") == 12
    assert sync.verify(station.db, language="en").same and check(station.db).ok


def _append(station, case_id: str, kind: str, payload: dict, username: str) -> None:
    """A case event as the transfer screens will write it (issue 14 brings them; the sync carries it now)."""
    from caseapp.domain.events import CASE
    from caseapp.storage.eventlog import EventWriter

    with station.db.uow(write=True) as uow:
        writer = EventWriter(uow.conn, uow.clock)
        writer.append(CASE, case_id, kind, payload, user_id=station.actor(username).user_id)
        writer.flush()
        uow.commit()


def test_a_case_offered_to_another_office_arrives_with_its_history_and_citizen(server, workstations):
    a1 = workstations("a1", "UB-BZD", 1)
    b1 = workstations("b1", "UB-SBD", 1)
    workstations.enroll(a1, server)
    workstations.enroll(b1, server)
    case = a1.register("Шилжүүлэх хэрэг", family="Ганбат", given="Оюун")
    workflow.add_note(a1.db, a1.actor("clerk1"), case.case_number, "Эхний тэмдэглэл")
    a1.sync()
    b1.sync()
    assert b1.count("cases") == 0                                    # not offered yet: not visible

    _append(a1, case.case_id, "case.transfer_offered", {"to_office": "UB-SBD", "reason": "Харьяалал"}, "manager1")
    a1.sync()
    assert b1.sync().pulled == 4                                      # the citizen, registration, note, offer
    offered = queries.get_case(b1.db, case.case_number)
    assert (offered.owner_office, offered.state, offered.notes_count) == ("UB-BZD", "transferred_out", 1)
    assert offered.citizen_name == "Ганбат Оюун"

    _append(b1, case.case_id, "case.transfer_accepted", {}, "manager1")
    assert b1.sync().pushed == 1
    a1.sync()
    moved = queries.get_case(a1.db, case.case_number)
    assert (moved.owner_office, moved.state) == ("UB-SBD", "registered")
    # the old owner keeps what it had, read-only: its change is refused, and it gets nothing new
    _append(a1, case.case_id, "case.note_added", {"text": "Хоцорсон тэмдэглэл"}, "clerk1")
    assert a1.sync().refused == 1
    workflow.add_note(b1.db, b1.actor("clerk1"), case.case_number, "Шинэ эзний тэмдэглэл")
    b1.sync()
    assert a1.sync().pulled == 0
    assert queries.get_case(b1.db, case.case_number).notes_count == 2
    for station in (a1, b1):
        assert check(station.db).ok and sync.verify(station.db).same


def test_an_office_day_off_reaches_its_counters_only_and_the_centre_folds_it(server, workstations):
    from datetime import date

    from caseapp.services import calendar, central

    a1, b1 = workstations("a1", "UB-BZD", 1), workstations("b1", "UB-SBD", 1)
    for station in (a1, b1):
        workstations.enroll(station, server)
    a2 = workstations.enroll_new("a2", server, "UB-BZD")
    calendar.set_day(a1.db, a1.actor("admin"), date(2026, 12, 24), "day_off", "Дүүргийн Засаг даргын захирамж")
    case = a1.register()
    a1.sync()
    a2.sync()
    b1.sync()
    assert a2.count("calendar_overrides") == 1 and b1.count("calendar_overrides") == 0
    assert queries.get_case(a2.db, case.case_number).due_date == case.due_date
    with server.store() as store:
        central.fold_pending(store)                                # (folded already after the push, or now)
        with store.uow() as uow:
            folded = uow.conn.exec_driver_sql("SELECT count(*) FROM cases").scalar()
            days = uow.conn.exec_driver_sql("SELECT count(*) FROM calendar_overrides").scalar()
            behind = uow.conn.exec_driver_sql("SELECT (SELECT last_seq FROM seq_head) - folded_seq "
                                              "FROM server_state").scalar()
    assert (folded, days, behind) == (1, 1, 0)                     # the centre's projections are current


def test_work_done_offline_before_a_lock_arrived_is_kept(server, workstations):
    a1 = workstations("a1", "UB-BZD", 1)
    workstations.enroll(a1, server)
    a2 = workstations.enroll_new("a2", server, "UB-BZD")
    case = a1.register()
    a1.sync()
    a2.sync()
    workflow.add_note(a2.db, a2.actor("clerk1"), case.case_number, "Хаалтаас өмнө бичсэн")   # offline
    users.set_locked(a1.db, a1.actor("admin"), "clerk1", True)                              # meanwhile
    a1.sync()
    report = a2.sync()
    assert (report.pushed, report.refused) == (1, 0)          # checked at the counter when it was made
    a1.sync()
    assert queries.get_case(a1.db, case.case_number).notes_count == 1
    with pytest.raises(Exception) as locked:
        users.login(a2.db, "clerk1", STAFF_PASSWORD)          # the lock itself reached the other counter
    assert locked.value.key == "login.account_closed"


def _children(pid: int) -> set[int]:
    from pathlib import Path

    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _running(pid: int) -> bool:
    """Alive, not a zombie nobody has reaped yet (a container's first process may never reap)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_the_served_centre_folds_pushes_by_itself_and_its_folder_ends_with_a_killed_server(server, workstations):
    import time

    a1 = workstations("a1", "UB-BZD", 1)
    workstations.enroll(a1, server)
    a1.register()
    a1.sync()
    deadline, state = time.monotonic() + 20, None
    while time.monotonic() < deadline:                 # no fold_pending here: the server's fold process does it
        with server.store() as store, store.uow() as uow:
            state = (uow.conn.exec_driver_sql("SELECT count(*) FROM cases").scalar(),
                     uow.conn.exec_driver_sql("SELECT (SELECT last_seq FROM seq_head) - folded_seq "
                                              "FROM server_state").scalar())
        if state == (1, 0):
            break
        time.sleep(0.2)
    assert state == (1, 0)
    folders = _children(server.process.pid)
    assert folders, "the server runs its fold in a process of its own"
    server.kill()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_running(pid) for pid in folders):
        time.sleep(0.1)
    assert not any(_running(pid) for pid in folders), "the fold process outlived its server"


def test_a_restarted_database_costs_no_sync(postgres_admin_url, tmp_path, workstations):
    """The server's pooled connections die when PostgreSQL restarts (here: every connection to the central
    database ended, as a restart ends them); the next sync is served as if nothing happened."""
    import psycopg
    import time

    from tests.integration.central.conftest import (Server, _plain, drop_postgres_database,
                                                    new_postgres_database)

    url = new_postgres_database(postgres_admin_url)
    server = Server(url, tmp_path).start()
    try:
        a1 = workstations("a1", "UB-BZD", 1)
        workstations.enroll(a1, server)
        a1.register()
        assert a1.sync().pushed == 2
        with psycopg.connect(_plain(postgres_admin_url), autocommit=True) as admin:
            (ended,) = admin.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                     "WHERE datname = %s AND pid <> pg_backend_pid()", (url.rsplit("/", 1)[1],)
                                     ).fetchone()
        assert ended >= 1
        time.sleep(1.5)                            # idle in the pool for longer than a burst's pause
        a1.register("Дараагийн хүсэлт", register_no="УБ88010112")
        report = a1.sync()
        assert report.pushed == 2 and report.refused == 0
        assert a1.sync().pushed == 0
    finally:
        server.stop()
        drop_postgres_database(postgres_admin_url, url)
