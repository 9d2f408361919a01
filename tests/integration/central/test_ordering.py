"""The order guarantees of the central store, on PostgreSQL and SQLite: two pushes racing while a puller polls
never let the puller skip an event (the seq_head row lock), and a model of nodes that register, act, sync and go
offline in any order ends, after a full sync, with every node of an office holding what a fresh fold of the
server's events for that office gives."""

from __future__ import annotations

from functools import reduce
import itertools
import threading
import time

from hypothesis import HealthCheck, settings
import pytest
from hypothesis import strategies as st
from hypothesis.stateful import (RuleBasedStateMachine, initialize, invariant, precondition, rule,
                                 run_state_machine_as_test)
from sqlalchemy import event, select

from caseapp.domain.digests import ZERO, xor
from caseapp.domain.events import CASE
from caseapp.domain.fold import fold_case
from caseapp.domain.wire import to_wire
from caseapp.services import central, sync, workflow
from caseapp.storage.central_models import DIGESTS, FEED, NATIONAL
from caseapp.storage.event_rows import EVENTS
from caseapp.storage.eventlog import outbox
from tests.integration.central.conftest import drop_postgres_database, new_postgres_database


def _device(store, station) -> central.Device:
    code = central.new_enrollment_code(store, station.office).code
    central.enroll(store, code, node_id=station.node_id, office_id=station.office, node_no=station.node_no)
    return central.Device(station.node_id, station.office)


def test_two_racing_pushes_never_let_a_puller_skip(central_url, workstations):
    store = central.open_store(central_url)
    central.initialise(store)
    slow, fast, puller = (workstations(name, "UB-BZD", n) for name, n in (("slow", 1), ("fast", 2), ("puller", 3)))
    for i in range(5):
        slow.register(f"Удаан {i}", register_no=f"УБ990315{i:02d}")
        fast.register(f"Хурдан {i}", register_no=f"УБ880101{i:02d}")
    devices = {s.node_id: _device(store, s) for s in (slow, fast, puller)}
    wire = {}
    for station in (slow, fast):
        with station.db.uow() as uow:
            wire[station.node_id] = [to_wire(e) for e in outbox(uow.conn, station.node_id, 1000)]
    for node_id in wire:                  # each has pushed before: the office's digest is there to be added to
        central.push(store, devices[node_id], wire[node_id][:2])
        wire[node_id] = wire[node_id][2:]
    holding = threading.local()
    allocated = threading.Event()

    @event.listens_for(store.engine, "commit")
    def hold_the_slow_push(conn) -> None:         # the slow push has its seqs and holds its transaction open
        if getattr(holding, "slow", False):
            allocated.set()
            time.sleep(1.0)

    def push(node_id: str) -> None:
        holding.slow = node_id == slow.node_id
        central.push(store, devices[node_id], wire[node_id])

    threads = [threading.Thread(target=push, args=(slow.node_id,))]
    threads[0].start()
    allocated.wait(10)
    threads.append(threading.Thread(target=push, args=(fast.node_id,)))
    threads[1].start()
    seen: list[int] = []
    after = after_seq = 0
    while True:                                   # poll while the pushes race, then until nothing is left
        pushing = any(t.is_alive() for t in threads)
        page = central.pull(store, devices[puller.node_id], after=after, after_seq=after_seq, limit=3)
        seen += [e["server_seq"] for e in page.events]
        after, after_seq = page.after, page.after_seq
        if not page.events and not pushing:
            break
        time.sleep(0.02)
    for t in threads:
        t.join()
    with store.uow() as uow:
        held = [s for (s,) in uow.conn.execute(EVENTS.select().with_only_columns(EVENTS.c.server_seq)
                                               .where(EVENTS.c.node_id.in_(list(wire))))]
    assert sorted(held) == sorted(s for s in seen if s in set(held))       # every pushed event was pulled
    assert set(held) <= set(seen) and len(seen) == len(set(seen))          # none skipped, none twice
    # the push that waited for the lock added to the office's digest as the first one left it
    with store.uow() as uow:
        count, digest = uow.conn.execute(select(DIGESTS.c.count, DIGESTS.c.xor)
                                         .where(DIGESTS.c.office_id == "UB-BZD")).one()
        hashes = [bytes(h) for (h,) in uow.conn.execute(select(EVENTS.c.hash).join(
            FEED, FEED.c.server_seq == EVENTS.c.server_seq).where(FEED.c.office_id == "UB-BZD"))]
    assert (count, bytes(digest)) == (len(hashes), reduce(xor, hashes, ZERO))
    store.close()


# --- the model ------------------------------------------------------------------------------------------------

class ThreadedServer:
    """The real HTTP server (uvicorn) over a store, in a thread of this process: cheap to start per example."""

    def __init__(self, store) -> None:
        import uvicorn

        from caseapp.central.app import create_app
        from tests.integration.central.conftest import free_port

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=self.port,
                                                     log_level="warning", access_log=False))
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        assert self._server.started

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)


NODES = (("a1", "UB-BZD"), ("a2", "UB-BZD"), ("b1", "UB-SBD"))


