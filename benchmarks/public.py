"""The citizens' pages under load: p50 / p95 of ``/d/<token>`` and of ``POST /status`` with 50 concurrent clients
on loopback, against a bare FastAPI handler returning a constant page, served the same way, in the same run.

    .venv/bin/python benchmarks/public.py                     # PostgreSQL started here (scripts/postgres.sh)
    .venv/bin/python benchmarks/public.py --requests 4000 --clients 50 --postgres postgresql+psycopg://...

The central server is ``caseapp central serve`` (its own process, over PostgreSQL) holding one office whose
workstation registered --cases cases, printed their receipts and synced; the clients are asyncio tasks with an
httpx connection each, sending a bounded number of requests (--requests per page), each client pausing between
its requests as a person reading the page does (--think, exponential, mean 1 s: 50 clients offer ~50 requests a
second), and timing each answer.
Budget (DESIGN §9, docs/architecture.md §13): p95 <= 50 ms for each page; the ratio to the bare handler is
printed beside it.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.sync import Postgres, Server, free_port  # noqa: E402

BUDGET_P95_MS = 50.0
BARE = '''
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
import uvicorn, sys
app = FastAPI()
PAGE = "<!doctype html><html lang=mn><title>x</title><p>" + "Хэргийн явц " * 60 + "</p></html>"
@app.get("/bare")
def bare() -> HTMLResponse:
    return HTMLResponse(PAGE)
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False, workers=1)
'''


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


async def load(url: str, requests: list[tuple[str, str, dict | None]], clients: int,
               think_s: float) -> tuple[list[float], int]:
    """``requests`` (method, path, form) shared by ``clients`` tasks, each pausing a random while (exponential,
    mean ``think_s``: a person reading the page) between its requests; each answer's seconds, and the failures."""
    import httpx

    queue = list(requests)
    rng = random.Random(11)
    times: list[float] = []
    failures = 0

    async def worker() -> None:
        nonlocal failures
        async with httpx.AsyncClient(base_url=url, timeout=30) as client:
            while queue:
                method, path, form = queue.pop()
                started = time.perf_counter()
                answer = await client.request(method, path, data=form)
                times.append(time.perf_counter() - started)
                failures += answer.status_code != 200
                if think_s:
                    await asyncio.sleep(rng.expovariate(1 / think_s))
    await asyncio.gather(*(worker() for _ in range(clients)))
    return times, failures


def seed(server: Server, workdir: Path, cases: int) -> list[tuple[str, str, str]]:
    """One enrolled counter's cases, each with its receipt, synced: (token, case number, access code)."""
    from caseapp.domain.events import CASE
    from caseapp.services import documents, sync, users, workflow
    from caseapp.services.setup import initialise
    from caseapp.services.database import open_database
    from caseapp.storage.event_rows import load_stream

    db = open_database(workdir / "counter.sqlite3")
    initialise(db, office_code="UB-BZD", node_no=1, admin_username="admin", admin_password="Admin-Pass-2026!")
    admin = users.actor_for(db, "admin")
    users.add_user(db, admin, username="clerk", password="Clerk-Pass-2026!", role="clerk")
    clerk = users.actor_for(db, "clerk")
    sync.enroll(db.path, server.url, server.code("UB-BZD"), sync_now=False)
    found = []
    for n in range(cases):
        form = workflow.IntakeForm(register_no=f"УБ990315{n % 100:02d}", service_code="PET-GENERAL",
                                   subject=f"Хүсэлт {n}", family_name="Батбаяр", given_name=f"Должин{n}",
                                   new_citizen_confirmed=True)
        case = workflow.register_case(db, clerk, form)
        receipt = documents.issue_document(db, clerk, case.case_number, "receipt")
        with db.uow() as uow:
            code = next(e.payload["access_code"] for e in load_stream(uow.conn, CASE, case.case_id)
                        if e.kind == "case.registered")
        found.append((receipt.token, case.case_number, code))
    sync.sync(db, language="en")
    db.close()
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=2000, help="requests per page (default 2000)")
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--think", type=float, default=1.0,
                        help="mean seconds a client waits between its requests (default 1.0; 0: back to back, "
                             "which measures the queue of 50 more than any page)")
    parser.add_argument("--postgres", help="a PostgreSQL server to use instead of starting one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="caseapp-public-bench-") as folder:
        workdir = Path(folder)
        pg = Postgres(args.postgres, Path("/tmp/caseapp-public-bench-pg"), 55498)   # a folder postgres may enter
        pg.start()
        server = Server(pg.new_database("public"), workdir, "public").start()
        port = free_port()
        bare = subprocess.Popen([sys.executable, "-c", BARE, str(port)])
        try:
            print(f"public pages benchmark: {args.clients} clients (mean pause {args.think:g} s), "
                  f"{args.requests:,} requests a page, {args.cases} cases")
            started = time.monotonic()
            cases = seed(server, workdir, args.cases)
            print(f"  seeded {len(cases)} cases with receipts, synced   {time.monotonic() - started:6.1f} s")
            deadline = time.monotonic() + 60
            import httpx

            while httpx.get(f"{server.url}/d/{cases[-1][0]}").status_code != 200:     # folded by the centre
                if time.monotonic() > deadline:
                    print("  the centre did not fold the office's push within 60 s")
                    return 1
                time.sleep(0.2)
            while True:
                try:
                    httpx.get(f"http://127.0.0.1:{port}/bare")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            rng = random.Random(7)
            picks = [rng.choice(cases) for _ in range(args.requests)]
            runs = {
                "bare FastAPI page (baseline)": (f"http://127.0.0.1:{port}",
                                                 [("GET", "/bare", None)] * args.requests),
                "/d/<token>": (server.url, [("GET", f"/d/{token}", None) for token, _, _ in picks]),
                "POST /status": (server.url, [("POST", "/status", {"case": number, "code": code})
                                              for _, number, code in picks]),
            }
            results = {}
            for name, (url, requests) in runs.items():
                asyncio.run(load(url, requests[: args.clients], args.clients, 0))     # warm the connections
                wall = time.perf_counter()
                times, failures = asyncio.run(load(url, requests, args.clients, args.think))
                wall = time.perf_counter() - wall
                results[name] = (percentile(times, 0.5), percentile(times, 0.95))
                print(f"  {name:32s} p50 {results[name][0]:7.1f} ms   p95 {results[name][1]:7.1f} ms   "
                      f"{len(times) / wall:7.0f} req/s   failed {failures}")
            base = results["bare FastAPI page (baseline)"][1]
            met = 0
            for name in ("/d/<token>", "POST /status"):
                p95 = results[name][1]
                ok = p95 <= BUDGET_P95_MS
                met += ok
                print(f"  => {'PASS' if ok else 'FAIL'}: {name} p95 {p95:.1f} ms <= {BUDGET_P95_MS:g} ms "
                      f"({p95 / base:.1f}x the bare page's {base:.1f} ms)")
            print(f"  {met} of 2 budgets met")
            return 0 if met == 2 else 1
        finally:
            bare.terminate()
            server.stop()
            pg.stop()


if __name__ == "__main__":
    raise SystemExit(main())
