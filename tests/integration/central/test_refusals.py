"""What the central server refuses, each with its reason, and that nothing else is affected: a tampered event, a
forked chain, a revoked token, an expired or reused enrollment code, a non-owner's state change, an oversized
batch or body, a malformed event."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select

from caseapp.domain.clock import SYSTEM_CLOCK, FixedClock
from caseapp.domain.events import CASE
from caseapp.domain.wire import to_wire
from caseapp.errors import SyncError
from caseapp.services import central, queries, sync, users, workflow
from caseapp.services.database import open_database
from caseapp.services.maintenance import check
from caseapp.storage.event_rows import EVENTS, load_stream
from caseapp.storage.eventlog import EventWriter, outbox
from tests.conftest import TEST_NOW, copy_database
from tests.integration.central.conftest import rehash_from, two_offices


def own_outbox(station) -> list:
    with station.db.uow() as uow:
        return outbox(uow.conn, station.node_id, limit=1000)


def server_count(server, sql: str) -> int:
    with server.store() as store, store.uow() as uow:
        return int(uow.conn.exec_driver_sql(sql).scalar())


def test_a_tampered_event_is_refused_and_the_honest_log_still_syncs(server, workstations):
    a1 = workstations("a1")
    workstations.enroll(a1, server)
    a1.register("Жинхэнэ хүсэлт")
    events = [to_wire(e) for e in own_outbox(a1)]
    events[0]["payload"] = {**events[0]["payload"], "family_name": "Хуурамч"}      # content changed, hash kept
    before = server_count(server, "SELECT count(*) FROM events")
    with sync.client_for(a1.db) as client:
        results = client.push(events)["results"]
    assert [r["reason"] for r in results] == ["event.tampered", "event.chain_gap"]
    assert server_count(server, "SELECT count(*) FROM events") == before
    # the workstation's own, untouched events go through afterwards
    assert a1.sync().pushed == 2
    assert check(a1.db).ok and sync.verify(a1.db).same


def test_an_event_id_another_workstation_holds_is_refused_and_nothing_else_changes(server, workstations):
    a1, b1 = two_offices(server, workstations)
    a1.register("Эхний хэрэг")
    a1.sync()
    assert own_outbox(a1) == []                # all of a1's events are on the server
    with a1.db.uow() as uow:
        held_id, held_hash = uow.conn.exec_driver_sql(
            "SELECT event_id, hash FROM events WHERE node_id = ? ORDER BY node_seq LIMIT 1", (a1.node_id,)).one()
    b1.register("Хоёр дахь хэрэг", register_no="УБ88010112")
    first = own_outbox(b1)[0]
    with b1.db.uow(write=True) as uow:        # b1's next event carries a1's id, its chain re-hashed to match
        uow.conn.exec_driver_sql("UPDATE events SET event_id = ? WHERE event_id = ?", (held_id, first.event_id))
        rehash_from(uow.conn, b1.node_id, first.node_seq)
        uow.commit()
    events = [to_wire(e) for e in own_outbox(b1)]
    before = server_count(server, "SELECT count(*) FROM events")
    with sync.client_for(b1.db) as client:
        results = client.push(events)["results"]
    assert [r["reason"] for r in results] == ["event.hash_differs"] + ["event.chain_gap"] * (len(events) - 1)
    assert server_count(server, "SELECT count(*) FROM events") == before
    with server.store() as store, store.uow() as uow:
        node, digest = uow.conn.execute(select(EVENTS.c.node_id, EVENTS.c.hash)
                                        .where(EVENTS.c.event_id == held_id)).one()
    assert (node, bytes(digest)) == (a1.node_id, bytes(held_hash))
    a1.register("Дараагийн хэрэг")                  # the owner of the id goes on as before
    assert a1.sync().pushed == 2


def test_a_copied_database_that_went_on_writing_is_told_to_enroll_as_new(server, workstations, tmp_path):
    a1 = workstations("a1")
    workstations.enroll(a1, server)
    a1.register("Өмнөх хэрэг")
    a1.sync()
    copy_path = tmp_path / "copy.sqlite3"
    copy_database(a1.path, copy_path)
    a1.register("Эх ажлын байрны хэрэг")
    a1.sync()
    copy = open_database(copy_path, clock=FixedClock.parse(TEST_NOW))
    try:
        assert len(queries.list_cases(copy)) == 1
        form = workflow.IntakeForm(register_no="УБ88010112", service_code="PET-GENERAL", subject="Хуулбар дээрх",
                                   family_name="Дорж", given_name="Сүх", new_citizen_confirmed=True)
        workflow.register_case(copy, users.actor_for(copy, "clerk1"), form)
        with pytest.raises(SyncError) as refused:
            sync.sync(copy, language="en")
        assert refused.value.key == "sync.forked"
        assert "Enroll this workstation as a new one" in refused.value.render("en")
        assert len(queries.list_cases(copy)) == 2                  # nothing of the copy's was deleted
        assert sync.status(copy).last_error is not None
    finally:
        copy.close()
    # the original goes on as before
    a1.register("Дараагийн хэрэг")
    assert a1.sync().pushed == 2


def test_a_second_init_of_the_same_node_cannot_enroll(server, workstations):
    workstations.enroll(workstations("a1", "UB-BZD", 1), server)
    twin = workstations("twin", "UB-BZD", 1)
    with pytest.raises(SyncError) as refused:
        workstations.enroll(twin, server)
    assert refused.value.details["code"] == "enroll.node_enrolled"
    assert "Enroll this workstation as a new one" in refused.value.render("en")


def test_a_revoked_workstation_is_refused_and_the_others_go_on(server, workstations):
    a1 = workstations("a1")
    workstations.enroll(a1, server)
    a2 = workstations.enroll_new("a2", server)
    with server.store() as store:
        central.revoke(store, a2.node_id)
    with pytest.raises(SyncError) as refused:
        a2.sync()
    assert refused.value.details == {"code": "sync.token_revoked", "status": 401}
    assert "revoked" in refused.value.render("en")
    a1.register()
    assert a1.sync().pushed == 2


def test_enrollment_codes_expire_and_work_once(server, workstations, tmp_path):
    past = FixedClock.parse(TEST_NOW)
    past.set(SYSTEM_CLOCK.now() - timedelta(hours=25))
    expired = server.code("UB-BZD", clock=past)
    target = tmp_path / "late.sqlite3"
    with pytest.raises(SyncError) as refused:
        sync.enroll(target, server.url, expired, clock=FixedClock.parse(TEST_NOW), language="en")
    assert refused.value.details["code"] == "enroll.code_expired"
    assert not target.exists()                                   # no half-made workstation left behind

    code = server.code("UB-BZD")
    sync.enroll(tmp_path / "first.sqlite3", server.url, code, clock=FixedClock.parse(TEST_NOW), language="en")
    with pytest.raises(SyncError) as again:
        sync.enroll(tmp_path / "second.sqlite3", server.url, code.lower().replace("-", " "),
                    clock=FixedClock.parse(TEST_NOW), language="en")
    assert again.value.details["code"] == "enroll.code_used"
    with pytest.raises(SyncError) as unknown:
        sync.enroll(tmp_path / "third.sqlite3", server.url, "AAAA-BBBB-CCCC", clock=FixedClock.parse(TEST_NOW))
    assert unknown.value.details["code"] == "enroll.code_unknown"
    assert "бүртгэлийн код" in unknown.value.render("mn")             # the server answered in Mongolian


def another_office_starts_a_copy(owner, other, case) -> None:
    """The other office somehow holds the case (a leaked copy) and its clerk starts it, bypassing the desktop."""
    with owner.db.uow() as uow:
        history = load_stream(uow.conn, CASE, case.case_id)
    with other.db.uow(write=True) as uow:
        writer = EventWriter(uow.conn, uow.clock)
        writer.ingest(history)
        writer.append(CASE, case.case_id, "case.started", {}, user_id=other.actor("clerk1").user_id)
        writer.flush()
        uow.commit()


def test_another_office_cannot_change_a_case_it_does_not_own(server, workstations):
    a1, b1 = two_offices(server, workstations)
    case = a1.register()
    a1.sync()
    another_office_starts_a_copy(a1, b1, case)
    b1.register("Өөрийн хэрэг")                                      # and goes on with its own work
    report = b1.sync()
    assert (report.refused, report.pushed) == (1, 2)
    status = sync.status(b1.db)
    assert [r.reason for r in status.refused] == ["case.other_office"] and status.pending == 0
    a1.sync()
    assert queries.get_case(a1.db, case.case_number).state == "registered"
    with server.store() as store:
        central.fold_pending(store)
        with store.uow() as uow:
            state = uow.conn.exec_driver_sql(f"SELECT state FROM cases WHERE case_id = '{case.case_id}'").scalar()
    assert state == "registered"
    assert b1.sync().refused == 0                                    # not sent again


def test_oversized_and_malformed_requests_are_refused_with_their_reason(server, workstations):
    a1 = workstations("a1")
    workstations.enroll(a1, server)
    with sync.client_for(a1.db, language="en") as client:
        with pytest.raises(SyncError) as big:
            client.push([{"event_id": str(i)} for i in range(central.MAX_PUSH_EVENTS + 1)])
        assert big.value.details == {"code": "sync.batch_too_large", "status": 422}
        results = client.push([{"event_id": "x", "junk": 1}, {"event_id": "y", "payload": []}])["results"]
        assert [r["reason"] for r in results] == ["malformed.junk", "malformed.payload"]
        nul = client.push([{"event_id": "z", "stream": "case\x00", "stream_id": "\x00"}])["results"]
        assert [r["reason"] for r in nul] == ["malformed.payload"]          # refused, not a database error
        with pytest.raises(SyncError) as not_object:
            client.push(["not an object"])
        assert not_object.value.details["code"] == "request.invalid"
        assert "events.0" in not_object.value.render("en")
        with pytest.raises(SyncError) as bad_cursor:
            client.pull(-1, 0)
        assert bad_cursor.value.details["code"] == "request.invalid"
    with sync.client_for(a1.db) as client:
        token = client._http.headers["Authorization"]
    huge = httpx.post(f"{server.url}/v1/sync/push", content=b"{" + b" " * (9 * 1024 * 1024) + b"}",
                      headers={"Authorization": token, "Content-Type": "application/json",
                               "Accept-Language": "en"}, timeout=60)
    assert huge.status_code == 413 and huge.json()["error"]["code"] == "sync.body_too_large"
    anonymous = httpx.get(f"{server.url}/v1/sync/pull", headers={"Accept-Language": "mn"})
    assert anonymous.status_code == 401 and anonymous.json()["error"]["code"] == "sync.token_missing"
    assert "токен" in anonymous.json()["error"]["message"]
    a1.register()
    assert a1.sync().pushed == 2                                       # none of it changed anything


def test_an_oversized_event_is_refused_alone(server, workstations):
    a1 = workstations("a1")
    workstations.enroll(a1, server)
    case = a1.register()
    with a1.db.uow(write=True) as uow:            # past the desktop's own limits: written straight to the log
        writer = EventWriter(uow.conn, uow.clock)
        writer.append(CASE, case.case_id, "case.note_added", {"text": "ж" * 40_000},
                      user_id=a1.actor("clerk1").user_id)
        writer.flush()
        uow.commit()
    a1.register("Дараагийн хэрэг", register_no="УБ88010112")
    report = a1.sync()
    assert (report.pushed, report.refused) == (4, 1)
    assert [r.reason for r in sync.status(a1.db).refused] == ["event.too_large"]
