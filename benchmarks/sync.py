"""Sync against a real central server (``caseapp central serve`` over PostgreSQL on loopback), with baselines
measured in the same run.

    .venv/bin/python benchmarks/sync.py                                   # the budgets at full size
    .venv/bin/python benchmarks/sync.py --cases 20000 --national-events 2000000
    .venv/bin/python benchmarks/sync.py --only push,idle --postgres postgresql+psycopg://postgres@HOST:PORT/postgres

Every phase has a fresh database of its own on the PostgreSQL server (started here with ``scripts/postgres.sh``
unless ``--postgres`` names one) and its own server process; the workstations are real SQLite files (demo
offices: ``caseapp demo``) talking HTTP through ``services/sync.py``, as the desktop does.

1. push     ~10,000 events of one workstation (``sync.push_all``, batches of 500).
            Baseline: raw psycopg ``executemany`` and ``COPY`` of exactly the rows the push wrote (``events``,
            ``office_feed``, and the ``stream_scope`` rows of the streams it began) into a fresh central database
            (same tables, same indexes), one transaction each. Medians of --push-rounds rounds, each on a new
            server with a copy of the same workstation. Budget: within 3x of executemany, the raw way of writing
            rows one by one as the push takes them (the ratio to COPY is printed too, not judged: 3x COPY of
            rows made beforehand is about 36 µs per event for everything, HTTP and each event's checks).
   idle     then, on the same server: ``sync.sync`` with nothing to do (median of --rounds).  Budget: <= 50 ms.
            Also the office digest (``GET /v1/sync/digest``), a sync after 10 new cases, and the first pull of
            that office by a new workstation: the one-office reference for phase 4.
2. concurrent  four workstations of four offices push at once (four processes). Budget: nothing lost (every
            event on the server once, server_seq dense, every workstation acknowledged) and >= 2,000 events/s
            over the wall time from the common start to the last answer.
3. pull     an office of --cases cases (default 100,000, ~460k events) reaches the server: by default written in
            SQL as its push would write it (``--seed sql``: seconds), or really pushed over HTTP (``--seed push``:
            timed and reported, not judged; ~8 minutes at 100,000 cases); then a new workstation of the office
            is enrolled and its first sync pulls everything, once the server has folded what it holds.
            Baseline: what the pull ends up writing locally (the pulled events and the citizens, cases, users,
            documents and calendar rows they fold to), copied with raw ``sqlite3`` executemany into a fresh
            workstation schema, one transaction, search-index triggers firing (as ``bulk_load.py``'s baseline;
            without the triggers printed too). Budget: within 3x.
4. national a central database holding --offices offices, --workstations enrolled workstations and
            --national-events events (synthetic, built directly in SQL: generate_series, the indexes rebuilt
            after the load; the synthetic chains are not valid, nobody pulls them), plus one real office of the
            size of phase 1's. Its idle sync and its digest must stay <= 50 ms, and within 2x of the same
            measurement on phase 1's one-office server (the cost grows with the office, not the country); a sync
            of 10 new cases and a new workstation's first pull are compared the same way.

Budgets: ../shared/DESIGN.md §9 (docs/architecture.md §13). The script never changes the server's code: where the
server misbehaves (a push connection dropped, the central projections not folded) it says so and goes on, as a
workstation would at its next sync.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
import math
import multiprocessing
import os
from pathlib import Path
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bulk_load import raw_insert                     # noqa: E402
from benchmarks.common import ROOT, fresh_database, median_ms, p95_ms, timed, verdict  # noqa: E402

from caseapp.errors import SyncError                             # noqa: E402
from caseapp.services import central, demo, sync                 # noqa: E402
from caseapp.services.database import Database, open_database   # noqa: E402
from caseapp.storage.eventlog import pending_count             # noqa: E402

TARGET_RATIO = 3.0                 # push / pull against the raw baseline
IDLE_BUDGET_MS = 50.0              # a sync with nothing to do; also the digest of one office
CONCURRENT_BUDGET = 2000.0         # events/s, four workstations at once
GROWTH_TARGET = 2.0                # national scale against the one-office server
EVENTS_PER_CASE = 4.6              # what ``caseapp demo`` makes, citizens included (~460k events per 100k cases)
OFFICE = "UB-BZD"
CONCURRENT_OFFICES = ("UB-BZD", "UB-SBD", "UB-CHD", "UB-KHU")
MAX_RETRIES = 10_000
PHASES = ("push", "idle", "concurrent", "pull", "national")


# --- results ---------------------------------------------------------------------------------------------------

@dataclass
class Result:
    number: int               # the budget's number in the brief: 1 idle, 2 push, 3 pull, 4 concurrent, 5 national
    budget: str
    measured: str
    baseline: str
    ratio: float
    target: float
    check: bool = False       # a yes/no check (its ratio is 0 or infinity), not a measurement

    @property
    def ok(self) -> bool:
        return verdict(self.ratio, self.target) == "OK"

    @property
    def verdict(self) -> str:
        return "PASS" if self.ok else "FAIL"


RESULTS: list[Result] = []
NOTES: list[str] = []


def say(text: str = "") -> None:
    print(text, flush=True)


def progress(text: str) -> None:
    print(f"  .. {text}", file=sys.stderr, flush=True)


def judge(number: int, budget: str, measured: str, baseline: str, ratio: float, target: float) -> Result:
    result = Result(number, budget, measured, baseline, ratio, target)
    RESULTS.append(result)
    say(f"  {'ratio':<44}{ratio:9.2f} x  (target <= {target:g}x)")
    say(f"  => {result.verdict}: {budget}")
    return result


def judge_check(number: int, budget: str, ok: bool, detail: str) -> Result:
    result = Result(number, budget, detail, "", 0.0 if ok else math.inf, 1.0, check=True)
    RESULTS.append(result)
    say(f"  => {result.verdict}: {budget}")
    return result


def line(label: str, value: str) -> None:
    say(f"  {label:<44}{value}")


def note(text: str) -> None:
    NOTES.append(text)
    say(f"  NOTE: {text}")


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


# --- PostgreSQL ---------------------------------------------------------------------------------------------------

class Postgres:
    """The PostgreSQL server: a private one started here (``scripts/postgres.sh``), or the one ``--postgres``
    names. Every phase gets a fresh database of its own (dropped at the end unless ``--keep``)."""

    def __init__(self, url: str | None, folder: Path, port: int) -> None:
        self.url = url
        self.folder = folder
        self.port = port
        self.started = False
        self.private = False             # the server in --pg-dir, run by scripts/postgres.sh
        self.made: list[str] = []
        self.keep = False                # --keep: nothing dropped

    def start(self) -> None:
        if self.url:
            return
        try:                             # already running (started by hand): used, and left running
            socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
            running = True
        except OSError:
            running = False
        out = subprocess.run(["bash", str(ROOT / "scripts" / "postgres.sh"), "start", str(self.folder),
                              str(self.port)], check=True, capture_output=True, text=True)
        self.url = out.stdout.strip().splitlines()[-1]
        self.started = not running
        self.private = True

    def new_database(self, label: str) -> str:
        import psycopg

        assert self.url
        name = f"bench_{label}_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(_plain(self.url), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        self.made.append(name)
        return self.url.rsplit("/", 1)[0] + "/" + name

    def drop_all(self) -> None:
        self.drop(*(self.url.rsplit("/", 1)[0] + "/" + name for name in self.made))

    def drop(self, *urls: str) -> None:
        """Drop databases made here (``--keep`` aside): a round's, before the next round, so that the server's
        autovacuum does not analyse them while that round is measured."""
        import psycopg

        if not self.url or self.keep:
            return
        with psycopg.connect(_plain(self.url), autocommit=True) as conn:
            for url in urls:
                name = url.rsplit("/", 1)[1]
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                if name in self.made:
                    self.made.remove(name)

    def stop(self) -> None:
        if self.started:
            subprocess.run(["bash", str(ROOT / "scripts" / "postgres.sh"), "stop", str(self.folder)], check=False)
            self.started = False


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``caseapp central serve`` in a process of its own (one uvicorn worker, as shipped)."""

    def __init__(self, db_url: str, folder: Path, name: str) -> None:
        self.db_url = db_url
        self.port = free_port()
        self.log = folder / f"server-{name}.log"
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "Server":
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        env.pop("CASEAPP_NOW", None)
        command = [sys.executable, "-m", "caseapp", "central", "serve", "--db", self.db_url, "--port",
                   str(self.port), "--lang", "en"]
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env,
                                            cwd=self.log.parent)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server stopped: {self.log.read_text()[-3000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("the server did not start listening within 120 s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def errors(self) -> int:
        """How many requests' ASGI tasks failed so far, and folds of the server's fold process."""
        if not self.log.exists():
            return 0
        text = self.log.read_text(errors="replace")
        return text.count("Exception in ASGI application") + text.count("folding the central projections failed")

    def code(self, office: str) -> str:
        with central.open_store(self.db_url, migrate=False) as store:
            return central.new_enrollment_code(store, office).code


def query(url: str, sql: str, params: tuple = ()) -> list[tuple]:
    import psycopg

    with psycopg.connect(_plain(url)) as conn:
        return conn.execute(sql, params).fetchall()


def fold_state(url: str) -> tuple[int, int]:
    (folded, head), = query(url, "SELECT s.folded_seq, h.last_seq FROM server_state s, seq_head h")
    return int(folded), int(head)


def wait_for_fold(server: Server, errors_before: int, timeout: float) -> None:
    """Wait for the central projections (``fold_pending``, a background task after each push) to catch up, and
    say whether they did."""
    started = time.monotonic()
    last_move, last = started, fold_state(server.db_url)[0]
    while True:
        folded, head = fold_state(server.db_url)
        if folded >= head:
            line("central projections folded", f"yes ({time.monotonic() - started:.1f} s after the last push)")
            return
        if folded != last:
            last, last_move = folded, time.monotonic()
        failed = server.errors() - errors_before
        waited = time.monotonic() - last_move
        if (failed and waited > 3) or time.monotonic() - started > timeout:
            line("central projections folded", f"NO: folded_seq {folded:,} of head {head:,}")
            if failed:
                note(f"the server's background fold (central.fold_pending) failed {failed} time(s) in this phase "
                     f"(its log: {server.log.name}, kept with --keep); the central projections stay behind")
            return
        time.sleep(0.25)


# --- workstations -------------------------------------------------------------------------------------------------

class TimingClient(sync.ServerClient):
    """The workstation's client, keeping the time spent waiting for the server's answers."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.seconds = {"push": 0.0, "pull": 0.0, "status": 0.0}
        self.calls = {"push": 0, "pull": 0, "status": 0}

    def _timed(self, name: str, call, *args, **kwargs):
        started = time.perf_counter()
        try:
            return call(*args, **kwargs)
        finally:
            self.seconds[name] += time.perf_counter() - started
            self.calls[name] += 1

    def push(self, events):
        return self._timed("push", super().push, events)

    def pull(self, after, after_seq, limit=sync.PULL_PAGE):
        return self._timed("pull", super().pull, after, after_seq, limit)

    def status(self):
        return self._timed("status", super().status)


def timing_client(db: Database) -> TimingClient:
    with db.uow() as uow:
        settings = sync._settings(uow.conn)
    return TimingClient(settings.server_url, token=settings.token, ca_file=settings.ca_file, language="en")


def make_demo(path: Path, cases: int, *, office: str = OFFICE, node: int = 1, seed: int = 1) -> int:
    """A demo workstation of ``office`` with ``cases`` cases; how many events of its own it holds."""
    db = fresh_database(path, office=office, node=node, demo=True)
    try:
        demo.generate(db, cases=cases, seed=seed)
        return own_events(db)
    finally:
        db.close()


def own_events(db: Database) -> int:
    with db.uow() as uow:
        return int(uow.conn.exec_driver_sql(
            "SELECT count(*) FROM events WHERE node_id = (SELECT node_id FROM node)").scalar_one())


def push_everything(db: Database, client: sync.ServerClient) -> tuple[sync.SyncReport, int]:
    """``sync.push_all`` until the outbox is empty; a dropped connection is retried at once (a workstation would
    send the same events again at its next sync): how many times that happened."""
    report = sync.SyncReport()
    retries = 0
    while True:
        try:
            sync.push_all(db, client, report)
            return report, retries
        except SyncError as exc:
            if exc.key != "sync.unreachable" or retries >= MAX_RETRIES:
                raise
            retries += 1


def sync_round(db: Database, client: sync.ServerClient | None = None) -> tuple[sync.SyncReport, int]:
    """``sync.sync`` as the desktop calls it, retried at once after a dropped connection."""
    retries = 0
    while True:
        try:
            return sync.sync(db, client=client, language="en"), retries
        except SyncError as exc:
            if exc.key != "sync.unreachable" or retries >= MAX_RETRIES:
                raise
            retries += 1


def answered(report: sync.SyncReport) -> str:
    text = f"{report.pushed:,} accepted"
    if report.duplicates:
        text += f", {report.duplicates:,} duplicates (committed by the server, its answer lost)"
    if report.refused:
        text += f", {report.refused:,} refused"
    return text


def retried(what: str, retries: int) -> None:
    if retries:
        note(f"{what}: {retries} request(s) failed with 'server disconnected' and were sent again")


def cursor_of(db: Database) -> tuple[int, int]:
    with db.uow() as uow:
        row = uow.conn.exec_driver_sql("SELECT pull_cursor, pull_cursor_seq FROM sync_state WHERE id = 1").one()
    return int(row[0] or 0), int(row[1] or 0)


def add_cases(db: Database, cases: int, seed: int) -> None:
    demo.generate(db, cases=cases, seed=seed)


def digests_agree(db: Database) -> str:
    """The workstation's digest of what the server acknowledged against the office's digest on the server
    (``GET /v1/sync/digest``): "yes", or both. (Not ``sync.verify``: when they differ its narrowing reads the
    whole office once per bucket, minutes for a big office.)"""
    from caseapp.domain.digests import Digest

    with db.uow() as uow:
        local = Digest.of(bytes(h) for _, _, h in sync.local_rows(uow.conn))
    with sync.client_for(db, language="en") as client:
        answer = client.digest()
    server = Digest(int(answer["count"]), str(answer["xor"]))
    return "yes" if local == server else f"NO: here {local.count:,} events, the server {server.count:,}"


# --- raw baselines ----------------------------------------------------------------------------------------------

def columns_of(url: str, table: str, *, skip: tuple[str, ...] = ()) -> list[str]:
    rows = query(url, "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                      "ORDER BY ordinal_position", (table,))
    return [name for (name,) in rows if name not in skip]


SCOPE_COLUMNS = ["stream", "stream_id", "office_id", "role", "since_seq", "until_seq"]
FEED_COLUMNS = ["office_id", "server_seq", "at_seq"]


def server_rows(url: str, node_id: str) -> list[tuple[str, list[str], list[tuple]]]:
    """What pushing ``node_id``'s events wrote on the server, table by table: its event rows (without the local
    ``seq``), their office_feed rows, and the stream_scope rows of the streams they began."""
    cols = columns_of(url, "events", skip=("seq",))
    events = query(url, f"SELECT {', '.join(cols)} FROM events WHERE node_id = %s ORDER BY server_seq", (node_id,))
    feed = query(url, f"SELECT {', '.join('f.' + c for c in FEED_COLUMNS)} FROM office_feed f JOIN events e "
                      "ON e.server_seq = f.server_seq WHERE e.node_id = %s ORDER BY f.server_seq", (node_id,))
    scope = query(url, f"SELECT {', '.join('s.' + c for c in SCOPE_COLUMNS)} FROM stream_scope s JOIN events e "
                       "ON e.server_seq = s.since_seq WHERE e.node_id = %s ORDER BY s.since_seq", (node_id,))
    return [("events", cols, events), ("office_feed", FEED_COLUMNS, feed), ("stream_scope", SCOPE_COLUMNS, scope)]


def raw_psycopg(url: str, tables: list[tuple[str, list[str], list[tuple]]], *, copy: bool) -> float:
    """Raw psycopg of the same rows into the same (empty, indexed) tables, one transaction: seconds."""
    import psycopg

    with psycopg.connect(_plain(url)) as conn:
        started = time.perf_counter()
        with conn.cursor() as cur:
            for table, cols, rows in tables:
                if copy:
                    with cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as out:
                        for row in rows:
                            out.write_row(row)
                else:
                    cur.executemany(f"INSERT INTO {table} ({', '.join(cols)}) "
                                    f"VALUES ({', '.join(['%s'] * len(cols))})", rows)
        conn.commit()
        return time.perf_counter() - started


def empty_central(pg: Postgres, label: str) -> str:
    url = pg.new_database(label)
    central.open_store(url).close()            # the schema: the same tables and indexes, nothing in them
    return url


# the tables a pull writes on the workstation, and the key that tells a pulled row from one the new database had
PULLED_TABLES = (("events", "event_id"), ("citizens", "citizen_id"), ("cases", "case_id"),
                 ("documents", "doc_id"), ("users", "user_id"), ("calendar_overrides", "day"))


def pulled_rows(pulled: Path, fresh: Path) -> list[tuple[str, list[str], list[tuple]]]:
    """The rows of ``pulled`` that a fresh workstation database (``fresh``) does not have: what the pull wrote."""
    src, dst = sqlite3.connect(pulled), sqlite3.connect(fresh)
    try:
        out = []
        for table, key in PULLED_TABLES:
            have = {k for (k,) in dst.execute(f"SELECT {key} FROM {table}")}
            cursor = src.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cursor.description]
            keep = [i for i, n in enumerate(names) if not (table == "events" and n == "seq")]
            at = names.index(key)
            rows = [tuple(row[i] for i in keep) for row in cursor if row[at] not in have]
            out.append((table, [names[i] for i in keep], rows))
        return out
    finally:
        src.close()
        dst.close()


def raw_sqlite_baseline(workdir: Path, pulled: Path, name: str) -> tuple[float, float, int]:
    """Raw sqlite3 executemany of what the pull wrote into a fresh workstation schema: seconds with the
    search-index triggers, seconds without, and how many event rows."""
    fresh = fresh_database(workdir / f"{name}-raw.sqlite3", office=OFFICE, node=9)
    fresh.close()
    rows = pulled_rows(pulled, fresh.path)
    t: dict[str, float] = {}
    with timed(t, "plain"):
        raw_insert(fresh.path, rows, triggers=False)
    with timed(t, "raw"):
        raw_insert(fresh.path, rows)
    return t["raw"], t["plain"], len(rows[0][2])


def first_pull(server: Server, path: Path) -> dict:
    """A new workstation of the office: enroll (a new file from the server), then its first sync, timed."""
    for suffix in ("", "-wal", "-shm", ".marks.json"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    t: dict[str, float] = {}
    with timed(t, "enroll"):
        sync.enroll(path, server.url, server.code(OFFICE), language="en", sync_now=False)
    db = open_database(path, create=False)
    client = timing_client(db)
    try:
        with timed(t, "pull"):
            report, retries = sync_round(db, client)
    finally:
        client.close()
        db.close()
    return {"enroll": t["enroll"], "pull": t["pull"], "pulled": report.pulled, "retries": retries,
            "server": client.seconds["pull"], "pages": client.calls["pull"]}


# --- phase 1: push of ~10,000 events, then idle sync on the same server -----------------------------------------

@dataclass
class OfficeProbe:
    """What phases 1 and 4 both measure on one real office: the national scale is judged against phase 1."""
    idle_ms: float = 0.0
    digest_ms: float = 0.0
    buckets_ms: float = 0.0
    change_ms: float = 0.0
    pull_s: float = 0.0


SMALL = OfficeProbe()


def phase_push_and_idle(args, pg: Postgres, workdir: Path, phases: set[str]) -> None:
    cases = max(1, round(args.push_events / EVENTS_PER_CASE))
    say(f"\n[1] push of ~{args.push_events:,} events (a demo office of {cases:,} cases; median of "
        f"{args.push_rounds} rounds, each a new server and a copy of the workstation), then a sync with nothing "
        "to do")
    made = workdir / "push-made.sqlite3"
    events = make_demo(made, cases, seed=11)
    rounds: list[dict[str, float]] = []
    for number in range(1, args.push_rounds + 1):
        last = number == args.push_rounds
        url = pg.new_database(f"push{number}")
        server = Server(url, workdir, f"push{number}").start()
        try:
            path = workdir / f"push{number}.sqlite3"
            shutil.copyfile(made, path)
            sync.enroll(path, server.url, server.code(OFFICE), language="en", sync_now=False)
            db = open_database(path, create=False)
            client = timing_client(db)
            errors_before = server.errors()
            t: dict[str, float] = {}
            with timed(t, "push"):
                report, retries = push_everything(db, client)
            client.close()
            retried("push", retries)
            if report.pushed != events:
                note(f"push of {events:,} events: {answered(report)}")
            t["waiting"], t["requests"] = client.seconds["push"], client.calls["push"]
            wait_for_fold(server, errors_before, args.fold_wait)     # the baselines measured on a quiet server
            tables = server_rows(url, f"{OFFICE}-01")
            t["rows"] = sum(len(rows) for _, _, rows in tables)
            baselines = empty_central(pg, f"push{number}_em"), empty_central(pg, f"push{number}_copy")
            t["executemany"] = raw_psycopg(baselines[0], tables, copy=False)
            t["copy"] = raw_psycopg(baselines[1], tables, copy=True)
            pg.drop(*baselines)
            rounds.append(t)
            if "push" in phases:
                line(f"round {number}: push, executemany, COPY",
                     f"{t['push']:8.2f} s  {t['executemany']:.2f} s  {t['copy']:.2f} s  "
                     f"({t['push'] / t['executemany']:.2f}x)")
            if last:
                SINGLE["events_per_s"] = events / statistics.median(r["push"] for r in rounds)
                sync_round(db)                 # the national feed comes back once: from now on nothing to do
                if "idle" in phases:
                    probe_office(args, server, db, workdir, SMALL, "small", judged=True)
            db.close()
        finally:
            server.stop()
        if not last:
            pg.drop(url)                       # the next round on a quiet server (no autovacuum of this one)
    if "push" in phases:
        m = {key: statistics.median(r[key] for r in rounds) for key in rounds[0]}
        counts = "  ".join(f"{table} {len(rows):,}" for table, _, rows in tables)
        line("events pushed", f"{events:,} in {m['requests']:.0f} requests; rows written: {counts}")
        line("push (sync.push_all over HTTP), median", f"{m['push']:8.2f} s  ({events / m['push']:,.0f} events/s)")
        line("  requests out at the server, summed", f"{m['waiting']:8.2f} s  (up to {sync.PUSH_IN_FLIGHT} at once)")
        line("raw psycopg executemany, same rows, median", f"{m['executemany']:8.2f} s")
        line("raw psycopg COPY, same rows, median", f"{m['copy']:8.2f} s")
        judge(2, f"push of {events:,} events within {TARGET_RATIO:g}x of raw psycopg executemany",
              f"{m['push']:.2f} s", f"{m['executemany']:.2f} s executemany", m["push"] / m["executemany"],
              TARGET_RATIO)
        line("ratio to raw COPY (not judged)", f"{m['push'] / m['copy']:8.2f} x")


SINGLE: dict[str, float] = {}


def probe_office(args, server: Server, db: Database, workdir: Path, probe: OfficeProbe, name: str,
                 *, judged: bool) -> None:
    """Idle sync, digest, bucket digests, a sync of 10 new cases and a new workstation's first pull."""
    rounds = args.rounds
    samples, retries_total = [], 0
    for _ in range(rounds):
        started = time.perf_counter()
        report, retries = sync_round(db)
        samples.append(time.perf_counter() - started)
        retries_total += retries
        if report.pushed or report.pulled:
            note(f"an idle sync did work: pushed {report.pushed}, pulled {report.pulled}")
    retried("idle sync", retries_total)
    probe.idle_ms = median_ms(samples)
    # where the idle time goes: the client's construction (sync.sync makes one per round) and the two requests
    made, status, pull = [], [], []
    after, after_seq = cursor_of(db)
    for _ in range(rounds):
        started = time.perf_counter()
        client = sync.client_for(db, language="en")
        made.append(time.perf_counter() - started)
        client.close()
    with sync.client_for(db, language="en") as client:
        client.status()
        for _ in range(rounds):
            started = time.perf_counter()
            client.status()
            status.append(time.perf_counter() - started)
            started = time.perf_counter()
            client.pull(after, after_seq)
            pull.append(time.perf_counter() - started)
        digests, buckets = [], []
        for _ in range(rounds):
            started = time.perf_counter()
            client.digest()
            digests.append(time.perf_counter() - started)
        for _ in range(max(3, rounds // 5)):
            started = time.perf_counter()
            client.buckets()
            buckets.append(time.perf_counter() - started)
    probe.digest_ms = median_ms(digests)
    probe.buckets_ms = median_ms(buckets)
    changes = []
    for i in range(args.change_rounds):
        add_cases(db, 10, seed=1000 + i)
        started = time.perf_counter()
        _, retries = sync_round(db)
        changes.append(time.perf_counter() - started)
        retried("sync of 10 new cases", retries)
    probe.change_ms = median_ms(changes) if changes else 0.0
    agree = digests_agree(db)
    pulled = first_pull(server, workdir / f"{name}-second.sqlite3")
    second = open_database(workdir / f"{name}-second.sqlite3", create=False)
    agree_second = digests_agree(second)
    second.close()
    retried("first pull of the office", pulled["retries"])
    probe.pull_s = pulled["pull"]

    line(f"idle sync (sync.sync), median of {rounds}", f"{probe.idle_ms:8.1f} ms  (p95 {p95_ms(samples):.1f} ms)")
    line("  making the client (httpx.Client)", f"{median_ms(made):8.1f} ms")
    line("  GET /v1/status", f"{median_ms(status):8.1f} ms")
    line("  GET /v1/sync/pull (nothing new)", f"{median_ms(pull):8.1f} ms")
    line("  the rest (local SQLite transactions)",
         f"{probe.idle_ms - median_ms(made) - median_ms(status) - median_ms(pull):8.1f} ms")
    line("digest of the office (GET /v1/sync/digest)", f"{probe.digest_ms:8.1f} ms")
    line("bucket digests (GET .../digest/buckets)", f"{probe.buckets_ms:8.1f} ms")
    if changes:
        line(f"sync of 10 new cases, median of {len(changes)}", f"{probe.change_ms:8.1f} ms")
    line("digests of workstation and server agree", agree)
    line("first pull of this office by a new workstation",
         f"{pulled['pull']:8.2f} s  ({pulled['pulled']:,} events, {pulled['pulled'] / pulled['pull']:,.0f}/s)")
    line("  its digest agrees with the server's", agree_second)
    if agree != "yes" or agree_second != "yes":
        note(f"{name}: the digests of a workstation and the server differ: events were lost on the way")
    if judged:
        judge(1, f"idle sync <= {IDLE_BUDGET_MS:g} ms", f"{probe.idle_ms:.1f} ms", f"{IDLE_BUDGET_MS:g} ms budget",
              probe.idle_ms / IDLE_BUDGET_MS, 1.0)


# --- phase 2: four workstations at once -------------------------------------------------------------------------

def _concurrent_worker(path: str, barrier, results) -> None:
    db = open_database(Path(path), create=False)
    client = sync.client_for(db, language="en")
    try:
        client.status()                          # the connection is open before the common start
        barrier.wait()
        started = time.monotonic()
        report, retries = push_everything(db, client)
        results.put((path, started, time.monotonic(), report.pushed, report.duplicates, report.refused, retries,
                     None))
    except Exception as exc:  # noqa: BLE001 - reported by the parent
        results.put((path, 0.0, 0.0, 0, 0, 0, 0, repr(exc)))
    finally:
        client.close()
        db.close()


def phase_concurrent(args, pg: Postgres, workdir: Path) -> None:
    per = args.concurrent_events
    cases = max(1, round(per / EVENTS_PER_CASE))
    say(f"\n[2] four workstations of four offices pushing at once (~{per:,} events each, {cases:,} cases)")
    url = pg.new_database("concurrent")
    server = Server(url, workdir, "concurrent").start()
    try:
        paths, held = [], {}
        for i, office in enumerate(CONCURRENT_OFFICES):
            path = workdir / f"concurrent-{office}.sqlite3"
            held[str(path)] = make_demo(path, cases, office=office, seed=21 + i)
            sync.enroll(path, server.url, server.code(office), language="en", sync_now=False)
            paths.append(str(path))
        errors_before = server.errors()
        ctx = multiprocessing.get_context("spawn")
        barrier, results = ctx.Barrier(len(paths)), ctx.Queue()
        workers = [ctx.Process(target=_concurrent_worker, args=(p, barrier, results)) for p in paths]
        for w in workers:
            w.start()
        answers = [results.get(timeout=3600) for _ in workers]
        for w in workers:
            w.join()
        failed = [a for a in answers if a[7]]
        for a in failed:
            note(f"workstation {Path(a[0]).name} failed: {a[7]}")
        wall = max(a[2] for a in answers) - min(a[1] for a in answers if a[1])
        pushed = sum(a[3] + a[4] for a in answers)          # on the server, answered or not
        retried("concurrent pushes", sum(a[6] for a in answers))
        lost = check_nothing_lost(url, paths, held)
        wait_for_fold(server, errors_before, args.fold_wait)
        line("events held by the four workstations", f"{sum(held.values()):,}")
        for a in sorted(answers):
            line(f"  {Path(a[0]).stem}", f"{a[3]:,} accepted, {a[4]:,} duplicates, {a[5]} refused in "
                                         f"{a[2] - a[1]:.2f} s")
        line("wall time, common start to last answer", f"{wall:8.2f} s")
        rate = pushed / wall if wall > 0 else 0.0
        line("server throughput", f"{rate:8,.0f} events/s")
        if SINGLE:
            line("one workstation alone (phase 1)", f"{SINGLE['events_per_s']:8,.0f} events/s")
        line("lost or misnumbered", "nothing" if not lost and not failed else "; ".join(lost) or "a worker failed")
        judge_check(4, "four workstations at once lose nothing", not lost and not failed,
                    "every event on the server once, server_seq dense, all acknowledged" if not lost and not failed
                    else "LOST OR MISNUMBERED")
        judge(4, f"four workstations at once: >= {CONCURRENT_BUDGET:,.0f} events/s", f"{rate:,.0f} events/s",
              f"{CONCURRENT_BUDGET:,.0f} events/s budget", CONCURRENT_BUDGET / rate if rate else math.inf, 1.0)
    finally:
        server.stop()


def check_nothing_lost(url: str, paths: list[str], held: dict[str, int]) -> list[str]:
    """Every event of every workstation on the server exactly once, with the server_seq the workstation keeps;
    server_seq dense from 1 to seq_head; nothing pending on any workstation."""
    problems = []
    (count, low, high, distinct), = query(url, "SELECT count(*), min(server_seq), max(server_seq), "
                                               "count(DISTINCT server_seq) FROM events")
    (head,), = query(url, "SELECT last_seq FROM seq_head")
    if not (count == distinct == high == head and low == 1):
        problems.append(f"server_seq not dense: {count} events, {distinct} distinct, {low}..{high}, head {head}")
    for path in paths:
        con = sqlite3.connect(path)
        node = con.execute("SELECT node_id FROM node").fetchone()[0]
        local = dict(con.execute("SELECT event_id, server_seq FROM events WHERE node_id = ?", (node,)).fetchall())
        con.close()
        there = dict(query(url, "SELECT event_id, server_seq FROM events WHERE node_id = %s", (node,)))
        if len(local) != held[path] or local != there:
            missing = len(set(local) - set(there))
            differ = sum(1 for k, v in local.items() if k in there and there[k] != v)
            problems.append(f"{node}: {len(local)} here, {len(there)} on the server, {missing} missing, "
                            f"{differ} with another server_seq")
        db = open_database(path, create=False)
        with db.uow() as uow:
            pending = pending_count(uow.conn, node)
        db.close()
        if pending:
            problems.append(f"{node}: {pending} still pending")
    return problems


# --- phase 3: the first pull of a big office ------------------------------------------------------------------

def seed_office(url: str, source: Path) -> None:
    """``--seed sql``: write on the server what pushing ``source``'s own events writes (``central.push``): the
    events numbered after ``seq_head``, the office's feed, the streams' scope, the office's digest, the node's
    head and ``seq_head``; by COPY, without the push's checks. The central projections are left unfolded."""
    import psycopg

    from caseapp.domain.digests import Digest

    con = sqlite3.connect(source)
    node_id, office = con.execute("SELECT node_id, office_id FROM node").fetchone()
    cursor = con.execute("SELECT * FROM events WHERE node_id = ? ORDER BY node_seq", (node_id,))
    names = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    con.close()
    cols = [n for n in columns_of(url, "events", skip=("seq",)) if n in names]
    at = {n: names.index(n) for n in cols}
    now = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
    roles = {"case": "owner", "citizen": "reader"}
    with psycopg.connect(_plain(url)) as conn:
        (last,), = conn.execute("SELECT last_seq FROM seq_head WHERE id = 1 FOR UPDATE").fetchall()
        scope: dict[tuple[str, str], int] = {}
        with conn.cursor() as cur:
            with cur.copy(f"COPY events ({', '.join(cols)}) FROM STDIN") as out:
                for k, row in enumerate(rows, start=last + 1):
                    values = {n: row[at[n]] for n in cols}
                    values.update(server_seq=k, received_at=now)
                    scope.setdefault((values["stream"], values["stream_id"]), k)
                    out.write_row([values[n] for n in cols])
            with cur.copy("COPY office_feed (office_id, server_seq, at_seq) FROM STDIN") as out:
                for k in range(last + 1, last + 1 + len(rows)):
                    out.write_row((office, k, k))
            with cur.copy("COPY stream_scope (stream, stream_id, office_id, role, since_seq) FROM STDIN") as out:
                for (stream, stream_id), since in scope.items():
                    out.write_row((stream, stream_id, office, roles.get(stream, "owner"), since))
        total = Digest.of(bytes(row[names.index("hash")]) for row in rows)
        conn.execute("INSERT INTO office_digests (office_id, count, xor) VALUES (%s, %s, %s)",
                     (office, len(rows), bytes.fromhex(total.xor)))
        conn.execute("INSERT INTO node_heads (node_id, office_id, node_seq, last_hash) VALUES (%s, %s, %s, %s)",
                     (node_id, office, rows[-1][names.index("node_seq")], rows[-1][names.index("hash")]))
        conn.execute("UPDATE seq_head SET last_seq = %s WHERE id = 1", (last + len(rows),))
        conn.commit()


def phase_pull(args, pg: Postgres, workdir: Path) -> None:
    say(f"\n[3] first pull of an office of {args.cases:,} cases")
    url = pg.new_database("pull")
    server = Server(url, workdir, "pull").start()
    try:
        source = workdir / "office.sqlite3"
        t: dict[str, float] = {}
        with timed(t, "demo"):
            events = make_demo(source, args.cases, seed=31)
        line("demo office made", f"{events:,} events in {t['demo']:.1f} s")
        sync.enroll(source, server.url, server.code(OFFICE), language="en", sync_now=False)
        if args.seed == "sql":
            errors_before = server.errors()
            with timed(t, "seed"):
                seed_office(url, source)
            line("office copied into the server in SQL", f"{t['seed']:8.2f} s  (--seed sql: what its push writes)")
            wait_for_fold(server, errors_before, args.fold_wait)     # as a server that took them over months
        else:
            db = open_database(source, create=False)
            client = timing_client(db)
            errors_before = server.errors()
            with timed(t, "push"):
                report, retries = push_everything(db, client)
            client.close()
            db.close()
            retried("push of the office", retries)
            line("push of the whole office (not judged)", f"{t['push']:8.2f} s  ({events:,} events, "
                                                          f"{events / t['push']:,.0f}/s; {answered(report)})")
            line("  requests out at the server, summed",
                 f"{client.seconds['push']:8.2f} s  (up to {sync.PUSH_IN_FLIGHT} at once)")
            wait_for_fold(server, errors_before, args.fold_wait)
        pulled = first_pull(server, workdir / "office-second.sqlite3")
        retried("first pull", pulled["retries"])
        second = open_database(workdir / "office-second.sqlite3", create=False)
        agree = digests_agree(second)
        second.close()
        if pulled["pulled"] != events or agree != "yes":
            note(f"first pull: {pulled['pulled']:,} of {events:,} events pulled; digests agree: {agree}")
        raw, plain, rows = raw_sqlite_baseline(workdir, workdir / "office-second.sqlite3", "office")
        line("enroll a new workstation (new file)", f"{pulled['enroll']:8.2f} s")
        line("first sync: events pulled", f"{pulled['pulled']:,} of {events:,} in {pulled['pages']} pages")
        line("  its digest agrees with the server's", agree)
        line("first sync (sync.sync)", f"{pulled['pull']:8.2f} s  ({pulled['pulled'] / pulled['pull']:,.0f} "
                                       "events/s)")
        line("  of which waiting for the server's pages", f"{pulled['server']:8.2f} s")
        line("  of which writing locally (ingest + fold)", f"{pulled['pull'] - pulled['server']:8.2f} s")
        line("raw sqlite3 executemany of what it wrote", f"{raw:8.2f} s  ({rows:,} events + their projection "
                                                         "rows, search-index triggers firing)")
        line("  the same without the triggers", f"{plain:8.2f} s")
        judge(3, f"first pull of a {args.cases:,}-case office within {TARGET_RATIO:g}x of raw sqlite3 executemany",
              f"{pulled['pull']:.2f} s", f"{raw:.2f} s raw", pulled["pull"] / raw, TARGET_RATIO)
        line("ratio to raw without the triggers", f"{pulled['pull'] / plain:9.2f} x")
    finally:
        server.stop()


# --- phase 4: national scale ----------------------------------------------------------------------------------

def uuid_sql(expression: str) -> str:
    """SQL of a UUID-shaped text made from the md5 of ``expression`` (distinct inputs, distinct ids)."""
    return f"(md5({expression})::uuid::text)"


def without_indexes(conn, table: str):
    """Drop the table's indexes and key constraints; returns the statements that make them again, as they were."""
    constraints = conn.execute(
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = %s::regclass "
        "AND contype IN ('p', 'u')", (table,)).fetchall()
    names = {name for name, _ in constraints}
    indexes = [(name, ddl) for name, ddl in conn.execute(
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s", (table,)).fetchall() if name not in names]
    again = [f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {ddl}' for name, ddl in constraints] + \
        [ddl for _, ddl in indexes]
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    for name, _ in constraints:
        conn.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
    return again


def build_national(url: str, *, events: int, offices: int, workstations: int, tune: bool) -> dict:
    """Synthetic national data straight into the central tables: ``offices`` offices ``SYN-0001``...,
    ``workstations`` enrolled devices spread over them (node i: office i mod offices), ``events`` events dealt
    round-robin to the nodes (each node's run of 5: one citizen event and four of a case), every event in its
    office's feed, the scope of every stream, each office's digest row and each node's head; ``seq_head`` and
    the fold mark moved past them. ``tune``: the private server's max_wal_size is raised for the load (and
    reset after), else it checkpoints every few seconds. Returns seconds per step."""
    import psycopg

    if tune:
        with psycopg.connect(_plain(url), autocommit=True) as conn:
            conn.execute("ALTER SYSTEM SET max_wal_size = '8GB'")
            conn.execute("SELECT pg_reload_conf()")
    try:
        return _build_national(url, events=events, offices=offices, workstations=workstations)
    finally:
        if tune:
            with psycopg.connect(_plain(url), autocommit=True) as conn:
                conn.execute("ALTER SYSTEM RESET max_wal_size")
                conn.execute("SELECT pg_reload_conf()")


def _build_national(url: str, *, events: int, offices: int, workstations: int) -> dict:
    import psycopg

    t: dict[str, float] = {}
    per_node = math.ceil(events / workstations)
    chunk = min(2_000_000, max(100_000, math.ceil(events / 8)))
    with psycopg.connect(_plain(url), autocommit=True) as conn:
        conn.execute("SET synchronous_commit = off")
        conn.execute("SET maintenance_work_mem = '1GB'")
        (offset,), = conn.execute("SELECT last_seq FROM seq_head").fetchall()
        again = []
        with timed(t, "drop indexes"):
            for table in ("events", "office_feed", "stream_scope"):
                again += without_indexes(conn, table)
        node = f"(((i - 1) % {workstations}))"
        node_seq = f"(((i - 1) / {workstations}) + 1)"
        office = f"('SYN-' || lpad((({node}) % {offices} + 1)::text, 4, '0'))"
        node_id = f"({office} || '-' || lpad((({node}) / {offices} + 1)::text, 2, '0'))"
        group = f"((({node_seq}) - 1) / 5)"
        citizen = f"(({node_seq}) - 1) % 5 = 0"
        stream_id = uuid_sql(f"(CASE WHEN {citizen} THEN 'c' ELSE 'k' END) || {node} || ':' || {group}")

        def insert_events(start: int, stop: int) -> None:
            with psycopg.connect(_plain(url), autocommit=True) as worker:
                worker.execute("SET synchronous_commit = off")
                worker.execute(f"""
                    INSERT INTO events (seq, event_id, stream, stream_id, kind, payload, office_id, node_id, node_seq,
                                        user_id, hlc, base_version, recorded_at, server_seq, seen, received_at,
                                        prev_hash, hash)
                    SELECT {offset} + i, {uuid_sql("'e' || i")},
                           CASE WHEN {citizen} THEN 'citizen' ELSE 'case' END, {stream_id},
                           CASE WHEN {citizen} THEN 'citizen.registered' WHEN (({node_seq}) - 1) % 5 = 1
                                THEN 'case.registered' ELSE 'case.note_added' END,
                           '{{"note":"' || md5(i::text) || '","subject":"Синтетик хэрэг, үндэсний хэмжээний ачаалал",'
                           || '"text":"' || md5((i * 7)::text) || '"}}',
                           {office}, {node_id}, {node_seq}, {uuid_sql("'u' || " + node)},
                           lpad((1700000000000 + i::bigint * 1000)::text, 15, '0') || '-00000', (({node_seq}) - 1) % 5,
                           '2025-06-01T08:00:00.000+00:00', {offset} + i, NULL, '2025-06-01T08:00:01+00:00',
                           CASE WHEN {node_seq} = 1 THEN ''::bytea
                                ELSE sha256(int8send(i - {workstations})) END,
                           sha256(int8send(i))
                    FROM generate_series({start}, {stop}) AS i""")
            progress(f"national: events {start:,}..{stop:,} of {events:,}")

        from concurrent.futures import ThreadPoolExecutor

        with timed(t, "events"), ThreadPoolExecutor(max_workers=2) as pool:     # both cores
            for done in [pool.submit(insert_events, start, min(events, start + chunk - 1))
                         for start in range(1, events + 1, chunk)]:
                done.result()
        with timed(t, "office_feed"):
            conn.execute(f"INSERT INTO office_feed (office_id, server_seq, at_seq) "
                         f"SELECT office_id, server_seq, server_seq FROM events WHERE server_seq > {offset}")
        with timed(t, "stream_scope"):
            # each node's groups of 5: a citizen stream and a case stream, owned by the node's office
            groups = math.ceil(per_node / 5)
            conn.execute(f"""
                INSERT INTO stream_scope (stream, stream_id, office_id, role, since_seq, until_seq)
                SELECT s.stream, s.sid, 'SYN-' || lpad((n % {offices} + 1)::text, 4, '0'),
                       CASE s.stream WHEN 'case' THEN 'owner' ELSE 'reader' END, {offset} + 1, NULL
                FROM generate_series(0, {workstations - 1}) AS n, generate_series(0, {groups - 1}) AS g,
                     LATERAL (VALUES ('citizen', {uuid_sql("'c' || n || ':' || g")}),
                                 ('case', {uuid_sql("'k' || n || ':' || g")})) AS s(stream, sid)
                WHERE n + (g * 5) * {workstations} < {events}""")
        with timed(t, "indexes"):
            for ddl in again:
                conn.execute(ddl)
                progress(f"national: {ddl[:90]}")
        with timed(t, "devices, heads, digests"):
            conn.execute(f"""
                INSERT INTO devices (node_id, office_id, node_no, token_hash, enrolled_at, revoked_at, last_seen_at)
                SELECT 'SYN-' || lpad((n % {offices} + 1)::text, 4, '0') || '-'
                           || lpad((n / {offices} + 1)::text, 2, '0'),
                       'SYN-' || lpad((n % {offices} + 1)::text, 4, '0'), n / {offices} + 1,
                       sha256(('token ' || n)::bytea), '2025-01-01T00:00:00+00:00', NULL, '2025-06-01T08:00:00+00:00'
                FROM generate_series(0, {workstations - 1}) AS n""")
            conn.execute(f"""
                INSERT INTO node_heads (node_id, office_id, node_seq, last_hash)
                SELECT node_id, office_id, max(node_seq), sha256(node_id::bytea) FROM events
                WHERE server_seq > {offset} GROUP BY node_id, office_id""")
            conn.execute(f"""
                INSERT INTO office_digests (office_id, count, xor)
                SELECT office_id, count(*), sha256(office_id::bytea) FROM office_feed
                WHERE server_seq > {offset} GROUP BY office_id""")
            conn.execute(f"UPDATE seq_head SET last_seq = {offset + events}")
            conn.execute(f"UPDATE server_state SET folded_seq = {offset + events}")
            conn.execute(f"SELECT setval(pg_get_serial_sequence('events', 'seq'), {offset + events})")
        with timed(t, "analyze"):
            conn.execute("ANALYZE")
        (size,), = conn.execute("SELECT pg_size_pretty(pg_database_size(current_database()))").fetchall()
    t["size"] = size
    return t


def phase_national(args, pg: Postgres, workdir: Path) -> None:
    say(f"\n[4] national scale: {args.offices:,} offices, {args.workstations:,} workstations, "
        f"{args.national_events:,} events (synthetic), and one real office")
    url = pg.new_database("national")
    with central.open_store(url) as store:
        central.initialise(store)
    started = time.perf_counter()
    built = build_national(url, events=args.national_events, offices=args.offices, workstations=args.workstations,
                           tune=pg.private)
    line("synthetic data built in SQL", f"{time.perf_counter() - started:8.1f} s  (database {built.pop('size')})")
    line("  " + ", ".join(f"{k} {v:.0f} s" for k, v in built.items()), "")
    server = Server(url, workdir, "national").start()
    try:
        cases = max(1, round(args.push_events / EVENTS_PER_CASE))
        path = workdir / "national.sqlite3"
        events = make_demo(path, cases, seed=11)          # the same office as phase 1's
        sync.enroll(path, server.url, server.code(OFFICE), language="en", sync_now=False)
        db = open_database(path, create=False)
        errors_before = server.errors()
        started = time.perf_counter()
        client = timing_client(db)
        report, retries = push_everything(db, client)
        client.close()
        retried("push of the real office", retries)
        line("the real office pushed", f"{events:,} events in {time.perf_counter() - started:.2f} s "
                                       f"({answered(report)})")
        wait_for_fold(server, errors_before, args.fold_wait)
        sync_round(db)
        big = OfficeProbe()
        probe_office(args, server, db, workdir, big, "national", judged=False)
        db.close()
    finally:
        server.stop()
    line("idle sync at national scale", f"{big.idle_ms:8.1f} ms")
    judge(5, f"national scale: idle sync <= {IDLE_BUDGET_MS:g} ms", f"{big.idle_ms:.1f} ms",
          f"{IDLE_BUDGET_MS:g} ms budget", big.idle_ms / IDLE_BUDGET_MS, 1.0)
    judge(5, f"national scale: digest of one office <= {IDLE_BUDGET_MS:g} ms", f"{big.digest_ms:.1f} ms",
          f"{IDLE_BUDGET_MS:g} ms budget", big.digest_ms / IDLE_BUDGET_MS, 1.0)
    if SMALL.idle_ms:
        say("  against the same office on a server that holds only it (phase 1):")
        for label, here, there, judged in (("idle sync", big.idle_ms, SMALL.idle_ms, True),
                                          ("digest", big.digest_ms, SMALL.digest_ms, True),
                                          ("bucket digests", big.buckets_ms, SMALL.buckets_ms, False),
                                          ("sync of 10 new cases", big.change_ms, SMALL.change_ms, True),
                                          ("first pull of the office", big.pull_s * 1000, SMALL.pull_s * 1000, True)):
            if not there:
                continue
            line(f"  {label}", f"{here:8.1f} ms vs {there:8.1f} ms  ({here / there:.2f} x)")
            if judged:
                judge(5, f"national scale: {label} within {GROWTH_TARGET:g}x of a one-office server",
                      f"{here:.1f} ms", f"{there:.1f} ms one office", here / there, GROWTH_TARGET)
    else:
        note("phase 1 was not run: the national numbers are not compared with a one-office server")


# --- main ----------------------------------------------------------------------------------------------------

def code_version() -> str:
    """The commit under test, and whether the server's or the client's code differs from it (read-only git)."""
    def git(*words: str) -> str:
        try:
            return subprocess.run(["git", *words], cwd=ROOT, capture_output=True, text=True, timeout=30).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    head = git("rev-parse", "--short", "HEAD") or "?"
    changed = git("status", "--porcelain", "--", "caseapp")
    return head + (" + uncommitted changes in caseapp/" if changed else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=100_000, help="cases of the office of the first pull")
    parser.add_argument("--push-events", type=int, default=10_000, help="events of the push (phase 1)")
    parser.add_argument("--push-rounds", type=int, default=3, help="rounds of the push (median)")
    parser.add_argument("--concurrent-events", type=int, default=5_000, help="events of each of the four")
    parser.add_argument("--national-events", type=int, default=20_000_000)
    parser.add_argument("--offices", type=int, default=2_000)
    parser.add_argument("--workstations", type=int, default=10_000)
    parser.add_argument("--seed", choices=("sql", "push"), default="sql",
                        help="how the office of the first pull reaches the server: written in SQL as its push "
                             "would (COPY: seconds), or pushed over HTTP (timed and reported; at ~1,000 events/s "
                             "about 8 minutes for 100,000 cases)")
    parser.add_argument("--rounds", type=int, default=30, help="rounds of each small measurement (median)")
    parser.add_argument("--change-rounds", type=int, default=5, help="syncs of 10 new cases (median)")
    parser.add_argument("--fold-wait", type=float, default=600.0,
                        help="seconds to wait at most for the central projections after a push phase or the seed "
                             "(the 100,000-case office: about 3 minutes)")
    parser.add_argument("--only", default=",".join(PHASES), help=f"comma-separated phases: {', '.join(PHASES)}")
    parser.add_argument("--postgres", default=None, help="a PostgreSQL admin URL (else one is started here)")
    parser.add_argument("--pg-dir", type=Path, default=Path("/tmp/caseapp-bench-pg"))
    parser.add_argument("--pg-port", type=int, default=55499)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--keep", action="store_true", help="keep the databases and the work folder")
    args = parser.parse_args()
    phases = {p.strip() for p in args.only.split(",") if p.strip()}
    unknown = phases - set(PHASES)
    if unknown:
        parser.error(f"unknown phase(s): {', '.join(sorted(unknown))}")
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="caseapp-sync-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    pg = Postgres(args.postgres, args.pg_dir, args.pg_port)
    pg.keep = args.keep
    started = time.perf_counter()
    try:
        pg.start()
        version = code_version()
        say(f"sync benchmark: code {version}, PostgreSQL {central.safe_url(pg.url or '')}, work folder {workdir}")
        if phases & {"push", "idle"}:
            phase_push_and_idle(args, pg, workdir, phases)
        if "concurrent" in phases:
            phase_concurrent(args, pg, workdir)
        if "pull" in phases:
            phase_pull(args, pg, workdir)
        if "national" in phases:
            phase_national(args, pg, workdir)
    finally:
        if not args.keep:
            pg.drop_all()
        pg.stop()
        if not args.keep and args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    say(f"\nsummary ({time.perf_counter() - started:.0f} s)")
    if code_version() != version:
        note(f"the code changed during the run (from {version} to {code_version()}): each server process runs the "
             "code of the moment it started")
    for r in sorted(RESULTS, key=lambda r: r.number):
        if r.check:
            say(f"  {r.verdict}  ({r.number}) {r.budget}: {r.measured}")
        else:
            say(f"  {r.verdict}  ({r.number}) {r.budget}: {r.measured} against {r.baseline} ({r.ratio:.2f}x, "
                f"target <= {r.target:g}x)")
    for text in dict.fromkeys(NOTES):
        times = NOTES.count(text)
        say(f"  note: {text}" + (f" (x{times})" if times > 1 else ""))
    failed = sum(not r.ok for r in RESULTS)
    say(f"  {len(RESULTS) - failed} of {len(RESULTS)} budgets met")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
