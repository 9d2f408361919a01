"""Migrations: empty database to head, and a database holding data loses nothing on the way."""

from __future__ import annotations

import sqlite3

import pytest

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from caseapp.domain.events import CASE
from caseapp.domain.ids import uuid7
from caseapp.errors import StorageError
from caseapp.services.database import open_database
from caseapp.services import demo
from caseapp.services.maintenance import check
from caseapp.storage.engine import create_sqlite_engine
from caseapp.storage.eventlog import EventWriter
from caseapp.storage.migrate import alembic_config, current_revision, head_revision, newest_revision_file, upgrade
from caseapp.storage.models import Base


def table_rows(path, table, order):
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
    finally:
        con.close()


def sql_rows(path, query):
    con = sqlite3.connect(path)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


def test_start_up_knows_the_head_without_alembic_and_does_not_import_it_on_a_current_database(tmp_path):
    import subprocess
    import sys

    assert newest_revision_file() == head_revision()             # file names follow the revision chain
    open_database(tmp_path / "current.sqlite3").close()
    probe = ("import sys; from caseapp.services.database import open_database; "
             f"open_database({str(tmp_path / 'current.sqlite3')!r}).close(); "
             "print('alembic' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
def test_empty_database_reaches_head_and_matches_the_models(tmp_path):
    database = open_database(tmp_path / "new.sqlite3")
    assert current_revision(database.engine) == head_revision()
    assert database.migration.backup is None                  # nothing to back up in a new file

    def include(obj, name, type_, reflected, compare_to):
        return not (type_ == "table" and "_fts" in (name or ""))

    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include, "compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        # expression indexes, which Alembic cannot compare: present, on the expressions the queries use
        expressions = dict(conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE name IN "
                                                "('ix_cases_number_seq', 'ix_citizens_phone_tail')").all())
        assert "substr(case_number, -6)" in expressions["ix_cases_number_seq"]
        assert "-8)" in expressions["ix_citizens_phone_tail"]
        settings = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                    for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}
    assert settings == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 10000}
    database.close()


def _documents(database, count=3):
    with database.uow() as uow:
        case_ids = uow.conn.exec_driver_sql(f"SELECT case_id FROM cases LIMIT {count}").scalars().all()
    with database.uow(write=True) as uow:
        writer = EventWriter(uow.conn, uow.clock)
        for case_id in case_ids:
            writer.append(CASE, case_id, "case.document_issued",
                          {"doc_id": uuid7(), "kind": "receipt", "sha256": "0" * 64, "token": uuid7(),
                           "file_name": "receipt.pdf"}, user_id=None)
        writer.flush()
        uow.commit()


def downgrade_to(path, revision):
    """Make a database of an older release: built with today's code, then migrated down (foreign keys off)."""
    engine = create_sqlite_engine(path)
    config = alembic_config()
    with engine.connect() as conn:
        conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
        conn.commit()
    engine.dispose()


def as_an_old_release_wrote_it(path) -> None:
    """Events as a release before 0014 wrote them: no ``seen`` vector, hashed without it (the chains re-linked)."""
    import sqlite3

    from caseapp.domain.events import chain_hash

    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT seq, event_id, stream, stream_id, kind, payload, office_id, node_id, node_seq, "
                           "user_id, hlc, base_version, recorded_at FROM events ORDER BY node_id, node_seq").fetchall()
        heads: dict[str, bytes] = {}
        for seq, *fields in rows:
            node = fields[6]
            digest = chain_hash(heads.get(node, b""), *fields)
            con.execute("UPDATE events SET seen = NULL, prev_hash = ?, hash = ? WHERE seq = ?",
                        (heads.get(node, b""), digest, seq))
            heads[node] = digest
        for node, digest in heads.items():
            con.execute("UPDATE node SET last_hash = ? WHERE node_id = ?", (digest, node))
        con.commit()
    finally:
        con.close()


def old_release_database(path, cases, seed, documents):
    database = open_database(path)
    demo.create_demo_workstation(database, cases=cases, seed=seed)
    _documents(database, documents)
    database.close()
    as_an_old_release_wrote_it(path)
    downgrade_to(path, "0002")
    engine = create_sqlite_engine(path)
    assert current_revision(engine) == "0002"
    engine.dispose()


