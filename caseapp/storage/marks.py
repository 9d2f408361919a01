"""What a workstation has handed out, remembered outside its database file.

A case number printed on a citizen's receipt must never be given to another case, even when the database goes
back in time: restored from a backup, or (with a failing disk) its last writes lost. The database alone cannot
know what it forgot, so next to it (``<database>.marks.json``) the workstation keeps

- the highest case sequence handed out per node and year, written (and fsynced) *before* the registration that
  uses it commits: a registration that then fails leaves a gap, never a reused number;
- the chain head (node sequence and hash) of its last committed write: a database whose head is older was
  restored or lost writes, and says so (the sync will enroll such a workstation as a new node).

The file is small JSON, replaced atomically (temporary file, fsync, rename, fsync of the folder), readable by the
owner only. A missing or unreadable file means "nothing remembered" (a new or copied database).
"""

from __future__ import annotations

from dataclasses import dataclass, field
import errno
import json
import os
from pathlib import Path
import tempfile

from sqlalchemy import Connection

from caseapp.errors import StorageError

SUFFIX = ".marks.json"
HEAD_KEY = "caseapp.committed_head"          # Connection.info: the chain head a unit of work is committing


@dataclass
class Marks:
    numbers: dict[str, int] = field(default_factory=dict)     # "node_id:year" -> last sequence handed out
    node_id: str | None = None
    node_seq: int = 0                                           # the chain head of the last committed write
    head_hash: str = ""


def marks_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def database_path(conn: Connection) -> Path | None:
    """The database file under ``conn``; None for an in-memory database (nothing to remember beside it)."""
    name = conn.engine.url.database
    return Path(name) if name and name != ":memory:" else None


def read_marks(database: Path) -> Marks:
    try:
        data = json.loads(marks_path(database).read_text(encoding="utf-8"))
        return Marks({str(k): int(v) for k, v in data.get("numbers", {}).items()}, data.get("node_id"),
                     int(data.get("node_seq", 0)), str(data.get("head_hash", "")))
    except (OSError, ValueError, TypeError, AttributeError):
        return Marks()


def write_marks(database: Path, marks: Marks) -> None:
    """Replace the marks file atomically and durably (a crash leaves the old file or the new one, whole)."""
    target = marks_path(database)
    data = json.dumps({"numbers": marks.numbers, "node_id": marks.node_id, "node_seq": marks.node_seq,
                       "head_hash": marks.head_hash}, sort_keys=True)
    fd, temporary = tempfile.mkstemp(prefix=f".caseapp-{target.name}-", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    sync_folder(target.parent)


def sync_folder(folder: Path) -> None:
    """fsync a folder, so a rename in it survives a power cut (not possible on every platform)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remember_number(conn: Connection, node_id: str, year: int, seq: int) -> int:
    """The sequence to hand out: ``seq`` (what the database thinks comes next) or, if the marks remember a
    higher one (the database went back in time), the one after it. Remembered before the caller commits."""
    database = database_path(conn)
    if database is None:
        return seq
    marks = read_marks(database)
    key = f"{node_id}:{year}"
    seq = max(seq, marks.numbers.get(key, 0) + 1)
    marks.numbers[key] = seq
    try:
        write_marks(database, marks)
    except OSError as exc:               # the registration is refused: no number is handed out unremembered
        reason = {errno.ENOSPC: "storage.disk_full", errno.EROFS: "storage.read_only",
                  errno.EACCES: "storage.read_only"}.get(exc.errno or 0, "storage.failed")
        raise StorageError(reason, detail=f"{marks_path(database)}: {exc.strerror or exc}") from exc
    return seq


def remembered_number(database: Path, node_id: str, year: int) -> int:
    return read_marks(database).numbers.get(f"{node_id}:{year}", 0)


@dataclass(frozen=True)
class WentBack:
    """The database is older than what this workstation last wrote: restored from a backup, or writes lost."""
    node_seq: int            # the chain head the database has
    remembered: int          # the chain head this workstation wrote last


def went_back(conn: Connection, node_id: str, node_seq: int) -> WentBack | None:
    database = database_path(conn)
    if database is None:
        return None
    marks = read_marks(database)
    if marks.node_id == node_id and marks.node_seq > node_seq:
        return WentBack(node_seq, marks.node_seq)
    return None


def remember_head(conn: Connection) -> None:
    """After a commit: the chain head that write left (set in ``conn.info`` by the event writer)."""
    head = conn.info.pop(HEAD_KEY, None)
    database = database_path(conn)
    if head is None or database is None:
        return
    marks = read_marks(database)
    node_id, node_seq, head_hash = head
    if marks.node_id == node_id and marks.node_seq >= node_seq:
        return
    marks.node_id, marks.node_seq, marks.head_hash = node_id, node_seq, head_hash
    write_marks(database, marks)
