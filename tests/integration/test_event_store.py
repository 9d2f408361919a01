"""Appending and ingesting events keeps the projections equal to the fold of the log."""

from __future__ import annotations

from datetime import date, timedelta
import sqlite3

from hypothesis import HealthCheck, given, settings, strategies as st
import pytest
from sqlalchemy import select

from caseapp.domain.events import CALENDAR, CASE
from caseapp.domain.hlc import Timestamp
from caseapp.errors import StorageError
from caseapp.services.database import open_database
from caseapp.services.maintenance import check, rebuild
from caseapp.services.setup import initialise
from caseapp.storage.eventlog import EventWriter
from caseapp.storage.models import CaseRow, CitizenRow
from tests.conftest import ADMIN_PASSWORD
from tests.helpers import Node, citizen_event, new_id, register_event


def projection(database) -> dict:
    with database.uow() as uow:
        cases = [dict(r._mapping) for r in uow.conn.execute(select(CaseRow.__table__).order_by("case_id"))]
        citizens = [dict(r._mapping) for r in uow.conn.execute(select(CitizenRow.__table__).order_by("citizen_id"))]
    return {"cases": cases, "citizens": citizens}


def ingest(database, events) -> None:
    with database.uow(write=True) as uow:
        writer = EventWriter(uow.conn, uow.clock)
        writer.ingest(events)
        writer.flush()
        uow.commit()


def two_node_history():
    """Two workstations of the office worked one case offline; each event is ingested one by one."""
    a, b = Node("UB-BZD", 2), Node("UB-BZD", 3, start_ms=1_780_000_000_300)
    case_id, citizen_id = new_id(), new_id()
    events = [citizen_event(a, citizen_id), register_event(a, case_id, citizen_id)]
    events.append(a.event(CASE, case_id, "case.started", {}, 1))
    events.append(b.event(CASE, case_id, "case.paused", {"on": "2026-06-15", "reason": "Иргэн ирээгүй"}, 2))
    events.append(a.event(CASE, case_id, "case.note_added", {"text": "<b>тэмдэглэл</b> 'OR 1=1; --"}, 2))
    events.append(b.event(CASE, case_id, "case.resumed", {"on": "2026-06-22"}, 3))
    events.append(a.event(CASE, case_id, "case.assigned", {"assignee": "clerk-a"}, 3))
    events.append(b.event(CASE, case_id, "case.assigned", {"assignee": "clerk-b"}, 3))   # conflict
    events.append(a.event(CASE, case_id, "case.extended", {"days": 5, "reason": "шинжээч"}, 5))
    return case_id, events


def fresh(tmp_path, name):
    database = open_database(tmp_path / f"{name}.sqlite3")
    initialise(database, office_code="UB-BZD", node_no=1, admin_username="admin", admin_password=ADMIN_PASSWORD)
    return database


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(9)))
def test_any_arrival_order_gives_the_same_projections(tmp_path_factory, order):
    case_id, events = two_node_history()
    reference = fresh(tmp_path_factory.mktemp("ref"), "ref")
    ingest(reference, events)
    shuffled = fresh(tmp_path_factory.mktemp("perm"), "perm")
    for index in order:                      # one transaction per arriving event: late events refold
        ingest(shuffled, [events[index]])
    expected = projection(reference)
    assert projection(shuffled) == expected
    case = expected["cases"][0]
    assert case["conflict"] and "concurrent_assignee" in case["conflict_details"]
    rebuild(shuffled)
    assert projection(shuffled) == expected
    assert check(shuffled).ok
    reference.close()
    shuffled.close()


def test_ingest_is_idempotent_and_rejects_tampered_events(db):
    _, events = two_node_history()
    ingest(db, events)
    ingest(db, events)                       # the same batch again (a retried sync)
    with db.uow() as uow:
        count = uow.conn.exec_driver_sql("SELECT count(*) FROM events WHERE node_id LIKE 'UB-BZD-0_' "
                                         "AND node_id != 'UB-BZD-01'").scalar()
    assert count == len(events)
    a = Node("UB-BZD", 4)
    forged = citizen_event(a, new_id())
    object.__setattr__(forged, "payload", {**forged.payload, "given_name": "Хуурамч"})
    with pytest.raises(StorageError):
        ingest(db, [forged])


