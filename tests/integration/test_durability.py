"""Nothing acknowledged is lost, and no case number printed on a receipt is ever given to another case.

The writer runs as a real process and is killed with SIGKILL at random moments; a database is sent back in time
as a restore from an older backup does."""

from __future__ import annotations

import os
from pathlib import Path
import random
import signal
import sqlite3
import subprocess
import sys
import time

from caseapp.services import maintenance, users, workflow
from caseapp.services.database import open_database
from caseapp.storage.marks import marks_path
from tests.conftest import ADMIN_PASSWORD, TEST_NOW

ROOT = Path(__file__).resolve().parents[2]
CLERK_PASSWORD = "Сайн-нууц-үг-1"

WRITER = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from caseapp.domain.clock import FixedClock
from caseapp.services import users, workflow
from caseapp.services.database import open_database
db = open_database(sys.argv[1], create=False, clock=FixedClock.parse({TEST_NOW!r}))
clerk = users.login(db, "saraa", {CLERK_PASSWORD!r})
for n in range(10_000):
    case = workflow.register_case(db, clerk, workflow.IntakeForm(
        register_no=f"УБ9903{{n % 28 + 1:02d}}15", service_code="PET-GENERAL", subject=f"Өргөдөл {{n}}",
        family_name="Батын", given_name="Сараа", new_citizen_confirmed=True))
    print(case.case_number, flush=True)           # acknowledged: the clerk would print this receipt now
"""


def cases_in(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {n for (n,) in con.execute("SELECT case_number FROM cases")}
    finally:
        con.close()


def add_clerk(db):
    admin = users.login(db, "admin", ADMIN_PASSWORD)
    users.add_user(db, admin, username="saraa", password=CLERK_PASSWORD, role="clerk", full_name="Saraa")
    return users.login(db, "saraa", CLERK_PASSWORD)


def test_every_acknowledged_registration_survives_kill_9(db, tmp_path):
    add_clerk(db)
    path = db.path
    db.close()
    acknowledged: list[str] = []
    rng = random.Random(12)
    for _ in range(4):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True,
                                  env={**os.environ, "PYTHONUNBUFFERED": "1"})
        wanted = rng.randint(2, 12)
        deadline = time.monotonic() + 60
        seen = 0
        while seen < wanted and time.monotonic() < deadline:
            line = writer.stdout.readline()
            if not line:
                break
            acknowledged.append(line.strip())
            seen += 1
        time.sleep(rng.random() * 0.05)               # somewhere inside the next registration
        writer.send_signal(signal.SIGKILL)
        rest, _ = writer.communicate(timeout=30)
        acknowledged += [line.strip() for line in rest.splitlines() if line.strip()]
    assert len(acknowledged) >= 8
    assert len(set(acknowledged)) == len(acknowledged)           # no number given twice
    assert set(acknowledged) <= cases_in(path)                   # every receipt names a case the office has
    reopened = open_database(path, create=False)
    try:
        report = maintenance.check(reopened)
    finally:
        reopened.close()
    assert report.ok, report.problems


def test_a_database_sent_back_in_time_never_reissues_a_printed_number(db, tmp_path):
    """A restore from an older backup (or lost last writes) took the sequence back: the next registration
    reused a case number already printed on a citizen's receipt (3 of 3 trials)."""
    clerk = add_clerk(db)

    def register(n: int) -> str:
        return workflow.register_case(db, clerk, workflow.IntakeForm(
            register_no=f"УБ99{n:02d}0315", service_code="PET-GENERAL", subject=f"Өргөдөл {n}",
            family_name="Батын", given_name="Сараа", new_citizen_confirmed=True)).case_number

    first = [register(n) for n in (1, 2, 3)]
    backup = tmp_path / "backup.sqlite3"
    with sqlite3.connect(db.path) as source, sqlite3.connect(backup) as copy:
        source.backup(copy)
    printed = [register(n) for n in (4, 5)]
    path = db.path
    db.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    backup.replace(path)                                     # the office restores yesterday's backup
    assert marks_path(path).exists()
    restored = open_database(path, create=False, clock=db.clock)
    try:
        assert cases_in(path) == set(first)
        clerk = users.login(restored, "saraa", CLERK_PASSWORD)
        again = workflow.register_case(restored, clerk, workflow.IntakeForm(
            register_no="УБ99060315", service_code="PET-GENERAL", subject="Өргөдөл 6", family_name="Батын",
            given_name="Сараа", new_citizen_confirmed=True)).case_number
        assert again not in printed and again.endswith("000006"), (again, printed)
        report = maintenance.check(restored)
        assert any("restored from a backup" in p for p in report.problems), report.problems
        assert report.counts["case_number_gaps"] == 2                            # 4 and 5: on receipts, not here
        assert report.counts["case_numbers_not_held"] == 0                       # 6 is held
    finally:
        restored.close()


