"""Files with personal data that the program writes (documents, reports, backups): whole or not at all, and
readable by their owner only.

A file is written to a temporary file beside its target (``.caseapp-*.part``), flushed to the disk, then renamed
onto the target, and the folder is flushed too: a full disk, a missing folder or a killed process leaves the old
file (or none), never a truncated one. ``stage`` splits this in two so that a document's issue is recorded only
once its file is complete: stage (write and flush), commit the issue, publish (rename). Temporary files a killed
process left are removed at the next start (``remove_stale_parts``).

Files and folders are created 0600 / 0700 whatever the umask: a shared office PC has other accounts. An office
that wants a group to read them sets the group's rights on the folder itself (see docs/architecture.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
import os
from pathlib import Path
import tempfile

from caseapp.errors import StorageError
from caseapp.storage.marks import sync_folder

PART_PREFIX = ".caseapp-"
PART_SUFFIX = ".part"
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
STALE_AFTER_SECONDS = 3600          # older than any write in progress


def cannot_write(exc: OSError, target: Path) -> StorageError:
    return StorageError("file.cannot_write", field="output", path=str(target),
                        reason=exc.strerror or str(exc))


def private_folder(folder: Path) -> Path:
    """``folder`` (made with its parents if missing, the new ones 0700)."""
    missing = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for made in reversed(missing):
        made.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
        os.chmod(made, PRIVATE_FOLDER)            # mkdir's mode is cut by the umask
    return folder


@dataclass
class StagedFile:
    """A complete, flushed temporary file waiting to be renamed onto ``target``."""
    target: Path
    temporary: Path

    def publish(self) -> Path:
        try:
            os.replace(self.temporary, self.target)
        except OSError as exc:
            self.discard()
            raise cannot_write(exc, self.target) from exc
        sync_folder(self.target.parent)
        return self.target

    def discard(self) -> None:
        self.temporary.unlink(missing_ok=True)


def _temporary_beside(target: Path) -> tuple[int, Path]:
    if not target.parent.is_dir():
        raise StorageError("file.no_folder", field="output", path=str(target), folder=str(target.parent))
    if target.is_dir():
        raise StorageError("file.is_folder", field="output", path=str(target))
    try:
        fd, name = tempfile.mkstemp(prefix=PART_PREFIX + target.name[:40] + "-", suffix=PART_SUFFIX,
                                    dir=target.parent)            # 0600, whatever the umask
    except OSError as exc:
        raise cannot_write(exc, target) from exc
    return fd, Path(name)


def stage(target: Path, data: bytes) -> StagedFile:
    """Write ``data`` to a temporary file beside ``target`` and flush it to the disk."""
    fd, temporary = _temporary_beside(target)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise cannot_write(exc, target) from exc
    return StagedFile(target, temporary)


def write_private(target: Path, data: bytes) -> Path:
    """``data`` into ``target``, whole or not at all, readable by its owner only."""
    return stage(target, data).publish()


@contextmanager
def staged_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` for a library that writes a file itself (openpyxl, the SQLite
    backup); flushed and renamed onto ``target`` when the block ends without an error, removed otherwise."""
    fd, temporary = _temporary_beside(target)
    os.close(fd)
    try:
        yield temporary
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(temporary, PRIVATE_FILE)
    except BaseException as exc:
        temporary.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise cannot_write(exc, target) from exc
        raise
    StagedFile(target, temporary).publish()


def remove_stale_parts(folder: Path, *, now: float) -> int:
    """Remove the temporary files a killed process left in ``folder`` (only ours, only those older than any
    write in progress; ``now``: the clock's timestamp)."""
    removed = 0
    try:
        candidates = list(folder.glob(PART_PREFIX + "*" + PART_SUFFIX))
    except OSError:
        return 0
    for path in candidates:
        try:
            if now - path.stat().st_mtime > STALE_AFTER_SECONDS:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed
