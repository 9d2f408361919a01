"""Bulk paths over the whole store: loading many events at once, ``rebuild`` and ``check``.

Bulk inserts use SQLAlchemy Core executemany in chunks (the ORM's add_all is about ten times slower), and the
full-text triggers are lifted while a projection is refilled and the index rebuilt once at the end.
"""

from __future__ import annotations

from collections import defaultdict
import json
from dataclasses import dataclass, field
from itertools import groupby
from collections.abc import Callable, Iterable, Iterator, Sequence

from sqlalchemy import Boolean, Connection, Date, delete, func, insert, select, text

from caseapp.domain.case_number import parse_case_number
from caseapp.domain.events import CALENDAR, CASE, CATALOGUE, CITIZEN, OFFICE, USER, Event, chain_hash
from caseapp.domain.fold import fold_case, fold_record
from caseapp.storage.calendar import load_calendar
from caseapp.storage.eventlog import NODE, SEQUENCES, pending_count
from caseapp.storage.marks import database_path, remembered_number, went_back
from caseapp.storage.event_rows import EVENTS, event_to_row, iter_events
from caseapp.storage.models import CaseRow, table_of
from caseapp.storage.projections import (CASES, CITIZENS, DOCUMENTS, KEY_COLUMNS, OVERRIDES, RECORD_ROWS,
                                         RECORD_TABLES, calendar_rows, case_row, document_rows,
                                         flag_name_clashes)

CHUNK = 5_000
BULK_CACHE_KIB = 262_144         # 256 MB of page cache while a bulk path runs (the CLI, not the desktop)
FOLD_ORDER = (CALENDAR, CATALOGUE, OFFICE, USER, CITIZEN, CASE)
FTS_TABLES = {"citizens": "citizens_fts", "cases": "cases_fts"}
Progress = Callable[[str, int, int | None], None]


def _noop(stage: str, done: int, total: int | None) -> None:
    pass


def _converter(column) -> Callable[[object], object] | None:
    """What SQLAlchemy's type does to a value on its way to SQLite, for the types that change it."""
    if isinstance(column.type, Date):
        return lambda value: value.isoformat() if value is not None else None
    if isinstance(column.type, Boolean):
        return lambda value: None if value is None else int(bool(value))
    return None


def insert_chunked(conn: Connection, table, rows: Iterable[dict], chunk: int = CHUNK) -> int:
    """Insert row dicts with Core's driver-level executemany (no per-row statement compilation or type
    processing: the bulk paths would otherwise spend more time in Python than SQLite spends writing)."""
    columns = [column.name for column in table.columns]
    special = [(i, convert) for i, column in enumerate(table.columns) if (convert := _converter(column))]
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    batch: list[tuple] = []
    count = 0
    for row in rows:
        values = [row.get(name) for name in columns]
        for index, convert in special:
            values[index] = convert(values[index])
        batch.append(tuple(values))
        if len(batch) >= chunk:
            conn.exec_driver_sql(sql, batch)
            count += len(batch)
            batch = []
    if batch:
        conn.exec_driver_sql(sql, batch)
        count += len(batch)
    return count


FTS_SOURCES = {"citizens": "name_fold, register_no", "cases": "case_number, subject"}


def refresh_statistics(conn: Connection) -> None:
    """Sampled ANALYZE after a bulk load, so the query planner picks the right index at any size."""
    conn.exec_driver_sql("PRAGMA analysis_limit=2000")
    conn.exec_driver_sql("ANALYZE")


def use_bulk_cache(conn: Connection) -> None:
    """Give this (pooled) connection a larger page cache, so that index pages stay in memory from one bulk
    chunk to the next. It lasts for the connection's life; only the CLI's bulk commands and the first-start
    demo (a small database) call it."""
    conn.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")


