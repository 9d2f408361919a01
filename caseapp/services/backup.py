"""Backups that restore: made with SQLite's online backup API, verified, kept by a retention rule.

Backups live in a ``backups`` folder beside the database (0700, files 0600), named after the database and the
moment (``office-20261201-101500.sqlite3``), each with a small manifest (``.json``) saying when it was made, why,
what it holds and whether it passed its checks: SQLite's ``integrity_check`` and the quick ``check`` (hash chains
and projections) run on the copy itself after it is written. A copy that fails them is not kept.

Made automatically at start when the newest is older than a day (``backup_if_due``) and before every migration
(``storage/migrate.py``, into the same folder); kept: the newest of each of the last ``KEEP_DAILY`` days with a
backup and of each of the ``KEEP_WEEKLY`` weeks before them; manual ones (``caseapp backup``) are pruned the same
way. ``restore`` checks the file first, keeps the current database aside and then copies the backup in; the
marks beside the database (``storage/marks.py``) are kept, so the restored database knows it went back in time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
import json
from pathlib import Path
import sqlite3

from caseapp.domain.clock import OFFICE_TZ, Clock
from caseapp.errors import CancelledError, StorageError
from caseapp.services import files
from caseapp.services.database import Database, open_database
from caseapp.services.users import Actor, require
from caseapp.storage.engine import raw_connection
from caseapp.storage.migrate import BACKUPS_FOLDER, newest_revision_file

FOLDER = BACKUPS_FOLDER
KEEP_DAILY = 7
KEEP_WEEKLY = 4
DUE_AFTER = timedelta(days=1)
STALE_AFTER = timedelta(days=7)          # the settings warn when the newest backup is older than this


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime                    # office wall time
    size: int
    verified: bool
    reason: str                          # "daily", "manual", "before-migration", "before-restore"
    events: int | None = None
    cases: int | None = None
    problems: tuple[str, ...] = ()


def backups_folder(database: Path) -> Path:
    return database.parent / FOLDER


def _manifest(path: Path) -> Path:
    return path.with_suffix(".json")


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%d-%H%M%S")


def _stop_when(cancelled: Callable[[], bool]):
    """A progress callback that ends the work when ``cancelled()`` says so (the program is closing)."""
    def progress(*_args) -> None:
        if cancelled():
            raise CancelledError("backup.cancelled")
    return progress


def verify_copy(path: Path, clock: Clock, cancelled: Callable[[], bool] = lambda: False
                ) -> tuple[list[str], int | None, int | None]:
    """(problems, events, cases) of a database file: SQLite's integrity_check, then the quick check of the
    program itself (hash chains, projections) on the copy."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        return [f"SQLite: {exc}"], None, None
    if rows != ["ok"]:
        return [f"SQLite integrity_check: {line}" for line in rows], None, None
    if "events" not in tables or "alembic_version" not in tables:
        return ["not a caseapp database"], None, None
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()
    if version is None or version[0] != newest_revision_file():
        return [], None, None           # an older schema (a copy made before a migration): SQLite's check only;
                                        # opening it here would upgrade the copy itself
    from caseapp.services import maintenance

    copy = open_database(path, create=False, clock=clock)
    try:
        report = maintenance.check(copy, _stop_when(cancelled), quick=True)
    finally:
        copy.close()
    return list(report.problems), report.counts.get("events"), report.counts.get("cases")


def make_backup(db: Database, target: Path | None = None, *, reason: str = "manual",
                by: Actor | None = None, cancelled: Callable[[], bool] = lambda: False) -> BackupInfo:
    """A verified copy of ``db`` (into the backups folder, or ``target``); the folder is then pruned. ``by``: the
    user asking for it (an admin: a backup holds every citizen's data); the automatic ones have none.
    ``cancelled``: asked as the copy and its check go on; when it says so, nothing is kept (CancelledError)."""
    if by is not None:
        require(by, "manage_backups")
    moment = db.clock.local_now()
    if target is None:
        folder = files.private_folder(backups_folder(db.path))
        target = folder / f"{db.path.stem}-{_stamp(moment)}.sqlite3"
    with files.staged_path(target) as temporary:
        _stop_when(cancelled)()
        try:
            with raw_connection(db.engine) as source:
                destination = sqlite3.connect(temporary)
                try:
                    # in one step: a copy made in steps starts over whenever a counter writes meanwhile
                    source.backup(destination)
                finally:
                    destination.close()
        except sqlite3.Error as exc:
            raise StorageError("backup.failed", path=str(target), detail=str(exc)) from exc
        _stop_when(cancelled)()                         # between the copy and its check
        problems, events, cases = verify_copy(temporary, db.clock, cancelled)
        if problems:
            raise StorageError("backup.not_verified", path=str(target), detail="; ".join(problems[:3]))
    info = BackupInfo(target, moment, target.stat().st_size, True, reason, events, cases)
    _write_manifest(info)
    if target.parent == backups_folder(db.path):
        prune(db.path)
    return info