class SyncMachine(RuleBasedStateMachine):
    """Three nodes (two of one office, one of another) and a server; any order of work, sync and outages."""

    def __init__(self) -> None:
        super().__init__()
        self.stations: dict[str, object] = {}
        self.clients: dict[str, sync.ServerClient] = {}
        self.offline: set[str] = set()
        self.count = 0
        self.run = next(RUNS)

    @initialize()
    def set_up(self) -> None:
        self.store = central.open_store(MACHINE["new_url"](self.run))
        central.initialise(self.store)
        self.server = ThreadedServer(self.store)
        make = MACHINE["workstations"]
        for number, (name, office) in enumerate(NODES, start=1):
            station = make(f"{name}-{self.run}", office, 1 if office == "UB-SBD" else number)
            code = central.new_enrollment_code(self.store, office).code
            sync.enroll(station.path, self.server.url, code, clock=station.db.clock, language="en", sync_now=False)
            self.clients[name] = sync.client_for(station.db, language="en")
            self.stations[name] = station

    def _cases(self, name: str) -> list[str]:
        with self.stations[name].db.uow() as uow:
            office = self.stations[name].office
            return [n for (n,) in uow.conn.exec_driver_sql(
                "SELECT case_number FROM cases WHERE owner_office = ? ORDER BY case_number", (office,))]

    @rule(name=st.sampled_from([n for n, _ in NODES]))
    def register(self, name: str) -> None:
        self.count += 1
        self.stations[name].register(f"Хүсэлт {self.count}", register_no=f"УБ990315{self.count % 100:02d}")

    @rule(name=st.sampled_from([n for n, _ in NODES]), pick=st.integers(0, 50),
          action=st.sampled_from(["start", "note", "assign", "pause"]))
    def act(self, name: str, pick: int, action: str) -> None:
        cases = self._cases(name)
        if not cases:
            return
        station = self.stations[name]
        number = cases[pick % len(cases)]
        clerk, manager = station.actor(f"clerk{station.node_no}"), station.actor(f"manager{station.node_no}")
        try:
            if action == "start":
                workflow.start(station.db, clerk, number)
            elif action == "note":
                workflow.add_note(station.db, clerk, number, f"Тэмдэглэл {pick}")
            elif action == "assign":
                workflow.assign(station.db, manager, number, manager.user_id)
            else:
                workflow.pause(station.db, clerk, number, "Баримт дутуу")
        except Exception as exc:   # noqa: BLE001 - an action its state or role does not allow: refused, as at the desk
            assert type(exc).__name__ in ("ConflictError", "ValidationError", "PermissionDenied"), exc

    @rule(name=st.sampled_from([n for n, _ in NODES]))
    def go_offline_or_back(self, name: str) -> None:
        self.offline ^= {name}

    @precondition(lambda self: len(self.offline) < len(NODES))
    @rule(name=st.sampled_from([n for n, _ in NODES]))
    def sync_node(self, name: str) -> None:
        if name in self.offline:
            return
        report = sync.sync(self.stations[name].db, client=self.clients[name], push_batch=7, pull_page=9)
        assert report.refused == 0

    def full_sync(self) -> None:
        for _ in range(2):
            for name, _ in NODES:
                sync.sync(self.stations[name].db, client=self.clients[name])

    @invariant()
    def nothing_refused(self) -> None:
        for station in self.stations.values():
            assert not sync.status(station.db).refused

    def teardown(self) -> None:
        if self.stations:
            self.full_sync()
            for office in {o for _, o in NODES}:
                expected = self._fold_of_server(office)
                for name, station_office in NODES:
                    if station_office == office:
                        assert self._projection(name) == expected, name
            for client in self.clients.values():
                client.close()
            self.server.stop()
            self.store.close()

    def _fold_of_server(self, office: str) -> dict[str, tuple]:
        central.fold_pending(self.store)
        with self.store.uow() as uow:
            rows = uow.conn.execute(
                EVENTS.select().join(FEED, FEED.c.server_seq == EVENTS.c.server_seq)
                .where(FEED.c.office_id.in_((office, NATIONAL)), EVENTS.c.stream == CASE)).all()
        from caseapp.storage.event_rows import row_to_event

        streams: dict[str, list] = {}
        for row in rows:
            e = row_to_event(row)
            streams.setdefault(e.stream_id, []).append(e)
        return {case_id: self._key(fold_case(case_id, events)) for case_id, events in streams.items()}

    @staticmethod
    def _key(state) -> tuple:
        return (state.number, state.state, state.assignee, state.version, bool(state.conflicts), state.notes,
                state.owner_office)

    def _projection(self, name: str) -> dict[str, tuple]:
        with self.stations[name].db.uow() as uow:
            rows = uow.conn.exec_driver_sql(
                "SELECT case_id, case_number, state, assignee_id, version, conflict, notes_count, owner_office "
                "FROM cases").all()
        return {r[0]: (r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7]) for r in rows}


MACHINE: dict = {}
RUNS = itertools.count()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_any_order_of_work_sync_and_outages_ends_in_one_record(backend, request, tmp_path, workstations):
    made: list[str] = []
    if backend == "postgresql":
        admin = request.getfixturevalue("postgres_admin_url")

        def new_url(run: int) -> str:
            made.append(new_postgres_database(admin))
            return made[-1]
    else:
        def new_url(run: int) -> str:
            return f"sqlite:///{tmp_path / f'central-{run}.sqlite3'}"
    MACHINE.update(workstations=workstations, new_url=new_url)
    request.addfinalizer(lambda: [drop_postgres_database(admin, url) for url in made])
    run_state_machine_as_test(SyncMachine, settings=settings(
        max_examples=8, stateful_step_count=12, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