class SuspendedSearchIndex:
    """Lift the FTS triggers of some tables during a bulk write, then index the rows in one statement.

    ``append=True``: only rows added meanwhile are indexed (rows must not be changed or deleted meanwhile).
    ``append=False``: the index is emptied first and every row is indexed again (for ``rebuild``).
    """

    def __init__(self, conn: Connection, tables: Sequence[str] = ("citizens", "cases"), *,
                 append: bool = True) -> None:
        self.conn = conn
        self.tables = tables
        self.append = append
        self.saved: list[str] = []
        self.start_rowid: dict[str, int] = {}

    def __enter__(self) -> "SuspendedSearchIndex":
        for table in self.tables:
            fts = FTS_TABLES[table]
            rows = self.conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type='trigger' "
                                          "AND tbl_name=:t AND name LIKE :p"), {"t": table, "p": f"{fts}%"}).all()
            for name, sql in rows:
                self.saved.append(sql)
                self.conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
            if self.append:
                self.start_rowid[table] = self.conn.exec_driver_sql(
                    f"SELECT coalesce(max(rowid), 0) FROM {table}").scalar_one()
            else:
                self.start_rowid[table] = 0
                self.conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('delete-all')")
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            return      # the caller's transaction is rolled back, the DROP TRIGGERs with it
        for table in self.tables:
            fts, columns = FTS_TABLES[table], FTS_SOURCES[table]
            self.conn.exec_driver_sql(
                f"INSERT INTO {fts}(rowid, {columns}) SELECT rowid, {columns} FROM {table} WHERE rowid > ?",
                (self.start_rowid[table],))
        for sql in self.saved:
            self.conn.exec_driver_sql(sql)


def load_events(conn: Connection, events: Iterable[tuple[Event, str]]) -> int:
    """Insert already sealed events (with their canonical payload JSON) in chunks."""
    return insert_chunked(conn, EVENTS, (event_to_row(event, payload_json) for event, payload_json in events))


def fold_stream(stream: str, stream_id: str, events: list[Event], calendar) -> tuple[dict | None, list[dict]]:
    """The projection row of one stream (None while it has nothing to show) and, for a case, its documents."""
    if stream == CASE:
        state = fold_case(stream_id, events)
        return (case_row(state, calendar), document_rows(state)) if state.state else (None, [])
    if stream in RECORD_ROWS:
        state = fold_record(stream_id, events)
        return (RECORD_ROWS[stream](state) if state.exists else None), []
    raise ValueError(f"the bulk path does not fold {stream} streams")


def fold_new_streams(events: Iterable[Event], calendar) -> dict[str, list[dict]]:
    """Projection rows of streams the store does not hold yet, folded with the live path's functions.
    Keys are stream kinds, plus ``"documents"``. Needs no database (the demo runs it in a worker process)."""
    streams: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in events:
        streams[(event.stream, event.stream_id)].append(event)
    rows: dict[str, list[dict]] = defaultdict(list)
    for (stream, stream_id), stream_events in streams.items():
        row, documents = fold_stream(stream, stream_id, stream_events, calendar)
        if row is not None:
            rows[stream].append(row)
        rows["documents"] += documents
    return rows


def insert_new_projections(conn: Connection, rows: dict[str, list[dict]]) -> dict[str, int]:
    """Insert rows made by ``fold_new_streams``, indexing them for search in one statement."""
    use_bulk_cache(conn)
    if rows.get(CASE):
        keys = {row["citizen_id"]: (row["name_fold"], row["register_no"]) for row in rows.get(CITIZEN, [])}
        known = {row["citizen_id"] for row in rows[CASE]} - set(keys)
        keys.update(citizen_keys(conn, (c for c in known if c)))
        for row in rows[CASE]:
            _copy_citizen(row, keys)
    with SuspendedSearchIndex(conn):
        for stream in FOLD_ORDER[1:]:
            if rows.get(stream):
                insert_chunked(conn, CASES if stream == CASE else RECORD_TABLES[stream], rows[stream])
    if rows.get("documents"):
        insert_chunked(conn, DOCUMENTS, rows["documents"])
    return {stream: len(items) for stream, items in rows.items()}


def load_new_streams(conn: Connection, sealed: Sequence[tuple[Event, str]], calendar) -> dict[str, int]:
    """Bulk path for events of streams the store does not hold yet (imports, benchmarks): insert the events,
    fold each stream, and insert the projection rows at once."""
    use_bulk_cache(conn)
    load_events(conn, sealed)
    return insert_new_projections(conn, fold_new_streams((event for event, _ in sealed), calendar))


