"""Start-up and case-list benchmark of the desktop application (docs/architecture.md §13).

    .venv/bin/python benchmarks/startup.py --db /path/to/1M.sqlite3 [--runs 3]

Times ``python main.py --db DB`` from the process start to the sign-in dialog and to the first page of the case
list (the sign-in is filled in at once, so the user's typing is not counted; the password check is; one warm-up
start is not counted, as on an office PC that has run the program before), then scroll,
sort, filter, queue and search in the running window, each from the request to the rows being on screen, and the
peak memory of the process. The baseline, measured in the same run, is a bare PySide6 program that opens an empty
table window: what any Qt desktop program costs on this machine.
Budgets: first page <= 1.5 s after ``python main.py``; list operations <= 100 ms; memory < 400 MB.
Without ``--db`` a 100,000-case demo database is made first (in the system temp directory).
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
import statistics
import subprocess
import sys
import tempfile
import time

from common import ROOT, verdict

BASELINE = """
import time
from PySide6.QtWidgets import QApplication, QTableView
from PySide6.QtGui import QStandardItemModel
from PySide6.QtCore import QTimer
app = QApplication([])
view = QTableView()
view.setModel(QStandardItemModel(0, 8))
view.resize(1280, 760)
view.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def probe_environment() -> dict:
    """As on an office PC: Python keeps the compiled bytecode of the program (this sandbox sets
    PYTHONDONTWRITEBYTECODE, which would make every start compile every module again)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    return env


def run_probe(db: Path, username: str, password: str) -> dict:
    env = probe_environment()
    started = time.perf_counter()
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "startup_probe.py"), str(db), username,
                             password], capture_output=True, text=True, env=env, timeout=900)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"the probe failed ({result.returncode}):\n{result.stderr[-3000:]}")
    line = next(line for line in result.stdout.splitlines() if line.startswith("{"))
    report = json.loads(line)
    report["wall"] = wall
    return report


def baseline_seconds() -> float:
    env = probe_environment()
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", BASELINE], check=True, env=env, timeout=120)
    return time.perf_counter() - started


def interpreter_seconds() -> float:
    """Python itself starting and stopping (the probe's marks count from after this)."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True, timeout=60)
    return time.perf_counter() - started


def demo_database(cases: int) -> Path:
    path = Path(tempfile.gettempdir()) / f"caseapp-startup-{cases}.sqlite3"
    if not path.exists():
        print(f"making a {cases:,}-case demo database at {path} …", flush=True)
        subprocess.run([sys.executable, "-m", "caseapp", "init", "--db", str(path), "--office", "UB-BZD",
                        "--node", "1", "--admin", "admin", "--password", "benchmark-pass-1"], check=True)
        subprocess.run([sys.executable, "-m", "caseapp", "demo", "--db", str(path), "--cases", str(cases)],
                       check=True)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="database to open (e.g. 1,000,000 demo cases)")
    parser.add_argument("--cases", type=int, default=100_000, help="demo cases to make when --db is not given")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--user", default="demo.clerk1")
    parser.add_argument("--password", default="demo-pass-2026")
    args = parser.parse_args()
    db = args.db or demo_database(args.cases)

    python = interpreter_seconds()
    baseline_seconds()
    run_probe(db, args.user, args.password)        # warm-up: bytecode written, database file in the OS cache
    baselines = [baseline_seconds() for _ in range(args.runs)]
    reports = [run_probe(db, args.user, args.password) for _ in range(args.runs)]
    baseline = statistics.median(baselines)
    first_page = statistics.median(r["marks"]["first_page"] for r in reports) + python
    login = statistics.median(r["marks"]["login_dialog"] for r in reports) + python
    memory = max(r["marks"]["peak_memory_mb"] for r in reports)
    rows = reports[0]["marks"]["rows"]
    print(f"database: {db} ({db.stat().st_size / 1e9:.2f} GB, {rows:,} cases in the first queue), "
          f"{args.runs} runs, medians")
    print(f"  bare PySide6 table window (baseline)      {baseline:7.3f} s")
    print(f"  python main.py -> sign-in dialog          {login:7.3f} s")
    for mark, label in (("signed_in", "sign-in checked (argon2)"), ("main_window_shown", "main window built")):
        value = statistics.median(r["marks"][mark] for r in reports) + python
        print(f"  python main.py -> {label:<24}{value:7.3f} s")
    print(f"  python main.py -> first page of the list  {first_page:7.3f} s   "
          f"({first_page / baseline:.1f}x baseline; budget 1.5 s: {verdict(first_page, 1.5)})")
    print(f"  peak memory of the process                {memory:7.0f} MB  (budget 400 MB: {verdict(memory, 400)})")
    print("  list operations (request -> rows on screen), budget 100 ms:")
    over = []
    for name in reports[0]["timings"]:
        ms = statistics.median(r["timings"][name] for r in reports) * 1000
        mark = "" if ms <= 100 else "   OVER BUDGET"
        if ms > 100:
            over.append(name)
        print(f"    {name:<42} {ms:8.1f} ms{mark}")
    print(f"  over budget: {', '.join(over) if over else 'none'}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "benchmarks"))
    raise SystemExit(main())