def test_local_appends_chain_and_project(db):
    case_id, citizen_id = new_id(), new_id()
    with db.uow(write=True) as uow:
        writer = EventWriter(uow.conn, uow.clock)
        first = writer.append("citizen", citizen_id, "citizen.registered", {
            "kind": "person", "register_no": "ӨҮ00210101", "family_name": "Өлзийн", "given_name": "Үүрцайх",
            "birth_date": "2000-01-01"}, user_id=None)
        second = writer.append(CASE, case_id, "case.registered", {
            "number": "UB-BZD-2026-01-000001", "service": "PET-GENERAL", "citizen_id": citizen_id,
            "clock": {"kind": "calendar", "target_days": 30, "roll_forward": True, "max_extension_days": 30},
            "subject": "Газар", "description": "", "channel": "letter",
            "registered_at": "2026-06-12T02:00:00+00:00", "registered_on": "2026-06-12", "assignee": None},
            user_id=None)
        writer.flush()
        uow.commit()
    assert second.prev_hash == first.hash and second.node_seq == first.node_seq + 1
    with db.uow() as uow:
        row = uow.conn.execute(select(CaseRow.__table__).where(CaseRow.__table__.c.case_id == case_id)).one()
        found = uow.conn.exec_driver_sql(
            "SELECT c.given_name FROM citizens_fts f JOIN citizens c ON c.rowid = f.rowid "
            "WHERE citizens_fts MATCH 'үүрцайх'").scalars().all()
    assert row.due_date == date(2026, 7, 16)          # the Naadam example of docs/architecture.md §12
    assert found == ["Үүрцайх"]                       # FTS folds Ү/ү
    assert check(db).ok


def test_a_calendar_override_moves_open_due_dates(db):
    case_id, citizen_id = new_id(), new_id()
    a = Node("UB-BZD", 2)
    ingest(db, [citizen_event(a, citizen_id), register_event(a, case_id, citizen_id, on="2026-11-02")])
    with db.uow() as uow:
        before = uow.conn.execute(select(CaseRow.__table__.c.due_date)).scalar_one()
    # a decreed day off on the due date itself pushes it to the next working day
    with db.uow(write=True) as uow:
        writer = EventWriter(uow.conn, uow.clock)
        writer.append(CALENDAR, "MN", "calendar.day_set",
                      {"date": before.isoformat(), "kind": "day_off", "reason": "Засгийн газрын тогтоол"},
                      user_id=None)
        writer.flush()
        uow.commit()
    with db.uow() as uow:
        after = uow.conn.execute(select(CaseRow.__table__.c.due_date)).scalar_one()
    assert before == date(2026, 12, 2) and after == date(2026, 12, 3)
    assert check(db).ok


def test_a_failed_unit_of_work_leaves_nothing(db):
    with db.uow() as uow:
        events_before = uow.conn.exec_driver_sql("SELECT count(*) FROM events").scalar()
    with pytest.raises(RuntimeError):
        with db.uow(write=True) as uow:
            writer = EventWriter(uow.conn, uow.clock)
            writer.append("citizen", new_id(), "citizen.registered", {"kind": "person", "family_name": "А",
                                                                      "given_name": "Б"}, user_id=None)
            writer.flush()
            raise RuntimeError("power cut before commit")
    with db.uow() as uow:
        assert uow.conn.exec_driver_sql("SELECT count(*) FROM events").scalar() == events_before
        assert uow.conn.exec_driver_sql("SELECT count(*) FROM citizens").scalar() == 0
    assert check(db).ok


def test_check_catches_a_hand_corrupted_projection_and_a_broken_chain(demo_db):
    assert check(demo_db).ok
    path = demo_db.path
    raw = sqlite3.connect(path)
    raw.execute("UPDATE cases SET state='closed', due_date='2030-01-01' "
                "WHERE rowid = (SELECT min(rowid) FROM cases WHERE state != 'closed')")
    raw.commit()
    report = check(demo_db)
    assert not report.ok
    assert any("differ from the log" in p and "state" in p for p in report.problems)
    rebuild(demo_db)
    assert check(demo_db).ok
    raw.execute("UPDATE events SET payload = replace(payload, 'approved', 'rejected') "
                "WHERE seq = (SELECT min(seq) FROM events WHERE kind='case.decided' "
                "AND payload LIKE '%approved%')")
    raw.commit()
    raw.close()
    report = check(demo_db)
    assert any("does not match its hash" in p for p in report.problems)


def test_deleting_an_event_breaks_the_local_chain(demo_db):
    raw = sqlite3.connect(demo_db.path)
    raw.execute("DELETE FROM events WHERE seq = (SELECT seq FROM events WHERE kind='case.note_added' LIMIT 1)")
    raw.commit()
    raw.close()
    report = check(demo_db)
    assert any("missing" in p for p in report.problems)


def every_projection(database) -> dict:
    """Every projection table, row by row, in key order."""
    tables = {"cases": "case_id", "citizens": "citizen_id", "documents": "doc_id", "offices": "code",
              "service_types": "code", "users": "user_id", "calendar_overrides": "day"}
    with database.uow() as uow:
        return {table: [dict(r._mapping) for r in uow.conn.exec_driver_sql(
            f"SELECT * FROM {table} ORDER BY {key}")] for table, key in tables.items()}