def citizen_keys(conn: Connection, citizen_ids: Iterable[str] | None = None) -> dict[str, tuple[str, str | None]]:
    """citizen_id -> (name_fold, register_no), what cases copy for sorting: all citizens, or those asked for."""
    columns = (CITIZENS.c.citizen_id, CITIZENS.c.name_fold, CITIZENS.c.register_no)
    if citizen_ids is None:
        return {row[0]: (row[1], row[2]) for row in conn.execute(select(*columns))}
    wanted = sorted(set(citizen_ids))
    keys: dict[str, tuple[str, str | None]] = {}
    for start in range(0, len(wanted), 500):
        keys.update({row[0]: (row[1], row[2]) for row in conn.execute(
            select(*columns).where(CITIZENS.c.citizen_id.in_(wanted[start:start + 500])))})
    return keys


def _copy_citizen(row: dict, keys: dict[str, tuple[str, str | None]]) -> None:
    row["citizen_sort"], row["citizen_register"] = keys.get(row["citizen_id"], (None, None))


def projection_rows(conn: Connection, stream: str) -> Iterator[tuple[str, dict | None, list[dict]]]:
    """(stream_id, projection row or None, document rows) for every stream of one kind, folded from the log.
    Cases are folded after citizens, whose names they take from the citizens table."""
    calendar = load_calendar(conn) if stream == CASE else None
    keys = citizen_keys(conn) if stream == CASE else {}
    folded = ((stream_id, *fold_stream(stream, stream_id, list(events), calendar))
              for stream_id, events in groupby(iter_events(conn, stream), key=lambda e: e.stream_id))
    if stream == USER:                   # a clash of user names is seen across streams (an office's few users)
        users = list(folded)
        flag_name_clashes([row for _, row, _ in users if row is not None])
        folded = iter(users)
    for stream_id, row, documents in folded:
        if row is not None and stream == CASE:
            _copy_citizen(row, keys)
        yield stream_id, row, documents


def rebuild(conn: Connection, progress: Progress = _noop) -> dict[str, int]:
    """Throw every projection away and fold it again from the log (inside the caller's transaction)."""
    counts: dict[str, int] = {}
    use_bulk_cache(conn)
    with SuspendedSearchIndex(conn, append=False):
        for table in (DOCUMENTS, CASES) + tuple(RECORD_TABLES[s] for s in (CITIZEN, USER, OFFICE, CATALOGUE)) \
                + (OVERRIDES,):
            conn.execute(delete(table))
        total_cases = conn.execute(select(func.count(func.distinct(EVENTS.c.stream_id)))
                                   .where(EVENTS.c.stream == CASE)).scalar_one()
        overrides = calendar_rows(iter_events(conn, CALENDAR))
        if overrides:
            conn.execute(insert(OVERRIDES), overrides)
        counts[CALENDAR] = len(overrides)
        for stream in FOLD_ORDER[1:]:
            table = CASES if stream == CASE else RECORD_TABLES[stream]
            documents: list[dict] = []

            def rows() -> Iterator[dict]:
                for done, (_, row, docs) in enumerate(projection_rows(conn, stream), 1):
                    if stream == CASE and done % 20_000 == 0:
                        progress("rebuild", done, total_cases)
                    documents.extend(docs)
                    if row is not None:
                        yield row
            counts[stream] = insert_chunked(conn, table, rows())
            if documents:
                insert_chunked(conn, DOCUMENTS, documents)
        progress("rebuild", total_cases, total_cases)
    refresh_statistics(conn)
    return counts


# --- check ---------------------------------------------------------------------------------------------------

@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, message: str, limit: int = 200) -> None:
        if len(self.problems) < limit:
            self.problems.append(message)
        elif len(self.problems) == limit:
            self.problems.append("... (further problems not listed)")


def _actual_rows(conn: Connection, table, key: str) -> Iterator[dict]:
    for row in conn.execute(select(table).order_by(table.c[key]), execution_options={"yield_per": 20_000}):
        yield dict(row._mapping)