def _write_manifest(info: BackupInfo) -> None:
    files.write_private(_manifest(info.path), json.dumps({
        "made_at": info.made_at.isoformat(timespec="seconds"), "size": info.size, "verified": info.verified,
        "reason": info.reason, "events": info.events, "cases": info.cases, "problems": list(info.problems)},
        ensure_ascii=False).encode("utf-8"))


def list_backups(database: Path) -> list[BackupInfo]:
    """The backups of ``database``, newest first (a copy without its manifest counts as not verified)."""
    folder = backups_folder(database)
    found = []
    for path in sorted(folder.glob("*.sqlite3")) if folder.is_dir() else []:
        try:
            data = json.loads(_manifest(path).read_text(encoding="utf-8"))
            made_at = datetime.fromisoformat(data["made_at"])
            found.append(BackupInfo(path, made_at, path.stat().st_size, bool(data.get("verified")),
                                    str(data.get("reason", "")), data.get("events"), data.get("cases"),
                                    tuple(data.get("problems", []))))
        except (OSError, ValueError, KeyError, TypeError):
            try:              # no manifest: a copy made before a migration, or one put here by hand
                made_at = datetime.fromtimestamp(path.stat().st_mtime, OFFICE_TZ).replace(tzinfo=None)
                before_migration = ".before-" in path.name
                # a migration runs only after its copy passed SQLite's quick_check (storage/migrate.py)
                found.append(BackupInfo(path, made_at, path.stat().st_size, before_migration,
                                        "before-migration" if before_migration else "unknown"))
            except OSError:
                continue
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def newest_backup(database: Path) -> BackupInfo | None:
    verified = [b for b in list_backups(database) if b.verified]
    return verified[0] if verified else None


def backup_age(db: Database) -> timedelta | None:
    """How old the newest verified backup is (None: there is none)."""
    newest = newest_backup(db.path)
    return None if newest is None else db.clock.local_now() - newest.made_at


def backup_if_due(db: Database, cancelled: Callable[[], bool] = lambda: False) -> BackupInfo | None:
    """At start: a backup when the newest is older than a day (or there is none); ``cancelled``: the program
    is closing (the copy is dropped and tried again at the next start)."""
    if db.read_only:
        return None
    age = backup_age(db)
    if age is not None and age < DUE_AFTER:
        return None
    return make_backup(db, reason="daily", cancelled=cancelled)


def prune(database: Path) -> list[Path]:
    """Keep the newest backup of each of the last KEEP_DAILY days that have one and of each of the KEEP_WEEKLY
    ISO weeks before them; remove the rest (with their manifests). Returns what was removed."""
    backups = [b for b in list_backups(database) if b.reason in ("daily", "manual")]   # not the one-off copies
    keep: set[Path] = set()
    days: list = []
    weeks: list = []
    for backup in backups:                               # newest first
        day = backup.made_at.date()
        if day not in days and len(days) < KEEP_DAILY:
            days.append(day)
            keep.add(backup.path)
            continue
        if day in days:
            continue
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < KEEP_WEEKLY and all(d.isocalendar()[:2] != week for d in days):
            weeks.append(week)
            keep.add(backup.path)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            for path in (backup.path, _manifest(backup.path)):
                path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_aside: Path


def restore(database: Path, backup: Path, clock: Clock) -> RestoreResult:
    """Put ``backup`` in the place of ``database`` (closed, no program using it): the backup is checked first,
    the current database is kept aside (a verified copy beside it), then the backup is copied in."""
    if not backup.is_file():
        raise StorageError("backup.missing", path=str(backup))
    problems, _, _ = verify_copy(backup, clock)
    if problems:
        raise StorageError("backup.not_verified", path=str(backup), detail="; ".join(problems[:3]))
    moment = clock.local_now()
    aside = database.with_name(f"{database.stem}.before-restore-{_stamp(moment)}.sqlite3")
    if database.exists():
        current = open_database(database, create=False, clock=clock)
        try:
            make_backup(current, aside, reason="before-restore")
        finally:
            current.close()
    try:
        with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as source, sqlite3.connect(database) as target:
            source.backup(target)
    except sqlite3.Error as exc:
        raise StorageError("backup.restore_failed", path=str(database), detail=str(exc)) from exc
    return RestoreResult(backup, aside)
