"""Excel case register against a bare openpyxl write-only dump of the same rows, measured in the same run.

    .venv/bin/python benchmarks/reports.py                      # makes a database with 100,000 demo cases
    .venv/bin/python benchmarks/reports.py --db office.sqlite3  # or takes one

1. ``reports.build_report(..., "register", ...)`` of every case (title block, translated states and channels,
   overdue days, on-time flag, paused days, formula-safe strings, rows streamed from a Core select).  -> report
2. A bare dump: one plain ``sqlite3`` query that computes the same 17 columns (labels, day counts and all),
   ISO text turned into dates, ``ws.append(row)`` into a write-only workbook, saved.                -> baseline
Both run in a fresh child process each (timed around the call only; peak memory is the child's own high-water
mark, VmHWM: ``ru_maxrss`` would carry the parent's peak across fork+exec; with ``--heap``, a separate run under
tracemalloc - about 10x slower - gives the peak of the Python heap), for all rows and for the first 20,000 rows:
constant memory means the peak does not grow with the rows.
Target (docs/architecture.md §13): the report within 1.3x of the bare dump, constant memory.
"""

from __future__ import annotations

import argparse
from datetime import date
import json
from pathlib import Path
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import fresh_database, verdict  # noqa: E402

TARGET = 1.3

BARE_SQL = """
SELECT c.case_number, c.registered_on,
       trim(coalesce(z.family_name, '') || ' ' || coalesce(z.given_name, '')), z.register_no, c.service_code,
       s.name_mn, c.subject,
       CASE c.channel WHEN 'counter' THEN 'Биечлэн' WHEN 'phone' THEN 'Утсаар' WHEN 'letter' THEN 'Албан бичгээр'
                      WHEN 'e-mongolia' THEN 'e-Mongolia' WHEN '11-11' THEN '11-11 төв' ELSE c.channel END,
       CASE c.state WHEN 'registered' THEN 'Бүртгэгдсэн' WHEN 'in_progress' THEN 'Шийдвэрлэж байгаа'
                    WHEN 'waiting' THEN 'Иргэнийг хүлээж буй' WHEN 'decided' THEN 'Шийдвэрлэсэн'
                    WHEN 'rejected' THEN 'Татгалзсан' WHEN 'closed' THEN 'Хаагдсан' WHEN 'withdrawn' THEN 'Буцаан авсан'
                    ELSE 'Шилжүүлж буй' END,
       u.full_name, c.due_date, c.decided_on, c.closed_on, c.extension_days,
       CASE WHEN c.pauses = '[]' THEN 0 ELSE
            (SELECT CAST(sum(julianday(coalesce(json_extract(value, '$[1]'), :today))
                             - julianday(json_extract(value, '$[0]'))) AS INTEGER) FROM json_each(c.pauses)) END,
       CASE WHEN c.state IN ('decided', 'rejected', 'closed') AND c.decided_on IS NOT NULL
                 THEN max(0, CAST(coalesce(julianday(c.decided_on) - julianday(c.due_date), 0) AS INTEGER))
            WHEN c.state IN ('registered', 'in_progress') AND c.due_date IS NOT NULL
                 THEN max(0, CAST(julianday(:today) - julianday(c.due_date) AS INTEGER)) END,
       CASE WHEN c.state IN ('decided', 'rejected', 'closed') AND c.decided_on IS NOT NULL
                 THEN CASE WHEN c.decided_on > c.due_date THEN 'Үгүй' ELSE 'Тийм' END END
FROM cases c LEFT JOIN citizens z ON z.citizen_id = c.citizen_id
             LEFT JOIN service_types s ON s.code = c.service_code
             LEFT JOIN users u ON u.user_id = c.assignee_id
WHERE c.owner_office = :office AND c.registered_on BETWEEN :date_from AND :date_to
ORDER BY c.registered_on, c.case_number
"""
HEADER = ("Хэргийн дугаар", "Бүртгэсэн огноо", "Өргөдөл гаргагч", "Регистрийн дугаар", "Үйлчилгээний код",
          "Үйлчилгээ", "Товч утга", "Хүлээн авсан суваг", "Төлөв", "Хариуцагч", "Шийдвэрлэх хугацаа",
          "Шийдвэрлэсэн огноо", "Хаасан огноо", "Сунгасан хоног", "Түр зогсоосон хоног", "Хэтэрсэн хоног",
          "Хугацаандаа")