def test_incremental_projections_equal_rebuild(demo_db, tmp_path):
    """The live path -- one event stored, then its stream refolded, event after event, in an order where
    registrations, citizens and calendar changes often come late -- gives the rows a rebuild from the log gives."""
    import random

    from caseapp.storage.eventlog import create_node
    from caseapp.storage.event_rows import EVENTS, row_to_event

    with demo_db.uow() as uow:
        events = [row_to_event(r) for r in uow.conn.execute(select(EVENTS).order_by(EVENTS.c.seq))]
    every_case = sorted({e.stream_id for e in events if e.stream == CASE})       # in order of registration
    cases = sorted(set(every_case[:-50:15] + every_case[-50:]))                  # all years, and the open ones
    chosen = [e for e in events if e.stream != CASE or e.stream_id in cases]
    random.Random(7).shuffle(chosen)
    replay = open_database(tmp_path / "replay.sqlite3")
    with replay.uow(write=True) as uow:
        create_node(uow.conn, "UB-BZD", 9, uow.clock)
        uow.commit()
    with replay.uow(write=True) as uow:
        for event in chosen:
            writer = EventWriter(uow.conn, uow.clock)
            assert writer.ingest([event]) == 1
            writer.flush()                   # refolds this event's stream (a calendar day: the open due dates)
        uow.commit()
    open_due = max(c["due_date"] for c in every_projection(replay)["cases"] if c["due_date"])
    with replay.uow(write=True) as uow:      # a day off decreed on the latest due date moves open cases on
        writer = EventWriter(uow.conn, uow.clock)
        writer.append(CALENDAR, "MN", "calendar.day_set", {"date": open_due, "kind": "day_off",
                                                           "reason": "тогтоол"}, user_id=None)
        writer.flush()
        uow.commit()
    incremental = every_projection(replay)
    assert open_due not in {c["due_date"] for c in incremental["cases"]}
    assert len(incremental["cases"]) == len(cases) > 100 and incremental["calendar_overrides"]
    assert sum(bool(c["due_date"]) for c in incremental["cases"]) > 50
    rebuild(replay)
    assert every_projection(replay) == incremental
    # and, but for the decreed day, the same rows as the demo's bulk load folded for those cases
    bulk = {c["case_id"]: c for c in every_projection(demo_db)["cases"]}
    moved = [c for c in incremental["cases"] if c != bulk[c["case_id"]]]
    assert moved and all(bulk[c["case_id"]]["due_date"] == open_due for c in moved)
    assert all({**c, "due_date": open_due} == bulk[c["case_id"]] for c in moved)
    replay.close()


def test_bulk_loaded_demo_projections_equal_rebuild(demo_db):
    before = projection(demo_db)
    rebuild(demo_db)
    assert projection(demo_db) == before
    with demo_db.uow() as uow:
        hlc = uow.conn.exec_driver_sql("SELECT max(hlc) FROM events").scalar()
        head = uow.conn.exec_driver_sql("SELECT hlc_last FROM node").scalar()
    assert Timestamp.parse(head) >= Timestamp.parse(hlc)   # new events sort after the history


def test_an_event_already_held_takes_the_servers_acknowledgement(db):
    """Ingest skipped events it already held, so a push could never be acknowledged."""
    from dataclasses import replace

    from caseapp.storage.eventlog import pending_count

    node = Node("UB-BZD", 5)
    events = [citizen_event(node, new_id()), citizen_event(node, new_id(), given="Сараа")]
    ingest(db, events)
    with db.uow() as uow:
        assert pending_count(uow.conn, node.head.node_id) == 2
    ingest(db, [replace(events[0], server_seq=101)])             # the server's answer, on the next pull
    with db.uow() as uow:
        stored = uow.conn.exec_driver_sql("SELECT server_seq FROM events WHERE event_id = ?",
                                          (events[0].event_id,)).scalar()
        assert stored == 101 and pending_count(uow.conn, node.head.node_id) == 1


def test_a_forged_event_with_a_recomputed_hash_or_a_forked_chain_is_refused(db):
    """Only each event's own hash was checked: a forged event whose hash was recomputed was accepted."""
    from caseapp.domain.events import Event

    node = Node("UB-BZD", 6)
    first, second = citizen_event(node, new_id()), citizen_event(node, new_id(), given="Сараа")
    ingest(db, [first, second])
    # a third event that claims to follow the second but does not link to it (its hash is its own, recomputed)
    forger = Node("UB-BZD", 6)
    for _ in range(2):
        citizen_event(forger, new_id(), given="Хуурамч")        # a chain of its own up to #2
    forged: Event = citizen_event(forger, new_id(), given="Хуурамч")
    assert forged.compute_hash() == forged.hash and forged.node_seq == 3
    with pytest.raises(StorageError) as refused:
        ingest(db, [forged])
    assert refused.value.key == "storage.chain_link"
    # a copy of the workstation's database that went on writing: another event #2
    fork = Node("UB-BZD", 6)
    fork.head.node_seq, fork.head.last_hash = first.node_seq, first.hash
    with pytest.raises(StorageError) as forked:
        ingest(db, [citizen_event(fork, new_id(), given="Хуулбар")])
    assert forked.value.key == "storage.forked_chain"
    with db.uow() as uow:
        assert uow.conn.exec_driver_sql("SELECT count(*) FROM events WHERE node_id = ?",
                                        (node.head.node_id,)).scalar() == 2


