"""The central server as it runs: ``caseapp central serve`` in its own process over a real database (an SQLite
file, and a fresh database on the PostgreSQL server that test.sh starts), and workstations that are real SQLite
files talking to it over HTTP on loopback."""

from __future__ import annotations

from dataclasses import dataclass, field
import os
from pathlib import Path
import socket
import subprocess
import sys
import time
import uuid

import pytest

from caseapp.domain.clock import FixedClock
from caseapp.services import central, sync, users, workflow
from caseapp.services.database import Database, open_database
from caseapp.services.setup import initialise
from tests.conftest import ADMIN_PASSWORD, ROOT, TEST_NOW

POSTGRES_ENV = "CASEAPP_TEST_POSTGRES_URL"
STAFF_PASSWORD = "Ажилтан-нууц-7"


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"${POSTGRES_ENV} is not set: test.sh starts a PostgreSQL server for these tests")
        pytest.skip(f"no PostgreSQL server (${POSTGRES_ENV}); test.sh starts one")
    return url


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def new_postgres_database(admin_url: str) -> str:
    import psycopg

    name = "caseapp_" + uuid.uuid4().hex[:16]
    with psycopg.connect(_plain(admin_url), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return admin_url.rsplit("/", 1)[0] + "/" + name


def drop_postgres_database(admin_url: str, url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(_plain(admin_url), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def central_url(request, tmp_path: Path) -> str:
    """A new, empty central database: an SQLite file, or a database of its own on the PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'central.sqlite3'}"
        return
    admin = request.getfixturevalue("postgres_admin_url")
    url = new_postgres_database(admin)
    yield url
    drop_postgres_database(admin, url)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    """``caseapp central serve`` in a process of its own."""
    db_url: str
    folder: Path
    cert: Path | None = None
    key: Path | None = None
    now: str | None = None               # CASEAPP_NOW of the server's process
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"{'https' if self.cert else 'http'}://{'localhost' if self.cert else '127.0.0.1'}:{self.port}"

    def start(self) -> "Server":
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        env.pop("CASEAPP_NOW", None)
        if self.now:
            env["CASEAPP_NOW"] = self.now
        command = [sys.executable, "-m", "caseapp", "central", "serve", "--db", self.db_url, "--port",
                   str(self.port), "--lang", "en"]
        if self.cert:
            command += ["--cert", str(self.cert), "--key", str(self.key)]
        log = (self.folder / f"server-{self.port}.log").open("ab")
        self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=self.folder)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"the server stopped: {(self.folder / f'server-{self.port}.log').read_text()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.1)
        raise AssertionError("the server did not start listening within 60 s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def kill(self) -> None:
        """As a power cut would: no clean shutdown."""
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None

    def store(self, clock=None) -> central.CentralStore:
        return central.open_store(self.db_url, **({"clock": clock} if clock else {}))

    def code(self, office: str, clock=None) -> str:
        with self.store(clock) as store:
            return central.new_enrollment_code(store, office).code


@pytest.fixture
def server(central_url: str, tmp_path: Path) -> Server:
    """A running central server on a fresh database, set up as ``caseapp central serve`` does."""
    running = Server(central_url, tmp_path).start()
    yield running
    running.stop()


@dataclass
class Workstation:
    """One counter's database, with its admin, a clerk and a manager."""
    path: Path
    db: Database
    office: str

    def actor(self, username: str):
        return users.actor_for(self.db, username)

    def add_staff(self) -> None:
        admin = self.actor("admin")
        for name, role in ((f"clerk{self.node_no}", "clerk"), (f"manager{self.node_no}", "manager")):
            users.add_user(self.db, admin, username=name, password=STAFF_PASSWORD, role=role)

    @property
    def node_no(self) -> int:
        with self.db.uow() as uow:
            return int(uow.conn.exec_driver_sql("SELECT node_no FROM node").scalar())

    @property
    def node_id(self) -> str:
        with self.db.uow() as uow:
            return str(uow.conn.exec_driver_sql("SELECT node_id FROM node").scalar())

    def register(self, subject: str = "Лавлагаа авах хүсэлт", register_no: str = "УБ99031512",
                 clerk: str | None = None, family: str = "Батбаяр", given: str = "Должин"):
        form = workflow.IntakeForm(register_no=register_no, service_code="PET-GENERAL", subject=subject,
                                   family_name=family, given_name=given, new_citizen_confirmed=True)
        return workflow.register_case(self.db, self.actor(clerk or f"clerk{self.node_no}"), form)

    def sync(self, **kwargs) -> sync.SyncReport:
        return sync.sync(self.db, language="en", **kwargs)

    def count(self, table: str) -> int:
        with self.db.uow() as uow:
            return int(uow.conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar())

    def close(self) -> None:
        self.db.close()


@pytest.fixture
def workstations(tmp_path: Path):
    """A factory of workstations: ``make(name, office, node)`` sets one up as ``caseapp init`` does,
    ``enroll_new(name, server, office)`` makes one from the server with a one-time code."""
    made: list[Workstation] = []

    def make(name: str, office: str = "UB-BZD", node: int = 1, *, staff: bool = True) -> Workstation:
        path = tmp_path / f"{name}.sqlite3"
        db = open_database(path, clock=FixedClock.parse(TEST_NOW))
        initialise(db, office_code=office, node_no=node, admin_username="admin", admin_password=ADMIN_PASSWORD)
        station = Workstation(path, db, office)
        if staff:
            station.add_staff()
        made.append(station)
        return station

    def enroll(station: Workstation, server: Server) -> sync.EnrollResult:
        return sync.enroll(station.path, server.url, server.code(station.office), clock=station.db.clock,
                           language="en")

    def enroll_new(name: str, server: Server, office: str = "UB-BZD", **kwargs) -> Workstation:
        path = tmp_path / f"{name}.sqlite3"
        sync.enroll(path, server.url, server.code(office), clock=FixedClock.parse(TEST_NOW), language="en",
                    **kwargs)
        station = Workstation(path, open_database(path, clock=FixedClock.parse(TEST_NOW)), office)
        made.append(station)
        return station

    make.enroll = enroll              # type: ignore[attr-defined]
    make.enroll_new = enroll_new      # type: ignore[attr-defined]
    yield make
    for station in made:
        station.close()


def two_offices(server, workstations):
    """A counter of UB-BZD and one of UB-SBD, both enrolled in ``server``."""
    a1 = workstations("a1", "UB-BZD", 1)
    b1 = workstations("b1", "UB-SBD", 1)
    workstations.enroll(a1, server)
    workstations.enroll(b1, server)
    return a1, b1


def rehash_from(conn, node_id: str, first_seq: int) -> None:
    """What a careful forger does after editing an event: recompute every hash of the chain from there on,
    and the node's head, so that the chain links again."""
    rows = conn.exec_driver_sql("SELECT seq, event_id, stream, stream_id, kind, payload, office_id, node_id, "
                                "node_seq, user_id, hlc, base_version, recorded_at, seen, prev_hash FROM events "
                                "WHERE node_id = ? AND node_seq >= ? ORDER BY node_seq", (node_id, first_seq)).all()
    import json

    from caseapp.domain.events import chain_hash

    previous = conn.exec_driver_sql("SELECT hash FROM events WHERE node_id = ? AND node_seq = ?",
                                    (node_id, first_seq - 1)).scalar() or b""
    for r in rows:
        digest = chain_hash(previous, r.event_id, r.stream, r.stream_id, r.kind, r.payload, r.office_id,
                            r.node_id, r.node_seq, r.user_id, r.hlc, r.base_version, r.recorded_at,
                            json.loads(r.seen) if r.seen else None)
        conn.exec_driver_sql("UPDATE events SET prev_hash = ?, hash = ? WHERE seq = ?", (previous, digest, r.seq))
        previous = digest
    conn.exec_driver_sql("UPDATE node SET last_hash = ?", (previous,))