def bare_dump(db_path: Path, office: str, date_from: date, date_to: date, out: Path) -> int:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Бүртгэл")
    ws.append(HEADER)
    con = sqlite3.connect(db_path)
    fromiso = date.fromisoformat
    rows = 0
    cursor = con.execute(BARE_SQL, {"office": office, "date_from": date_from.isoformat(),
                                    "date_to": date_to.isoformat(), "today": date.today().isoformat()})
    while True:
        chunk = cursor.fetchmany(1000)
        if not chunk:
            break
        for r in chunk:
            row = list(r)
            for i in (1, 10, 11, 12):
                if row[i]:
                    row[i] = fromiso(row[i])
            ws.append(row)
        rows += len(chunk)
    con.close()
    wb.save(out)
    return rows


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM, reset by exec; ru_maxrss elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(args) -> int:
    """One measurement in this fresh process; prints one JSON line."""
    from caseapp.services import users
    from caseapp.services.database import open_database
    from caseapp.services.queries import workstation
    from caseapp.services.reports import build_report

    date_from, date_to = date.fromisoformat(args.date_from), date.fromisoformat(args.date_to)
    db = open_database(args.db, create=False)
    actor = users.actor_for(db, args.as_user)
    office = workstation(db).office_code
    if args.trace:
        tracemalloc.start()
    started = time.perf_counter()
    if args.child == "report":
        rows = build_report(db, actor, "register", date_from, date_to, args.out).rows
    else:
        rows = bare_dump(db.path, office, date_from, date_to, args.out)
    seconds = time.perf_counter() - started
    traced = tracemalloc.get_traced_memory()[1] if args.trace else None
    db.close()
    heap_mb = traced / 2**20 if traced is not None else None
    print(json.dumps({"seconds": seconds, "rows": rows, "rss_mb": peak_rss_mb(), "heap_mb": heap_mb,
                      "bytes": Path(args.out).stat().st_size}))
    return 0


def measure(db: Path, mode: str, date_from: date, date_to: date, out: Path, user: str, *, trace: bool = False) -> dict:
    command = [sys.executable, __file__, "--child", mode, "--db", str(db), "--from", date_from.isoformat(),
               "--to", date_to.isoformat(), "--out", str(out), "--as", user]
    if trace:
        command.append("--trace")
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{mode} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="an existing database (else one with --cases demo cases is made)")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=20_000, help="rows of the second, smaller run")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--heap", action="store_true", help="also measure the Python heap peak (tracemalloc, slow)")
    parser.add_argument("--as", dest="as_user", default="admin", help="who runs the report (manager/admin/auditor)")
    parser.add_argument("--child", choices=("report", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--from", dest="date_from", help=argparse.SUPPRESS)
    parser.add_argument("--to", dest="date_to", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args)

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="caseapp-bench-reports-"))
    workdir.mkdir(parents=True, exist_ok=True)
    if args.db is None:
        from caseapp.services import demo

        path = workdir / "office.sqlite3"
        database = fresh_database(path, demo=True)
        started = time.perf_counter()
        demo.generate(database, cases=args.cases, seed=1)
        print(f"demo: {args.cases:,} cases in {time.perf_counter() - started:.1f} s ({path})")
        database.close()
        args.db = path
    con = sqlite3.connect(args.db)
    days = [date.fromisoformat(d) for (d,) in con.execute("SELECT registered_on FROM cases ORDER BY registered_on")]
    con.close()
    first, last = days[0], days[-1]
    small_to = days[min(args.small, len(days)) - 1]

    runs: dict[tuple[str, str], list[dict]] = {}
    for label, date_to in (("all", last), ("small", small_to)):
        repeat = args.repeat if label == "all" else 1
        for i in range(repeat):
            for mode in (("report", "bare") if i % 2 == 0 else ("bare", "report")):    # alternate the order
                out = workdir / f"{mode}-{label}.xlsx"
                runs.setdefault((mode, label), []).append(measure(args.db, mode, first, date_to, out, args.as_user))
        for mode in ("report", "bare") if args.heap else ():
            traced = measure(args.db, mode, first, date_to, workdir / f"{mode}-{label}-traced.xlsx", args.as_user,
                             trace=True)
            runs[(mode, label)][0]["heap_mb"] = traced["heap_mb"]

    def heap(run: dict) -> str:
        return f"{run['heap_mb']:.1f}MB" if run.get("heap_mb") is not None else "-"

    def summary(mode: str, label: str) -> tuple[float, dict]:
        samples = runs[(mode, label)]
        return statistics.median(s["seconds"] for s in samples), samples[0]

    by_run = {f"{mode}-{label}": v for (mode, label), v in runs.items()}
    (workdir / "runs.json").write_text(json.dumps(by_run, indent=1))
    print(f"database {args.db}: {len(days):,} cases, {first} .. {last}")
    print(f"{'':28} {'rows':>9} {'median s':>9} {'rows/s':>9} {'peak RSS':>9} {'heap peak':>10} {'file':>8}")
    for label in ("all", "small"):
        for mode, name in (("report", "register report"), ("bare", "bare openpyxl dump")):
            seconds, first_run = summary(mode, label)
            print(f"{name + ' (' + label + ')':28} {first_run['rows']:>9,} {seconds:>9.2f} "
                  f"{first_run['rows'] / seconds:>9,.0f} {first_run['rss_mb']:>7.0f}MB {heap(first_run):>10} "
                  f"{first_run['bytes'] / 2**20:>6.1f}MB")
    report_all, bare_all = summary("report", "all")[0], summary("bare", "all")[0]
    ratio = report_all / bare_all
    print(f"ratio report / bare dump ({args.repeat} runs, median): {ratio:.2f} x  "
          f"(target <= {TARGET}x: {verdict(ratio, TARGET)})")
    big, small = runs[("report", "all")][0], runs[("report", "small")][0]
    print(f"memory of the report, {small['rows']:,} -> {big['rows']:,} rows: peak RSS {small['rss_mb']:.0f} -> "
          f"{big['rss_mb']:.0f} MB" + (f", Python heap peak {heap(small)} -> {heap(big)}" if args.heap else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