def test_an_offline_assignment_the_other_workstation_never_saw_is_flagged_on_both(db, tmp_path):
    """B assigns a case offline; A starts it and then assigns it, never having seen B's assignment. Counting
    the events each author had seen (base_version) missed this; what each had seen per node does not."""
    from caseapp.domain.clock import FixedClock
    from caseapp.domain.fold import fold_case
    from caseapp.storage.event_rows import load_stream
    from tests.conftest import TEST_NOW

    earlier = FixedClock.parse(TEST_NOW)
    earlier.advance(-timedelta(minutes=1))          # B's assignment sorts before A's start
    other = open_database(tmp_path / "b.sqlite3", clock=earlier)
    initialise(other, office_code="UB-BZD", node_no=2, admin_username="admin", admin_password=ADMIN_PASSWORD)
    try:
        a = Node("UB-BZD", 7)
        citizen_id, case_id = new_id(), new_id()
        ingest(db, [citizen_event(a, citizen_id), register_event(a, case_id, citizen_id)])
        with db.uow() as uow:
            shared = load_stream(uow.conn, "citizen", citizen_id) + load_stream(uow.conn, CASE, case_id)
        ingest(other, shared)                                       # both workstations hold the registration

        def write(database, kind, payload):
            with database.uow(write=True) as uow:
                writer = EventWriter(uow.conn, uow.clock)
                event = writer.append(CASE, case_id, kind, payload, user_id=None)
                writer.flush()
                uow.commit()
            return event

        by_b = write(other, "case.assigned", {"assignee": "user-b"})     # offline at B
        write(db, "case.started", {})
        by_a = write(db, "case.assigned", {"assignee": "user-a"})        # A never saw B's assignment
        assert by_a.seen == {"UB-BZD-07": 1, "UB-BZD-01": 1} and by_b.seen == {"UB-BZD-07": 1}
        ingest(db, [by_b])
        with db.uow() as uow:
            events = load_stream(uow.conn, CASE, case_id)
        ingest(other, [e for e in events if e.node_id == "UB-BZD-01"])
        for database in (db, other):
            with database.uow() as uow:
                state = fold_case(case_id, load_stream(uow.conn, CASE, case_id))
                flag = uow.conn.exec_driver_sql("SELECT conflict FROM cases WHERE case_id = ?", (case_id,)).scalar()
            assert "concurrent_assignee" in [c["reason"] for c in state.conflicts] and flag == 1
            assert check(database).ok
    finally:
        other.close()


def test_two_workstations_that_each_made_an_admin_meet_by_sync_flagged_and_nobody_signs_in_as_it(db, tmp_path):
    """Two nodes that each created user "admin" made ingest fail on the projection's unique user name."""
    from caseapp.domain.clock import FixedClock
    from caseapp.errors import PermissionDenied
    from caseapp.services import users
    from caseapp.storage.event_rows import load_stream
    from tests.conftest import TEST_NOW

    other = open_database(tmp_path / "b.sqlite3", clock=FixedClock.parse(TEST_NOW))
    initialise(other, office_code="UB-BZD", node_no=2, admin_username="admin", admin_password="Өөр-админ-нууц-2")
    try:
        theirs = users.actor_for(other, "admin")
        with other.uow() as uow:
            their_admin = load_stream(uow.conn, "user", theirs.user_id)
        ingest(db, their_admin)                                   # no failed ingest
        with db.uow() as uow:
            flagged = uow.conn.exec_driver_sql("SELECT count(*) FROM users WHERE username = 'admin' "
                                               "AND conflict = 1").scalar()
        assert flagged == 2
        for password in (ADMIN_PASSWORD, "Өөр-админ-нууц-2"):       # neither can act in the other's name
            with pytest.raises(PermissionDenied) as refused:
                users.login(db, "admin", password)
            assert refused.value.key == "login.name_clash"
        assert check(db).ok                                       # the flag is what a fresh fold gives
        rebuild(db)
        assert check(db).ok
        with db.uow() as uow:
            assert uow.conn.exec_driver_sql("SELECT count(*) FROM users WHERE conflict = 1").scalar() == 2
    finally:
        other.close()