def test_upgrade_of_a_database_holding_data_loses_nothing(tmp_path):
    path = tmp_path / "old.sqlite3"
    old_release_database(path, 400, 3, 3)          # a workstation that still runs an older release
    before = {t: table_rows(path, t, o) for t, o in (("events", "seq"), ("cases", "case_id"),
                                                      ("citizens", "citizen_id"), ("documents", "doc_id"))}
    assert len(before["documents"]) == 3 and len(before["cases"]) == 400

    upgraded = open_database(path)                 # start-up migrates: 0002 -> head
    assert upgraded.migration.before == "0002" and upgraded.migration.after == head_revision()
    backup = upgraded.migration.backup
    assert backup is not None and backup.exists()
    assert table_rows(backup, "cases", "case_id") == before["cases"]     # the backup is the old database
    for table, rows in before.items():
        key = {"events": "seq", "cases": "case_id", "citizens": "citizen_id", "documents": "doc_id"}[table]
        after = table_rows(path, table, key)
        assert [row[:len(rows[0])] for row in after] == rows, table      # new columns come at the end
    names = dict(sql_rows(path, "SELECT citizen_id, name_fold FROM citizens"))
    sorts = sql_rows(path, "SELECT citizen_id, citizen_sort FROM cases")
    assert all(sort == names[citizen] for citizen, sort in sorts)         # 0007 filled the new columns
    with upgraded.uow() as uow:
        subject = before["cases"][0][5]
        word = subject.split()[0]
        hits = uow.conn.exec_driver_sql("SELECT count(*) FROM cases_fts WHERE cases_fts MATCH ?",
                                        (f'"{word}"',)).scalar()
        assert hits >= 1                           # the search index follows the rebuilt table
        assert uow.conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    assert check(upgraded).ok
    upgraded.close()


def test_the_parent_rebuild_would_delete_children_with_foreign_keys_on(tmp_path):
    """Why migrate.upgrade turns foreign keys off: the same migration with them on loses the documents."""
    path = tmp_path / "hazard.sqlite3"
    old_release_database(path, 50, 4, 2)
    engine = create_sqlite_engine(path)
    config = alembic_config()
    with engine.connect() as conn:                 # foreign keys ON (the engine's default)
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
        conn.commit()
    engine.dispose()
    assert table_rows(path, "documents", "doc_id") == []


def test_a_migration_that_breaks_foreign_keys_is_undone(tmp_path, monkeypatch):
    path = tmp_path / "broken.sqlite3"
    old_release_database(path, 30, 5, 1)
    con = sqlite3.connect(path)                    # an orphan document: its case is gone
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("DELETE FROM cases WHERE case_id = (SELECT case_id FROM documents LIMIT 1)")
    con.commit()
    con.close()
    with pytest.raises(StorageError) as info:
        open_database(path)
    assert "буцаагдлаа" in info.value.message
    engine = create_sqlite_engine(path)
    assert current_revision(engine) == "0002"      # the database is as it was before this start-up
    engine.dispose()


def test_from_the_first_revision_citizens_survive_the_batch_rebuild(tmp_path):
    path = tmp_path / "first.sqlite3"
    engine = create_sqlite_engine(path)
    upgrade(engine, path, target="0001")
    engine.dispose()
    con = sqlite3.connect(path)
    con.executemany("INSERT INTO citizens (citizen_id, kind, register_no, family_name, given_name, name_fold, "
                    "birth_date, version, conflict) VALUES (?, 'person', ?, ?, ?, ?, ?, 1, 0)",
                    [(f"c{i}", f"УБ990315{i:02d}", "Батын", f"Өлзий{i}", f"батын өлзий{i}", "1999-03-15")
                     for i in range(20)])
    con.commit()
    con.close()
    database = open_database(path)
    assert database.migration.before == "0001"
    rows = table_rows(path, "citizens", "citizen_id")
    assert len(rows) == 20 and rows[0][-1] is None                  # the new e-mail column is empty
    with database.uow() as uow:
        assert uow.conn.exec_driver_sql("SELECT count(*) FROM citizens_fts WHERE citizens_fts MATCH 'өлзий1*'"
                                        ).scalar() == 11
    database.close()
