"""Helpers shared by the benchmark scripts: fresh databases, timing, readable numbers."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
import statistics
import sys
import time

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from caseapp.services.database import Database, open_database  # noqa: E402
from caseapp.services.setup import initialise  # noqa: E402

PASSWORD = "benchmark-pass-1"


def fresh_database(path: Path, office: str = "UB-BZD", node: int = 1, *, demo: bool = False) -> Database:
    """A new database of ``office``; ``demo=True`` marks it as a demo, which may take made-up cases."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    database = open_database(path)
    initialise(database, office_code=office, node_no=node, admin_username="admin", admin_password=PASSWORD,
               demo=demo)
    return database


@contextmanager
def timed(results: dict, name: str):
    started = time.perf_counter()
    yield
    results[name] = time.perf_counter() - started


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def p95_ms(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))] * 1000


def verdict(ratio: float, target: float) -> str:
    return "OK" if ratio <= target else "OVER TARGET"