def _compare(report: CheckReport, label: str, expected: Iterator[tuple[str, dict]],
             actual: Iterator[dict], key: str) -> int:
    """Merge-join two key-sorted row streams and report every difference."""
    compared = 0
    exp = next(expected, None)
    act = next(actual, None)
    while exp is not None or act is not None:
        if act is None or (exp is not None and exp[0] < act[key]):
            report.add(f"{label} {exp[0]}: missing from the projection")
            exp = next(expected, None)
        elif exp is None or act[key] < exp[0]:
            report.add(f"{label} {act[key]}: in the projection but not in the log")
            act = next(actual, None)
        else:
            compared += 1
            differing = sorted(k for k, v in exp[1].items() if act.get(k) != v)
            if differing:
                column = differing[0]
                report.add(f"{label} {exp[0]}: {', '.join(differing)} differ from the log "
                           f"(stored {act.get(column)!r}, log gives {exp[1][column]!r})")
            exp = next(expected, None)
            act = next(actual, None)
    return compared


def check_projections(conn: Connection, report: CheckReport, progress: Progress = _noop) -> None:
    expected_overrides = {r["day"]: r for r in calendar_rows(iter_events(conn, CALENDAR))}
    actual_overrides = {r.day: dict(r._mapping) for r in conn.execute(select(OVERRIDES))}
    if expected_overrides != actual_overrides:
        report.add("calendar overrides differ from the log")
    report.counts["calendar_overrides"] = len(actual_overrides)
    for stream in FOLD_ORDER[1:]:
        table = CASES if stream == CASE else RECORD_TABLES[stream]
        key = KEY_COLUMNS[stream]
        documents: dict[str, list[dict]] = {}

        def expected() -> Iterator[tuple[str, dict]]:
            for done, (stream_id, row, docs) in enumerate(projection_rows(conn, stream), 1):
                if done % 50_000 == 0:
                    progress(f"check {stream}", done, None)
                if docs:
                    documents[stream_id] = docs
                if row is not None:
                    yield stream_id, row
        report.counts[table.name] = _compare(report, stream, expected(), _actual_rows(conn, table, key), key)
        if stream == CASE:
            stored = defaultdict(list)
            for row in conn.execute(select(DOCUMENTS).order_by(DOCUMENTS.c.case_id, DOCUMENTS.c.doc_id)):
                stored[row.case_id].append(dict(row._mapping))
            for case_id in set(stored) | set(documents):
                want = sorted(documents.get(case_id, []), key=lambda d: d["doc_id"])
                if stored.get(case_id, []) != want:
                    report.add(f"documents of case {case_id} differ from the log")


def check_hash_chains(conn: Connection, report: CheckReport, progress: Progress = _noop) -> None:
    """Every event's hash matches its content; consecutive events of a node link; this node's chain is whole."""
    local = conn.execute(select(NODE)).first()
    query = select(EVENTS).order_by(EVENTS.c.node_id, EVENTS.c.node_seq)
    previous: dict | None = None
    checked = 0
    for row in conn.execute(query, execution_options={"yield_per": 20_000}):
        m = row._mapping
        checked += 1
        if checked % 200_000 == 0:
            progress("check chains", checked, None)
        digest = chain_hash(m["prev_hash"], m["event_id"], m["stream"], m["stream_id"], m["kind"], m["payload"],
                            m["office_id"], m["node_id"], m["node_seq"], m["user_id"], m["hlc"], m["base_version"],
                            m["recorded_at"], json.loads(m["seen"]) if m["seen"] else None)
        if digest != m["hash"]:
            report.add(f"event {m['event_id']} (node {m['node_id']} #{m['node_seq']}): content does not match "
                       "its hash: the log was changed")
        same_node = previous is not None and previous["node_id"] == m["node_id"]
        if same_node and previous["node_seq"] + 1 == m["node_seq"] and m["prev_hash"] != previous["hash"]:
            report.add(f"event {m['event_id']} (node {m['node_id']} #{m['node_seq']}): chain broken")
        if local is not None and m["node_id"] == local.node_id:
            expected_seq = previous["node_seq"] + 1 if same_node else 1
            if m["node_seq"] != expected_seq:
                report.add(f"node {m['node_id']}: events #{expected_seq}..#{m['node_seq'] - 1} are missing")
        previous = {"node_id": m["node_id"], "node_seq": m["node_seq"], "hash": m["hash"]}
    report.counts["events"] = checked
    if local is not None and local.node_seq:
        head = conn.execute(select(EVENTS.c.hash, EVENTS.c.node_seq).where(EVENTS.c.node_id == local.node_id)
                            .order_by(EVENTS.c.node_seq.desc()).limit(1)).first()
        if head is None or head.node_seq != local.node_seq or head.hash != local.last_hash:
            report.add(f"node {local.node_id}: the last event does not match the chain head kept by this node")


def check_integrity(conn: Connection, report: CheckReport, quick: bool = False) -> None:
    pragma = "quick_check" if quick else "integrity_check"
    rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
    if rows != ["ok"]:
        for line in rows:
            report.add(f"SQLite {pragma}: {line}")
    for row in conn.exec_driver_sql("PRAGMA foreign_key_check"):
        report.add(f"foreign key broken: {tuple(row)}")


def check_search_index(conn: Connection, report: CheckReport) -> None:
    """FTS5's own integrity check. It is written as an INSERT: run it in a short transaction of its own and
    roll that back, so a long check never holds the write lock."""
    for fts in FTS_TABLES.values():
        try:
            conn.exec_driver_sql(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
        except Exception as exc:  # noqa: BLE001 - any failure is a finding, reported as such
            report.add(f"search index {fts}: {exc}")


def check_history(conn: Connection, report: CheckReport) -> None:
    """Against what this workstation remembers outside the file (``storage/marks.py``): a database that went
    back in time, case numbers handed out that it no longer holds, and gaps in its own numbering."""
    local = conn.execute(select(NODE)).first()
    if local is None:
        return
    back = went_back(conn, local.node_id, local.node_seq)
    if back is not None:
        report.add(f"node {local.node_id}: the database ends at event #{back.node_seq}, but this workstation "
                   f"wrote #{back.remembered}: it was restored from a backup or lost its last changes; enroll "
                   "this workstation as a new one before it syncs")
    database = database_path(conn)
    sequences = conn.execute(select(SEQUENCES).where(SEQUENCES.c.node_id == local.node_id)).all()
    gaps = not_held = 0
    for row in sequences:
        numbers = {parse_case_number(n).seq for (n,) in conn.execute(
            select(CASES.c.case_number).where(CASES.c.case_number.like(f"%-{row.year}-{local.node_no:02d}-%")))}
        handed_out = max(row.last_seq, remembered_number(database, local.node_id, row.year) if database else 0)
        held = max(numbers, default=0)
        gaps += len(set(range(1, held + 1)) - numbers)
        # numbers handed out above the last one held: a registration that never completed (its number skipped,
        # never printed), or, with the chain head older than remembered (above), cases the database lost
        not_held += handed_out - held
    report.counts["case_number_gaps"] = gaps
    report.counts["case_numbers_not_held"] = not_held


def check(conn: Connection, progress: Progress = _noop, quick: bool = False) -> CheckReport:
    """Everything but the search index (see check_search_index), reading only."""
    report = CheckReport()
    check_integrity(conn, report, quick)
    check_hash_chains(conn, report, progress)
    check_projections(conn, report, progress)
    check_history(conn, report)
    return report


def stats(conn: Connection) -> dict[str, object]:
    tables = ["events", "offices", "service_types", "calendar_overrides", "users", "citizens", "cases",
              "documents"]
    counts = {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in tables}
    states = dict(conn.execute(select(table_of(CaseRow).c.state, func.count()).group_by(
        table_of(CaseRow).c.state).order_by(table_of(CaseRow).c.state)).all())
    local = conn.execute(select(NODE.c.node_id)).scalar()
    pending = pending_count(conn, local) if local else 0
    return {"tables": counts, "states": states, "pending_sync": pending}
