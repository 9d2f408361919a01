"""The reference offices and service catalogue are the same events on every node, so sync keeps one of each.

Before, every ``init`` wrote its own office.defined / service.defined events: after two workstations exchanged
their events, all 32 offices and 39 services were flagged ``created_twice``."""

from __future__ import annotations

import sqlite3

from caseapp.domain.clock import FixedClock
from caseapp.services import maintenance
from caseapp.services.database import open_database
from caseapp.services.setup import REFERENCE_NODE, initialise
from caseapp.storage.event_rows import row_to_event
from caseapp.storage.eventlog import EventWriter
from caseapp.storage.models import EventRow, table_of
from tests.conftest import ADMIN_PASSWORD, TEST_NOW

EVENTS = table_of(EventRow)


def office(path, code: str, node: int, instant: str):
    db = open_database(path, clock=FixedClock.parse(instant))
    initialise(db, office_code=code, node_no=node, admin_username="admin", admin_password=ADMIN_PASSWORD)
    return db


def reference_of(db) -> list:
    with db.uow() as uow:
        rows = uow.conn.execute(EVENTS.select().where(EVENTS.c.node_id == REFERENCE_NODE)
                                .order_by(EVENTS.c.node_seq)).all()
    return [row_to_event(r) for r in rows]


def flagged(path) -> int:
    with sqlite3.connect(path) as con:
        return sum(con.execute(f"SELECT count(*) FROM {t} WHERE conflict = 1").fetchone()[0]
                   for t in ("offices", "service_types"))


def test_two_workstations_load_the_same_reference_events_and_exchanging_them_changes_nothing(tmp_path):
    a = office(tmp_path / "a.sqlite3", "UB-BZD", 1, TEST_NOW)
    b = office(tmp_path / "b.sqlite3", "UB-SBD", 2, "2027-03-04T15:20:00+08:00")   # another office, another day
    try:
        ours, theirs = reference_of(a), reference_of(b)
        assert len(ours) == 32 + 39
        assert [(e.event_id, e.hash) for e in ours] == [(e.event_id, e.hash) for e in theirs]
        with a.uow(write=True) as uow:
            writer = EventWriter(uow.conn, uow.clock)
            assert writer.ingest(theirs) == 0                  # sync keeps one of each
            writer.flush()
            uow.commit()
        assert flagged(a.path) == 0
        assert maintenance.check(a).ok and maintenance.check(b).ok
    finally:
        a.close()
        b.close()