# --- files that are not databases, disks that are full or read-only ---------------------------------------------

import contextlib  # noqa: E402
import shutil  # noqa: E402
import stat  # noqa: E402

import pytest  # noqa: E402

from caseapp.errors import StorageError  # noqa: E402
from caseapp.services import documents  # noqa: E402


@contextlib.contextmanager
def mounted(kind: str, target: Path, source: Path | None = None, size: str = "3m"):
    """A small tmpfs (``kind="tmpfs"``) or a read-only view of ``source`` (``kind="ro"``) at ``target``: real
    full and read-only disks. Only root can mount; elsewhere the test is skipped, never under CI."""
    target.mkdir(parents=True, exist_ok=True)
    command = (["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(target)] if kind == "tmpfs"
               else ["mount", "--bind", "-o", "ro", str(source), str(target)])
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        if os.environ.get("CI") == "true":
            pytest.fail(f"cannot mount on CI: {result.stderr}")
        pytest.skip(f"mounting is not possible here: {result.stderr.strip()}")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)


def test_an_empty_or_foreign_file_is_never_turned_into_a_database(tmp_path):
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    with pytest.raises(StorageError) as refused:
        open_database(empty)
    assert refused.value.key == "storage.not_a_database" and empty.stat().st_size == 0
    foreign = tmp_path / "other.sqlite3"
    with sqlite3.connect(foreign) as con:
        con.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT)")
    with pytest.raises(StorageError) as other:
        open_database(foreign)
    assert other.value.key == "storage.not_a_database"
    with sqlite3.connect(foreign) as con:
        assert [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["accounts"]
    result = subprocess.run([sys.executable, "-m", "caseapp", "check", "--db", str(empty), "--lang", "en"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 1 and "not a caseapp database" in result.stderr


def test_a_read_only_database_signs_in_reads_and_refuses_writes_with_one_sentence(db, tmp_path):
    add_clerk(db)
    source = db.path.parent
    path_name = db.path.name
    db.close()
    with mounted("ro", tmp_path / "readonly", source) as view:
        opened = open_database(view / path_name, create=False)
        try:
            assert opened.read_only
            clerk = users.login(opened, "saraa", CLERK_PASSWORD)         # sign-in works
            with pytest.raises(StorageError) as refused:
                workflow.register_case(opened, clerk, workflow.IntakeForm(
                    register_no="УБ99010315", service_code="PET-GENERAL", subject="Өргөдөл", family_name="Батын",
                    given_name="Сараа", new_citizen_confirmed=True))
            assert refused.value.key == "storage.read_only_database"
            assert "зөвхөн унших" in refused.value.render("mn")
            report = maintenance.check(opened)
            assert report.ok, report.problems                            # its own refused writes are not damage
        finally:
            opened.close()


def test_a_document_on_a_full_disk_is_not_recorded_and_the_old_file_stays_whole(db, tmp_path):
    clerk = add_clerk(db)
    case = workflow.register_case(db, clerk, workflow.IntakeForm(
        register_no="УБ99010315", service_code="PET-GENERAL", subject="Өргөдөл", family_name="Батын",
        given_name="Сараа", new_citizen_confirmed=True))
    with mounted("tmpfs", tmp_path / "small") as disk:
        previous = disk / "receipt.pdf"
        first = documents.issue_document(db, clerk, case.case_number, "receipt", output=previous)
        assert previous.read_bytes() == first.pdf and stat.S_IMODE(previous.stat().st_mode) == 0o600
        filler = disk / "filler"
        with filler.open("wb", buffering=0) as handle:   # the disk is full
            with contextlib.suppress(OSError):
                while True:
                    handle.write(b"\0" * 65536)
        issued = len(documents.register_of(db, case.case_number))
        with pytest.raises(StorageError) as refused:
            documents.issue_document(db, clerk, case.case_number, "receipt", output=previous)
        assert refused.value.key == "file.cannot_write"
        assert len(documents.register_of(db, case.case_number)) == issued          # no issue without its file
        assert previous.read_bytes() == first.pdf                               # not overwritten half-way
        assert not list(disk.glob(".caseapp-*.part"))                            # nothing left behind
        with pytest.raises(StorageError) as nowhere:
            documents.issue_document(db, clerk, case.case_number, "receipt", output=disk / "no" / "such.pdf")
        assert nowhere.value.key == "file.no_folder"
        assert len(documents.register_of(db, case.case_number)) == issued


def test_new_databases_and_their_files_are_the_owners_only_whatever_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        folder = tmp_path / "office-data"
        database = open_database(folder / "office.sqlite3", clock=__import__("caseapp.domain.clock", fromlist=[
            "FixedClock"]).FixedClock.parse(TEST_NOW))
        from caseapp.services.setup import initialise

        initialise(database, office_code="UB-BZD", node_no=1, admin_username="admin",
                   admin_password=ADMIN_PASSWORD)
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir() if p.is_file()}
        database.close()
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert modes and all(mode == 0o600 for mode in modes.values()), modes     # database, WAL, SHM, marks


def test_a_killed_writers_temporary_file_is_removed_at_the_next_start(db, tmp_path):
    path = db.path
    db.close()
    left = path.parent / ".caseapp-receipt.pdf-x1y2.part"
    left.write_bytes(b"%PDF- half a receipt with a citizen's name")
    fresh = path.parent / ".caseapp-report.xlsx-a1b2.part"
    fresh.write_bytes(b"being written right now")
    hours_ago = time.time() - 2 * 3600
    os.utime(left, (hours_ago, hours_ago))
    open_database(path, create=False).close()
    assert not left.exists() and fresh.exists()          # only what no running write can still own
    shutil.rmtree(tmp_path / "nothing", ignore_errors=True)


def test_a_database_on_a_full_disk_says_so_in_one_sentence_and_keeps_what_it_acknowledged(tmp_path):
    from caseapp.domain.clock import FixedClock
    from caseapp.services.setup import initialise

    with mounted("tmpfs", tmp_path / "disk", size="16m") as disk:
        database = open_database(disk / "office.sqlite3", clock=FixedClock.parse(TEST_NOW))
        try:
            initialise(database, office_code="UB-BZD", node_no=1, admin_username="admin",
                       admin_password=ADMIN_PASSWORD)
            clerk = add_clerk(database)
            with (disk / "filler").open("wb", buffering=0) as handle:
                with contextlib.suppress(OSError):
                    while True:
                        handle.write(b"\0" * 65536)
            acknowledged, refusal = [], None
            for n in range(2000):
                try:
                    acknowledged.append(workflow.register_case(database, clerk, workflow.IntakeForm(
                        register_no=f"УБ9903{n % 28 + 1:02d}15", service_code="PET-GENERAL",
                        subject="Өргөдөл " + "х" * 280, family_name="Батын", given_name="Сараа",
                        new_citizen_confirmed=True)).case_number)
                except StorageError as exc:
                    refusal = exc
                    break
            assert refusal is not None and refusal.key in ("storage.disk_full", "file.cannot_write"), refusal
            assert "дүүрсэн" in refusal.render("mn") or "бичиж чадсангүй" in refusal.render("mn")
            (disk / "filler").unlink()                   # room again: everything acknowledged is there
            assert set(acknowledged) <= cases_in(database.path)
            assert maintenance.check(database).ok
        finally:
            database.close()
